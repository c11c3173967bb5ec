// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingedits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace Coproduce {

class Database;

// One value typed while the area's server could not be reached: what the person saw (expected) and what
// they typed (value), as MeetingEdits::setValue() takes them. Or a row typed into a table's entry line
// (`adds`): its kind, the meeting or activity it belongs to, and its values, as MeetingEdits::addRow() takes
// them; it is added at the end of its table.
struct KeptEdit
{
    Field field = Field::MeetingTitle;
    qint64 rowId = 0;
    QVariant expected;
    QVariant value;
    QDateTime at;
    bool adds = false;
    RowKind kind = RowKind::Attendee;
    QVariantMap values;

    static KeptEdit typed(Field field, qint64 rowId, const QVariant &expected, const QVariant &value,
                          const QDateTime &at);
    static KeptEdit added(RowKind kind, qint64 parentId, const QVariantMap &values, const QDateTime &at);
};

// What was typed while the area's server could not be reached, kept in a file on this laptop (readable by
// its user alone, as the database file is) until the server answers again; then stored with the same
// compare-and-set as any edit, so a change someone made meanwhile is never overwritten: that edit is
// refused, and what was typed is said back to the person. Closing the app meanwhile keeps the file.
class KeptEdits final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::KeptEdits)

public:
    // `folder`: where this laptop keeps them (defaultFolder()); `server`: the server's Database::path().
    KeptEdits(const QString &folder, const QString &server);
    static QString defaultFolder();
    QString filePath() const { return m_path; }
    bool isEmpty() const;

    // Oldest first. Empty when there is no file (or one this version cannot read, which is left alone).
    QList<KeptEdit> list() const;
    // Keeps one more. A second edit of the same field of the same row replaces the first's value and
    // keeps what the first expected, as the undo stack merges typing into one step.
    bool keep(const KeptEdit &edit, QString *error);
    // Keeps a row to add (a KeptEdit with `adds`); each is kept, none replaces another.
    bool keepRow(RowKind kind, qint64 parentId, const QVariantMap &values, QString *error);
    // Forgets the kept edit of this field (undone before the server came back): true if there was one.
    bool forget(Field field, qint64 rowId);

    struct Outcome
    {
        int stored = 0;
        QStringList refused; // each with what was typed, in words
        bool stillAway = false; // the server stopped answering again: the rest are still kept
    };
    // Stores the kept edits in order; each stored or refused one leaves the file.
    Outcome store(Database &database);
    // The same for what this laptop keeps for `database` (nothing on a file, or with nothing kept).
    static Outcome storeFor(Database &database);

private:
    bool write(const QList<KeptEdit> &edits, QString *error) const;

    QString m_path;
};

} // namespace Coproduce
