// SPDX-License-Identifier: GPL-3.0-or-later
// What readers nobody here wrote find in our PDFs: Apache PDFBox's Preflight for PDF/A-1b, poppler's
// pdftotext for the words (as search and screen readers take them) and where each one is on its page. The
// documents are the longest a year of meetings gives: minutes and easy reads of the meeting with the most
// carried-over actions, and a series' "you said, we did", in normal and large print, on A4 and A5.
#include "testsupport.h"

#include "core/demogenerator.h"
#include "core/importer.h"
#include "core/progressrepository.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/html.h"
#include "reports/minutes.h"
#include "reports/progressreport.h"
#include "reports/yousaidwedid.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

// Calls `visit` on every element of every page's structure tree (as pdf.js reads it), parents first.
void forEachElement(const QJsonObject &read, const std::function<void(const QJsonObject &)> &visit)
{
    const std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &node) {
        if (!node.contains(u"role"_s))
            return;
        visit(node);
        for (const QJsonValue &child : node.value(u"children"_s).toArray())
            walk(child.toObject());
    };
    for (const QJsonValue &page : read.value(u"pages"_s).toArray())
        walk(page.toObject().value(u"tree"_s).toObject());
}

// The text of an element's marked content, its children's included.
QString textOf(const QJsonObject &node)
{
    QString text = node.value(u"text"_s).toString();
    for (const QJsonValue &child : node.value(u"children"_s).toArray())
        text += u' ' + textOf(child.toObject());
    return text.simplified();
}

QStringList roles(const QJsonArray &children)
{
    QStringList out;
    for (const QJsonValue &child : children)
        if (child.toObject().contains(u"role"_s))
            out << child.toObject().value(u"role"_s).toString();
    return out;
}

