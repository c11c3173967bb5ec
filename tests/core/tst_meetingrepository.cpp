// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/importer.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestMeetingRepository : public QObject
{
    Q_OBJECT

    qint64 importExample()
    {
        QStringList errors;
        const auto id = Importer(*m_db).importMeeting(
            Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"example.json"_s, &errors);
        if (!id)
            qFatal("%s", qPrintable(errors.join(u'\n')));
        return *id;
    }

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
    }

    void contributionsAreLinkedToTheirAttendee()
    {
        const qint64 id = importExample();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            u"SELECT a.name, c.by_role FROM contributions c JOIN attendees a ON a.id = c.attendee_id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"Jo Turner"_s);
        QCOMPARE(q.value(1).toString(), QString());
        QVERIFY(q.exec(u"SELECT count(*) FROM actions WHERE responds_to IS NOT NULL"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(MeetingRepository(*m_db).load(id));
    }

    void aSeriesIsSharedByItsMeetings()
    {
        importExample();
        importExample();
        QCOMPARE(Test::tableCounts(*m_db).value(u"series"_s), 1);
        const QList<MeetingSummary> list = MeetingRepository(*m_db).list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().series, u"Home to school transport"_s);
        QCOMPARE(list.first().activities, 1);
        QCOMPARE(list.first().actions, 1);
        QCOMPARE(list.first().openActions, 1);
    }

    void aMeetingWithoutSeriesOrCharter()
    {
        Meeting m;
        m.title = u"Drop-in"_s;
        m.date = QDate(2026, 3, 1);
        QString error;
        const auto id = MeetingRepository(*m_db).insert(m, &error);
        QVERIFY2(id, qPrintable(error));
        const Meeting loaded = *MeetingRepository(*m_db).load(*id);
        QCOMPARE(loaded.series, QString());
        QCOMPARE(loaded.charter, QString());
        QVERIFY(!loaded.heard);
        QVERIFY(!loaded.start.isValid());
    }

    void removingAMeetingRemovesEverythingInIt()
    {
        const auto empty = Test::tableCounts(*m_db);
        const qint64 id = importExample();
        QString error;
        QVERIFY(MeetingRepository(*m_db).remove(id, &error));
        auto after = Test::tableCounts(*m_db);
        after[u"series"_s] = 0; // the series stays for the next meeting
        QCOMPARE(after, empty);
        QVERIFY(!MeetingRepository(*m_db).remove(id, &error));
        QVERIFY(error.contains(u"no meeting"_s));
    }

    void aFailedInsertLeavesNothing()
    {
        // Values the file format would refuse, to reach the database's own checks half-way through.
        Meeting m;
        m.title = u"Half a meeting"_s;
        m.date = QDate(2026, 3, 1);
        m.series = u"A new series"_s;
        m.attendees
            = { Attendee { 0, u"Ann"_s, u"parent-carer"_s, QString(), u"present"_s, u"named"_s, QString() } };
        Activity a;
        a.title = u"First"_s;
        Action action;
        action.text = u"Cannot be done"_s;
        action.status = u"cannot-do"_s; // with no reason: the CHECK constraint refuses it
        a.actions << action;
        m.activities << a;
        const auto before = Test::tableCounts(*m_db);
        QString error;
        QVERIFY(!MeetingRepository(*m_db).insert(m, &error));
        QVERIFY2(error.contains(u"activity 1"_s), qPrintable(error));
        QCOMPARE(Test::tableCounts(*m_db), before);
    }

    void loadingAMissingMeeting() { QVERIFY(!MeetingRepository(*m_db).load(999)); }

    void contributionRefsAreRenumberedInOrder()
    {
        const qint64 id = importExample();
        const Meeting m = *MeetingRepository(*m_db).load(id);
        QCOMPARE(m.activities.first().contributions.first().ref, u"c1"_s);
        QCOMPARE(m.activities.first().actions.first().respondsTo, u"c1"_s);
        QVERIFY(MeetingFormat::write(m).contains("\"responds_to\": \"c1\""));
    }
};

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
