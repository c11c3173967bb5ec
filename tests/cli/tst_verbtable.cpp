// SPDX-License-Identifier: GPL-3.0-or-later
// The command line against its one table of verbs (cli/verbtable.cpp): every option a verb does not take
// is refused with exit 2, naming the option and the verb; each verb's --help lists exactly its entry; the
// listing verbs write versioned JSON.
#include "testsupport.h"

#include "cli/commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// The verb's words and made-up arguments, so that only the options are wrong.
QStringList commandOf(const Verb &verb)
{
    QStringList args = verb.name.split(u' ');
    for (const VerbArgument &argument : verb.arguments)
        if (!argument.optional)
            args << u"1"_s;
    for (const QString &name : verb.required)
        args << u"--"_s + name << u"1"_s;
    return args;
}

QStringList withOption(QStringList args, const CliOption &option)
{
    args << u"--"_s + option.name;
    if (!option.value.isEmpty())
        args << u"x"_s;
    return args;
}

struct Result
{
    int code = 0;
    QString out;
    QString err;
};

// The real command line, in this process: the option check comes before any database is opened.
Result runHere(const QStringList &args)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    CommandLine commandLine(outStream, errStream);
    const int code = commandLine.run(QStringList { u"coproduce"_s } + args);
    outStream.flush();
    errStream.flush();
    return { code, out, err };
}

} // namespace

class TestVerbTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTableIsWhole()
    {
        QSet<QString> names;
        for (const Verb &verb : CommandLine::verbTable()) {
            QVERIFY2(!names.contains(verb.name), qPrintable(verb.name));
            names.insert(verb.name);
            QVERIFY2(verb.handler && verb.summary, qPrintable(verb.name));
            for (const QString &option : verb.options + verb.required)
                QVERIFY2(Verbs::option(option), qPrintable(verb.name + u" --"_s + option));
            bool optional = false;
            for (const VerbArgument &argument : verb.arguments) {
                QVERIFY2(!optional || argument.optional, qPrintable(verb.name)); // optional ones last
                optional = argument.optional;
            }
        }
        // The ones the issue found running with options that meant nothing.
        for (const QString &name : { u"meetings list"_s, u"check"_s, u"backup"_s })
            QVERIFY(names.contains(name));
    }

    void everyOptionAVerbDoesNotTakeIsAUsageError()
    {
        int refused = 0;
        for (const Verb &verb : CommandLine::verbTable()) {
            // The verb as the table says it works gets past the check (it may fail later, on the database).
            const Result fine = runHere(commandOf(verb) + QStringList { u"--help"_s });
            QVERIFY2(fine.code == 0, qPrintable(verb.name + u": "_s + fine.err));
            for (const CliOption &option : Verbs::options()) {
                if (option.name == u"database" || option.name == u"help"
                    || verb.options.contains(option.name))
                    continue;
                const Result r = runHere(withOption(commandOf(verb), option));
                QVERIFY2(r.code == 2, qPrintable(verb.name + u" --"_s + option.name));
                QVERIFY2(r.err.contains(u"--%1 does not go with \"%2\""_s.arg(option.name, verb.name)),
                         qPrintable(r.err));
                ++refused;
            }
            const Result unknown = runHere(commandOf(verb) + QStringList { u"--colour"_s });
            QVERIFY2(unknown.code == 2
                         && unknown.err.contains(u"--colour does not go with \"%1\""_s.arg(verb.name)),
                     qPrintable(unknown.err));
            // One argument too many, and (where it needs one) one too few.
            const Result extra = runHere(
                commandOf(verb) + QStringList(verb.arguments.size() + 1 - verb.requiredArguments(), u"1"_s));
            QVERIFY2(extra.code == 2 && extra.err.contains(u"does not take"_s),
                     qPrintable(verb.name + extra.err));
            if (verb.requiredArguments() > 0) {
                QStringList fewer = commandOf(verb);
                fewer.removeAt(int(verb.name.count(u' ')) + 1);
                const Result missing = runHere(fewer);
                QVERIFY2(missing.code == 2 && missing.err.contains(u"\"%1\" needs"_s.arg(verb.name)),
                         qPrintable(verb.name + missing.err));
            }
        }
        QVERIFY(refused > 300);
    }

    // The examples the issue gave, through the built program as a user types them.
    void theProgramRefusesThem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("meetings list --delete") << QStringList { u"meetings"_s, u"list"_s, u"--delete"_s }
                                                << u"--delete does not go with \"meetings list\""_s;
        QTest::newRow("check --meeting 5") << QStringList { u"check"_s, u"--meeting"_s, u"5"_s }
                                           << u"--meeting does not go with \"check\""_s;
        QTest::newRow("backup FILE --delete-contributions")
            << QStringList { u"backup"_s, u"copy.sqlite"_s, u"--delete-contributions"_s }
            << u"--delete-contributions does not go with \"backup\""_s;
        QTest::newRow("group without its verb")
            << QStringList { u"words"_s } << u"\"words\" needs list, import or export"_s;
        QTest::newRow("group with a wrong verb")
            << QStringList { u"team"_s, u"delete"_s } << u"\"team delete\" is not a command"_s;
    }
    void theProgramRefusesThem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"test.sqlite"_s);
        const Test::Run r = Test::coproduce(QStringList { u"--database"_s, db } + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(db), "a refused command made the database");
        QVERIFY2(!QFileInfo::exists(dir.filePath(u"copy.sqlite"_s)), "a refused backup was written");
    }

    void eachVerbsHelpListsExactlyItsEntry()
    {
        const QRegularExpression optionLine(u"^  --([a-z0-9-]+)"_s, QRegularExpression::MultilineOption);
        for (const Verb &verb : CommandLine::verbTable()) {
            const Test::Run help = Test::coproduce(verb.name.split(u' ') + QStringList { u"--help"_s });
            QVERIFY2(help.code == 0, qPrintable(verb.name + help.err));
            QStringList listed;
            for (auto it = optionLine.globalMatch(help.out); it.hasNext();)
                listed << it.next().captured(1);
            QStringList expected = verb.options + QStringList { u"database"_s, u"help"_s };
            listed.sort();
            expected.sort();
            QCOMPARE(listed, expected);
            QVERIFY2(help.out.simplified().contains(verb.synopsis()), qPrintable(help.out));
            QVERIFY2(help.out.simplified().contains(verb.translatedSummary().simplified()),
                     qPrintable(help.out));
        }
    }

    void theWholeHelpNamesEveryVerb()
    {
        const Test::Run help = Test::coproduce({ u"--help"_s });
        QCOMPARE(help.code, 0);
        const QString text = help.out.simplified();
        for (const Verb &verb : CommandLine::verbTable())
            QVERIFY2(text.contains(u"coproduce [--database FILE] "_s + verb.synopsis()),
                     qPrintable(verb.name));
        for (const CliOption &option : Verbs::options())
            QVERIFY2(text.contains(u"--"_s + option.name), qPrintable(option.name));
        const Test::Run group = Test::coproduce({ u"meetings"_s, u"--help"_s });
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains(u"meetings list|import|export|take|publish|release"_s));
        QVERIFY(!group.out.contains(u"charters list"_s));
    }

    // coproduce(1), written at build time, as man renders it: without a warning, naming every verb with
    // its options, and every option.
    void theManPageNamesEveryVerb()
    {
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MANWIDTH"_s, u"250"_s);
        env.insert(u"MAN_KEEP_FORMATTING"_s, QString());
        man.setProcessEnvironment(env);
        man.start(u"man"_s, { u"--warnings"_s, u"-l"_s, QStringLiteral(COPRODUCE_MAN_PAGE) });
        QVERIFY2(man.waitForFinished(60000), "man did not finish");
        QCOMPARE(man.exitCode(), 0);
        const QString warnings = QString::fromUtf8(man.readAllStandardError());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        const QString page = QString::fromUtf8(man.readAllStandardOutput()).simplified();
        QVERIFY(page.contains(u"COPRODUCE(1)"_s));
        for (const Verb &verb : CommandLine::verbTable())
            QVERIFY2(page.contains(verb.synopsis()), qPrintable(verb.synopsis()));
        for (const CliOption &option : Verbs::options())
            QVERIFY2(page.contains(u"--"_s + option.name), qPrintable(option.name));
        QVERIFY(page.contains(u"EXIT STATUS"_s));
    }

    void onlyDocumentsNeedFonts()
    {
        const auto needs = [](const QStringList &args) {
            return CommandLine::needsGui(QStringList { u"coproduce"_s } + args);
        };
        QVERIFY(needs({ u"minutes"_s, u"3"_s, u"--output"_s, u"m.pdf"_s }));
        QVERIFY(needs({ u"--database"_s, u"minutes"_s, u"you-said-we-did"_s, u"S"_s, u"--output=x.pdf"_s }));
        QVERIFY(needs({ u"progress"_s, u"--output"_s, u"p.pdf"_s }));
        QVERIFY(!needs({ u"progress"_s, u"--json"_s }));
        QVERIFY(!needs({ u"progress"_s, u"--series"_s, u"minutes"_s }));
        QVERIFY(!needs({ u"minutes"_s, u"--help"_s }));
        QVERIFY(!needs({ u"meetings"_s, u"list"_s }));
    }

    // Every verb that lists something writes JSON that names its format and version.
    void listsAreVersionedJson()
    {
        QTemporaryDir dir;
        const QStringList db { u"--database"_s, dir.filePath(u"test.sqlite"_s) };
        QCOMPARE(
            Test::coproduce(
                db + QStringList { u"meetings"_s, u"import"_s, Test::dataPath(u"meetings/example.json"_s) })
                .code,
            0);
        QCOMPARE(Test::coproduce(db + QStringList { u"team"_s, u"add"_s, u"Transport"_s }).code, 0);
        const QList<QPair<QStringList, QString>> lists {
            { { u"charters"_s, u"list"_s }, u"coproduce-charter-list/1 charters"_s },
            { { u"meetings"_s, u"list"_s }, u"coproduce-meeting-list/1 meetings"_s },
            { { u"series"_s, u"list"_s }, u"coproduce-series-list/1 series"_s },
            { { u"actions"_s, u"list"_s }, u"coproduce-action-list/1 actions"_s },
            { { u"words"_s, u"list"_s }, u"coproduce-word-list/1 words"_s },
            { { u"team"_s, u"list"_s }, u"coproduce-team-list/1 teams"_s },
            { { u"audit"_s }, u"coproduce-audit/1 entries"_s },
            { { u"retention"_s, u"--older-than"_s, u"1"_s }, u"coproduce-retention/1 meetings"_s },
        };
        for (const auto &[args, expected] : lists) {
            const Test::Run r = Test::coproduce(db + args + QStringList { u"--json"_s });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QJsonParseError error;
            const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
            QCOMPARE(root.value(u"format"_s).toString(), expected.section(u' ', 0, 0));
            QVERIFY2(root.value(expected.section(u' ', 1)).isArray(), qPrintable(r.out));
        }
        // What they hold: the example meeting's action, the built-in charters, the team.
        const QJsonObject actions
            = QJsonDocument::fromJson(
                  Test::coproduce(db + QStringList { u"actions"_s, u"list"_s, u"--json"_s }).out.toUtf8())
                  .object();
        const QJsonObject action = actions[u"actions"_s].toArray().first().toObject();
        QCOMPARE(action[u"action"_s].toString(), u"Set up a joint drafting group."_s);
        QCOMPARE(action[u"due"_s].toString(), u"2026-12-16"_s);
        QCOMPARE(action[u"status"_s].toString(), u"open"_s);
        const QJsonArray charters
            = QJsonDocument::fromJson(
                  Test::coproduce(db + QStringList { u"charters"_s, u"list"_s, u"--json"_s }).out.toUtf8())
                  .object()[u"charters"_s]
                  .toArray();
        QVERIFY(charters.size() >= 2);
        QCOMPARE(charters.first()[u"built_in"_s].toBool(), true);
        const QJsonArray series
            = QJsonDocument::fromJson(
                  Test::coproduce(db + QStringList { u"series"_s, u"list"_s, u"--json"_s }).out.toUtf8())
                  .object()[u"series"_s]
                  .toArray();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first()[u"name"_s].toString(), u"Home to school transport"_s);
        QCOMPARE(series.first()[u"meetings"_s].toInt(), 1);
        const Test::Run both
            = Test::coproduce(db + QStringList { u"actions"_s, u"list"_s, u"--json"_s, u"--csv"_s });
        QCOMPARE(both.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestVerbTable)
#include "tst_verbtable.moc"
