// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/meetingrepository.h"
#include "core/seriesrepository.h"
#include "core/teamrepository.h"

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

    // Teams own series (on a file as on the server, where they decide who may change what: tst_serverroles).
    void teamsOwnSeries()
    {
        QString error;
        QVERIFY(SeriesRepository(*m_db).findOrCreate(u"Short breaks"_s, &error));
        TeamRepository teams(*m_db);
        QVERIFY2(teams.add(u" Parent forum "_s, &error), qPrintable(error));
        QVERIFY(!teams.add(u"Parent forum"_s, &error));
        QVERIFY2(error.contains(u"already a team"_s), qPrintable(error));
        QVERIFY(!teams.add(u"  "_s, &error));
        // On the server a member must be one of its logins; the admin is.
        const QString login = m_db->isServer() ? m_db->login() : u"priya"_s;
        QVERIFY2(teams.setMember(u"Parent forum"_s, login, true, &error), qPrintable(error));
        QVERIFY2(teams.setMember(u"Parent forum"_s, login, true, &error), qPrintable(error)); // once
        QVERIFY(!teams.setMember(u"Nobody's team"_s, login, true, &error));
        QVERIFY2(error.contains(u"no team called"_s), qPrintable(error));
        QVERIFY2(teams.setOwner(u"Short breaks"_s, u"Parent forum"_s, &error), qPrintable(error));
        QVERIFY(!teams.setOwner(u"No such series"_s, u"Parent forum"_s, &error));
        QList<Team> list = teams.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).name, u"Parent forum"_s);
        QCOMPARE(list.at(0).members, QStringList { login });
        QCOMPARE(list.at(0).series, QStringList { u"Short breaks"_s });
        QVERIFY2(teams.setMember(u"Parent forum"_s, login, false, &error), qPrintable(error));
        QVERIFY(!teams.setMember(u"Parent forum"_s, login, false, &error));
        QVERIFY2(teams.setOwner(u"Short breaks"_s, QString(), &error), qPrintable(error));
        list = teams.list();
        QVERIFY(list.at(0).members.isEmpty() && list.at(0).series.isEmpty());
        QVERIFY(teams.refusal(1).isEmpty()); // one person's file (or the admin) may change everything
    }
};

QTEST_GUILESS_MAIN(TestSeriesRepository)
#include "tst_seriesrepository.moc"
