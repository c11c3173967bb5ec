// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrepository.h"

#include "auditlog.h"

#include "database.h"
#include "isodate.h"
#include "offline.h"
#include "sqldialect.h"
#include "sqlhelpers.h"
#include "teamrepository.h"
#include "transaction.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

ActionRepository::ActionRepository(Database &database)
    : m_database(database)
{
}

namespace {

const auto SelectActions
    = u"SELECT t.id, t.text, t.owner, t.due, t.status, t.reason, m.id, m.date, m.title, s.name "
      "FROM actions t JOIN activities a ON a.id = t.activity_id JOIN meetings m ON m.id = a.meeting_id "
      "LEFT JOIN series s ON s.id = m.series_id"_s;

QList<ActionRow> readRows(QSqlQuery &q, int most = -1)
{
    QList<ActionRow> rows;
    while ((most < 0 || rows.size() < most) && q.next()) {
        ActionRow row;
        row.id = q.value(0).toLongLong();
        row.text = q.value(1).toString();
        row.owner = q.value(2).toString();
        row.due = IsoDate::parse(q.value(3).toString());
        row.status = q.value(4).toString();
        row.reason = q.value(5).toString();
        row.meetingId = q.value(6).toLongLong();
        row.meetingDate = IsoDate::parse(q.value(7).toString());
        row.meetingTitle = q.value(8).toString();
        row.series = q.value(9).toString();
        rows << row;
    }
    return rows;
}

} // namespace

BoundQuery ActionRepository::query(const ActionFilter &filter, bool streamed) const
{
    // Streamed, SQLite walks actions_due_order rather than the status index.
    const QString status
        = streamed ? SqlDialect::unindexed(u"t.status"_s, m_database.engine()) : u"t.status"_s;
    QString where = u" WHERE true"_s;
    BoundQuery result;
    if (filter.openOnly)
        where += u" AND "_s + status + u" IN ('open', 'in-progress')"_s;
    if (!filter.series.isEmpty()) {
        where += u" AND s.name = ?"_s;
        result.values << filter.series;
    }
    if (!filter.owner.isEmpty()) {
        where += u" AND "_s + SqlDialect::containsText(u"t.owner"_s, m_database.engine());
        result.values << filter.owner;
    }
    if (!filter.status.isEmpty()) {
        where += u" AND "_s + status + u" = ?"_s;
        result.values << filter.status;
    }
    if (filter.overdueOn.isValid()) {
        where += u" AND "_s + status + u" IN ('open', 'in-progress') AND t.due <> '' AND t.due < ?"_s;
        result.values << filter.overdueOn.toString(Qt::ISODate);
    }
    result.sql = SelectActions + where + u" ORDER BY t.due = '', t.due, t.id"_s;
    // Counting joins the meetings only when the series is asked for.
    result.countSql = filter.series.isEmpty()
        ? u"SELECT count(*) FROM actions t"_s + where
        : u"SELECT count(*) FROM actions t JOIN activities a ON a.id = t.activity_id JOIN meetings m ON "
          "m.id = a.meeting_id LEFT JOIN series s ON s.id = m.series_id"_s
            + where;
    return result;
}

QList<ActionRow> ActionRepository::list(const ActionFilter &filter) const
{
    const BoundQuery bound = query(filter, false);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(bound.sql);
    for (const QVariant &value : bound.values)
        q.addBindValue(value);
    if (!q.exec())
        return {};
    return readRows(q);
}

std::unique_ptr<ActionCursor> ActionRepository::open(const ActionFilter &filter) const
{
    const BoundQuery bound = query(filter);
    QSqlQuery count(m_database.connection());
    count.prepare(bound.countSql);
    auto rows = std::make_shared<QSqlQuery>(m_database.connection());
    rows->setForwardOnly(SqlDialect::streamsRows(m_database.engine()));
    rows->prepare(bound.sql);
    for (const QVariant &value : bound.values) {
        count.addBindValue(value);
        rows->addBindValue(value);
    }
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    if (!rows->exec())
        return std::make_unique<ActionCursor>(nullptr, 0);
    return std::make_unique<ActionCursor>(
        [rows]() -> std::optional<ActionRow> {
            const QList<ActionRow> one = readRows(*rows, 1);
            return one.isEmpty() ? std::nullopt : std::optional<ActionRow>(one.first());
        },
        total);
}

