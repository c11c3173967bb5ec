// SPDX-License-Identifier: GPL-3.0-or-later
// What readers nobody here wrote find in our PDFs: Apache PDFBox's Preflight for PDF/A-1b, poppler's
// pdftotext for the words (as search and screen readers take them) and where each one is on its page. The
// documents are the longest a year of meetings gives: minutes and easy reads of the meeting with the most
// carried-over actions, and a series' "you said, we did", in normal and large print, on A4 and A5.
#include "testsupport.h"

#include "core/demogenerator.h"
#include "core/importer.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/html.h"
#include "reports/minutes.h"
#include "reports/yousaidwedid.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

struct Word
{
    qreal top;
    qreal bottom;
    QString text;
};

// Every word of every page, with its box, as pdftotext -bbox gives them.
QList<QList<Word>> wordsByPage(const QString &pdf)
{
    static const QRegularExpression page(u"<page [^>]*>(.*?)</page>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression word(
        u"<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QList<QList<Word>> pages;
    const QString bbox = Test::run(u"pdftotext"_s, { u"-bbox"_s, pdf, u"-"_s });
    for (auto p = page.globalMatch(bbox); p.hasNext();) {
        QList<Word> words;
        const QString body = p.next().captured(1);
        for (auto w = word.globalMatch(body); w.hasNext();) {
            const QRegularExpressionMatch m = w.next();
            words.append({ m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3) });
        }
        pages << words;
    }
    return pages;
}

} // namespace

class TestPdfOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    QStringList m_pdfs;
    qint64 m_meeting = 0;
    qint64 m_scripts = 0; // a meeting with names in many scripts

    QString write(const Document &document, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!DocumentWriter::write(document, DocumentWriter::Format::Pdf, path, true, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    int pages(const QString &pdf)
    {
        static const QRegularExpression count(u"Pages:\\s+(\\d+)"_s);
        return count.match(Test::run(u"pdfinfo"_s, { pdf })).captured(1).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::openWithCharters(m_db, m_dir.filePath(u"year.sqlite"_s)));
        QString error;
        QVERIFY2(DemoGenerator(m_db).generate(1, QDate(2026, 11, 30), &error), qPrintable(error));
        // The meeting that carries the most actions from before: its minutes are the longest.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT m.id FROM meetings m JOIN series s ON s.id = m.series_id WHERE s.name = "
                       "'Local Offer website' ORDER BY m.date DESC LIMIT 1"_s)
                && q.next());
        m_meeting = q.value(0).toLongLong();
        const std::optional<Minutes> minutes = Minutes::load(m_db, m_meeting);
        QVERIFY(minutes);
        const auto options = [](bool large, bool a5, bool redact) {
            ReportOptions o;
            o.largePrint = large;
            o.a5 = a5;
            o.redact = redact;
            return o;
        };
        m_pdfs << write(minutes->document(options(false, false, false)), u"minutes.pdf"_s)
               << write(minutes->document(options(true, false, true)), u"minutes-large-published.pdf"_s)
               << write(minutes->document(options(true, true, false)), u"minutes-large-a5.pdf"_s)
               << write(EasyRead(*minutes).document(options(false, false, false)), u"easy.pdf"_s)
               << write(EasyRead(*minutes).document(options(true, false, false)), u"easy-large.pdf"_s)
               << write(EasyRead(*minutes).document(options(true, true, false)), u"easy-large-a5.pdf"_s);
        const std::optional<YouSaidWeDid> series = YouSaidWeDid::load(m_db, u"Local Offer website"_s);
        QVERIFY(series);
        m_pdfs << write(series->document(options(false, false, false), false), u"you-said.pdf"_s)
               << write(series->document(options(true, true, true), false), u"you-said-large-a5.pdf"_s)
               << write(series->document(options(true, false, false), true), u"you-said-easy-large.pdf"_s);

        // Families' names in their own scripts: Polish, Welsh and Irish letters, Urdu, Hindi, Bengali and
        // Chinese (checked by Preflight with the rest, and in namesInEveryScriptAreDrawn()).
        QStringList attendees;
        for (const QString &name : names())
            attendees << u"{\"name\":\"%1\",\"role\":\"parent-carer\",\"credit\":\"named\"}"_s.arg(name);
        const QByteArray json = u"{\"format\":\"coproduce-meeting/1\",\"title\":\"Families' own names\","
                                "\"date\":\"2026-11-20\",\"attendees\":[%1],\"activities\":[{\"title\":"
                                "\"Interpreters\",\"notes\":\"%2 asked for one.\"}]}"_s
                                    .arg(attendees.join(u','), names().last())
                                    .toUtf8();
        QStringList errors;
        m_scripts = Importer(m_db).importMeeting(json, u"scripts.json"_s, &errors).value_or(0);
        QVERIFY2(m_scripts, qPrintable(errors.join(u'\n')));
        m_pdfs << write(Minutes::load(m_db, m_scripts)->document({}), u"scripts.pdf"_s);
    }

    static QStringList names()
    {
        return { u"Zofia Wójcik-Łęczyńska"_s,
                 u"Siân Llŷr ap Gwŷn"_s,
                 u"Aoife Ní Bhriain"_s,
                 u"عائشہ خان"_s,
                 u"प्रिया शर्मा"_s,
                 u"সুমি রহমান"_s,
                 u"王芳"_s };
    }

    // Every PDF is PDF/A-1b to Preflight, however long: page 13 on used to be drawn translated past the
    // ±32,767 a PDF/A-1 number may reach ("Invalid float range in a Number operand").
    void everyPdfIsPdfA()
    {
        int longest = 0;
        for (const QString &pdf : std::as_const(m_pdfs))
            longest = qMax(longest, pages(pdf));
        QVERIFY2(longest > 40, qPrintable(QString::number(longest))); // well past where it failed
        const QString list = m_dir.filePath(u"pdfs.txt"_s);
        Test::writeFile(list, m_pdfs.join(u'\n').toUtf8() + '\n');
        const QString jars = u"/usr/share/java/"_s;
        QStringList classPath;
        for (const char *jar : { "preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging",
                                 "javax.activation", "jaxb-api" })
            classPath << jars + QString::fromLatin1(jar) + u".jar"_s;
        // One Java for all the files ("group"): the JVM's start is most of the time a file takes.
        QProcess preflight;
        preflight.start(u"java"_s,
                        { u"-cp"_s, classPath.join(u':'), u"org.apache.pdfbox.preflight.Validator_A1b"_s,
                          u"xml"_s, u"group"_s, list });
        QVERIFY2(preflight.waitForFinished(600000), "Preflight did not finish");
        const QString report = QString::fromUtf8(Test::readFile(list + u".preflight.xml"_s));
        QCOMPARE(report.count(u"<preflight name="_s), m_pdfs.size());
        QCOMPARE(report.count(u"<isValid type=\"PDF/A1-b\">true</isValid>"_s), m_pdfs.size());
    }

    // The words come out as typed: no ligature glyphs ("Oﬀer"), so a search for "Local Offer" finds every
    // one, and a screen reader does not spell a ligature out.
    void wordsExtractAsTyped()
    {
        static const QRegularExpression ligature(u"[\\x{FB00}-\\x{FB06}]"_s);
        for (const QString &pdf : std::as_const(m_pdfs))
            QVERIFY2(!Test::pdfText(pdf).contains(ligature), qPrintable(QFileInfo(pdf).fileName()));
        // As many "Local Offer" as the minutes say, on the PDF's pages (read in the order drawn, without the
        // running head) as in the minutes' own text.
        const std::optional<Minutes> minutes = Minutes::load(m_db, m_meeting);
        const int typed
            = int(Html::plainText(minutes->document({}).body).simplified().count(u"Local Offer"_s));
        QVERIFY(typed >= 2);
        QString pages;
        for (int page = 1; page <= this->pages(m_pdfs.first()); ++page)
            pages += Test::pageBody(m_pdfs.first(), page).join(u' ') + u' ';
        QCOMPARE(int(pages.simplified().count(u"Local Offer"_s)), typed);
    }

    // Nothing on a page that is not seen: the words above its body are the running head, and only that.
    // (Qt draws one line more above a clip: the line that ended the page before was also in this page's
    // text, hidden under the running head, and search and screen readers met it twice.)
    void nothingHiddenUnderTheRunningHead()
    {
        int pagesChecked = 0;
        for (const QString &pdf : std::as_const(m_pdfs)) {
            const QList<QList<Word>> all = wordsByPage(pdf);
            for (qsizetype p = 0; p < all.size(); ++p) {
                const QList<Word> &words = all.at(p);
                if (words.isEmpty())
                    continue;
                ++pagesChecked;
                // The running head is the top line; the body starts 2.2 of its lines below its top (a word's
                // box is its font's line: ascent and descent).
                const auto head = std::min_element(
                    words.cbegin(), words.cend(), [](const Word &a, const Word &b) { return a.top < b.top; });
                const qreal bodyTop = head->top + 2.2 * (head->bottom - head->top) - 1;
                QStringList hidden;
                for (const Word &w : words)
                    if (qAbs(w.top - head->top) > 0.5 && w.top < bodyTop)
                        hidden << w.text;
                QVERIFY2(hidden.isEmpty(),
                         qPrintable(u"%1, page %2: %3"_s.arg(QFileInfo(pdf).fileName())
                                        .arg(p + 1)
                                        .arg(hidden.join(u' '))));
            }
        }
        QVERIFY(pagesChecked > 100);
    }

    // With the fonts the package recommends (Debian's fonts-noto-core and fonts-noto-cjk), every name is
    // drawn, shaped, from a font embedded in the PDF where DejaVu Sans has no letter for it: no empty box,
    // nothing to warn about. (Before: 王芳 printed as two empty boxes.)
    void namesInEveryScriptAreDrawn()
    {
        QCOMPARE(DocumentWriter::undrawable(Minutes::load(m_db, m_scripts)->document({})), QStringList());
        const QString pdf = m_dir.filePath(u"scripts.pdf"_s);
        const QString fonts = Test::run(u"pdffonts"_s, { pdf });
        for (const QString &script : { u"Arabic"_s, u"Devanagari"_s, u"Bengali"_s, u"CJK"_s })
            QVERIFY2(fonts.contains(script), qPrintable(script + u" missing in:\n"_s + fonts));
        for (const QString &line : fonts.split(u'\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(u" yes "_s), qPrintable(u"not embedded: "_s + line));
        // Latin and Chinese come out of the text as typed. (Urdu, Hindi and Bengali are drawn right but
        // not yet read back as typed: Qt's PDF writer maps their shaped glyphs only in part.)
        const QString text = Test::pdfText(pdf).simplified();
        for (const QString &name : names().mid(0, 3) + names().mid(6))
            QVERIFY2(text.contains(name), qPrintable(name));
        if (const QString dir = qEnvironmentVariable("COPRODUCE_SCREENSHOTS"); !dir.isEmpty())
            Test::run(u"pdftoppm"_s,
                      { u"-png"_s, u"-r"_s, u"80"_s, u"-l"_s, u"1"_s, pdf, dir + u"/scripts"_s });
        // From the command line: no warning, and none of Qt's talk of fonts that do the job.
        const Test::Run run
            = Test::coproduce({ u"--database"_s, m_db.path(), u"minutes"_s, QString::number(m_scripts),
                                u"--output"_s, m_dir.filePath(u"scripts-cli.pdf"_s) });
        QCOMPARE(run.code, 0);
        QVERIFY2(!run.err.contains(u"warning"_s) && !run.err.contains(u"OpenType"_s), qPrintable(run.err));
    }

    // A name no font here can draw is said, on the command line, and the PDF does not claim PDF/A.
    void aNameThatCannotBeDrawnIsSaid()
    {
        const QByteArray json = R"({"format":"coproduce-meeting/1","title":"Interpreters","date":"2026-11-20",
            "attendees":[{"name":"\ud82c\udc01\ud82c\udc02","role":"parent-carer","credit":"named"},
                         {"name":"Zo\u00eb \u0106wik\u0142a","role":"professional"}],
            "activities":[{"title":"An interpreter","notes":"\ud82c\udc01\ud82c\udc02 asked for one."}]})";
        QStringList errors;
        const std::optional<qint64> id = Importer(m_db).importMeeting(json, u"cjk.json"_s, &errors);
        QVERIFY2(id, qPrintable(errors.join(u'\n')));
        const QStringList lost = DocumentWriter::undrawable(Minutes::load(m_db, *id)->document({}));
        // Latin letters with accents are in DejaVu Sans: never a false alarm.
        QVERIFY(!lost.contains(u"\u0106wik\u0142a"_s) && !lost.contains(u"Zo\u00eb"_s));
        // Old Japanese kana (U+1B001, U+1B002), which none of the fonts the tests install has.
        const QString kana = QString::fromUcs4(U"\U0001B001\U0001B002");
        if (lost.isEmpty())
            QSKIP("This computer has a font for old Japanese kana: nothing to warn about.");
        QCOMPARE(lost, QStringList { kana });
        const auto coproduce = [&](const QString &output) {
            QProcess p;
            p.start(
                QStringLiteral(COPRODUCE_BINARY),
                { u"--database"_s, m_db.path(), u"minutes"_s, QString::number(*id), u"--output"_s, output });
            p.waitForFinished(120000);
            // Coproduce's own lines (Qt may say something of its own first).
            QStringList own = QString::fromUtf8(p.readAllStandardError()).split(u'\n');
            own.removeIf([](const QString &line) { return !line.startsWith(u"coproduce: "_s); });
            return qMakePair(p.exitCode(), own.join(u'\n'));
        };
        const QString pdf = m_dir.filePath(u"interpreters.pdf"_s);
        const auto [code, err] = coproduce(pdf);
        QCOMPARE(code, 0);
        QVERIFY2(err.startsWith(u"coproduce: warning: "_s + pdf + u": no font on this computer can draw"_s)
                     && err.contains(u"“%1” (U+1B001 U+1B002)"_s.arg(kana))
                     && err.contains(u"fonts-noto-cjk"_s),
                 qPrintable(err));
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(!Test::run(u"pdfinfo"_s, { u"-meta"_s, pdf }).contains(u"pdfaid"_s));
        // A web page is drawn by the reader's own fonts: nothing to say.
        const auto [htmlCode, htmlErr] = coproduce(m_dir.filePath(u"interpreters.html"_s));
        QCOMPARE(htmlCode, 0);
        QVERIFY2(!htmlErr.contains(u"warning"_s), qPrintable(htmlErr));
    }
};

QTEST_MAIN(TestPdfOutput)
#include "tst_pdfoutput.moc"
