// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: every plural has its English forms and they are built into the program, the .ts files
// hold every string the sources have (lupdate run again changes nothing), and the pseudo-translation
// lengthens and accents text without breaking what Qt and the code fill in. Run twice by CTest: as is
// (English) and with COPRODUCE_LANGUAGE=pseudo.
#include "core/builtinstrings.h"
#include "core/ladder.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

struct Plural
{
    QString context, source, one, many;
};

// Every numerus message of a .ts file, with its two English forms (empty where the file has none).
QList<Plural> plurals(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Plural> out;
    QXmlStreamReader xml(&file);
    QString context;
    Plural current;
    bool numerus = false;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"message"_s) {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                forms.clear();
                current = { context, {}, {}, {} };
            } else if (xml.name() == u"source"_s)
                current.source = xml.readElementText();
            else if (xml.name() == u"numerusform"_s)
                forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message"_s && numerus) {
            current.one = forms.value(0);
            current.many = forms.value(1);
            out << current;
        }
    }
    return out;
}

QString enGB()
{
    return QStringLiteral(COPRODUCE_SOURCE_DIR "/translations/coproduce_en_GB.ts");
}

bool pseudo()
{
    return qEnvironmentVariable("COPRODUCE_LANGUAGE") == u"pseudo"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLanguageLoaded()
    {
        QCOMPARE(Translations::current(), pseudo() ? u"pseudo"_s : u"en_GB"_s);
        QVERIFY(Translations::available().contains(u"en_GB"_s));
    }

    // Each plural in the sources has an English singular and plural in the .ts, and the program says them.
    void everyPluralHasItsEnglishForms()
    {
        const QList<Plural> all = plurals(enGB());
        QVERIFY2(all.size() >= 60, qPrintable(u"only %1 plurals in %2"_s.arg(all.size()).arg(enGB())));
        QStringList wrong;
        for (const Plural &p : all) {
            if (p.one.isEmpty() || p.many.isEmpty()) {
                wrong << u"%1: \"%2\" has no English forms"_s.arg(p.context, p.source);
                continue;
            }
            const QByteArray context = p.context.toUtf8(), source = p.source.toUtf8();
            for (int n : { 1, 0, 2, 17 }) {
                QString expected = (n == 1 ? p.one : p.many);
                expected.replace(u"%n"_s, QString::number(n));
                if (pseudo())
                    expected
                        = Translations::pseudo(n == 1 ? p.one : p.many).replace(u"%n"_s, QString::number(n));
                const QString said
                    = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
                if (said != expected)
                    wrong << u"%1: \"%2\" for %3 is \"%4\", not \"%5\""_s.arg(p.context, p.source)
                                 .arg(n)
                                 .arg(said, expected);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // The few that a reader sees most, by name, so a broken .qm cannot pass by being empty.
    void easyReadCountsInEnglish()
    {
        if (pseudo())
            QSKIP("English only");
        QCOMPARE(QCoreApplication::translate("EasyRead", "%n people came.", nullptr, 1), u"1 person came."_s);
        QCOMPARE(QCoreApplication::translate("EasyRead", "%n people came.", nullptr, 12),
                 u"12 people came."_s);
        QCOMPARE(QCoreApplication::translate("EasyWords", "%n are done.", nullptr, 1), u"1 is done."_s);
        QCOMPARE(QCoreApplication::translate("ProgressSentences",
                                             "%1 of %n things people said got an action.", nullptr, 1)
                     .arg(0),
                 u"0 of 1 thing people said got an action."_s);
    }

    // lupdate over the sources and forms, into a copy of each .ts: nothing added, nothing dropped.
    void theTsFilesHoldEveryString()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"coproduce_en_GB.ts"_s);
        QVERIFY(QFile::copy(enGB(), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(COPRODUCE_SOURCE_DIR));
        lupdate.start(QStringLiteral(COPRODUCE_LUPDATE),
                      { u"-source-language"_s, u"en_GB"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                        u"-I"_s, u"app"_s, u"app"_s, u"forms"_s, u"-ts"_s, copy });
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        const QString said = QString::fromUtf8(lupdate.readAllStandardOutput());
        QFile before(enGB()), after(copy);
        QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
        QVERIFY2(
            before.readAll() == after.readAll(),
            qPrintable(u"translations/coproduce_en_GB.ts is not up to date with the sources (lupdate: %1). "
                       "Run: cmake --build build/test --target update_translations, and give every new "
                       "%n plural its English forms."_s.arg(said.simplified())));
    }

    // The ladder, the hard words and the built-in charters are translatable as data: the table lupdate
    // reads is what the resources hold, and each of its strings is in the .ts under its context.
    void theBuiltInDataIsInTheTsFiles()
    {
        const QList<BuiltInStrings::Entry> resources = BuiltInStrings::fromResources();
        QVERIFY(resources.size() > 100);
        QVERIFY2(BuiltInStrings::table() == resources,
                 "app/core/builtinstringstable.cpp is not what resources/ holds: run "
                 "build/test/app/cli/coproduce-docgen data-strings app/core/builtinstringstable.cpp, "
                 "then clang-format -i it and build update_translations");
        QFile file(enGB());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> inTs;
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"source"_s)
                inTs.insert(context + u'|' + xml.readElementText());
        }
        for (const BuiltInStrings::Entry &e : resources)
            QVERIFY2(inTs.contains(e.context + u'|' + e.text), qPrintable(e.context + u": "_s + e.text));
    }

    // …and they are read through the translator: under the pseudo-translation the ladder's words change.
    void theLadderSpeaksTheLanguage()
    {
        const LadderRung *rung = Ladder::builtIn().rung(u"co-production"_s);
        QVERIFY(rung);
        if (pseudo())
            QVERIFY2(rung->name.startsWith(u"[Çö-ƥŕöðûçţîöñ"_s), qPrintable(rung->name));
        else
            QCOMPARE(rung->name, u"Co-production"_s);
    }

    void pseudoKeepsWhatIsFilledIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("placeholders") << u"%1 — %n principles."_s << QStringList { u"%1"_s, u"%n"_s };
        QTest::newRow("localised") << u"Due %L1, %2"_s << QStringList { u"%L1"_s, u"%2"_s };
        QTest::newRow("mnemonic") << u"&Delete these meetings"_s << QStringList { u"&Ð"_s };
        QTest::newRow("markup") << u"<b>Heard</b> &amp; seen"_s
                                << QStringList { u"<b>"_s, u"</b>"_s, u"&amp;"_s };
        QTest::newRow("lines") << u"made a meeting\nmake a meeting"_s << QStringList { u"\n"_s };
    }

    void pseudoKeepsWhatIsFilledIn()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kept);
        const QString p = Translations::pseudo(text);
        for (const QString &k : kept)
            QVERIFY2(p.contains(k), qPrintable(u"\"%1\" lost \"%2\": %3"_s.arg(text, k, p)));
        QCOMPARE(p.count(u'\n'), text.count(u'\n'));
        for (const QString &line : p.split(u'\n')) {
            QVERIFY2(line.startsWith(u'[') && line.endsWith(u']'), qPrintable(line));
            QVERIFY(line.contains(u'~'));
        }
        // At least 40 % longer, and no plain a–z letter left outside a tag or placeholder.
        QVERIFY2(p.size() >= text.size() * 14 / 10, qPrintable(p));
        QVERIFY(p != text);
    }

    // Qt's own strings are left to Qt (a key name must stay what QKeySequence reads), ours are changed.
    void pseudoIsOnlyOurs()
    {
        if (!pseudo())
            QSKIP("under COPRODUCE_LANGUAGE=pseudo only");
        QCOMPARE(QCoreApplication::translate("QShortcut", "Ctrl"), u"Ctrl"_s);
        const QString ours
            = QCoreApplication::translate("Coproduce::MainWindow", "Move the chosen row up or down");
        QVERIFY2(ours.startsWith(u'[') && ours.contains(u"Ṁöṽé"_s), qPrintable(ours));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
