// SPDX-License-Identifier: GPL-3.0-or-later
// Many facilitators on the area's server at once: two connections (as two copies of the app) changing one
// meeting, on the test suite's PostgreSQL cluster. Nothing is overwritten; nobody deadlocks; the audit
// trail's chain stays whole.
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/auditlog.h"
#include "core/changewatcher.h"
#include "core/importer.h"
#include "core/meetingedits.h"

#include <QDate>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestConcurrency : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_meeting = 0;
    qint64 m_activity = 0;

    // Runs `work` on its own connection to the same database in another thread, as another copy of the
    // app would, `times` times; gives the first failure, if any.
    template<typename Work> std::thread writer(Work work, int times, QString *failure)
    {
        const QString location = m_db->path();
        return std::thread([location, work, times, failure] {
            Database other;
            if (!other.open(location)) {
                *failure = other.errorString();
                return;
            }
            for (int i = 0; i < times && failure->isEmpty(); ++i)
                if (QString error; !work(other, i, &error))
                    *failure = error;
        });
    }

private Q_SLOTS:
    void init()
    {
        if (!Test::onServer())
            QSKIP("the server's many writers: a file has one at a time (tst_records, WriterLock)");
        AuditLog::setActor(u"Priya Shah"_s);
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
        QStringList errors;
        m_meeting = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                   u"e"_s, &errors);
        m_activity = MeetingEdits(*m_db).rowIds(RowKind::Activity, m_meeting).first();
    }

    void theSameFieldFromTwoConnections()
    {
        Database other;
        QVERIFY(other.open(m_db->path()));
        MeetingEdits mine(*m_db);
        MeetingEdits theirs(other);
        const QVariant seen = mine.value(Field::MeetingTitle, m_meeting);
        QCOMPARE(theirs.value(Field::MeetingTitle, m_meeting), seen);
        QString error;
        QCOMPARE(mine.setValue(Field::MeetingTitle, m_meeting, seen, u"Mine"_s, &error),
                 MeetingEdits::Result::Done);
        AuditLog::setActor(u"Sam Patel"_s);
        QCOMPARE(theirs.setValue(Field::MeetingTitle, m_meeting, seen, u"Theirs"_s, &error),
                 MeetingEdits::Result::Conflict);
        // Who changed it (the server's login for the first connection), and when: so the second person
        // knows whom to ask.
        QVERIFY2(error.startsWith(m_db->login() + u" changed this at "_s), qPrintable(error));
        QCOMPARE(theirs.value(Field::MeetingTitle, m_meeting).toString(), u"Mine"_s);
    }

    void differentFieldsFromTwoConnections()
    {
        Database other;
        QVERIFY(other.open(m_db->path()));
        MeetingEdits mine(*m_db);
        MeetingEdits theirs(other);
        const QVariant title = mine.value(Field::MeetingTitle, m_meeting);
        const QVariant place = theirs.value(Field::MeetingLocation, m_meeting);
        QString error;
        QCOMPARE(mine.setValue(Field::MeetingTitle, m_meeting, title, u"Mine"_s, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(theirs.setValue(Field::MeetingLocation, m_meeting, place, u"Room 2"_s, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(mine.value(Field::MeetingLocation, m_meeting).toString(), u"Room 2"_s);
        QCOMPARE(theirs.value(Field::MeetingTitle, m_meeting).toString(), u"Mine"_s);
    }

    // Two people reorder the same rows in opposite directions at once: without the meeting's lock taken
    // first, their renumberings deadlocked (40P01). Both must finish every move, and the places stay a
    // clean 0, 1, 2…
    void renumberingFromTwoConnections()
    {
        MeetingEdits edits(*m_db);
        QString error;
        for (int i = 0; i < 4; ++i)
            QVERIFY2(
                edits.addRow(RowKind::Decision, m_activity, -1, { { u"text"_s, u"D%1"_s.arg(i) } }, &error),
                qPrintable(error));
        const QList<qint64> rows = edits.rowIds(RowKind::Decision, m_activity);
        QVERIFY(rows.size() >= 4);
        QString first;
        QString second;
        const auto down = [rows](Database &db, int i, QString *error) {
            return MeetingEdits(db).moveRow(RowKind::Decision, rows.at(i % rows.size()), int(rows.size()) - 1,
                                            error);
        };
        const auto up = [rows](Database &db, int i, QString *error) {
            return MeetingEdits(db).moveRow(RowKind::Decision, rows.at(rows.size() - 1 - i % rows.size()), 0,
                                            error);
        };
        std::thread a = writer(down, 60, &first);
        std::thread b = writer(up, 60, &second);
        a.join();
        b.join();
        QVERIFY2(first.isEmpty(), qPrintable(first));
        QVERIFY2(second.isEmpty(), qPrintable(second));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            u"SELECT position FROM decisions WHERE activity_id = %1 ORDER BY position"_s.arg(m_activity)));
        int expected = 0;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(expected, int(rows.size()));
    }

    // Writers on different meetings and fields at once: every change is in the trail, and its hash chain
    // neither forks nor has gaps (it forked when two writers read the same last hash).
    void theAuditChainStaysWholeUnderConcurrentWriters()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const qint64 second
            = *edits.addRow(RowKind::Activity, m_meeting, -1, { { u"title"_s, u"Two"_s } }, &error);
        const int before = int(AuditLog(*m_db).entries().size());
        QString first;
        QString other;
        const auto notes = [this](qint64 activity) {
            return [activity](Database &db, int i, QString *error) {
                MeetingEdits e(db);
                return e.setValue(Field::ActivityNotes, activity, e.value(Field::ActivityNotes, activity),
                                  u"note %1"_s.arg(i), error)
                    == MeetingEdits::Result::Done;
            };
        };
        std::thread a = writer(notes(m_activity), 50, &first);
        std::thread b = writer(notes(second), 50, &other);
        a.join();
        b.join();
        QVERIFY2(first.isEmpty(), qPrintable(first));
        QVERIFY2(other.isEmpty(), qPrintable(other));
        QCOMPARE(int(AuditLog(*m_db).entries().size()), before + 100);
        QCOMPARE(AuditLog::verify(*m_db), QStringList());
    }

    // The server ends this copy's connection (as a restart or a network drop would): the watcher notices,
    // says so, connects again, listens again and tells the window to reload.
    void aKilledConnectionIsNoticedAndMadeAgain()
    {
        ChangeWatcher watcher(*m_db, 100);
        QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
        QSignalSpy restored(&watcher, &ChangeWatcher::connectionRestored);
        QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
        QSqlQuery mine(m_db->connection());
        QVERIFY(mine.exec(u"SELECT pg_backend_pid()"_s) && mine.next());
        const qint64 pid = mine.value(0).toLongLong();
        mine.finish();
        Database admin;
        QVERIFY(admin.open(m_db->path()));
        {
            QSqlQuery kill(admin.connection());
            QVERIFY2(kill.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)),
                     qPrintable(kill.lastError().text()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 30000);
        QVERIFY(m_db->ping());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 30000); // what others did meanwhile: reload
        // Listening again: another's change is heard on the new connection.
        changed.clear();
        MeetingEdits theirs(admin);
        QString error;
        QCOMPARE(theirs.setValue(Field::MeetingLocation, m_meeting,
                                 theirs.value(Field::MeetingLocation, m_meeting), u"Room 9"_s, &error),
                 MeetingEdits::Result::Done);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
        QCOMPARE(MeetingEdits(*m_db).value(Field::MeetingLocation, m_meeting).toString(), u"Room 9"_s);
    }

    // The server may stop a transaction to let another through (a deadlock, a serialization failure):
    // the change runs again by itself, once in the audit trail; one stopped every time fails whole.
    // A trigger stands in for the other person, stopping the first `n` attempts.
    void aChangeStoppedForAnotherRunsAgain()
    {
        const auto stopFirst = [&](int n, const QString &code, const QString &table = u"meetings"_s) {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(u"DROP TRIGGER IF EXISTS stopped ON meetings"_s));
            QVERIFY(q.exec(u"DROP TRIGGER IF EXISTS stopped ON actions"_s));
            QVERIFY(q.exec(u"DROP SEQUENCE IF EXISTS attempts"_s));
            QVERIFY(
                q.exec(u"CREATE SEQUENCE attempts"_s)); // outside the transactions: kept when they roll back
            QVERIFY2(q.exec(u"CREATE OR REPLACE FUNCTION stopped() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN IF nextval('attempts') <= %1 THEN RAISE EXCEPTION 'stopped for another' "
                            "USING ERRCODE = '%2'; END IF; RETURN NEW; END $$"_s.arg(n)
                                .arg(code)),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"CREATE TRIGGER stopped BEFORE UPDATE ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION stopped()"_s.arg(table)));
        };
        const auto attempts = [&] {
            QSqlQuery q(m_db->connection());
            return q.exec(u"SELECT last_value FROM attempts"_s) && q.next() ? q.value(0).toInt() : -1;
        };
        const auto trail = [&] { return AuditLog(*m_db).entries(m_meeting).size(); };
        MeetingEdits edits(*m_db);
        QString error;
        stopFirst(1, u"40P01"_s);
        const qsizetype before = trail();
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, edits.value(Field::MeetingTitle, m_meeting),
                                u"Once more"_s, &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(attempts(), 2);
        QCOMPARE(edits.value(Field::MeetingTitle, m_meeting).toString(), u"Once more"_s);
        QCOMPARE(trail(), before + 1);
        stopFirst(100, u"40001"_s);
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, u"Once more"_s, u"Never"_s, &error),
                 MeetingEdits::Result::Failed);
        QCOMPARE(attempts(), 3);
        QVERIFY2(error.contains(u"the server stopped it"_s), qPrintable(error));
        QCOMPARE(edits.value(Field::MeetingTitle, m_meeting).toString(), u"Once more"_s);
        QCOMPARE(trail(), before + 1);
        // An action's status, from the actions board, the same way: one dated update, not two.
        QSqlQuery action(m_db->connection());
        QVERIFY(action.exec(u"SELECT id FROM actions LIMIT 1"_s) && action.next());
        const qint64 actionId = action.value(0).toLongLong();
        stopFirst(1, u"40P01"_s, u"actions"_s);
        QVERIFY2(
            ActionRepository(*m_db).setStatus(actionId, u"done"_s, QString(), QDate(2026, 12, 1), &error),
            qPrintable(error));
        QCOMPARE(attempts(), 2);
        QVERIFY(action.exec(u"SELECT count(*) FROM action_updates WHERE action_id = %1"_s.arg(actionId))
                && action.next());
        QCOMPARE(action.value(0).toInt(), 1);
        QCOMPARE(AuditLog::verify(*m_db), QStringList());
    }

    void cleanup() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