// Every <img>'s alt text in a document's tellings.
QSet<QString> altsOf(const Document &document)
{
    static const QRegularExpression alt(u"<img [^>]*alt=\"([^\"]*)\""_s);
    QSet<QString> alts;
    for (const QString &body : QStringList { document.body } + document.shorterBodies)
        for (auto it = alt.globalMatch(body); it.hasNext();)
            alts << Html::plainText(it.next().captured(1));
    return alts;
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

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString pageNumber(int page, int of) { return u"Page %1 of %2"_s.arg(page).arg(of); }

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
        // The area's progress over the demo's year, for the board and for families (issue 21).
        QString progressError;
        const std::optional<ProgressNumbers> progress
            = ProgressRepository(m_db).numbers(Test::demoYear(QDate(2026, 11, 30)), &progressError);
        QVERIFY2(progress, qPrintable(progressError));
        m_pdfs << write(ProgressReport(*progress).document(options(false, false, false), false),
                        u"progress.pdf"_s)
               << write(ProgressReport(*progress).document(options(true, true, false), true),
                        u"progress-easy-large-a5.pdf"_s);

        // Families' names in their own scripts: Polish, Welsh and Irish letters, Urdu, Hindi, Bengali and
        // Chinese (checked by Preflight with the rest, and in namesInEveryScriptAreDrawn()).
        QStringList attendees;
        for (const QString &name : names())
            attendees << u"{\"name\":\"%1\",\"role\":\"parent-carer\",\"credit\":\"named\"}"_s.arg(name);
        const QByteArray json
            = u"{\"format\":\"coproduce-meeting/1\",\"title\":\"Families' own names\","
              "\"date\":\"2026-11-20\",\"attendees\":[%1],\"activities\":[{\"title\":"
              "\"Interpreters\",\"notes\":\"%2 asked for one.\"},{\"title\":\"Translations\","
              "\"notes\":\"%3 asked for one.\"}]}"_s.arg(attendees.join(u','), names().last(), names().at(3))
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
        // Noto Sans CJK has no TrueType outlines (it is CFF): its glyphs are drawn as a Type 3 font.
        for (const QString &script : { u"Arabic"_s, u"Devanagari"_s, u"Bengali"_s, u"Type 3"_s })
            QVERIFY2(fonts.contains(script), qPrintable(script + u" missing in:\n"_s + fonts));
        for (const QString &line : fonts.split(u'\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(u" yes "_s), qPrintable(u"not embedded: "_s + line));
        // Every name comes out of the text as typed: Hindi and Bengali with their vowel signs put back
        // after their letters (ActualText), Urdu's joined glyphs in reading order (each glyph's letters said,
        // for the reader to order them). In the line of names, poppler's guesswork at where right-to-left
        // text begins and ends puts "; " inside the Urdu (as it does in LibreOffice's PDF of the same line):
        // there, each of its words is whole; the name alone in the notes is whole as typed.
        const QString text = Test::pdfText(pdf).simplified();
        for (const QString &name : names())
            QVERIFY2(text.contains(name), qPrintable(name + u" not in: "_s + text));
        for (const QString &word : names().at(3).split(u' '))
            QCOMPARE(text.count(word), 2);
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

    // What a screen reader is given, read back by pdf.js and poppler: every PDF tagged, in the document's
    // language, claiming PDF/UA, its title shown as the window's; headings from H1 with no level skipped, and
    // a bookmark for each; the running head and the page numbers artifacts, in no element.
    void everyPdfIsTaggedForScreenReaders()
    {
        for (const QString &pdf : std::as_const(m_pdfs)) {
            const QString file = QFileInfo(pdf).fileName();
            QVERIFY2(Test::run(u"pdfinfo"_s, { pdf }).contains(QRegularExpression(u"Tagged:\\s+yes"_s)),
                     qPrintable(file));
            QVERIFY2(
                Test::run(u"pdfinfo"_s, { u"-meta"_s, pdf }).contains(u"<pdfuaid:part>1</pdfuaid:part>"_s),
                qPrintable(file));
            const QJsonObject read = Test::pdfStructure(pdf);
            QCOMPARE(read.value(u"language"_s).toString(), u"en-GB"_s);
            QVERIFY2(read.value(u"displayDocTitle"_s).toBool() && read.value(u"marked"_s).toBool(),
                     qPrintable(file));
            QList<QPair<int, QString>> headings;
            QStringList elementText;
            forEachElement(read, [&](const QJsonObject &e) {
                const QString role = e.value(u"role"_s).toString();
                static const QRegularExpression heading(u"^H([1-6])$"_s);
                if (const QRegularExpressionMatch m = heading.match(role); m.hasMatch())
                    headings.append({ m.captured(1).toInt(), textOf(e) });
                else if (role == u"P" || role == u"TD" || role == u"LBody")
                    elementText << textOf(e);
            });
            QVERIFY2(!headings.isEmpty() && headings.first().first == 1, qPrintable(file));
            for (qsizetype i = 1; i < headings.size(); ++i)
                QVERIFY2(headings.at(i).first <= headings.at(i - 1).first + 1,
                         qPrintable(u"%1: %2 after %3"_s.arg(file, headings.at(i).second,
                                                             headings.at(i - 1).second)));
            QStringList bookmarks, titles;
            for (const QJsonValue &b : read.value(u"bookmarks"_s).toArray())
                bookmarks << u"%1 %2"_s.arg(b.toObject().value(u"level"_s).toInt())
                                 .arg(b.toObject().value(u"title"_s).toString().simplified());
            for (const auto &[level, text] : std::as_const(headings))
                titles << u"%1 %2"_s.arg(level).arg(text);
            QCOMPARE(bookmarks, titles);
            const QJsonArray pages = read.value(u"pages"_s).toArray();
            for (qsizetype p = 0; p < pages.size(); ++p) {
                const QString page = pageNumber(int(p + 1), int(pages.size()));
                QVERIFY2(pages.at(p).toObject().value(u"outside"_s).toString().contains(page),
                         qPrintable(u"%1: %2 is not an artifact"_s.arg(file, page)));
            }
            QVERIFY2(!elementText.join(u'\n').contains(u"Page 1 of"_s), qPrintable(file));
        }
    }

    // The minutes as a screen reader meets them: tables with header cells and their scope (a column's for a
    // table's first row, a row's for the details beside the title), each list item a label and a body, and
    // each ladder a figure with the words the HTML gives it.
    void minutesTablesListsAndFigures()
    {
        const QString pdf = path(u"minutes.pdf"_s);
        // The whole tree, as poppler reads it: each table's first row is of header cells. (pdf.js gives a
        // page's part of the tree, and a table that goes on to another page goes on with data cells there:
        // its header row repeated is for the eye, an artifact.)
        const QString poppler = Test::run(u"pdfinfo"_s, { u"-struct-text"_s, pdf });
        static const QRegularExpression headed(u"Table \\(block\\)\\n\\s+TR\\n\\s+TH"_s);
        QCOMPARE(poppler.count(headed), poppler.count(u"Table (block)"_s));
        QVERIFY(poppler.contains(u"/Scope /Column"_s) && poppler.contains(u"/Scope /Row"_s));
        const QJsonObject read = Test::pdfStructure(pdf);
        int tables = 0, items = 0, figures = 0;
        const QSet<QString> alts = altsOf(Minutes::load(m_db, m_meeting)->document({}));
        forEachElement(read, [&](const QJsonObject &e) {
            const QString role = e.value(u"role"_s).toString();
            const QJsonArray children = e.value(u"children"_s).toArray();
            if (role == u"Table") {
                ++tables;
                const QStringList rows = roles(children);
                QVERIFY(!rows.isEmpty() && rows.count(u"TR"_s) == rows.size());
            } else if (role == u"L") {
                QVERIFY(!children.isEmpty());
                QCOMPARE(roles(children).count(u"LI"_s), roles(children).size());
            } else if (role == u"LI") {
                ++items;
                QCOMPARE(roles(children), (QStringList { u"Lbl"_s, u"LBody"_s }));
                QVERIFY(!textOf(children.last().toObject()).isEmpty());
            } else if (role == u"Figure") {
                ++figures;
                QVERIFY2(alts.contains(e.value(u"alt"_s).toString()),
                         qPrintable(e.value(u"alt"_s).toString()));
            }
        });
        QVERIFY(tables >= 3 && items >= 5 && figures >= 1);
    }

    // The easy read: each picture a figure with its words; the table that lays a picture beside its idea
    // is not read as a table, and the idea is a paragraph.
    void easyReadPicturesAreFigures()
    {
        const QSet<QString> alts = altsOf(EasyRead(*Minutes::load(m_db, m_meeting)).document({}));
        int figures = 0, paragraphs = 0;
        forEachElement(Test::pdfStructure(path(u"easy.pdf"_s)), [&](const QJsonObject &e) {
            const QString role = e.value(u"role"_s).toString();
            QVERIFY(role != u"Table"_s && role != u"TD"_s);
            if (role == u"Figure") {
                ++figures;
                QVERIFY2(alts.contains(e.value(u"alt"_s).toString())
                             && !e.value(u"alt"_s).toString().isEmpty(),
                         qPrintable(e.value(u"alt"_s).toString()));
            }
            paragraphs += role == u"P";
        });
        QVERIFY(figures >= 5 && paragraphs >= 5);
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
