// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelreads.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>
#include <memory>

namespace Coproduce {

namespace {

// Runs queries from the shared list until none is left (or one has failed), keeping each one's rows at
// its own index.
class Taker
{
public:
    Taker(const QList<ParallelReads::Query> &queries, const QString &what)
        : m_queries(queries)
        , m_what(what)
        , m_rows(queries.size())
        , m_errors(queries.size())
    {
    }

    // Returns how many it ran.
    int work(const QSqlDatabase &connection)
    {
        int ran = 0;
        for (qsizetype i = m_next++; i < m_queries.size() && !m_failed; i = m_next++, ++ran) {
            QSqlQuery query(connection);
            query.setForwardOnly(true);
            query.prepare(m_queries.at(i).sql);
            for (const QVariant &value : m_queries.at(i).values)
                query.addBindValue(value);
            if (!SqlHelpers::exec(query, m_what, &m_errors[i])) {
                m_failed = true;
                return ran + 1;
            }
            const int columns = query.record().count();
            ParallelReads::Rows &rows = m_rows[i];
            while (query.next()) {
                QVariantList row;
                row.reserve(columns);
                for (int c = 0; c < columns; ++c)
                    row.append(query.value(c));
                rows.append(std::move(row));
            }
        }
        return ran;
    }

    std::optional<QList<ParallelReads::Rows>> result(QString *error)
    {
        for (const QString &e : std::as_const(m_errors))
            if (!e.isEmpty()) {
                if (error)
                    *error = e;
                return std::nullopt;
            }
        return std::move(m_rows);
    }

private:
    const QList<ParallelReads::Query> &m_queries;
    const QString m_what;
    std::atomic<qsizetype> m_next { 0 };
    std::atomic<bool> m_failed { false };
    QList<ParallelReads::Rows> m_rows; // each index written by one thread only
    QStringList m_errors;
};

} // namespace

std::optional<QList<ParallelReads::Rows>> ParallelReads::run(Database &database, const QList<Query> &queries,
                                                             const QString &what, QString *error,
                                                             int *onSibling)
{
    Taker taker(queries, what);
    const std::optional<Database::Sibling> sibling = queries.size() > 1 ? database.sibling() : std::nullopt;
    std::unique_ptr<QThread> helper;
    std::atomic<int> bySibling { 0 };
    if (sibling) {
        // The sibling connection is made, used and closed on the helper's thread (Qt's rule for a
        // connection); if it cannot be opened this thread simply takes every query.
        helper.reset(QThread::create([&taker, &bySibling, sibling = *sibling] {
            Database other;
            if (other.openSibling(sibling))
                bySibling = taker.work(other.connection());
        }));
        helper->start();
    }
    taker.work(database.connection());
    if (helper)
        helper->wait();
    if (onSibling)
        *onSibling = bySibling;
    return taker.result(error);
}

} // namespace Coproduce