std::optional<ActionRow> ActionRepository::find(qint64 actionId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(SelectActions + u" WHERE t.id = ?"_s);
    q.addBindValue(actionId);
    if (!q.exec())
        return std::nullopt;
    const QList<ActionRow> rows = readRows(q, 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<ActionRow> ActionRepository::fromLastTime(qint64 meetingId) const
{
    // The earlier meetings of the same series (earlier date, or same date and smaller id): what is still to
    // do, and what changed since the last of them. The last one's date does not depend on the row, so it is
    // worked out once (a subquery that named `now` was worked out again for every earlier action: 15 ms a
    // meeting on a ten-year database).
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(SelectActions
              + u" JOIN meetings now ON now.id = ? AND now.series_id = m.series_id "
                "WHERE (m.date < now.date OR (m.date = now.date AND m.id < now.id)) AND ("
                "t.status IN ('open', 'in-progress') OR EXISTS (SELECT 1 FROM action_updates u "
                "WHERE u.action_id = t.id AND u.date >= coalesce((SELECT max(p.date) FROM meetings p "
                "JOIN meetings n ON n.id = ? AND p.series_id = n.series_id "
                "WHERE p.date < n.date OR (p.date = n.date AND p.id < n.id)), ''))) "
                "ORDER BY t.due = '', t.due, t.id"_s);
    q.addBindValue(meetingId);
    q.addBindValue(meetingId);
    if (!q.exec())
        return {};
    return readRows(q);
}

bool ActionRepository::setStatus(qint64 actionId, const QString &status, const QString &note,
                                 const QDate &date, QString *error, qint64 *updateId)
{
    // Again, whole, when the server stopped it to let another through (SqlHelpers::retried).
    return SqlHelpers::retried(m_database,
                               [&] { return setStatusOnce(actionId, status, note, date, error, updateId); });
}

bool ActionRepository::setStatusOnce(qint64 actionId, const QString &status, const QString &note,
                                     const QDate &date, QString *error, qint64 *updateId)
{
    if (!Vocabulary::actionStatuses().contains(status)) {
        *error = tr("\"%1\" is not an action status (expected one of: %2)")
                     .arg(status, Vocabulary::actionStatuses().join(u", "_s));
        return false;
    }
    if (status == u"cannot-do" && note.trimmed().isEmpty()) {
        *error = tr("an action that cannot be done must say why: give the reason");
        return false;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving the status change: %1").arg(transaction.errorString());
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT status FROM actions WHERE id = ?"_s);
    q.addBindValue(actionId);
    const QString before = q.exec() && q.next() ? q.value(0).toString() : QString();
    if (const QString taken
        = Offline::refusal(m_database, AuditLog(m_database).meetingOf(u"actions"_s, actionId));
        !taken.isEmpty()) {
        *error = taken;
        return false;
    }
    q.prepare(u"UPDATE actions SET status = ?, reason = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(SqlHelpers::text(status == u"cannot-do" ? note : QString()));
    q.addBindValue(actionId);
    if (!SqlHelpers::exec(q, tr("change the action's status"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        // On the server an action of another team's meeting is there to read but hidden from this update.
        const QString refusal
            = TeamRepository(m_database).refusal(AuditLog(m_database).meetingOf(u"actions"_s, actionId));
        *error = refusal.isEmpty() ? tr("there is no action %1").arg(actionId) : refusal;
        return false;
    }
    q.prepare(
        u"INSERT INTO action_updates (action_id, position, date, status, note) VALUES (?, "
        "(SELECT coalesce(max(position) + 1, 0) FROM action_updates WHERE action_id = ?), ?, ?, ?) RETURNING id"_s);
    q.addBindValue(actionId);
    q.addBindValue(actionId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(status);
    q.addBindValue(SqlHelpers::text(note));
    const std::optional<qint64> kept = SqlHelpers::insert(q, tr("keep the status change"), error);
    if (!kept)
        return false;
    const qint64 id = *kept;
    AuditLog audit(m_database);
    if (!audit.record(u"status"_s, u"actions"_s, actionId, audit.meetingOf(u"actions"_s, actionId),
                      u"status"_s, before,
                      note.trimmed().isEmpty() ? status : status + u": "_s + note.trimmed(), error))
        return false;
    if (!transaction.commit()) {
        *error = tr("could not save the status change: %1").arg(transaction.errorString());
        return false;
    }
    if (updateId)
        *updateId = id;
    return true;
}

bool ActionRepository::revertStatus(qint64 actionId, qint64 updateId, const QString &status,
                                    const QString &reason, QString *error)
{
    return SqlHelpers::retried(m_database,
                               [&] { return revertStatusOnce(actionId, updateId, status, reason, error); });
}

bool ActionRepository::revertStatusOnce(qint64 actionId, qint64 updateId, const QString &status,
                                        const QString &reason, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start undoing the status change: %1").arg(transaction.errorString());
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM action_updates WHERE id = ? AND action_id = ?"_s);
    q.addBindValue(updateId);
    q.addBindValue(actionId);
    if (!SqlHelpers::exec(q, tr("remove the status change"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("the status change to undo is no longer there");
        return false;
    }
    q.prepare(u"UPDATE actions SET status = ?, reason = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(SqlHelpers::text(reason));
    q.addBindValue(actionId);
    if (!SqlHelpers::exec(q, tr("put the status back"), error))
        return false;
    AuditLog audit(m_database);
    if (!audit.record(u"status"_s, u"actions"_s, actionId, audit.meetingOf(u"actions"_s, actionId),
                      u"status (undone)"_s, QString(), status, error))
        return false;
    if (!transaction.commit()) {
        *error = tr("could not save the undo: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

} // namespace Coproduce
