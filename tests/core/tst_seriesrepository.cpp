// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/meetingrepository.h"
#include "core/seriesrepository.h"

#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestSeriesRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
    }

    void findOrCreateGivesOneIdPerName()
    {
        SeriesRepository repo(*m_db);
        QString error;
        const auto first = repo.findOrCreate(u"Short breaks"_s, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(repo.findOrCreate(u"Short breaks"_s, &error), first);
        QCOMPARE(repo.find(u"Short breaks"_s), first);
        QVERIFY(!repo.find(u"short breaks"_s)); // names are exact
        QVERIFY(!repo.findOrCreate(QString(u""_s), &error)); // a series needs a name
    }

    void listsSeriesByNameWithTheirMeetingCounts()
    {
        QString error;
        for (const QString &series : { u"Transport"_s, u"Autism pathway"_s, u"Transport"_s }) {
            Meeting m;
            m.title = u"Meeting"_s;
            m.date = QDate(2026, 5, 1);
            m.series = series;
            QVERIFY(MeetingRepository(*m_db).insert(m, &error));
        }
        const QList<Series> list = SeriesRepository(*m_db).list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, u"Autism pathway"_s);
        QCOMPARE(list.at(0).meetings, 1);
        QCOMPARE(list.at(1).name, u"Transport"_s);
        QCOMPARE(list.at(1).meetings, 2);
    }
};

QTEST_GUILESS_MAIN(TestSeriesRepository)
#include "tst_seriesrepository.moc"
