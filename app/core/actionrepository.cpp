// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrepository.h"

#include "database.h"
#include "sqlhelpers.h"
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

QList<ActionRow> ActionRepository::list(const ActionFilter &filter) const
{
    QString sql
        = u"SELECT t.id, t.text, t.owner, t.due, t.status, t.reason, m.id, m.date, m.title, s.name "
          "FROM actions t JOIN activities a ON a.id = t.activity_id JOIN meetings m ON m.id = a.meeting_id "
          "LEFT JOIN series s ON s.id = m.series_id WHERE 1"_s;
    if (filter.openOnly)
        sql += u" AND t.status IN ('open', 'in-progress')"_s;
    if (!filter.series.isEmpty())
        sql += u" AND s.name = ?"_s;
    sql += u" ORDER BY t.due = '', t.due, t.id"_s;

    QList<ActionRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.series.isEmpty())
        q.addBindValue(filter.series);
    if (!q.exec())
        return rows;
    while (q.next()) {
        ActionRow row;
        row.id = q.value(0).toLongLong();
        row.text = q.value(1).toString();
        row.owner = q.value(2).toString();
        row.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        row.status = q.value(4).toString();
        row.reason = q.value(5).toString();
        row.meetingId = q.value(6).toLongLong();
        row.meetingDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        row.meetingTitle = q.value(8).toString();
        row.series = q.value(9).toString();
        rows << row;
    }
    return rows;
}

bool ActionRepository::setStatus(qint64 actionId, const QString &status, const QString &note,
                                 const QDate &date, QString *error)
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
    q.prepare(u"UPDATE actions SET status = ?, reason = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(SqlHelpers::text(status == u"cannot-do" ? note : QString()));
    q.addBindValue(actionId);
    if (!SqlHelpers::exec(q, tr("change the action's status"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no action %1").arg(actionId);
        return false;
    }
    q.prepare(u"INSERT INTO action_updates (action_id, position, date, status, note) VALUES (?, "
              "(SELECT coalesce(max(position) + 1, 0) FROM action_updates WHERE action_id = ?), ?, ?, ?)"_s);
    q.addBindValue(actionId);
    q.addBindValue(actionId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(status);
    q.addBindValue(SqlHelpers::text(note));
    if (!SqlHelpers::exec(q, tr("keep the status change"), error))
        return false;
    if (!transaction.commit()) {
        *error = tr("could not save the status change: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

} // namespace Coproduce
