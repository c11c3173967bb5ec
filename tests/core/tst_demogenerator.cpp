// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/demogenerator.h"
#include "core/ladder.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"
#include "core/progressrepository.h"
#include "core/vocabulary.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    QSet<QString> distinct(const QString &sql)
    {
        QSet<QString> values;
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        // A truth is 1 or 0 on SQLite, true or false on PostgreSQL.
        while (q.next())
            values.insert(q.value(0).typeId() == QMetaType::Bool ? QString::number(q.value(0).toInt())
                                                                 : q.value(0).toString());
        return values;
    }

    Database m_db;
    DemoGenerator::Summary m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::openWithCharters(m_db));
        QString error;
        const auto summary = DemoGenerator(m_db).generate(1, QDate(2026, 11, 22), &error);
        QVERIFY2(summary, qPrintable(error));
        m_summary = *summary;
    }

    void aYearOfSeveralSeries()
    {
        QCOMPARE(m_summary.series, 12);
        QVERIFY(m_summary.meetings >= 190);
        QVERIFY(m_summary.actions >= m_summary.meetings * 15);
        QCOMPARE(Test::tableCounts(m_db).value(u"meetings"_s), m_summary.meetings);
        QCOMPARE(Test::tableCounts(m_db).value(u"actions"_s), m_summary.actions);
        QCOMPARE(distinct(u"SELECT max(date) <= '2026-11-22' AND min(date) >= '2025-11-22' FROM meetings"_s),
                 QSet<QString> { u"1"_s });
    }

    // The demo credits people as the app would by default, each the same at every meeting; a few asked
    // otherwise, as people do; no young person is named.
    void creditsFollowTheRoleDefaults()
    {
        QCOMPARE(distinct(u"SELECT credit FROM attendees WHERE role = 'young-person'"_s),
                 QSet<QString> { u"anonymous"_s });
        QCOMPARE(distinct(u"SELECT count(*) FROM (SELECT name FROM attendees GROUP BY name "
                          "HAVING count(DISTINCT credit) > 1) AS mixed"_s),
                 QSet<QString> { u"0"_s });
        for (const QString &role : Vocabulary::roles()) {
            QSqlQuery q(m_db.connection());
            QVERIFY(
                q.exec(u"SELECT count(DISTINCT name), count(DISTINCT CASE WHEN credit = '%1' THEN name END) "
                       "FROM attendees WHERE role = '%2'"_s.arg(Vocabulary::defaultCredit(role), role)));
            QVERIFY(q.next());
            // Most people keep the default: at least three in four.
            QVERIFY2(q.value(1).toInt() * 4 >= q.value(0).toInt() * 3,
                     qPrintable(u"%1: %2 of %3"_s.arg(role).arg(q.value(1).toInt()).arg(q.value(0).toInt())));
        }
    }

    void everyValueOfEveryListAppears()
    {
        QCOMPARE(distinct(u"SELECT role FROM attendees"_s),
                 QSet<QString>(Vocabulary::roles().begin(), Vocabulary::roles().end()));
        QCOMPARE(distinct(u"SELECT attendance FROM attendees"_s),
                 QSet<QString>(Vocabulary::attendances().begin(), Vocabulary::attendances().end()));
        QCOMPARE(distinct(u"SELECT credit FROM attendees"_s),
                 QSet<QString>(Vocabulary::credits().begin(), Vocabulary::credits().end()));
        QCOMPARE(distinct(u"SELECT status FROM actions"_s),
                 QSet<QString>(Vocabulary::actionStatuses().begin(), Vocabulary::actionStatuses().end()));
        const QStringList rungs = Ladder::builtIn().rungIds();
        QCOMPARE(distinct(u"SELECT rung FROM ladder_ratings"_s), QSet<QString>(rungs.begin(), rungs.end()));
        QCOMPARE(distinct(u"SELECT count(*) > 0 FROM ladder_votes WHERE role = 'parent-carer'"_s),
                 QSet<QString> { u"1"_s });
        QCOMPARE(distinct(u"SELECT made FROM decisions"_s),
                 (QSet<QString> { u"in-meeting"_s, u"elsewhere"_s }));
        QCOMPARE(distinct(u"SELECT score FROM charter_checks"_s),
                 (QSet<QString> { u"yes"_s, u"partly"_s, u"not-yet"_s }));
        QCOMPARE(distinct(u"SELECT charter_id FROM meetings"_s),
                 (QSet<QString> { u"derby"_s, u"doncaster"_s }));
    }

    void believableDetail()
    {
        QCOMPARE(distinct(u"SELECT count(*) > 0 FROM actions WHERE status = 'cannot-do' AND reason = ''"_s),
                 QSet<QString> { u"0"_s });
        QCOMPARE(
            distinct(
                u"SELECT count(*) > 0 FROM activities WHERE notes LIKE '%EHCP%' OR notes LIKE '%SENCO%'"_s),
            QSet<QString> { u"1"_s });
        QCOMPARE(distinct(u"SELECT count(*) > 0 FROM attendees WHERE access_needs <> ''"_s),
                 QSet<QString> { u"1"_s });
        QCOMPARE(distinct(u"SELECT count(*) > 0 FROM actions WHERE responds_to IS NOT NULL"_s),
                 QSet<QString> { u"1"_s });
        QCOMPARE(distinct(u"SELECT count(*) > 0 FROM action_updates"_s), QSet<QString> { u"1"_s });
        // Recent meetings leave work open for the next one in the series.
        QCOMPARE(distinct(u"SELECT count(*) > 0 FROM actions t JOIN activities a ON a.id = t.activity_id "
                          u"JOIN meetings m "
                          "ON m.id = a.meeting_id WHERE m.date > '2026-10-01' AND t.status = 'open'"_s),
                 QSet<QString> { u"1"_s });
    }

    // The meetings list's counts (joined, counted once for all meetings) are each meeting's own.
    void theMeetingsListCountsWhatEachMeetingHolds()
    {
        const QList<MeetingSummary> list = MeetingRepository(m_db).list();
        QCOMPARE(int(list.size()), m_summary.meetings);
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT (SELECT count(*) FROM activities WHERE meeting_id = ?), "
                  "(SELECT count(*) FROM actions t JOIN activities a ON a.id = t.activity_id "
                  "WHERE a.meeting_id = ?), "
                  "(SELECT count(*) FROM actions t JOIN activities a ON a.id = t.activity_id "
                  "WHERE a.meeting_id = ? AND t.status IN ('open', 'in-progress'))"_s);
        for (const MeetingSummary &meeting : list) {
            q.addBindValue(meeting.id);
            q.addBindValue(meeting.id);
            q.addBindValue(meeting.id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(meeting.activities, q.value(0).toInt());
            QCOMPARE(meeting.actions, q.value(1).toInt());
            QCOMPARE(meeting.openActions, q.value(2).toInt());
        }
    }

    void sameSeedSameMeetings()
    {
        Database other;
        QVERIFY(Test::openWithCharters(other));
        QString error;
        QVERIFY(DemoGenerator(other).generate(1, QDate(2026, 11, 22), &error));
        QCOMPARE(MeetingFormat::write(*MeetingRepository(other).load(42)),
                 MeetingFormat::write(*MeetingRepository(m_db).load(42)));
    }

    // Over the years the demo tells a true-looking story for the Progress section: the area climbs the
    // ladder, young people come more, and old actions are nearly all settled, some done late and a few that
    // cannot be done, each with its reason.
    void theYearsTellAStory()
    {
        Database years;
        QVERIFY(Test::openWithCharters(years));
        QString error;
        QVERIFY2(DemoGenerator(years).generate(4, QDate(2026, 11, 22), &error), qPrintable(error));
        ProgressRequest request;
        request.from = QDate(2022, 11, 22);
        request.to = QDate(2026, 11, 22);
        request.today = request.to;
        const std::optional<ProgressNumbers> n = ProgressRepository(years).numbers(request, &error);
        QVERIFY2(n, qPrintable(error));
        // On the server the planner knows the rows the demo wrote (ANALYZE), not an empty database's.
        if (Test::onServer()) {
            QSqlQuery q(years.connection());
            QVERIFY(q.exec(u"SELECT reltuples FROM pg_class WHERE relname = 'actions'"_s) && q.next());
            QVERIFY2(q.value(0).toDouble() > 1000, qPrintable(q.value(0).toString()));
        }
        const ProgressCounts &first = n->counts.at(1); // the first whole quarter
        const ProgressCounts &last = n->counts.at(n->counts.size() - 2); // the last whole one
        QVERIFY2(last.ladder.median > first.ladder.median,
                 qPrintable(u"%1 then %2"_s.arg(first.ladder.median).arg(last.ladder.median)));
        const auto share = [](int part, int whole) { return whole == 0 ? 0.0 : double(part) / whole; };
        QVERIFY(share(last.ladder.groups.at(2), last.ladder.total())
                > share(first.ladder.groups.at(2), first.ladder.total()));
        const auto youngPerMeeting
            = [&](const ProgressCounts &c) { return share(c.present.value(u"young-person"_s), c.meetings); };
        QVERIFY2(youngPerMeeting(last) > youngPerMeeting(first),
                 qPrintable(u"%1 then %2"_s.arg(youngPerMeeting(first)).arg(youngPerMeeting(last))));
        // Actions agreed more than a year ago: mostly done, few still late, some honestly cannot be done.
        for (const ProgressCounts &c : { first, n->counts.at(4) }) {
            QVERIFY(share(c.done, c.actions) > 0.8);
            QVERIFY(share(c.overdue, c.actions) < 0.06);
            QVERIFY(c.cannotDo > 0);
        }
        QVERIFY(!n->cannotDoReasons.isEmpty());
        for (const auto &[reason, count] : n->cannotDoReasons)
            QVERIFY(!reason.isEmpty() && count > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
