// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_level = m_database.transactionDepth();
    if (m_database.isReadOnly()) {
        m_error
            = QCoreApplication::translate("Transaction",
                                          "this window is read-only because another copy of Coproduce has "
                                          "the database open for changes. Nothing was changed");
        return;
    }
    const QString sql
        = m_level == 0 ? SqlDialect::begin(m_database.engine()) : u"SAVEPOINT sp%1"_s.arg(m_level);
    m_active = exec(sql);
    if (m_active)
        ++m_database.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    // On PostgreSQL a statement that failed aborts the whole transaction, and COMMIT then rolls it all back
    // while QSqlQuery says it ran: the driver's commit() reads what the server did, and says no.
    bool committed = false;
    if (m_level == 0 && m_database.engine() == Engine::Postgres) {
        QSqlDatabase connection = m_database.connection();
        committed = connection.commit();
        if (!committed) {
            SqlHelpers::noteFailure(connection.lastError());
            if (m_error.isEmpty())
                m_error = QCoreApplication::translate(
                              "Transaction", "a change inside it failed, so none of it was kept (%1)")
                              .arg(connection.lastError().text());
            m_active = false; // the server has ended it already: nothing is left to roll back
            --m_database.transactionDepth();
            return false;
        }
    } else {
        committed = exec(m_level == 0 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_level));
    }
    if (!committed) {
        rollback();
        return false;
    }
    m_active = false;
    --m_database.transactionDepth();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level == 0) {
        exec(u"ROLLBACK"_s);
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it so the outer transaction carries on.
        exec(u"ROLLBACK TO sp%1"_s.arg(m_level));
        exec(u"RELEASE sp%1"_s.arg(m_level));
    }
    m_active = false;
    --m_database.transactionDepth();
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(sql))
        return true;
    SqlHelpers::noteFailure(query.lastError());
    if (!m_error.isEmpty())
        return false;
    // SQLITE_BUSY (5) after the busy timeout: someone else has held the write lock all that time.
    if (query.lastError().nativeErrorCode() == u"5")
        m_error
            = QCoreApplication::translate("Transaction",
                                          "the database is busy: another program, perhaps another copy of "
                                          "Coproduce, has been saving to it for more than 5 seconds. Nothing "
                                          "was changed; try again in a moment");
    else
        m_error = query.lastError().text();
    return false;
}

} // namespace Coproduce
