// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on the area's server, as its admin and a facilitator use it: `server init` once,
// `server upgrade`, and the everyday verbs through --database, on the test suite's PostgreSQL cluster.
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

using Test::Run;

class TestServerCommands : public QObject
{
    Q_OBJECT

    static Run run(const QString &database, const QStringList &args)
    {
        return Test::coproduce(QStringList { u"--database"_s, database } + args);
    }

    QTemporaryDir m_dir;
    QString m_server; // the keyword string of a new database on the cluster

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_server = Test::freshServerDatabase(u"servercommands"_s, &error);
        QVERIFY2(!m_server.isEmpty(), qPrintable(error));
    }

    void anEmptyServerWaitsForItsAdmin()
    {
        const Run list = run(m_server, { u"meetings"_s, u"list"_s });
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains(u"coproduce server init"_s), qPrintable(list.err));
        // The connection keywords are never shown: the server is named by its host and database.
        QVERIFY2(!list.err.contains(u"dbname="_s), qPrintable(list.err));
    }

    void theAdminMakesTheSchemaOnce()
    {
        const Run init = run(m_server, { u"server"_s, u"init"_s });
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY2(
            init.out.contains(u"Made Coproduce's schema (version %1)"_s.arg(Database::latestSchemaVersion())),
            qPrintable(init.out));
        const Run again = run(m_server, { u"server"_s, u"init"_s });
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already holds"_s) && again.err.contains(u"server upgrade"_s),
                 qPrintable(again.err));
        const Run upgrade = run(m_server, { u"server"_s, u"upgrade"_s });
        QVERIFY2(upgrade.code == 0, qPrintable(upgrade.err));
        // The built-in charters come with the schema.
        const Run charters = run(m_server, { u"charters"_s, u"list"_s });
        QVERIFY2(charters.code == 0 && charters.out.contains(u"derby"_s)
                     && charters.out.contains(u"doncaster"_s),
                 qPrintable(charters.out + charters.err));
    }

    void aFacilitatorWorksThroughDatabase()
    {
        const Run imported
            = run(m_server, { u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/example.json"_s) });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QString id = imported.out.trimmed();
        const Run list = run(m_server, { u"meetings"_s, u"list"_s, u"--json"_s });
        QVERIFY2(list.code == 0 && list.out.contains(u"\"id\": "_s + id), qPrintable(list.out + list.err));
        const Run actions = run(m_server, { u"actions"_s, u"list"_s, u"--open"_s, u"--csv"_s });
        QVERIFY2(actions.code == 0 && actions.out.count(u'\n') > 1, qPrintable(actions.out + actions.err));
        // Minutes from the server, read back by poppler.
        const QString pdf = m_dir.filePath(u"minutes.pdf"_s);
        const Run minutes = run(m_server, { u"minutes"_s, id, u"--output"_s, pdf });
        QVERIFY2(minutes.code == 0, qPrintable(minutes.err));
        QVERIFY(Test::pdfText(pdf).contains(u"Actions"_s));
        const Run check = run(m_server, { u"check"_s });
        QVERIFY2(check.code == 0 && check.out.contains(u"the audit trail is whole"_s),
                 qPrintable(check.out + check.err));
    }

    // The area's admin makes a team, puts a login in it and gives it a series (README).
    void theAdminMakesATeam()
    {
        const Run add = run(m_server, { u"team"_s, u"add"_s, u"Transport"_s });
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const Run twice = run(m_server, { u"team"_s, u"add"_s, u"Transport"_s });
        QVERIFY2(twice.code == 1 && twice.err.contains(u"already a team"_s), qPrintable(twice.err));
        const Run nobody = run(m_server, { u"team"_s, u"member"_s, u"Transport"_s, u"no_such_login"_s });
        QVERIFY2(nobody.code == 1 && nobody.err.contains(u"no login called \"no_such_login\""_s),
                 qPrintable(nobody.err));
        const Run member = run(m_server, { u"team"_s, u"member"_s, u"Transport"_s, u"postgres"_s });
        QVERIFY2(member.code == 0, qPrintable(member.err));
        const Run series
            = run(m_server, { u"team"_s, u"series"_s, u"Transport"_s, u"Home to school transport"_s });
        QVERIFY2(series.code == 0, qPrintable(series.err));
        // Said again, nothing changes, and the trail records the change once.
        QCOMPARE(
            run(m_server, { u"team"_s, u"series"_s, u"Transport"_s, u"Home to school transport"_s }).code, 0);
        QCOMPARE(run(m_server, { u"audit"_s }).out.count(u"edit series"_s), 1);
        const Run list = run(m_server, { u"team"_s, u"list"_s });
        QVERIFY2(list.code == 0 && list.out.contains(u"Transport"_s) && list.out.contains(u"postgres"_s)
                     && list.out.contains(u"Home to school transport"_s),
                 qPrintable(list.out + list.err));
        const Run wrong
            = run(m_server,
                  { u"team"_s, u"series"_s, u"Elsewhere"_s, u"Home to school transport"_s, u"--remove"_s });
        QVERIFY2(wrong.code == 1 && wrong.err.contains(u"does not belong"_s), qPrintable(wrong.err));
        const Run back
            = run(m_server,
                  { u"team"_s, u"series"_s, u"Transport"_s, u"Home to school transport"_s, u"--remove"_s });
        QVERIFY2(back.code == 0 && back.out.contains(u"whole area's again"_s), qPrintable(back.err));
        const Run audit = run(m_server, { u"audit"_s });
        QVERIFY2(audit.out.contains(u"create teams"_s) && audit.out.contains(u"edit series"_s),
                 qPrintable(audit.out));
        const Run stray = run(m_server, { u"team"_s, u"list"_s, u"--remove"_s });
        QCOMPARE(stray.code, 2);
    }

    // Take a meeting to a laptop's file, change it there, publish it back; release.
    void aMeetingTakenOfflineAndPublished()
    {
        const QString laptop = m_dir.filePath(u"offline.sqlite"_s);
        const Run imported
            = run(m_server, { u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/example.json"_s) });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QString id = imported.out.trimmed();
        const Run take = run(m_server, { u"meetings"_s, u"take"_s, id, u"--laptop"_s, laptop });
        QVERIFY2(take.code == 0 && take.out.contains(u"Took meeting "_s + id),
                 qPrintable(take.out + take.err));
        const Run onLaptop = run(laptop, { u"meetings"_s, u"list"_s, u"--json"_s });
        QVERIFY2(onLaptop.out.contains(u"co-production workshop"_s), qPrintable(onLaptop.out));
        // The server's list says who has it, in words and in JSON.
        const Run listed = run(m_server, { u"meetings"_s, u"list"_s });
        QVERIFY2(listed.out.contains(u"(taken offline by postgres)"_s), qPrintable(listed.out));
        const Run listedJson = run(m_server, { u"meetings"_s, u"list"_s, u"--json"_s });
        QVERIFY2(listedJson.out.contains(u"\"taken_by\": \"postgres\""_s)
                     || listedJson.out.contains(u"\"taken_by\":\"postgres\""_s),
                 qPrintable(listedJson.out));
        const Run again = run(m_server, { u"meetings"_s, u"take"_s, id, u"--laptop"_s, laptop });
        QVERIFY2(again.code == 1 && again.err.contains(u"already taken"_s), qPrintable(again.err));
        const QString local = QRegularExpression(u"it is meeting (\\d+)"_s).match(take.out).captured(1);
        const Run publish = run(m_server, { u"meetings"_s, u"publish"_s, local, u"--laptop"_s, laptop });
        QVERIFY2(publish.code == 0 && publish.out.contains(u"Meeting %1 on the server"_s.arg(id)),
                 qPrintable(publish.out + publish.err));
        QVERIFY(!run(m_server, { u"meetings"_s, u"list"_s }).out.contains(u"taken offline"_s));
        const Run release = run(m_server, { u"meetings"_s, u"release"_s, id });
        QVERIFY2(release.code == 1 && release.err.contains(u"not taken offline"_s), qPrintable(release.err));
        const Run onAFile = run(laptop, { u"meetings"_s, u"take"_s, u"1"_s });
        QVERIFY2(onAFile.code == 2 && onAFile.err.contains(u"area's server"_s), qPrintable(onAFile.err));
    }

    // A facilitator's laptop moves onto the server: its meetings and its team join what is there, a login
    // the server does not have is named and left out, and the same archive again doubles nothing.
    void aLaptopMovesOntoTheServer()
    {
        const QString laptop = m_dir.filePath(u"moving.sqlite"_s);
        QByteArray meeting = Test::readFile(Test::dataPath(u"meetings/example.json"_s));
        meeting.replace("co-production workshop", "workshop from the laptop");
        Test::writeFile(m_dir.filePath(u"laptop-meeting.json"_s), meeting);
        QCOMPARE(run(laptop, { u"meetings"_s, u"import"_s, m_dir.filePath(u"laptop-meeting.json"_s) }).code,
                 0);
        QCOMPARE(run(laptop, { u"team"_s, u"add"_s, u"Transport"_s }).code, 0);
        QCOMPARE(run(laptop, { u"team"_s, u"member"_s, u"Transport"_s, u"postgres"_s }).code, 0);
        QCOMPARE(run(laptop, { u"team"_s, u"member"_s, u"Transport"_s, u"laptop_only"_s }).code, 0);
        const QString archive = m_dir.filePath(u"laptop.json"_s);
        QCOMPARE(run(laptop, { u"archive"_s, u"export"_s, archive }).code, 0);
        const int before = run(m_server, { u"meetings"_s, u"list"_s, u"--json"_s }).out.count(u"\"id\""_s);

        const Run moved = run(m_server, { u"archive"_s, u"import"_s, archive });
        QVERIFY2(moved.code == 0 && moved.out.contains(u"0 charters, 1 meeting and 0 hard words"_s)
                     && moved.out.contains(u"laptop_only (team \"Transport\")"_s),
                 qPrintable(moved.out + moved.err));
        const Run list = run(m_server, { u"meetings"_s, u"list"_s, u"--json"_s });
        QCOMPARE(list.out.count(u"\"id\""_s), before + 1);
        QVERIFY(list.out.contains(u"workshop from the laptop"_s));
        const Run teams = run(m_server, { u"team"_s, u"list"_s });
        QVERIFY2(teams.out.count(u"Transport"_s) == 1 && !teams.out.contains(u"laptop_only"_s),
                 qPrintable(teams.out));
        const Run again = run(m_server, { u"archive"_s, u"import"_s, archive });
        QVERIFY2(again.code == 0 && again.out.contains(u"1 meeting was here already"_s),
                 qPrintable(again.out));
        QCOMPARE(run(m_server, { u"meetings"_s, u"list"_s, u"--json"_s }).out.count(u"\"id\""_s), before + 1);
        const Run check = run(m_server, { u"check"_s });
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    }

    void whatOnlyAFileDoesSaysWhatToUseInstead()
    {
        const QString copy = m_dir.filePath(u"copy.sqlite"_s);
        const Run backup = run(m_server, { u"backup"_s, copy });
        QCOMPARE(backup.code, 1);
        QVERIFY2(backup.err.contains(u"pg_dump"_s), qPrintable(backup.err));
        QVERIFY(!QFile::exists(copy));
        const Run file = run(m_dir.filePath(u"laptop.sqlite"_s), { u"server"_s, u"init"_s });
        QCOMPARE(file.code, 2);
        QVERIFY2(file.err.contains(u"PostgreSQL server"_s), qPrintable(file.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"laptop.sqlite"_s)));
    }

    void aPasswordOnTheCommandLineIsRefused()
    {
        const Run withPassword
            = run(u"postgresql://someone:secret@db.example/send"_s, { u"meetings"_s, u"list"_s });
        QCOMPARE(withPassword.code, 1);
        QVERIFY2(withPassword.err.contains(u"password"_s) && !withPassword.err.contains(u"secret"_s),
                 qPrintable(withPassword.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
