// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/importer.h"
#include "core/meetingrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// The full-text index must follow every write: inserts, edits and (cascading) deletes.
class TestSearchIndex : public QObject
{
    Q_OBJECT

    QList<qint64> meetingsMatching(const QString &query)
    {
        QList<qint64> ids;
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT DISTINCT meeting_id FROM ("_s + SqlDialect::meetingsWithWords(m_db->engine())
                  + u") hits ORDER BY meeting_id"_s);
        q.addBindValue(SqlDialect::searchTerms({ query }, m_db->engine()));
        if (!q.exec())
            qFatal("search failed");
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    std::unique_ptr<Database> m_db;
    qint64 m_id = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
        QStringList errors;
        m_id = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                              u"e"_s, &errors);
    }

    void findsEveryKindOfText()
    {
        const QList<qint64> here { m_id };
        QCOMPARE(meetingsMatching(u"workshop"_s), here); // title
        QCOMPARE(meetingsMatching(u"explains"_s), here); // notes
        QCOMPARE(meetingsMatching(u"taxi"_s), here); // contribution
        QCOMPARE(meetingsMatching(u"rewritten"_s), here); // decision
        QCOMPARE(meetingsMatching(u"sign"_s), here); // commitment
        QCOMPARE(meetingsMatching(u"drafting"_s), here); // action
        QCOMPARE(meetingsMatching(u"helicopter"_s), QList<qint64>());
    }

    void editsAreReindexed()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE actions SET text = 'Book a minibus' WHERE text LIKE 'Set up%'"_s));
        QCOMPARE(meetingsMatching(u"drafting"_s), QList<qint64>());
        QCOMPARE(meetingsMatching(u"minibus"_s), QList<qint64> { m_id });
        ActionRepository repo(*m_db);
        QString error;
        QVERIFY(repo.setStatus(repo.list({}).first().id, u"cannot-do"_s, u"No drivers available"_s,
                               QDate(2026, 1, 1), &error));
        QCOMPARE(meetingsMatching(u"drivers"_s), QList<qint64> { m_id });
    }

    void deletingAMeetingEmptiesItsIndex()
    {
        QString error;
        QVERIFY(MeetingRepository(*m_db).remove(m_id, &error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM search_index"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
