// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "auditlog.h"
#include "database.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

QList<MeetingSummary> Retention::olderThan(Database &database, int years, const QDate &today)
{
    const QDate cutoff = today.addYears(-years);
    QList<MeetingSummary> old;
    for (const MeetingSummary &m : MeetingRepository(database).list())
        if (m.date.isValid() && m.date < cutoff)
            old << m;
    return old;
}

std::optional<int> Retention::remove(Database &database, const QList<qint64> &meetingIds, QString *error)
{
    {
        Transaction transaction(database);
        if (!transaction.isActive()) {
            *error = tr("could not start deleting: %1").arg(transaction.errorString());
            return std::nullopt;
        }
        MeetingRepository meetings(database);
        for (qint64 id : meetingIds)
            if (!meetings.remove(id, error))
                return std::nullopt;
        // What the trail said of them goes too; that they were deleted, and how many, stays.
        AuditLog audit(database);
        if (!audit.forgetValuesOfMeetings(meetingIds, error)
            || !audit.record(u"retention"_s, u"meetings"_s, 0, 0, QString(), QString(),
                             tr("%1 meetings deleted under the retention policy").arg(meetingIds.size()),
                             error))
            return std::nullopt;
        if (!transaction.commit()) {
            *error = tr("could not delete the meetings: %1").arg(transaction.errorString());
            return std::nullopt;
        }
    }
    if (!compact(database, error))
        return std::nullopt;
    return int(meetingIds.size());
}

bool Retention::compact(Database &database, QString *error)
{
    // The server frees the space itself (autovacuum), and its search index has no segments to merge.
    if (database.isServer())
        return true;
    for (const QString &sql : { u"INSERT INTO search_index(search_index) VALUES ('optimize')"_s, u"VACUUM"_s,
                                u"PRAGMA wal_checkpoint(TRUNCATE)"_s }) {
        QSqlQuery q(database.connection());
        if (!q.exec(sql)) {
            *error = tr("%1: deleted, but the file could not be compacted (%2): %3")
                         .arg(database.displayName(), sql, q.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace Coproduce
