// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken input, given to the command line as a user (or an attacker) would: each gives a clear
// error that names the file, and changes nothing.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

using Test::Run;

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run run(const QStringList &args) { return Test::coproduce(QStringList { u"--database"_s, m_db } + args); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // Everything a user could see of the database, to prove a refused file changed nothing.
    QString everything()
    {
        return run({ u"meetings"_s, u"list"_s, u"--json"_s }).out + run({ u"charters"_s, u"list"_s }).out
            + run({ u"words"_s, u"list"_s }).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = file(u"hostile.sqlite"_s);
        QCOMPARE(run({ u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/example.json"_s) }).code, 0);
    }

    void badFilesAreRefusedForEveryImporter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QByteArray huge(100 * 1024 * 1024, ' ');
        huge.prepend("{\"format\":\"coproduce-meeting/1\",\"title\":\"");
        QTest::newRow("100 MB") << huge << u"is 100.0 MB; a Coproduce file of this kind is at most 32 MB"_s;
        QTest::newRow("deep nesting")
            << QByteArray(100000, '[') + QByteArray(100000, ']') << u"not valid JSON"_s;
        QTest::newRow("deep objects")
            << QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray(5000, '}') << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"format\":\"coproduce-meeting/1\",\"title\":\"\xff\xfe\xc3\"}")
            << u"not valid JSON"_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\x89PNG", 8) << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    }

    void badFilesAreRefusedForEveryImporter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString bad = file(u"bad.json"_s);
        Test::writeFile(bad, bytes);
        const QString before = everything();
        for (const QStringList &verb :
             { QStringList { u"meetings"_s, u"import"_s }, QStringList { u"charters"_s, u"import"_s },
               QStringList { u"words"_s, u"import"_s } }) {
            const Run r = run(verb + QStringList { bad });
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith(u"coproduce: "_s + bad + u": "_s) && r.err.contains(says),
                     qPrintable(verb.join(u' ') + u": "_s + r.err.left(300)));
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(everything(), before);
    }

    // What the archive fuzzer found: an area word whose plain wording is NUL characters then "talk". The
    // readers check every rule the database enforces first: each problem names the file, the place and what
    // was expected; a refused import into a new database leaves no file, and into an existing one changes
    // nothing.
    void whatTheDatabaseWouldRefuseTheReadersRefuseFirst()
    {
        const QString archive
            = QStringLiteral(COPRODUCE_TEST_DATA) + u"/../fuzz/regressions/archive/blank-plain-word.json"_s;
        const QString fresh = file(u"fresh.sqlite"_s);
        QProcess process;
        process.start(QStringLiteral(COPRODUCE_BINARY),
                      { u"--database"_s, fresh, u"archive"_s, u"import"_s, archive });
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 1);
        const QStringList lines
            = QString::fromUtf8(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"coproduce: "_s + archive + u": "_s), qPrintable(line));
        QVERIFY2(lines.contains(
                     u"coproduce: "_s + archive
                     + u": words: office[0].plain: holds a NUL character (\\u0000), which is not text"_s),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(QDir(m_dir.path()).entryList({ u"fresh.sqlite*"_s }).isEmpty());

        const QString before = everything();
        const QByteArray databaseBefore = Test::readFile(m_db);
        const QList<QPair<QByteArray, QString>> words {
            { R"({"format":"coproduce-words/1","office":[{"term":"touch base","plain":"\u0000\u0000talk"}]})",
              u"office[0].plain: holds a NUL character (\\u0000), which is not text"_s },
            { R"({"format":"coproduce-words/1","terms":[{"term":"PCF","also":["P\u0000CF"],"plain":"forum"}]})",
              u"terms[0].also[0]: holds a NUL character (\\u0000), which is not text"_s },
            { R"({"format":"coproduce-words/1","terms":[{"term":"abc","plain":"p"}],"office":[{"term":" abc ","plain":"q"}]})",
              u"office[0].term: \"abc\" is listed already, at terms[0].term: keep one"_s },
            { R"({"format":"coproduce-words/1","office":[{"term":"   ","plain":"q"}]})",
              u"office[0].term: is empty (expected text)"_s },
        };
        for (const auto &[json, says] : words) {
            Test::writeFile(file(u"words.json"_s), json);
            const Run r = run({ u"words"_s, u"import"_s, file(u"words.json"_s) });
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith(u"coproduce: "_s + file(u"words.json"_s) + u": "_s + says),
                     qPrintable(r.err));
        }
        QCOMPARE(everything(), before);
        QCOMPARE(Test::readFile(m_db), databaseBefore);
        // A meeting whose text holds a NUL is refused the same way.
        Test::writeFile(file(u"nul.json"_s),
                        R"({"format":"coproduce-meeting/1","title":"A\u0000B","date":"2026-11-30"})");
        const Run meeting = run({ u"meetings"_s, u"import"_s, file(u"nul.json"_s) });
        QCOMPARE(meeting.code, 1);
        QVERIFY2(meeting.err.contains(u"nul.json: title: holds a NUL character"_s), qPrintable(meeting.err));
    }

    void aDamagedDatabaseIsAClearErrorAndIsLeftAsItWas_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("zeroed middle") << u"zeroed"_s;
    }

    void aDamagedDatabaseIsAClearErrorAndIsLeftAsItWas()
    {
        QFETCH(QString, damage);
        const QString copy = file(u"damaged-"_s + damage + u".sqlite"_s);
        QCOMPARE(run({ u"backup"_s, copy }).code, 0);
        QByteArray bytes = Test::readFile(copy);
        if (damage == u"random") {
            for (char &c : bytes)
                c = char(std::rand());
        } else if (damage == u"truncated") {
            bytes.truncate(bytes.size() / 3);
        } else {
            bytes.replace(bytes.size() / 2, 8192, QByteArray(8192, '\0'));
        }
        Test::writeFile(copy, bytes);
        for (const QStringList &verb : { QStringList { u"check"_s }, QStringList { u"meetings"_s, u"list"_s },
                                         QStringList { u"actions"_s, u"list"_s } }) {
            QProcess process;
            process.start(QStringLiteral(COPRODUCE_BINARY), QStringList { u"--database"_s, copy } + verb);
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            if (verb.first() == u"check" || damage != u"zeroed") {
                QCOMPARE(process.exitCode(), 1);
                QVERIFY2(err.startsWith(u"coproduce: "_s + copy + u": "_s), qPrintable(err));
            } else {
                // A damaged page that a listing does not read may go unnoticed there; `check` finds it.
                QVERIFY(process.exitCode() == 0 || err.startsWith(u"coproduce: "_s));
            }
            // Never "repaired" by being written to. (A file damaged only inside opens like any other, and
            // opening switches it to write-ahead logging, a header change; `check` alone never writes.)
            if (verb.first() == u"check" || damage != u"zeroed")
                QCOMPARE(Test::readFile(copy), bytes);
        }
    }

    void theAppHasNoWayToTheNetwork()
    {
        // No network library is linked, and no socket call is imported: records cannot leave the machine.
        const QString needed
            = Test::run(u"readelf"_s, { u"-d"_s, u"-W"_s, QStringLiteral(COPRODUCE_BINARY) });
        QVERIFY(needed.contains(u"libQt6Core"_s)); // the listing is real
        QVERIFY2(!needed.contains(u"Network"_s), qPrintable(needed));
        const QString symbols
            = Test::run(u"nm"_s, { u"-D"_s, u"--undefined-only"_s, QStringLiteral(COPRODUCE_BINARY) });
        for (const QString &call : { u" socket@"_s, u" connect@"_s, u" getaddrinfo@"_s })
            QVERIFY2(!symbols.contains(call), qPrintable(call));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
