// SPDX-License-Identifier: GPL-3.0-or-later
// ParallelReads (the Progress numbers' queries, two at a time): on a SQLite file and on the area's server a
// second connection takes some of the queries, and every query's rows come back at its own index, the same
// as one connection gives; ":memory:" and an open transaction keep them all on the one connection (which
// alone sees what the transaction wrote); a bad query fails the whole with the reason.
#include "testsupport.h"

#include "core/database.h"
#include "core/parallelreads.h"
#include "core/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// Twenty queries, each with an answer of its own that takes a moment to count (so that the second
// connection, once open, finds some left to take), and a few rows each.
QList<ParallelReads::Query> counting()
{
    QList<ParallelReads::Query> queries;
    for (int i = 1; i <= 20; ++i)
        queries.append({ u"WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
                         "SELECT k % 3, count(*), ? FROM n GROUP BY k % 3 ORDER BY 1"_s,
                         { 20000 + i, i } });
    return queries;
}

void checkCounting(const QList<ParallelReads::Rows> &rows)
{
    QCOMPARE(rows.size(), 20);
    for (int i = 1; i <= 20; ++i) {
        const ParallelReads::Rows &r = rows.at(i - 1);
        QCOMPARE(r.size(), 3);
        int total = 0;
        for (const QVariantList &row : r) {
            QCOMPARE(row.size(), 3);
            QCOMPARE(row.at(2).toInt(), i); // at its own index
            total += row.at(1).toInt();
        }
        QCOMPARE(total, 20000 + i);
    }
}

} // namespace

class TestParallelReads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aSecondConnectionTakesSome()
    {
        Database db;
        QVERIFY(Test::openEmpty(db, m_dir.filePath(u"reads.sqlite"_s)));
        // The second connection opens while the first is counting; over a few tries it always gets some.
        int onSibling = 0;
        for (int attempt = 0; attempt < 5 && onSibling == 0; ++attempt) {
            QString error;
            const auto rows = ParallelReads::run(db, counting(), u"count"_s, &error, &onSibling);
            QVERIFY2(rows, qPrintable(error));
            checkCounting(*rows);
        }
        QVERIFY2(onSibling > 0, "the second connection never took a query");
        QVERIFY(onSibling < 20);
    }

    // The second connection leaves nothing behind: another copy of Coproduce (a process of its own) that
    // opens and closes the file afterwards, as the command line does, leaves the write-ahead log alone, and
    // what this one writes next the one after it sees. (Once a second connection was opened with a check
    // that read the file through a handle of its own: closing it dropped this process's locks, the next
    // process reset the log, and the meeting written after was seen by nobody else.)
    void afterwardsOthersSeeWhatIsWritten()
    {
        ONLY_ON_A_FILE("locks on a file");
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"after.sqlite"_s)));
        QString error;
        int onSibling = 0;
        for (int attempt = 0; attempt < 5 && onSibling == 0; ++attempt)
            QVERIFY2(ParallelReads::run(db, counting(), u"count"_s, &error, &onSibling), qPrintable(error));
        QVERIFY(onSibling > 0);
        Test::Run run = Test::coproduce({ u"--database"_s, db.path(), u"series"_s, u"list"_s });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        {
            Transaction transaction(db);
            QSqlQuery write(db.connection());
            QVERIFY2(write.exec(u"INSERT INTO series (name) VALUES ('Written after')"_s),
                     qPrintable(write.lastError().text()));
            QVERIFY2(transaction.commit(), qPrintable(transaction.errorString()));
        }
        run = Test::coproduce({ u"--database"_s, db.path(), u"series"_s, u"list"_s });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Written after"_s), qPrintable(run.out));
    }

    void oneConnectionWhereASecondWouldNotSee()
    {
        ONLY_ON_A_FILE("an in-memory database");
        Database memory;
        QVERIFY(Test::openEmpty(memory));
        int onSibling = -1;
        QString error;
        auto rows = ParallelReads::run(memory, counting(), u"count"_s, &error, &onSibling);
        QVERIFY2(rows, qPrintable(error));
        checkCounting(*rows);
        QCOMPARE(onSibling, 0);
    }

    void insideATransactionItsOwnWritesCount()
    {
        Database db;
        QVERIFY(Test::openEmpty(db, m_dir.filePath(u"transaction.sqlite"_s)));
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        // A table only this connection can see, with a row not yet committed.
        QSqlQuery write(db.connection());
        QVERIFY(write.exec(u"CREATE TEMPORARY TABLE pending (name TEXT)"_s));
        QVERIFY(write.exec(u"INSERT INTO pending (name) VALUES ('Not yet committed')"_s));
        QList<ParallelReads::Query> queries = counting();
        queries.append({ u"SELECT count(*) FROM pending WHERE name = ?"_s, { u"Not yet committed"_s } });
        int onSibling = -1;
        QString error;
        const auto rows = ParallelReads::run(db, queries, u"count"_s, &error, &onSibling);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(onSibling, 0);
        QCOMPARE(rows->last().value(0).value(0).toInt(), 1);
        transaction.rollback();
    }

    void aBadQueryFailsTheWhole()
    {
        Database db;
        QVERIFY(Test::openEmpty(db, m_dir.filePath(u"bad.sqlite"_s)));
        QList<ParallelReads::Query> queries = counting();
        queries.insert(7, { u"SELECT no_such_column FROM series"_s, {} });
        QString error;
        QVERIFY(!ParallelReads::run(db, queries, u"read the test numbers"_s, &error));
        QVERIFY2(error.contains(u"read the test numbers"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestParallelReads)
#include "tst_parallelreads.moc"
