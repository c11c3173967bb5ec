// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhelpers.h"

#include "sqldialect.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Coproduce {

using namespace Qt::StringLiterals;

QVariant SqlHelpers::text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

bool &SqlHelpers::stoppedForAnother()
{
    // Per thread: each thread has its own connections (QSqlDatabase's rule).
    thread_local bool stopped = false;
    return stopped;
}

bool SqlHelpers::atTopLevel(Database &database)
{
    return database.transactionDepth() == 0;
}

void SqlHelpers::noteFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"40001" || code == u"40P01")
        stoppedForAnother() = true;
}

bool SqlHelpers::exec(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    noteFailure(query.lastError());
    if (!error)
        return false;
    // On the server, SQLSTATE 55P03: another person's change held the meeting longer than lock_timeout.
    if (query.lastError().nativeErrorCode() == u"55P03")
        *error
            = QCoreApplication::translate("SqlHelpers",
                                          "could not %1: someone else has been saving this meeting for more "
                                          "than 5 seconds. Nothing was changed; try again in a moment")
                  .arg(what);
    // SQLSTATE 40001 or 40P01, as the last of retried()'s attempts: another's change went first each time.
    else if (stoppedForAnother())
        *error = QCoreApplication::translate("SqlHelpers",
                                             "could not %1: the server stopped it to let other people's "
                                             "changes to the same things through, again and again. Nothing "
                                             "was changed; try again")
                     .arg(what);
    // SQLSTATE 42501 from a policy: the row would belong to another team's meeting (schemasecurity.cpp).
    else if (query.lastError().nativeErrorCode() == u"42501"
             && query.lastError().databaseText().contains(u"row-level security"_s))
        *error
            = QCoreApplication::translate("SqlHelpers",
                                          "could not %1: it belongs to a team you are not in, and only the "
                                          "team's members and the area's admins may change it. Nothing was "
                                          "changed")
                  .arg(what);
    else
        *error = QCoreApplication::translate("SqlHelpers", "could not %1: %2")
                     .arg(what, query.lastError().text());
    return false;
}

std::optional<qint64> SqlHelpers::insert(QSqlQuery &query, const QString &what, QString *error)
{
    if (!exec(query, what, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("SqlHelpers", "could not %1: no key came back").arg(what);
        return std::nullopt;
    }
    const qint64 key = query.value(0).toLongLong();
    query.finish(); // the statement is done: the same query can run again
    return key;
}

void SqlHelpers::refreshStatistics(Database &database)
{
    const QString statement = SqlDialect::refreshStatistics(database.engine());
    if (!statement.isEmpty())
        QSqlQuery(database.connection()).exec(statement);
}

} // namespace Coproduce
