// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Coproduce {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString action; // create, edit, delete, undelete, move, status, import, erase, retention, restore
    QString entity; // the table, e.g. "actions"
    qint64 entityId = 0;
    qint64 meetingId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    bool forgotten = false; // the values were erased (a person's right to erasure, or retention)
};

// Who changed what, when, from what to what: every change is recorded inside the transaction that makes
// it. The trail is append-only (triggers refuse updates and deletions; only the values themselves may be
// forgotten, for erasure), and each entry is chained to the one before by a SHA-256 hash over the entry
// and salted digests of its values. So an edit made outside the app breaks the chain or a digest, which
// `coproduce check` reports, while an erased value leaves the chain whole.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::AuditLog)

public:
    explicit AuditLog(Database &database);

    // Who is changing things: the facilitator's name when the app knows it, else the operating-system user.
    static QString actor();
    static void setActor(const QString &name);
    // The operating-system user ("unknown" if there is none).
    static QString systemUser();

    // Records one change; call it inside the transaction that makes the change.
    bool record(const QString &action, const QString &entity, qint64 entityId, qint64 meetingId,
                const QString &field, const QString &oldValue, const QString &newValue, QString *error);
    // The same for a change made earlier, elsewhere, at `at` (a meeting's history on a laptop, published).
    bool recordMadeAt(const QDateTime &at, const QString &action, const QString &entity, qint64 meetingId,
                      const QString &field, const QString &oldValue, const QString &newValue, QString *error);
    // The change in words, for the app's history: "Changed an action's status", "Edited an activity's notes".
    static QString describe(const AuditEntry &entry);
    // The meeting a row of `table` belongs to (0 if none).
    qint64 meetingOf(const QString &table, qint64 rowId) const;

    // Newest first; 0 means any.
    QList<AuditEntry> entries(qint64 meetingId = 0, qint64 actionId = 0, int limit = -1) const;
    // When, as a person says it: "10:42" today, else "10:42 on 3 March 2026" (local time).
    static QString describeTime(const QDateTime &at);
    // The newest change to one field of one row: who made it and when (its values are not read).
    std::optional<AuditEntry> lastChange(const QString &entity, qint64 entityId, const QString &field) const;
    // Forgets every value that holds `text` (case-insensitive), or that belongs to the meetings.
    bool forgetValuesContaining(const QString &text, QString *error);
    bool forgetValuesOfMeetings(const QList<qint64> &meetingIds, QString *error);

    // What is wrong with the trail of an open connection: empty when every hash and digest holds.
    static QStringList verify(const QSqlDatabase &connection);
    // The same, on an open database (the area's server: `coproduce check`).
    static QStringList verify(const Database &database);
    // The same for a database file, opened read-only; a database from before the trail has nothing to check.
    static QStringList verifyFile(const QString &path);

private:
    bool write(const QDateTime &at, const QString &action, const QString &entity, qint64 entityId,
               qint64 meetingId, const QString &field, const QString &oldValue, const QString &newValue,
               QString *error);

    Database &m_database;
};

} // namespace Coproduce
