// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString &currentActor()
{
    static QString actor;
    return actor;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A value's digest, salted so that a short value (a name) cannot be found by trying names; empty when
// there is no value.
QString digest(const QString &salt, const QString &value)
{
    return value.isEmpty() ? QString() : sha256(salt + u'\x1f' + value);
}

QString chained(const QString &previous, const QStringList &fields)
{
    return sha256((QStringList { previous } + fields).join(u'\x1f'));
}

// The chained fields of a stored entry (columns 1 to 9 of Columns).
QStringList storedFields(const QSqlQuery &q)
{
    QStringList fields;
    for (int i = 1; i <= 9; ++i)
        fields << q.value(i).toString();
    return fields;
}

const QString Columns = u"id, at, who, action, entity, entity_id, meeting_id, field, old_digest, new_digest, "
                        "hash, salt, old_value, new_value"_s;

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

QString AuditLog::actor()
{
    return currentActor().isEmpty() ? systemUser() : currentActor();
}

QString AuditLog::systemUser()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
#endif
    return user.isEmpty() ? tr("unknown") : user;
}

void AuditLog::setActor(const QString &name)
{
    currentActor() = name.trimmed();
}

qint64 AuditLog::meetingOf(const QString &table, qint64 rowId) const
{
    QString sql;
    if (table == u"meetings")
        return rowId;
    if (table == u"attendees" || table == u"activities" || table == u"charter_checks")
        sql = u"SELECT meeting_id FROM %1 WHERE id = ?"_s.arg(table);
    else if (table == u"action_updates")
        sql = u"SELECT a.meeting_id FROM action_updates u JOIN actions t ON t.id = u.action_id JOIN "
              u"activities a "
              "ON a.id = t.activity_id WHERE u.id = ?"_s;
    else
        sql = u"SELECT a.meeting_id FROM %1 t JOIN activities a ON a.id = t.activity_id WHERE t.id = ?"_s.arg(
            table);
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    q.addBindValue(rowId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool AuditLog::record(const QString &action, const QString &entity, qint64 entityId, qint64 meetingId,
                      const QString &field, const QString &oldValue, const QString &newValue, QString *error)
{
    return write(QDateTime::currentDateTimeUtc(), action, entity, entityId, meetingId, field, oldValue,
                 newValue, error);
}

bool AuditLog::recordMadeAt(const QDateTime &at, const QString &action, const QString &entity,
                            qint64 meetingId, const QString &field, const QString &oldValue,
                            const QString &newValue, QString *error)
{
    // Its rows had other ids where it was made: the entry names the meeting, not the row (a change to the
    // meeting itself names it as both).
    return write(at.toUTC(), action, entity, entity == u"meetings"_s ? meetingId : 0, meetingId, field,
                 oldValue, newValue, error);
}

bool AuditLog::write(const QDateTime &at, const QString &action, const QString &entity, qint64 entityId,
                     qint64 meetingId, const QString &field, const QString &oldValue, const QString &newValue,
                     QString *error)
{
    QSqlQuery last(m_database.connection());
    // Two writers on the server would both read the same last hash and fork the chain: the chain's lock,
    // held to the end of the transaction, makes them take turns (SQLite's writers take turns already).
    // Numbered under it too, so an entry rolled back leaves no gap for verify() to report.
    if (const QString lock = SqlDialect::lockAuditChain(m_database.engine()); !lock.isEmpty()) {
        last.prepare(lock);
        if (!SqlHelpers::exec(last, tr("wait for the audit trail"), error))
            return false;
    }
    const QString previous
        = last.exec(u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s) && last.next()
        ? last.value(0).toString()
        : QString();
    const QString salt = QString::number(QRandomGenerator::system()->generate64(), 16);
    // The chained fields exactly as they will read back: at, who, action, entity, entity_id, meeting_id,
    // field, old_digest, new_digest.
    // On the server, who acted is the login (a trigger refuses any other name); on a file, the name the
    // facilitator gave, or this computer's user.
    const QStringList fields { at.toString(Qt::ISODateWithMs),
                               m_database.isServer() ? m_database.login() : actor(),
                               action,
                               entity,
                               QString::number(entityId),
                               QString::number(meetingId),
                               field,
                               digest(salt, oldValue),
                               digest(salt, newValue) };
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"INSERT INTO audit_log (id, at, who, action, entity, entity_id, meeting_id, field, old_digest, "
        "new_digest, hash, salt, old_value, new_value) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM "
        "audit_log), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < fields.size(); ++i)
        q.addBindValue(i == 4       ? QVariant(entityId)
                           : i == 5 ? QVariant(meetingId)
                                    : SqlHelpers::text(fields.at(i)));
    q.addBindValue(chained(previous, fields));
    q.addBindValue(salt);
    q.addBindValue(oldValue.isEmpty() ? QVariant() : QVariant(oldValue));
    q.addBindValue(newValue.isEmpty() ? QVariant() : QVariant(newValue));
    return SqlHelpers::exec(q, tr("record the change in the audit trail"), error);
}

QString AuditLog::describe(const AuditEntry &e)
{
    static const QHash<QString, const char *> things {
        { u"meetings"_s, QT_TR_NOOP("the meeting") },
        { u"activities"_s, QT_TR_NOOP("an activity") },
        { u"actions"_s, QT_TR_NOOP("an action") },
        { u"action_updates"_s, QT_TR_NOOP("an action's status note") },
        { u"attendees"_s, QT_TR_NOOP("who came") },
        { u"contributions"_s, QT_TR_NOOP("what people said") },
        { u"decisions"_s, QT_TR_NOOP("a decision") },
        { u"commitments"_s, QT_TR_NOOP("a commitment") },
        { u"ladder_ratings"_s, QT_TR_NOOP("a ladder rating") },
        { u"ladder_votes"_s, QT_TR_NOOP("the \"were you heard?\" counts") },
        { u"charter_checks"_s, QT_TR_NOOP("the charter check") },
        { u"activity_principles"_s, QT_TR_NOOP("an activity's principles") },
        { u"charters"_s, QT_TR_NOOP("a charter") },
        { u"local_words"_s, QT_TR_NOOP("the area's hard words") },
        { u"spelling_words"_s, QT_TR_NOOP("the area's own spellings") },
        { u"series"_s, QT_TR_NOOP("a series") },
        { u"teams"_s, QT_TR_NOOP("a team") },
        { u"team_members"_s, QT_TR_NOOP("who is in a team") },
    };
    const char *known = things.value(e.entity);
    const QString thing = known ? tr(known) : e.entity;
    // Column names read as words: "easy_read" -> "easy read".
    const QString field = QString(e.field).replace(u'_', u' ');
    if (e.action == u"create")
        return tr("Added %1").arg(thing);
    if (e.action == u"delete")
        return tr("Deleted %1").arg(thing);
    if (e.action == u"undelete")
        return tr("Put back %1 (undo)").arg(thing);
    if (e.action == u"status")
        return e.field.isEmpty() ? tr("Changed the status of %1").arg(thing)
                                 : tr("Changed the %1 of %2").arg(field, thing);
    if (e.action == u"move")
        return tr("Moved %1 in the list").arg(thing);
    if (e.action == u"import")
        return tr("Imported %1").arg(thing);
    if (e.action == u"erase")
        return tr("Erased a person's name (right to erasure)");
    if (e.action == u"retention")
        return tr("Deleted old meetings (retention policy)");
    if (e.action == u"restore")
        return tr("Restored the database from a backup");
    if (e.action == u"take")
        return tr("Took the meeting offline");
    if (e.action == u"publish")
        return tr("Published the meeting back from a laptop");
    if (e.action == u"release")
        return tr("Released the meeting taken offline");
    if (e.action == u"replace")
        return tr("Replaced the meeting with its offline copy");
    if (e.action == u"edit")
        return field.isEmpty() ? tr("Changed %1").arg(thing) : tr("Changed %1: %2").arg(thing, field);
    return u"%1 %2"_s.arg(e.action, thing);
}

QList<AuditEntry> AuditLog::entries(qint64 meetingId, qint64 actionId, int limit) const
{
    QString sql = u"SELECT "_s + Columns + u" FROM audit_log"_s;
    QStringList where;
    if (meetingId > 0)
        where << u"meeting_id = %1"_s.arg(meetingId);
    if (actionId > 0)
        where
            << u"((entity = 'actions' AND entity_id = %1) OR (entity = 'action_updates' AND field = 'action %1'))"_s
                   .arg(actionId);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    QList<AuditEntry> out;
    QSqlQuery q(m_database.connection());
    if (!q.exec(sql))
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.meetingId = q.value(6).toLongLong();
        e.field = q.value(7).toString();
        e.oldValue = q.value(12).toString();
        e.newValue = q.value(13).toString();
        e.forgotten = q.value(11).isNull();
        out << e;
    }
    return out;
}

QString AuditLog::describeTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QString time = local.toString(u"HH:mm"_s);
    if (local.date() == QDate::currentDate())
        return time;
    return tr("%1 on %2")
        .arg(time,
             QLocale(QLocale::English, QLocale::UnitedKingdom).toString(local.date(), u"d MMMM yyyy"_s));
}

