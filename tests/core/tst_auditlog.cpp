// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/auditlog.h"
#include "core/erasure.h"
#include "core/importer.h"
#include "core/meetingedits.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_meeting = 0;

    // What `coproduce check` reads: the file, or the server's trail.
    QStringList verified()
    {
        return Test::onServer() ? AuditLog::verify(*m_db) : AuditLog::verifyFile(m_path);
    }

    // Someone with the sqlite3 tool, outside the app: the triggers dropped first. On the server, its
    // superuser with psql, the guard switched off.

    void tamper(const QString &sql)
    {
        if (Test::onServer()) {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s));
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s));
            return;
        }
        m_db->close();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_delete"_s));
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

private Q_SLOTS:
    void init()
    {
        AuditLog::setActor(u"Priya Shah"_s);
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                + QString::fromLatin1(QTest::currentDataTag()).remove(u' ') + u".sqlite"_s);
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_path));
        QStringList errors;
        m_meeting = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/names.json"_s)),
                                                   u"n"_s, &errors);
    }

    void everyChangeIsRecordedWithWhoAndOldAndNew()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const QVariant title = edits.value(Field::MeetingTitle, m_meeting);
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, title, u"Transport, second look"_s, &error),
                 MeetingEdits::Result::Done);
        const qint64 activity = edits.rowIds(RowKind::Activity, m_meeting).first();
        const auto decision
            = edits.addRow(RowKind::Decision, activity, -1, { { u"text"_s, u"Buses at 8"_s } }, &error);
        QVERIFY(decision);
        QVERIFY(edits.removeRow(RowKind::Decision, *decision, &error));
        const qint64 action = edits.rowIds(RowKind::Action, activity).first();
        QVERIFY(ActionRepository(*m_db).setStatus(action, u"done"_s, u"sent"_s, QDate(2026, 11, 20), &error));

        const QList<AuditEntry> trail = AuditLog(*m_db).entries(m_meeting);
        QStringList seen;
        for (const AuditEntry &e : trail)
            seen << u"%1 %2 %3: %4 -> %5"_s.arg(e.action, e.entity, e.field, e.oldValue, e.newValue);
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.at(0), u"status actions status: open -> done: sent"_s);
        QVERIFY2(seen.at(1).startsWith(u"delete decisions : activity_id: %1; "_s.arg(activity))
                     && seen.at(1).endsWith(u"text: Buses at 8; made: in-meeting -> "_s),
                 qPrintable(seen.at(1)));
        QCOMPARE(seen.at(2), u"create decisions :  -> text: Buses at 8"_s);
        QCOMPARE(seen.at(3), u"edit meetings title: %1 -> Transport, second look"_s.arg(title.toString()));
        QCOMPARE(seen.at(4), u"create meetings :  -> %1"_s.arg(title.toString()));
        // The facilitator's own name; on the server, the login the server knows the connection by.
        QCOMPARE(trail.first().who, Test::onServer() ? m_db->login() : u"Priya Shah"_s);
        QCOMPARE(AuditLog(*m_db).entries(0, action).size(), 1); // per action
        QCOMPARE(AuditLog::verify(m_db->connection()), QStringList());
    }

    void aMoveIsRecordedAsPlaces()
    {
        MeetingEdits edits(*m_db);
        QString error;
        const qint64 activity = edits.rowIds(RowKind::Activity, m_meeting).first();
        const auto a = edits.addRow(RowKind::Decision, activity, -1, { { u"text"_s, u"First"_s } }, &error);
        const auto b = edits.addRow(RowKind::Decision, activity, -1, { { u"text"_s, u"Second"_s } }, &error);
        QVERIFY(a && b);
        const QList<qint64> ids = edits.rowIds(RowKind::Decision, activity);
        const int last = int(ids.size()) - 1;
        QCOMPARE(ids.at(last), *b);
        QVERIFY(edits.moveRow(RowKind::Decision, *b, 0, &error));
        const AuditEntry e = AuditLog(*m_db).entries(m_meeting, 0, 1).first();
        QCOMPARE(e.action, u"move"_s);
        QCOMPARE(e.entityId, *b);
        QCOMPARE(e.oldValue, QString::number(last + 1));
        QCOMPARE(e.newValue, u"1"_s);
        QCOMPARE(AuditLog::describe(e), u"Moved a decision in the list"_s);
        // Moving a row to where it already is changes nothing and records nothing.
        const int entries = int(AuditLog(*m_db).entries().size());
        QVERIFY(edits.moveRow(RowKind::Decision, *b, 0, &error));
        QCOMPARE(AuditLog(*m_db).entries().size(), entries);
        QCOMPARE(AuditLog::verify(m_db->connection()), QStringList());
    }

    void aRefusedChangeLeavesNoEntry()
    {
        const int before = int(AuditLog(*m_db).entries().size());
        QString error;
        MeetingEdits edits(*m_db);
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, u"not what is there"_s, u"X"_s, &error),
                 MeetingEdits::Result::Conflict);
        QVERIFY(
            !ActionRepository(*m_db).setStatus(999999, u"done"_s, QString(), QDate::currentDate(), &error));
        QCOMPARE(AuditLog(*m_db).entries().size(), before);
    }

    void theAppCannotRewriteOrDeleteTheTrail()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"UPDATE audit_log SET who = 'someone else'"_s));
        QVERIFY(q.lastError().text().contains(u"append-only"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        QVERIFY(!q.exec(u"UPDATE audit_log SET new_value = 'changed'"_s));
        QVERIFY(q.exec(
            u"UPDATE audit_log SET new_value = NULL, old_value = NULL, salt = NULL"_s)); // forgetting only
        QCOMPARE(AuditLog::verify(m_db->connection()), QStringList());
    }

    void tamperingOutsideTheAppIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("says");
        QTest::newRow("a value") << u"UPDATE audit_log SET new_value = 'Nothing happened' WHERE id = 1"_s
                                 << u"audit entry 1's values were changed outside Coproduce"_s;
        QTest::newRow("who") << u"UPDATE audit_log SET who = 'someone else' WHERE id = 1"_s
                             << u"audit entry 1 was changed outside Coproduce"_s;
        QTest::newRow("a deleted entry")
            << u"DELETE FROM audit_log WHERE id = 2"_s << u"audit entries 2 to 2 are missing"_s;
        QTest::newRow("a new hash") << u"UPDATE audit_log SET hash = 'abc' WHERE id = 2"_s
                                    << u"audit entry 2 was changed outside Coproduce"_s;
    }

    void tamperingOutsideTheAppIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(QString, says);
        QString error;
        MeetingEdits edits(*m_db);
        QCOMPARE(edits.setValue(Field::MeetingLocation, m_meeting,
                                edits.value(Field::MeetingLocation, m_meeting), u"Library"_s, &error),
                 MeetingEdits::Result::Done);
        QVERIFY(edits.setValue(Field::MeetingTitle, m_meeting, edits.value(Field::MeetingTitle, m_meeting),
                               u"T"_s, &error)
                == MeetingEdits::Result::Done);
        QCOMPARE(verified(), QStringList());
        tamper(sql);
        const QStringList problems = verified();
        QVERIFY2(problems.join(u'\n').contains(says), qPrintable(problems.join(u'\n')));
        // And `coproduce check` says so, with exit 1.
        QProcess check;
        check.start(QStringLiteral(COPRODUCE_BINARY), { u"--database"_s, m_db->path(), u"check"_s });
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(check.exitCode(), 1);
        QVERIFY(QString::fromUtf8(check.readAllStandardError()).contains(says));
    }

    void erasureForgetsTheNameButKeepsTheChain()
    {
        QString error;
        MeetingEdits edits(*m_db);
        const qint64 activity = edits.rowIds(RowKind::Activity, m_meeting).first();
        QVERIFY(edits.addRow(RowKind::Contribution, activity, -1,
                             { { u"text"_s, u"Jo Turner asked again."_s } }, &error));
        QVERIFY2(Erasure::erase(*m_db, u"Jo Turner"_s, false, &error), qPrintable(error));
        for (const AuditEntry &e : AuditLog(*m_db).entries()) {
            QVERIFY2(!e.oldValue.contains(u"Jo"_s) && !e.newValue.contains(u"Jo"_s), qPrintable(e.newValue));
            QVERIFY(!e.newValue.contains(u"Turner"_s));
        }
        QCOMPARE(AuditLog(*m_db).entries().first().action, u"erase"_s);
        QCOMPARE(AuditLog::verify(m_db->connection()), QStringList());
        QVERIFY(Test::onServer() || !Erasure::fileHolds(m_path, u"turner"_s));
    }

    // A name is found however it was typed: in capitals, with accents, in another script's case rules.
    void erasureFindsANameTypedInCapitals()
    {
        QString error;
        MeetingEdits edits(*m_db);
        const qint64 activity = edits.rowIds(RowKind::Activity, m_meeting).first();
        const std::optional<qint64> person
            = edits.addRow(RowKind::Attendee, m_meeting, -1,
                           { { u"name"_s, u"Éloïse Brontë"_s }, { u"role"_s, u"young-person"_s } }, &error);
        QVERIFY2(person, qPrintable(error));
        const std::optional<qint64> said
            = edits.addRow(RowKind::Contribution, activity, -1,
                           { { u"text"_s, u"ÉLOÏSE BRONTË wants the bus earlier; éloïse too."_s } }, &error);
        QVERIFY2(said, qPrintable(error));
        // A charter check's note too (its table has no id column: once skipped without a word).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT principle FROM charter_checks WHERE meeting_id = %1 LIMIT 1"_s.arg(m_meeting))
                && q.next());
        const QString principle = q.value(0).toString();
        QVERIFY(q.exec(
            u"UPDATE charter_checks SET note = 'Éloïse said yes' WHERE meeting_id = %1 AND principle = '%2'"_s
                .arg(m_meeting)
                .arg(principle)));
        QVERIFY2(Erasure::erase(*m_db, u"Éloïse Brontë"_s, false, &error), qPrintable(error));
        QVERIFY(q.exec(u"SELECT note FROM charter_checks WHERE meeting_id = %1 AND principle = '%2'"_s
                           .arg(m_meeting)
                           .arg(principle))
                && q.next());
        QVERIFY2(!q.value(0).toString().contains(u"Éloïse"_s), qPrintable(q.value(0).toString()));
        const QString text = edits.value(Field::ContributionText, *said).toString();
        QVERIFY2(!text.contains(u"ÉLOÏSE"_s, Qt::CaseInsensitive)
                     && !text.contains(u"BRONTË"_s, Qt::CaseInsensitive),
                 qPrintable(text));
        // Nowhere in the file, the audit trail included (it kept "ÉLOÏSE BRONTË" until its values were
        // matched with case folding), and the chain still whole.
        QVERIFY(Test::onServer() || !Erasure::fileHolds(m_path, u"brontë"_s));
        QVERIFY(Test::onServer() || !Erasure::fileHolds(m_path, u"éloïse"_s));
        QCOMPARE(AuditLog::verify(m_db->connection()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
