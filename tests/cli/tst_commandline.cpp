// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `coproduce` exactly as a user would, and reads what it prints.
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

using Test::Run;

class TestCommandLine : public QObject
{
    Q_OBJECT

    Run run(QStringList args, bool withDatabase = true, const QByteArray &input = QByteArray())
    {
        if (withDatabase)
            args = QStringList { u"--database"_s, m_db } + args;
        return Test::coproduce(args, input);
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QString importExample()
    {
        const Run r = run({ u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/example.json"_s) });
        if (r.code != 0)
            qFatal("import failed: %s", qPrintable(r.err));
        return r.out.trimmed();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = file(u"test.sqlite"_s);
    }

    void helpAndVersion()
    {
        const Run help = run({ u"--help"_s }, false);
        QCOMPARE(help.code, 0);
        for (const QString &verb :
             { u"charters list"_s, u"charters show ID [--json]"_s, u"meetings import FILE"_s,
               u"actions list [--open] [--series NAME] [--json] [--csv] [--no-bom]"_s,
               u"demo [--years N]"_s })
            QVERIFY2(help.out.simplified().contains(verb), qPrintable(verb));
        const Run version = run({ u"--version"_s }, false);
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(u"coproduce "_s));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb")
            << QStringList { u"minutes-please"_s } << u"\"minutes-please\" is not a command"_s;
        QTest::newRow("unknown option")
            << QStringList { u"charters"_s, u"list"_s, u"--colour"_s } << u"colour"_s;
        QTest::newRow("missing id") << QStringList { u"charters"_s, u"show"_s }
                                    << u"\"charters show\" needs ID"_s;
        QTest::newRow("extra argument")
            << QStringList { u"meetings"_s, u"list"_s, u"now"_s } << u"does not take \"now\""_s;
        QTest::newRow("option elsewhere") << QStringList { u"charters"_s, u"list"_s, u"--csv"_s }
                                          << u"--csv does not go with \"charters list\""_s;
        QTest::newRow("years zero") << QStringList { u"demo"_s, u"--years"_s, u"0"_s }
                                    << u"--years takes a whole number from 1 to 50"_s;
        QTest::newRow("meeting id not a number")
            << QStringList { u"meetings"_s, u"export"_s, u"first"_s, u"x.json"_s } << u"must be a number"_s;
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"coproduce: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void chartersAreBuiltIn()
    {
        const Run list = run({ u"charters"_s, u"list"_s });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(u"derby "_s));
        QVERIFY(list.out.contains(u"doncaster "_s));
        const Run show = run({ u"charters"_s, u"show"_s, u"doncaster"_s });
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(u"- Communicate clearly and openly in plain English - no jargon"_s));
        const Run missing = run({ u"charters"_s, u"show"_s, u"leeds"_s });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"coproduce: there is no charter \"leeds\""_s));
        QCOMPARE(QFileInfo(m_db).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void charterJsonExportImport()
    {
        const Run json = run({ u"charters"_s, u"show"_s, u"derby"_s, u"--json"_s });
        QCOMPARE(json.code, 0);
        QCOMPARE(run({ u"charters"_s, u"export"_s, u"derby"_s, file(u"derby.json"_s) }).code, 0);
        QCOMPARE(Test::readFile(file(u"derby.json"_s)), json.out.toUtf8());

        // A built-in charter cannot be overwritten by an import…
        const Run refused = run({ u"charters"_s, u"import"_s, file(u"derby.json"_s) });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"is a built-in charter"_s), qPrintable(refused.err));
        // …but the same text under the area's own id is a new charter.
        QString text = json.out;
        text.replace(u"\"id\": \"derby\""_s, u"\"id\": \"derby-2027\""_s);
        Test::writeFile(file(u"ours.json"_s), text.toUtf8());
        const Run added = run({ u"charters"_s, u"import"_s, file(u"ours.json"_s) });
        QCOMPARE(added.code, 0);
        QVERIFY2(added.out.contains(u"Added the charter \"derby-2027\" (6 principles)"_s),
                 qPrintable(added.out));
        const Run again = run({ u"charters"_s, u"import"_s, file(u"ours.json"_s) });
        QVERIFY(again.out.contains(u"Replaced"_s));
        QCOMPARE(run({ u"charters"_s, u"export"_s, u"derby-2027"_s, file(u"back.json"_s) }).code, 0);
        QCOMPARE(Test::readFile(file(u"back.json"_s)), text.toUtf8());
    }

    void meetingRoundTripIsByteIdentical()
    {
        const QString id = importExample();
        QCOMPARE(id, u"1"_s);
        QCOMPARE(run({ u"meetings"_s, u"export"_s, id, file(u"one.json"_s) }).code, 0);
        const Run second = run({ u"meetings"_s, u"import"_s, file(u"one.json"_s) });
        QCOMPARE(second.code, 0);
        QCOMPARE(second.out, u"2\n"_s);
        QCOMPARE(run({ u"meetings"_s, u"export"_s, u"2"_s, file(u"two.json"_s) }).code, 0);
        QCOMPARE(Test::readFile(file(u"two.json"_s)), Test::readFile(file(u"one.json"_s)));
        // Exports hold names and access needs: owner-only.
        QCOMPARE(QFileInfo(file(u"one.json"_s)).permissions()
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Standard output too.
        const Run toStdout = run({ u"meetings"_s, u"export"_s, id, u"-"_s });
        QCOMPARE(toStdout.out.toUtf8(), Test::readFile(file(u"one.json"_s)));
    }

    void aBadMeetingFileChangesNothing()
    {
        importExample();
        const QString before = run({ u"meetings"_s, u"list"_s, u"--json"_s }).out;
        QByteArray bad = Test::readFile(Test::dataPath(u"meetings/example.json"_s));
        bad.replace("\"2026-12-16\"", "\"2026-13-01\"");
        bad.replace("\"consultation\"", "\"coproduction\"");
        Test::writeFile(file(u"bad.json"_s), bad);
        const Run r = run({ u"meetings"_s, u"import"_s, file(u"bad.json"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(
                     u"coproduce: "_s + file(u"bad.json"_s)
                     + u": activities[0].actions[0].due: \"2026-13-01\" is not a date (YYYY-MM-DD)\n"_s),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(
            u"activities[0].ladder.facilitator: \"coproduction\" is not a rung of the ladder"_s));
        QCOMPARE(run({ u"meetings"_s, u"list"_s, u"--json"_s }).out, before);

        const Run missing = run({ u"meetings"_s, u"import"_s, file(u"nowhere.json"_s) });
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"nowhere.json: cannot read the file"_s), qPrintable(missing.err));
    }

    void exportProblemsLeaveNoFile()
    {
        importExample();
        const Run noMeeting = run({ u"meetings"_s, u"export"_s, u"99"_s, file(u"x.json"_s) });
        QCOMPARE(noMeeting.code, 1);
        QVERIFY(noMeeting.err.contains(u"there is no meeting 99"_s));
        QVERIFY(!QFileInfo::exists(file(u"x.json"_s)));
        const Run noFolder = run({ u"meetings"_s, u"export"_s, u"1"_s, file(u"missing/x.json"_s) });
        QCOMPARE(noFolder.code, 1);
        QVERIFY2(noFolder.err.contains(u"cannot write the file"_s), qPrintable(noFolder.err));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(u".json"_s), QStringList());
    }

    void meetingsAndActionsLists()
    {
        importExample();
        const Run list = run({ u"meetings"_s, u"list"_s });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(u"2026-11-18"_s));
        QVERIFY(list.out.contains(u"Home to school transport: co-production workshop"_s));
        const Run json = run({ u"meetings"_s, u"list"_s, u"--json"_s });
        QVERIFY(json.out.contains(u"\"open_actions\": 1"_s));

        const Run actions = run({ u"actions"_s, u"list"_s, u"--open"_s });
        QCOMPARE(actions.code, 0);
        QVERIFY(actions.out.contains(u"Set up a joint drafting group."_s));
        const Run csv
            = run({ u"actions"_s, u"list"_s, u"--series"_s, u"Home to school transport"_s, u"--csv"_s });
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(),
                 u"id,due,status,owner,action,reason,series,meeting_id,meeting_date,meeting_title"_s);
        QVERIFY2(lines.last().startsWith(u"1,2026-12-16,open,Priya Shah,Set up a joint drafting group.,,"_s),
                 qPrintable(lines.last()));
        const Run noSeries = run({ u"actions"_s, u"list"_s, u"--series"_s, u"Nothing"_s });
        QCOMPARE(noSeries.code, 1);
        QVERIFY(noSeries.err.contains(u"there is no series called \"Nothing\""_s));
    }

    // Read back by Python's csv module, as a spreadsheet would read the file: every cell as typed, nothing
    // that a spreadsheet would run as a formula, Zoë as Zoë.
    void csvIsSafeToOpenInASpreadsheet()
    {
        // The example meeting, its one action replaced by cells a spreadsheet would run.
        QJsonObject meeting
            = QJsonDocument::fromJson(Test::readFile(Test::dataPath(u"meetings/example.json"_s))).object();
        QJsonArray activities = meeting.value(u"activities"_s).toArray();
        QJsonObject activity = activities.at(0).toObject();
        QJsonArray hostile;
        const QList<QPair<QString, QString>> typed {
            { u"=HYPERLINK(\"http://example.com/x\",\"Click for the minutes\")"_s, u"Zoë Brown"_s },
            { u"+44 7700 900123 rang"_s, u"@admin"_s },
            { u"-1+2"_s, u"\tTabbed"_s },
            { u"\r=1+1"_s, u"＝1+1"_s },
            { u"First line\nsecond line, \"quoted\""_s, u"Sam"_s },
            { u"Plain text"_s, u"Priya Shah"_s },
        };
        for (const auto &[text, owner] : typed)
            hostile.append(
                QJsonObject { { u"text"_s, text }, { u"owner"_s, owner }, { u"status"_s, u"open"_s } });
        activity.insert(u"actions"_s, hostile);
        activities.replace(0, activity);
        meeting.insert(u"activities"_s, activities);
        const QByteArray json = QJsonDocument(meeting).toJson();
        Test::writeFile(file(u"hostile.json"_s), json);
        const Run imported = run({ u"meetings"_s, u"import"_s, file(u"hostile.json"_s) });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));

        QProcess csv;
        csv.start(QStringLiteral(COPRODUCE_BINARY),
                  { u"--database"_s, m_db, u"actions"_s, u"list"_s, u"--csv"_s });
        QVERIFY(csv.waitForFinished(120000));
        const QByteArray bytes = csv.readAllStandardOutput();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBFid,due,"), bytes.left(20).toHex().constData());
        Test::writeFile(file(u"actions.csv"_s), bytes);

        // Each cell as Python reads it, one per line, with its first character's code point.
        const QString cells = Test::run(u"/usr/bin/python3"_s,
                                        { u"-c"_s, uR"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps([row for row in csv.reader(f)]))
)"_s,
                                          file(u"actions.csv"_s) });
        const QJsonArray rows = QJsonDocument::fromJson(cells.toUtf8()).array();
        QCOMPARE(rows.size(), 7);
        QStringList actions, owners;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QJsonArray row = rows.at(i).toArray();
            QCOMPARE(row.size(), 10);
            owners << row.at(3).toString();
            actions << row.at(4).toString();
            for (const QJsonValue &cell : row) {
                const QString text = cell.toString();
                QVERIFY2(text.isEmpty() || !u"=+-@\t\r＝"_s.contains(text.front()), qPrintable(text));
            }
        }
        QVERIFY(actions.contains(u"'=HYPERLINK(\"http://example.com/x\",\"Click for the minutes\")"_s));
        QVERIFY(actions.contains(u"'+44 7700 900123 rang"_s));
        QVERIFY(actions.contains(u"'-1+2"_s));
        QVERIFY(actions.contains(u"'\r\n=1+1"_s));
        QVERIFY(actions.contains(u"First line\r\nsecond line, \"quoted\""_s)); // RFC 4180: CRLF in the cell
        QVERIFY(actions.contains(u"Plain text"_s));
        QVERIFY(owners.contains(u"Zoë Brown"_s));
        QVERIFY(owners.contains(u"'@admin"_s));
        QVERIFY(owners.contains(u"'\tTabbed"_s));
        QVERIFY(owners.contains(u"'＝1+1"_s));
        // Only the cells that needed it are changed.
        QVERIFY(bytes.contains(",Priya Shah,Plain text,"));

        const Run noBom = run({ u"actions"_s, u"list"_s, u"--csv"_s, u"--no-bom"_s });
        QCOMPARE(noBom.code, 0);
        QVERIFY(noBom.out.startsWith(u"id,due,"_s));
        const Run alone = run({ u"actions"_s, u"list"_s, u"--no-bom"_s });
        QCOMPARE(alone.code, 2);
        QVERIFY2(alone.err.contains(u"--no-bom goes with --csv"_s), qPrintable(alone.err));
    }

    void demoFillsADatabase()
    {
        const Run demo = run({ u"demo"_s });
        QCOMPARE(demo.code, 0);
        QVERIFY2(demo.out.startsWith(u"Added 12 series, "_s), qPrintable(demo.out));
        const Run csv = run({ u"actions"_s, u"list"_s, u"--csv"_s });
        for (const QString &status : { u",open,"_s, u",in-progress,"_s, u",done,"_s, u",cannot-do,"_s })
            QVERIFY2(csv.out.contains(status), qPrintable(status));
    }

    void refusesAForeignFileAndLeavesItAlone()
    {
        Test::writeFile(file(u"shopping.txt"_s), "eggs\nflour\n");
        const QByteArray before = Test::sha256(file(u"shopping.txt"_s));
        const Run r = run({ u"--database"_s, file(u"shopping.txt"_s), u"charters"_s, u"list"_s }, false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"shopping.txt: is not a Coproduce database"_s), qPrintable(r.err));
        QCOMPARE(Test::sha256(file(u"shopping.txt"_s)), before);
    }

    void databaseOptionMayComeLast()
    {
        const Run r = run({ u"charters"_s, u"list"_s, u"--database"_s, file(u"late.sqlite"_s) }, false);
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(file(u"late.sqlite"_s)));
    }

    void readsStandardInput()
    {
        const Run r = run({ u"meetings"_s, u"import"_s, u"-"_s }, true,
                          Test::readFile(Test::dataPath(u"meetings/example.json"_s)));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"1\n"_s);
    }

    void checkTextPrintsScoresAndFindings()
    {
        const QByteArray note
            = "Parents asked for clearer information about the Local Offer.\n"
              "The LA will utilise the EHCP data, and we will talk to the SENCO of every school, "
              "the parent carer forum and the young people's group in the spring term.\n"
              "See https://derby.gov.uk/SEND.\n";
        Test::writeFile(file(u"note.txt"_s), note);
        const Run r = run({ u"check-text"_s, file(u"note.txt"_s) });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Words: 43. Sentences: 3."_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  2:1  30 words  The LA will utilise"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     u"  2:5  hard-word  \"LA\"  “LA” is a hard word: say “local authority (the council)”"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"  2:13  office-word  \"utilise\"  “utilise” has a plainer word: “use”"_s));
        QVERIFY(r.out.contains(u"  2:1  long-sentence"_s));
        QVERIFY(r.out.contains(u"2:25  hard-word  \"EHCP\""_s));
        QVERIFY(!r.out.contains(u"\"SEND\""_s)); // nothing in the web address

        // An office word in another form is caught too.
        const Run forms = run({ u"check-text"_s, u"-"_s }, true,
                              "The team utilised the newsletter and facilitated it.\n");
        QVERIFY2(forms.out.contains(u"1:10  office-word  \"utilised\""_s), qPrintable(forms.out));
        QVERIFY2(forms.out.contains(u"1:38  office-word  \"facilitated\""_s), qPrintable(forms.out));

        // The same as JSON, from standard input, for easy read.
        const Run json = run({ u"check-text"_s, u"-"_s, u"--easy-read"_s, u"--json"_s }, true, note);
        QCOMPARE(json.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"coproduce-check/1"_s);
        QCOMPARE(root.value(u"sentenceLimit"_s).toInt(), 15);
        QCOMPARE(root.value(u"words"_s).toInt(), 43);
        const QJsonArray findings = root.value(u"findings"_s).toArray();
        QStringList kinds;
        for (const QJsonValue &f : findings)
            kinds << f[u"kind"_s].toString() + u'@' + QString::number(f[u"line"_s].toInt()) + u':'
                    + QString::number(f[u"column"_s].toInt());
        QCOMPARE(kinds,
                 (QStringList { u"long-sentence@2:1"_s, u"hard-word@2:5"_s, u"office-word@2:13"_s,
                                u"hard-word@2:25"_s, u"hard-word@2:60"_s }));
        QCOMPARE(findings.at(3)[u"suggestion"_s].toString(), u"Education, Health and Care Plan"_s);

        const Run plain = run({ u"check-text"_s }, true, "We will meet again in May to check the plan.\n");
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains(u"Nothing to change"_s), qPrintable(plain.out));
        const Run missing = run({ u"check-text"_s, file(u"nowhere.txt"_s) });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"nowhere.txt: cannot read the file"_s));
    }

    void areaWordsImportExportAndCount()
    {
        const QByteArray words = R"({"format":"coproduce-words/1",
            "terms":[{"term":"SPP","also":["short-break plan"],"plain":"short breaks plan",
                      "explain":"How a family gets time off caring."}],
            "office":[{"term":"going forward","plain":"from now on"}]})";
        Test::writeFile(file(u"words.json"_s), words);
        const Run added = run({ u"words"_s, u"import"_s, file(u"words.json"_s) });
        QCOMPARE(added.code, 0);
        QCOMPARE(added.out, u"Added or replaced 2 words.\n"_s);
        QVERIFY(run({ u"words"_s, u"list"_s }).out.contains(u"SPP"_s));
        const Run check = run({ u"check-text"_s, u"--json"_s }, true, "Going forward, the SPP will change.");
        const QJsonArray findings = QJsonDocument::fromJson(check.out.toUtf8())[u"findings"_s].toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0)[u"suggestion"_s].toString(), u"from now on"_s);
        QCOMPARE(findings.at(1)[u"explanation"_s].toString(), u"How a family gets time off caring."_s);

        // A bad file names the file and the field, and changes nothing.
        Test::writeFile(
            file(u"bad.json"_s),
            R"({"format":"coproduce-words/1","terms":[{"term":"XYZ","plain":"x"},{"term":"ABC"}]})");
        const Run bad = run({ u"words"_s, u"import"_s, file(u"bad.json"_s) });
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(file(u"bad.json"_s) + u": terms[1].plain"_s), qPrintable(bad.err));
        QVERIFY(!run({ u"words"_s, u"list"_s }).out.contains(u"XYZ"_s));

        // Export, and into a fresh database.
        QCOMPARE(run({ u"words"_s, u"export"_s, file(u"out.json"_s) }).code, 0);
        const Run fresh
            = run({ u"--database"_s, file(u"fresh.sqlite"_s), u"words"_s, u"import"_s, file(u"out.json"_s) },
                  false);
        QCOMPARE(fresh.code, 0);
        QCOMPARE(run({ u"--database"_s, file(u"fresh.sqlite"_s), u"words"_s, u"list"_s }, false).out,
                 run({ u"words"_s, u"list"_s }).out);
    }

    void backupRestoreAndCheck()
    {
        importExample();
        const Run checked = run({ u"check"_s });
        QCOMPARE(checked.code, 0);
        QVERIFY(checked.out.contains(u": ok"_s));
        QCOMPARE(run({ u"backup"_s, file(u"copy.sqlite"_s) }).code, 0);
        const Run again = run({ u"backup"_s, file(u"copy.sqlite"_s) });
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(u"already exists"_s));
        importExample();
        QCOMPARE(run({ u"meetings"_s, u"list"_s, u"--json"_s }).out.count(u"\"id\""_s), 2);
        const Run restored = run({ u"restore"_s, file(u"copy.sqlite"_s) });
        QCOMPARE(restored.code, 0);
        QVERIFY2(restored.out.contains(u"before-restore.sqlite"_s), qPrintable(restored.out));
        QCOMPARE(run({ u"meetings"_s, u"list"_s, u"--json"_s }).out.count(u"\"id\""_s), 1);

        // A damaged file: refused with the file named, and the database untouched.
        QByteArray copy = Test::readFile(file(u"copy.sqlite"_s));
        Test::writeFile(file(u"half.sqlite"_s), copy.left(copy.size() / 2));
        const Run half = run({ u"restore"_s, file(u"half.sqlite"_s) });
        QCOMPARE(half.code, 1);
        QVERIFY2(half.err.startsWith(u"coproduce: "_s + file(u"half.sqlite"_s) + u": "_s),
                 qPrintable(half.err));
        QCOMPARE(run({ u"meetings"_s, u"list"_s, u"--json"_s }).out.count(u"\"id\""_s), 1);
        const Run bad = run({ u"--database"_s, file(u"half.sqlite"_s), u"check"_s }, false);
        QCOMPARE(bad.code, 1);
        QVERIFY(!bad.err.isEmpty());
        QCOMPARE(Test::readFile(file(u"half.sqlite"_s)), copy.left(copy.size() / 2)); // check changes nothing
    }

    void archiveMovesAWholeDatabase()
    {
        // Something of every kind: an area charter, meetings, the area's own words.
        QString charter = run({ u"charters"_s, u"show"_s, u"derby"_s, u"--json"_s }).out;
        charter.replace(u"\"id\": \"derby\""_s, u"\"id\": \"derby-2027\""_s);
        Test::writeFile(file(u"ours.json"_s), charter.toUtf8());
        QCOMPARE(run({ u"charters"_s, u"import"_s, file(u"ours.json"_s) }).code, 0);
        importExample();
        QCOMPARE(run({ u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/names.json"_s) }).code, 0);
        Test::writeFile(
            file(u"words.json"_s),
            R"({"format":"coproduce-words/1","terms":[{"term":"PfA2","plain":"getting ready"}]})");
        QCOMPARE(run({ u"words"_s, u"import"_s, file(u"words.json"_s) }).code, 0);
        // A team, its member and the series it owns; and one more series of its own with no meetings yet.
        QCOMPARE(run({ u"team"_s, u"add"_s, u"Parent carer forum"_s }).code, 0);
        QCOMPARE(run({ u"team"_s, u"member"_s, u"Parent carer forum"_s, u"priya"_s }).code, 0);
        QCOMPARE(run({ u"team"_s, u"series"_s, u"Parent carer forum"_s, u"Home to school transport"_s }).code,
                 0);

        QCOMPARE(run({ u"archive"_s, u"export"_s, file(u"all.json"_s) }).code, 0);
        QVERIFY(!(QFileInfo(file(u"all.json"_s)).permissions() & QFileDevice::ReadOther));
        const QString fresh = file(u"fresh.sqlite"_s);
        const Run in = run({ u"--database"_s, fresh, u"archive"_s, u"import"_s, file(u"all.json"_s) }, false);
        QCOMPARE(in.code, 0);
        QCOMPARE(in.out,
                 u"Added 1 charter, 2 meetings and 1 hard word from %1.\nTeams: 1, merged by name with those "
                 "here.\n"_s.arg(file(u"all.json"_s)));
        const QString teams = run({ u"--database"_s, fresh, u"team"_s, u"list"_s }, false).out;
        QVERIFY2(teams.contains(u"Parent carer forum"_s) && teams.contains(u"priya"_s)
                     && teams.contains(u"Home to school transport"_s),
                 qPrintable(teams));
        // The same again, byte for byte, from the new database.
        QCOMPARE(
            run({ u"--database"_s, fresh, u"archive"_s, u"export"_s, file(u"again.json"_s) }, false).code, 0);
        QCOMPARE(Test::readFile(file(u"again.json"_s)), Test::readFile(file(u"all.json"_s)));
        // Read twice, nothing is doubled: the meetings there already are left as they are.
        const Run twice
            = run({ u"--database"_s, fresh, u"archive"_s, u"import"_s, file(u"all.json"_s) }, false);
        QCOMPARE(twice.code, 0);
        QVERIFY2(twice.out.contains(u"Added 1 charter, 0 meetings"_s)
                     && twice.out.contains(u"2 meetings were here already"_s),
                 qPrintable(twice.out));
        QCOMPARE(run({ u"--database"_s, fresh, u"meetings"_s, u"list"_s, u"--json"_s }, false)
                     .out.count(u"\"id\""_s),
                 2);
        // Another laptop's records join them (several facilitators moving onto the area's server): its
        // meeting in the same series goes into that series, not a second one of the same name.
        const QString other = file(u"other.sqlite"_s);
        QByteArray another = Test::readFile(Test::dataPath(u"meetings/example.json"_s));
        another.replace("co-production workshop", "second workshop");
        Test::writeFile(file(u"another.json"_s), another);
        QCOMPARE(
            run({ u"--database"_s, other, u"meetings"_s, u"import"_s, file(u"another.json"_s) }, false).code,
            0);
        QCOMPARE(
            run({ u"--database"_s, other, u"archive"_s, u"export"_s, file(u"other.json"_s) }, false).code, 0);
        QCOMPARE(
            run({ u"--database"_s, fresh, u"archive"_s, u"import"_s, file(u"other.json"_s) }, false).code, 0);
        const QString merged = run({ u"--database"_s, fresh, u"meetings"_s, u"list"_s }, false).out;
        QVERIFY2(merged.contains(u"second workshop"_s), qPrintable(merged));
        QCOMPARE(run({ u"--database"_s, fresh, u"team"_s, u"list"_s }, false).out, teams); // still its series

        // One bad meeting: the whole archive is refused, the place named, nothing kept.
        QByteArray bad = Test::readFile(file(u"all.json"_s));
        const qsizetype second = bad.lastIndexOf("\"date\": \"");
        bad.replace(second + 9, 10, "2026-13-45");
        Test::writeFile(file(u"bad.json"_s), bad);
        const QString empty = file(u"empty.sqlite"_s);
        const Run refused
            = run({ u"--database"_s, empty, u"archive"_s, u"import"_s, file(u"bad.json"_s) }, false);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(file(u"bad.json"_s) + u": meetings[1]"_s), qPrintable(refused.err));
        QCOMPARE(run({ u"--database"_s, empty, u"meetings"_s, u"list"_s, u"--json"_s }, false)
                     .out.count(u"\"id\""_s),
                 0);
        QCOMPARE(run({ u"--database"_s, empty, u"charters"_s, u"list"_s }, false).out.count(u"derby-2027"_s),
                 0);
    }

    void retentionDeletesOldMeetingsLeavingNoTrace()
    {
        // A meeting from 2015 with a word found nowhere else, and one from this year.
        QByteArray old = Test::readFile(Test::dataPath(u"meetings/example.json"_s));
        old.replace("\"date\": \"2026-11-18\"", "\"date\": \"2015-03-10\"");
        old.replace("\"notes\": \"", "\"notes\": \"Zanzibarquux said the bus never came. ");
        Test::writeFile(file(u"old.json"_s), old);
        QCOMPARE(run({ u"meetings"_s, u"import"_s, file(u"old.json"_s) }).code, 0);
        importExample();
        // In any case: the search index keeps its words in lower case.
        const auto inFile = [this](const QByteArray &word) {
            QByteArray bytes = Test::readFile(m_db);
            if (QFileInfo::exists(m_db + u"-wal"_s))
                bytes += Test::readFile(m_db + u"-wal"_s);
            return bytes.toLower().contains(word.toLower());
        };
        QVERIFY(inFile("Zanzibarquux"));

        const Run listed = run({ u"retention"_s, u"--older-than"_s, u"6"_s });
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(u"1 meeting is older than 6 years"_s), qPrintable(listed.out));
        QVERIFY(listed.out.contains(u"2015-03-10"_s));
        QCOMPARE(run({ u"meetings"_s, u"list"_s, u"--json"_s }).out.count(u"\"id\""_s),
                 2); // listing changes nothing

        const Run deleted = run({ u"retention"_s, u"--older-than"_s, u"6"_s, u"--delete"_s });
        QCOMPARE(deleted.code, 0);
        QVERIFY2(deleted.out.contains(u"Deleted the meeting older than 6 years"_s), qPrintable(deleted.out));
        QVERIFY(!inFile("Zanzibarquux")); // not in the tables, the search index, free pages or the log
        const Run left = run({ u"meetings"_s, u"list"_s, u"--json"_s });
        QCOMPARE(left.out.count(u"\"id\""_s), 1);
        QVERIFY(left.out.contains(u"2026-11-18"_s));
        QCOMPARE(run({ u"check"_s }).code, 0);
        QVERIFY(run({ u"retention"_s, u"--older-than"_s, u"6"_s })
                    .out.startsWith(u"No meetings are older than 6 years"_s));
        QCOMPARE(run({ u"retention"_s, u"--older-than"_s, u"0"_s }).code, 2);
    }

    void erasePersonLeavesTheNameNowhere()
    {
        QCOMPARE(run({ u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/names.json"_s) }).code, 0);
        QDir().mkpath(file(u"test-backups"_s));
        const QString backup = file(u"test-backups/test-20261101-100000-daily.sqlite"_s);
        QCOMPARE(run({ u"backup"_s, backup }).code, 0);
        const auto inFile = [this](const QByteArray &word) {
            QByteArray bytes = Test::readFile(m_db);
            if (QFileInfo::exists(m_db + u"-wal"_s))
                bytes += Test::readFile(m_db + u"-wal"_s);
            return bytes.toLower().contains(word);
        };
        QVERIFY(inFile("turner"));
        const int said = run({ u"meetings"_s, u"export"_s, u"1"_s, u"-"_s }).out.count(u"\"text\""_s);

        const Run erased = run({ u"erase-person"_s, u"Jo Turner"_s });
        QCOMPARE(erased.code, 0);
        QVERIFY2(erased.out.contains(u"These backups still hold the name"_s) && erased.out.contains(backup),
                 qPrintable(erased.out));
        QVERIFY(!inFile("jo turner"));
        QVERIFY(!inFile("turner")); // not in any table, the search index, free pages or the log
        const QString after = run({ u"meetings"_s, u"export"_s, u"1"_s, u"-"_s }).out;
        QVERIFY(!after.contains(QRegularExpression(u"\\bJo\\b"_s))); // the first name alone went too
        QVERIFY(after.contains(u"A parent carer and Alex Morgan asked"_s));
        QVERIFY(after.contains(u"\"name\": \"Parent carer\""_s));
        QCOMPARE(after.count(u"\"text\""_s), said); // what they said is kept, no longer theirs by name
        QVERIFY(after.contains(u"Alex Morgan"_s)); // nobody else is touched
        QCOMPARE(run({ u"check"_s }).code, 0);

        // Deleting what they said too; and a name nobody has is an error that changes nothing.
        QCOMPARE(run({ u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/names.json"_s) }).code, 0);
        const Run deleted = run({ u"erase-person"_s, u"Jo Turner"_s, u"--delete-contributions"_s });
        QCOMPARE(deleted.code, 0);
        QVERIFY2(deleted.out.contains(u"Things they said that were deleted: 1."_s), qPrintable(deleted.out));
        const Run nobody = run({ u"erase-person"_s, u"Nobody Here"_s });
        QCOMPARE(nobody.code, 1);
        QVERIFY(nobody.err.contains(u"nobody called \"Nobody Here\""_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