std::optional<AuditEntry> AuditLog::lastChange(const QString &entity, qint64 entityId,
                                               const QString &field) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT "_s + Columns
        + u" FROM audit_log WHERE entity = ? AND entity_id = ? AND field = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(field);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.who = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = entity;
    e.entityId = entityId;
    e.field = field;
    return e;
}

bool AuditLog::forgetValuesContaining(const QString &text, QString *error)
{
    // Matched here, not with instr(lower(…)) in SQL: SQLite's lower() folds only A to Z, and a name typed
    // in capitals with accents ("ÉLOÏSE") must be forgotten too.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, old_value, new_value FROM audit_log WHERE salt IS NOT NULL"_s);
    if (!SqlHelpers::exec(q, tr("read the values in the audit trail"), error))
        return false;
    QList<qint64> holding;
    while (q.next())
        if (q.value(1).toString().contains(text, Qt::CaseInsensitive)
            || q.value(2).toString().contains(text, Qt::CaseInsensitive))
            holding << q.value(0).toLongLong();
    QSqlQuery forget(m_database.connection());
    forget.prepare(u"UPDATE audit_log SET old_value = NULL, new_value = NULL, salt = NULL WHERE id = ?"_s);
    for (qint64 id : std::as_const(holding)) {
        forget.addBindValue(id);
        if (!SqlHelpers::exec(forget, tr("forget the values in the audit trail"), error))
            return false;
    }
    return true;
}

