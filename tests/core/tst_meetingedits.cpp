// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/auditlog.h"
#include "core/changewatcher.h"
#include "core/importer.h"
#include "core/meetingedits.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestMeetingEdits : public QObject
{
    Q_OBJECT

    QByteArray exported() { return MeetingFormat::write(*MeetingRepository(*m_db).load(m_meeting)); }
    qint64 firstId(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT min(id) FROM "_s + table);
        q.next();
        return q.value(0).toLongLong();
    }
    int searchHits(const QString &word)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT count(*) FROM ("_s + SqlDialect::meetingsWithWords(m_db->engine()) + u") hits"_s);
        q.addBindValue(SqlDialect::searchTerms({ word }, m_db->engine()));
        q.exec();
        q.next();
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_meeting = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(
            *m_db,
            m_dir.filePath(u"edits-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))));
        QStringList errors;
        m_meeting = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                   u"e"_s, &errors);
    }

    void changesAFieldThatHoldsWhatItExpects()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const qint64 activity = firstId(u"activities"_s);
        const QVariant old = edits.value(Field::ActivityNotes, activity);
        QCOMPARE(
            edits.setValue(Field::ActivityNotes, activity, old, u"Families want one phone number."_s, &error),
            MeetingEdits::Result::Done);
        QCOMPARE(edits.value(Field::ActivityNotes, activity).toString(),
                 u"Families want one phone number."_s);
        QCOMPARE(searchHits(u"phone"_s), 1);
        QCOMPARE(edits.setValue(Field::MeetingHeardNo, m_meeting, 0, 3, &error), MeetingEdits::Result::Done);
        QCOMPARE(MeetingRepository(*m_db).load(m_meeting)->heard->no, 3);
    }

    void neverOverwritesAChangeMadeElsewhere()
    {
        // A second connection stands for a second window (or a second copy of the app).
        Database other;
        QVERIFY(other.open(m_db->path()));
        const qint64 activity = firstId(u"activities"_s);
        MeetingEdits mine(*m_db);
        MeetingEdits theirs(other);
        const QVariant seen = mine.value(Field::ActivityTitle, activity);
        QString error;
        QCOMPARE(theirs.setValue(Field::ActivityTitle, activity, seen, u"Their title"_s, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(mine.setValue(Field::ActivityTitle, activity, seen, u"My title"_s, &error),
                 MeetingEdits::Result::Conflict);
        // Who changed it and when, from the audit trail (both connections act as this computer's user).
        QVERIFY2(
            error.startsWith((Test::onServer() ? m_db->login() : AuditLog::actor()) + u" changed this at "_s),
            qPrintable(error));
        QCOMPARE(mine.value(Field::ActivityTitle, activity).toString(), u"Their title"_s);

        QVERIFY(theirs.removeRow(RowKind::Activity, activity, &error));
        QCOMPARE(mine.setValue(Field::ActivityTitle, activity, u"Their title"_s, u"Mine"_s, &error),
                 MeetingEdits::Result::Conflict);
        QVERIFY(error.contains(u"deleted"_s));
    }

    void refusesValuesThatDoNotFit_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty title") << int(Field::MeetingTitle) << u"meetings"_s << QVariant(u"  "_s)
                                     << u"cannot be left empty"_s;
        QTest::newRow("bad date") << int(Field::MeetingDate) << u"meetings"_s << QVariant(u"2026-02-30"_s)
                                  << u"is not a date"_s;
        QTest::newRow("bad time") << int(Field::MeetingStart) << u"meetings"_s << QVariant(u"25:00"_s)
                                  << u"not a time of day"_s;
        QTest::newRow("negative count")
            << int(Field::MeetingHeardYes) << u"meetings"_s << QVariant(-2) << u"0 or more"_s;
        QTest::newRow("bad role") << int(Field::AttendeeRole) << u"attendees"_s << QVariant(u"teacher"_s)
                                  << u"is not one of"_s;
        QTest::newRow("bad credit") << int(Field::AttendeeCredit) << u"attendees"_s << QVariant(u"initials"_s)
                                    << u"is not one of"_s;
        QTest::newRow("bad due") << int(Field::ActionDue) << u"actions"_s << QVariant(u"soon"_s)
                                 << u"is not a date"_s;
        // Qt would read these as dates; stored as typed they would sort wrongly against real ones.
        QTest::newRow("slashed due") << int(Field::ActionDue) << u"actions"_s << QVariant(u"2026/11/23"_s)
                                     << u"is not a date"_s;
        QTest::newRow("date and more")
            << int(Field::MeetingDate) << u"meetings"_s << QVariant(u"2026-11-23x"_s) << u"is not a date"_s;
        QTest::newRow("foreign principle")
            << int(Field::CommitmentPrinciple) << u"commitments"_s << QVariant(u"be-accountable"_s)
            << u"not a principle of this meeting's charter"_s;
    }

    void refusesValuesThatDoNotFit()
    {
        QFETCH(int, field);
        QFETCH(QString, table);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        MeetingEdits edits(*m_db);
        const qint64 id = firstId(table);
        const QVariant before = edits.value(Field(field), id);
        QString error;
        QCOMPARE(edits.setValue(Field(field), id, before, value, &error), MeetingEdits::Result::Failed);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(edits.value(Field(field), id), before);
    }

    void referencesStayInsideTheMeeting()
    {
        QStringList errors;
        const qint64 second = *Importer(*m_db).importMeeting(
            Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"e"_s, &errors);
        MeetingEdits edits(*m_db);
        const qint64 otherAttendee = edits.rowIds(RowKind::Attendee, second).first();
        const qint64 contribution = firstId(u"contributions"_s);
        QString error;
        const QVariant before = edits.value(Field::ContributionAttendee, contribution);
        QCOMPARE(edits.setValue(Field::ContributionAttendee, contribution, before, otherAttendee, &error),
                 MeetingEdits::Result::Failed);
        QVERIFY(error.contains(u"same meeting"_s));
        const qint64 ownAttendee = edits.rowIds(RowKind::Attendee, m_meeting).first();
        QCOMPARE(edits.setValue(Field::ContributionAttendee, contribution, before, ownAttendee, &error),
                 MeetingEdits::Result::Done);
    }

    void addsRowsAtTheEndOrInPlace()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const auto last
            = edits.addRow(RowKind::Activity, m_meeting, -1, { { u"title"_s, u"Last"_s } }, &error);
        QVERIFY2(last, qPrintable(error));
        const auto first
            = edits.addRow(RowKind::Activity, m_meeting, 0, { { u"title"_s, u"First"_s } }, &error);
        QVERIFY2(first, qPrintable(error));
        const QList<qint64> ids = edits.rowIds(RowKind::Activity, m_meeting);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(ids.first(), *first);
        QCOMPARE(ids.last(), *last);
        QVERIFY(!edits.addRow(RowKind::Activity, m_meeting, -1, { { u"titel"_s, u"x"_s } }, &error));
        QVERIFY(error.contains(u"\"titel\" is not a field"_s));
        QVERIFY(!edits.addRow(RowKind::Action, *first, -1,
                              { { u"text"_s, u"x"_s }, { u"status"_s, u"cannot-do"_s } }, &error));
        QCOMPARE(edits.rowIds(RowKind::Action, *first), QList<qint64>());
    }

    // However a person is added, without a stated wish their role decides how they are credited.
    void aNewPersonIsCreditedAsTheirRoleSuggests()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const QList<QPair<QString, QString>> expected {
            { u"young-person"_s, u"anonymous"_s }, { u"parent-carer"_s, u"role-only"_s },
            { u"professional"_s, u"named"_s },     { u"partner"_s, u"named"_s },
            { u"facilitator"_s, u"named"_s },      { u"other"_s, u"role-only"_s },
        };
        for (const auto &[role, credit] : expected) {
            const auto id = edits.addRow(
                RowKind::Attendee, m_meeting, -1,
                QVariantMap { { u"name"_s, QString(u"Person "_s + role) }, { u"role"_s, role } }, &error);
            QVERIFY2(id, qPrintable(error));
            QCOMPARE(edits.value(Field::AttendeeCredit, *id).toString(), credit);
        }
        // A wish given is kept.
        const auto named = edits.addRow(
            RowKind::Attendee, m_meeting, -1,
            { { u"name"_s, u"Asked"_s }, { u"role"_s, u"parent-carer"_s }, { u"credit"_s, u"named"_s } },
            &error);
        QVERIFY2(named, qPrintable(error));
        QCOMPARE(edits.value(Field::AttendeeCredit, *named).toString(), u"named"_s);
    }

    void removingAnActivityAndUndoingItRestoresEverything()
    {
        MeetingEdits edits(*m_db);
        const QByteArray before = exported();
        const auto counts = Test::tableCounts(*m_db);
        QString error;
        const auto snapshot = edits.removeRow(RowKind::Activity, firstId(u"activities"_s), &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(Test::tableCounts(*m_db).value(u"actions"_s), 0);
        QCOMPARE(Test::tableCounts(*m_db).value(u"ladder_votes"_s), 0);
        QCOMPARE(searchHits(u"taxi"_s), 0);
        QVERIFY2(edits.restore(*snapshot, &error), qPrintable(error));
        QCOMPARE(Test::tableCounts(*m_db), counts);
        QCOMPARE(exported(), before);
        QCOMPARE(searchHits(u"taxi"_s), 1);
    }

    void removingAnAttendeeAndUndoingItRelinksWhatTheySaid()
    {
        MeetingEdits edits(*m_db);
        const QByteArray before = exported();
        const qint64 jo = edits.rowIds(RowKind::Attendee, m_meeting).at(1);
        QString error;
        const auto snapshot = edits.removeRow(RowKind::Attendee, jo, &error);
        QVERIFY(snapshot);
        QVERIFY(edits.value(Field::ContributionAttendee, firstId(u"contributions"_s)).isNull());
        QVERIFY(edits.restore(*snapshot, &error));
        QCOMPARE(exported(), before);
    }

    void removingAContributionAndUndoingItRelinksTheActionThatAnswersIt()
    {
        MeetingEdits edits(*m_db);
        const QByteArray before = exported();
        QString error;
        const auto snapshot = edits.removeRow(RowKind::Contribution, firstId(u"contributions"_s), &error);
        QVERIFY(snapshot);
        QVERIFY(edits.value(Field::ActionRespondsTo, firstId(u"actions"_s)).isNull());
        QVERIFY(edits.restore(*snapshot, &error));
        QCOMPARE(exported(), before);
    }

    void removingAWholeMeetingAndUndoingItRestoresEverything()
    {
        MeetingEdits edits(*m_db);
        const QByteArray before = exported();
        const auto counts = Test::tableCounts(*m_db);
        QVERIFY(counts.value(u"charter_checks"_s) > 0 && counts.value(u"ladder_votes"_s) > 0);
        QString error;
        const auto snapshot = edits.removeMeeting(m_meeting, &error);
        QVERIFY2(snapshot, qPrintable(error));
        for (const QString &table : { u"meetings"_s, u"attendees"_s, u"activities"_s, u"contributions"_s,
                                      u"actions"_s, u"action_updates"_s, u"charter_checks"_s })
            QCOMPARE(Test::tableCounts(*m_db).value(table), 0);
        QCOMPARE(searchHits(u"taxi"_s), 0);
        QVERIFY(!edits.removeMeeting(m_meeting, &error)); // already gone: nothing to take
        QVERIFY2(edits.restore(*snapshot, &error), qPrintable(error));
        QCOMPARE(Test::tableCounts(*m_db), counts);
        QCOMPARE(exported(), before); // same ids, links, statuses and history
        QCOMPARE(searchHits(u"taxi"_s), 1);
        // Putting it back twice would duplicate it: refused whole, nothing changes.
        QVERIFY(!edits.restore(*snapshot, &error));
        QCOMPARE(Test::tableCounts(*m_db), counts);
    }

    void movesRows()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const qint64 a = firstId(u"activities"_s);
        const qint64 b = *edits.addRow(RowKind::Activity, m_meeting, -1, { { u"title"_s, u"B"_s } }, &error);
        const qint64 c = *edits.addRow(RowKind::Activity, m_meeting, -1, { { u"title"_s, u"C"_s } }, &error);
        QVERIFY(edits.moveRow(RowKind::Activity, c, 0, &error));
        QCOMPARE(edits.rowIds(RowKind::Activity, m_meeting), (QList<qint64> { c, a, b }));
        QVERIFY(edits.moveRow(RowKind::Activity, c, 99, &error));
        QCOMPARE(edits.rowIds(RowKind::Activity, m_meeting), (QList<qint64> { a, b, c }));
    }

    void ratesFromEachPerspective()
    {
        MeetingEdits edits(*m_db);
        const qint64 activity = firstId(u"activities"_s);
        QString error;
        QCOMPARE(edits.rating(activity, u"professional"_s), QString());
        QCOMPARE(edits.setRating(activity, u"professional"_s, QString(), u"co-design"_s, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(edits.rating(activity, u"professional"_s), u"co-design"_s);
        QCOMPARE(edits.setRating(activity, u"professional"_s, u"information"_s, u"engagement"_s, &error),
                 MeetingEdits::Result::Conflict);
        QCOMPARE(edits.setRating(activity, u"professional"_s, u"co-design"_s, QString(), &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(edits.rating(activity, u"professional"_s), QString());
        QCOMPARE(edits.setRating(activity, u"professional"_s, QString(), u"top"_s, &error),
                 MeetingEdits::Result::Failed);
        QCOMPARE(edits.setRating(activity, u"teacher"_s, QString(), u"co-design"_s, &error),
                 MeetingEdits::Result::Failed);
    }

    void countsTheRoomsPoll()
    {
        MeetingEdits edits(*m_db);
        const qint64 activity = firstId(u"activities"_s);
        QString error;
        QCOMPARE(edits.votes(activity, u"parent-carer"_s, u"information"_s), 4);
        QCOMPARE(edits.setVotes(activity, u"parent-carer"_s, u"information"_s, 4, 5, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(edits.setVotes(activity, u"partner"_s, u"co-design"_s, 0, 2, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(edits.poll(activity).value(u"partner"_s).value(u"co-design"_s), 2);
        // A count someone else changed is not overwritten.
        QCOMPARE(edits.setVotes(activity, u"parent-carer"_s, u"information"_s, 4, 6, &error),
                 MeetingEdits::Result::Conflict);
        QCOMPARE(edits.votes(activity, u"parent-carer"_s, u"information"_s), 5);
        // 0 clears the rung.
        QCOMPARE(edits.setVotes(activity, u"partner"_s, u"co-design"_s, 2, 0, &error),
                 MeetingEdits::Result::Done);
        QVERIFY(!edits.poll(activity).contains(u"partner"_s));
        QCOMPARE(edits.setVotes(activity, u"partner"_s, u"top"_s, 0, 1, &error),
                 MeetingEdits::Result::Failed);
        QCOMPARE(edits.setVotes(activity, u"teacher"_s, u"co-design"_s, 0, 1, &error),
                 MeetingEdits::Result::Failed);
        QCOMPARE(edits.setVotes(activity, u"partner"_s, u"co-design"_s, 0, -1, &error),
                 MeetingEdits::Result::Failed);
        QVERIFY2(error.contains(u"-1 is not a number of people"_s), qPrintable(error));
        const auto counts = Test::tableCounts(*m_db);
        QCOMPARE(edits.setVotes(activity + 1000, u"partner"_s, u"co-design"_s, 0, 1, &error),
                 MeetingEdits::Result::Failed);
        QCOMPARE(Test::tableCounts(*m_db), counts);
    }

    void checksTheMeetingAgainstItsCharter()
    {
        MeetingEdits edits(*m_db);
        QString error;
        QCOMPARE(
            edits.setCharterCheck(m_meeting, u"respect"_s, {}, { u"yes"_s, u"Everyone spoke."_s }, &error),
            MeetingEdits::Result::Done);
        QCOMPARE(edits.setCharterCheck(m_meeting, u"communication"_s,
                                       { u"partly"_s, u"Some jargon crept in."_s },
                                       { u"not-yet"_s, QString() }, &error),
                 MeetingEdits::Result::Done);
        const Meeting m = *MeetingRepository(*m_db).load(m_meeting);
        QCOMPARE(m.charterCheck.size(), 2);
        QCOMPARE(m.charterCheck.at(0).principle, u"respect"_s); // charter order
        QCOMPARE(m.charterCheck.at(1).score, u"not-yet"_s);
        QCOMPARE(edits.setCharterCheck(m_meeting, u"respect"_s, {}, { u"partly"_s, QString() }, &error),
                 MeetingEdits::Result::Conflict);
        QCOMPARE(edits.setCharterCheck(m_meeting, u"kindness"_s, {}, { u"yes"_s, QString() }, &error),
                 MeetingEdits::Result::Failed);
        QCOMPARE(
            edits.setCharterCheck(m_meeting, u"respect"_s, { u"yes"_s, u"Everyone spoke."_s }, {}, &error),
            MeetingEdits::Result::Done);
        QCOMPARE(MeetingRepository(*m_db).load(m_meeting)->charterCheck.size(), 1);
    }

    void noticesCommitsFromOtherConnectionsOnly()
    {
        ChangeWatcher watcher(*m_db, 60000);
        QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
        QString error;
        MeetingEdits mine(*m_db);
        const qint64 activity = firstId(u"activities"_s);
        QCOMPARE(mine.setValue(Field::ActivityNotes, activity, mine.value(Field::ActivityNotes, activity),
                               u"a"_s, &error),
                 MeetingEdits::Result::Done);
        Database other;
        QVERIFY(other.open(m_db->path()));
        // Something this connection did itself is never told: it is told of the other's change alone,
        // which on the server arrives from it as the other commits (so no second write is needed to see
        // that the first was passed over).
        QCOMPARE(MeetingEdits(other).setValue(Field::ActivityNotes, activity, u"a"_s, u"b"_s, &error),
                 MeetingEdits::Result::Done);
        QTRY_COMPARE_WITH_TIMEOUT((watcher.poll(), changed.count()), 1, 20000);
        QVERIFY(!watcher.poll());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMeetingEdits)
#include "tst_meetingedits.moc"