bool AuditLog::forgetValuesOfMeetings(const QList<qint64> &meetingIds, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"UPDATE audit_log SET old_value = NULL, new_value = NULL, salt = NULL WHERE salt IS NOT NULL AND "
        "meeting_id = ?"_s);
    for (qint64 id : meetingIds) {
        q.addBindValue(id);
        if (!SqlHelpers::exec(q, tr("forget the values in the audit trail"), error))
            return false;
    }
    return true;
}

QStringList AuditLog::verifyFile(const QString &path)
{
    const QString name = u"audit-verify-"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problems << tr("%1: cannot open it: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery has(db);
            if (has.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'audit_log'"_s) && has.next())
                for (const QString &p : verify(db))
                    problems << path + u": "_s + p;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

QStringList AuditLog::verify(const Database &database)
{
    return verify(database.connection());
}

QStringList AuditLog::verify(const QSqlDatabase &connection)
{
    QStringList problems;
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + Columns + u" FROM audit_log ORDER BY id"_s))
        return { tr("the audit trail cannot be read: %1").arg(q.lastError().text()) };
    QString previous;
    qint64 expectedId = 0;
    while (q.next() && problems.size() < 20) {
        const qint64 id = q.value(0).toLongLong();
        if (expectedId > 0 && id != expectedId + 1)
            problems << tr("audit entries %1 to %2 are missing").arg(expectedId + 1).arg(id - 1);
        expectedId = id;
        const QString hash = q.value(10).toString();
        if (hash != chained(previous, storedFields(q)))
            problems << tr("audit entry %1 was changed outside Coproduce (its hash does not follow from the "
                           "entries before it)")
                            .arg(id);
        if (!q.value(11).isNull()) {
            const QString salt = q.value(11).toString();
            const QString oldValue = q.value(12).toString();
            const QString newValue = q.value(13).toString();
            if (digest(salt, oldValue) != q.value(8).toString()
                || digest(salt, newValue) != q.value(9).toString())
                problems << tr("audit entry %1's values were changed outside Coproduce").arg(id);
        }
        previous = hash;
    }
    return problems;
}

} // namespace Coproduce
