// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/wordrepository.h"

#include "core/builtincharters.h"
#include "core/importer.h"
#include "core/ladder.h"
#include "core/meetingrepository.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/easywords.h"
#include "reports/symbols.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

using namespace Coproduce;
using namespace Qt::StringLiterals;
using Test::everythingIn;
using Test::pdfText;
using Test::run;

namespace {

// DejaVu Sans draws a word's box 1.17 em high (ascent + descent), which is what pdftotext -bbox reports;
// 1.16 leaves room for rounding, and is still far above the next size down.
constexpr qreal BoxPerPoint = 1.16;

// WCAG's contrast ratio of a colour against white.
qreal contrastOnWhite(QRgb rgb)
{
    const auto linear = [](int c) {
        const qreal s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const qreal l = 0.2126 * linear(qRed(rgb)) + 0.7152 * linear(qGreen(rgb)) + 0.0722 * linear(qBlue(rgb));
    return 1.05 / (l + 0.05);
}

// The smallest word in a PDF, as a point size, and the word.
QPair<qreal, QString> smallestWord(const QString &pdf)
{
    const QString xml = run(u"pdftotext"_s, { u"-bbox"_s, pdf, u"-"_s });
    static const QRegularExpression word(
        u"<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QPair<qreal, QString> smallest { 1000, QString() };
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qreal size = (m.captured(2).toDouble() - m.captured(1).toDouble()) / BoxPerPoint;
        if (size < smallest.first)
            smallest = { size, m.captured(3) };
    }
    return smallest;
}

// The text of every paragraph, list item and heading of an HTML file, one string each.
QStringList blocksOf(const QByteArray &html)
{
    QStringList blocks;
    QXmlStreamReader xml(html);
    QString current;
    int depth = 0;
    static const QSet<QString> blockNames { u"p"_s, u"li"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"title"_s };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && blockNames.contains(xml.name().toString())) {
            if (depth++ == 0)
                current.clear();
        } else if (xml.isEndElement() && blockNames.contains(xml.name().toString())) {
            if (--depth == 0)
                blocks << current.simplified();
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        }
    }
    return blocks;
}

QStringList sentencesOf(const QString &block)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s+"_s);
    return block.split(end, Qt::SkipEmptyParts);
}

int wordCount(const QString &sentence)
{
    static const QRegularExpression word(u"[\\w’'-]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = word.globalMatch(sentence); it.hasNext(); it.next())
        ++n;
    return n;
}

// Everything a facilitator typed into a meeting: a long sentence is allowed only if it came from here.
QString typedText(const Meeting &m)
{
    QStringList all { m.title, m.location };
    for (const Activity &a : m.activities) {
        all << a.title << a.notes;
        for (const Contribution &c : a.contributions)
            all << c.text;
        for (const Decision &d : a.decisions)
            all << d.text << d.easyRead;
        for (const Action &x : a.actions)
            all << x.text << x.easyRead << x.reason << x.owner;
    }
    for (const CharterCheck &c : m.charterCheck)
        all << c.note;
    return all.join(u' ').simplified();
}

// A believable long meeting: `activities` items, each with notes, three contributions, two decisions,
// five actions and four points of view on the ladder.
QByteArray longMeeting(int activities)
{
    const QStringList rungs = Ladder::builtIn().rungIds();
    const QStringList statuses { u"open"_s, u"in-progress"_s, u"done"_s, u"cannot-do"_s };
    QJsonArray items;
    for (int i = 0; i < activities; ++i) {
        QJsonArray decisions, actions;
        for (int j = 0; j < 2; ++j)
            decisions.append(QJsonObject {
                { u"text"_s, u"Decision %1 on item %2 about the review."_s.arg(j + 1).arg(i + 1) },
                { u"easy_read"_s, u"We agreed to change the EHCP letter."_s } });
        for (int j = 0; j < 5; ++j) {
            QJsonObject action {
                { u"text"_s,
                  u"Action %1 on item %2: write to the SENCO at each school."_s.arg(j + 1).arg(i + 1) },
                { u"owner"_s, u"Jo Turner"_s },
                { u"due"_s, u"2026-12-16"_s },
                { u"status"_s, statuses.at(j % 4) }
            };
            if (statuses.at(j % 4) == u"cannot-do")
                action.insert(u"reason"_s, u"There is no money for it until April."_s);
            actions.append(action);
        }
        items.append(QJsonObject {
            { u"title"_s, u"Item %1: the transport letter"_s.arg(i + 1) },
            { u"notes"_s,
              u"Families said the letter uses words it never explains. Jo Turner read it out."_s },
            { u"ladder"_s,
              QJsonObject { { u"facilitator"_s, rungs.at((i + 3) % 7) },
                            { u"parent-carer"_s, rungs.at((i + 1) % 7) },
                            { u"young-person"_s, rungs.at(i % 7) },
                            { u"professional"_s, rungs.at((i + 4) % 7) } } },
            { u"decisions"_s, decisions },
            { u"actions"_s, actions },
        });
    }
    const QJsonObject meeting {
        { u"format"_s, u"coproduce-meeting/1"_s },
        { u"title"_s, u"Annual SEND partnership review"_s },
        { u"date"_s, u"2026-11-18"_s },
        { u"charter"_s, u"derby"_s },
        { u"attendees"_s,
          QJsonArray { QJsonObject { { u"name"_s, u"Jo Turner"_s },
                                     { u"role"_s, u"parent-carer"_s },
                                     { u"credit"_s, u"role-only"_s } },
                       QJsonObject { { u"name"_s, u"Priya Shah"_s }, { u"role"_s, u"facilitator"_s } } } },
        { u"activities"_s, items },
    };
    return QJsonDocument(meeting).toJson();
}

} // namespace

class TestEasyRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_example = 0;
    qint64 m_names = 0;
    qint64 m_long = 0;
    qint64 m_medium = 0; // long enough for several pages, short enough to be told in full

    QString write(qint64 meeting, const QString &name, const ReportOptions &options = {})
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const auto format = DocumentWriter::formatFor(path, QString(), &error);
        const std::optional<Minutes> minutes = Minutes::load(*m_db, meeting);
        if (!format || !minutes
            || !DocumentWriter::write(EasyRead(*minutes).document(options), *format, path, !options.redact,
                                      &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    int pages(const QString &pdf)
    {
        static const QRegularExpression count(u"Pages:\\s+(\\d+)"_s);
        return count.match(run(u"pdfinfo"_s, { pdf })).captured(1).toInt();
    }

    // How tall (in points) the picture beside `word` is on page 1 of `pdf`, measured on the page as drawn:
    // the dark rows left of the word's column, from its line down to the first white row.
    static int pictureHeightBeside(const QString &pdf, const QString &word)
    {
        const QString bbox
            = run(u"pdftotext"_s, { u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s });
        const QRegularExpressionMatch at
            = QRegularExpression(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>"_s + word + u"</word>"_s)
                  .match(bbox);
        if (!at.hasMatch())
            return -1;
        const int column = int(at.captured(1).toDouble()) - 4;
        const int top = int(at.captured(2).toDouble()) - 8;
        run(u"pdftoppm"_s,
            { u"-r"_s, u"72"_s, u"-gray"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
              pdf + u"-page"_s });
        const QImage page(pdf + u"-page.pgm"_s);
        int first = -1, last = -1;
        for (int y = qMax(0, top); y < page.height(); ++y) {
            bool dark = false;
            for (int x = 0; x < column && !dark; ++x)
                dark = qGray(page.pixel(x, y)) < 160;
            if (dark && first < 0)
                first = y;
            if (dark)
                last = y;
            if (!dark && first >= 0)
                break;
        }
        return first < 0 ? -1 : last - first + 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_dir.filePath(u"easyread.sqlite"_s)));
        QStringList errors;
        Importer importer(*m_db);
        m_example = *importer.importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                            u"example.json"_s, &errors);
        m_names = *importer.importMeeting(Test::readFile(Test::dataPath(u"meetings/names.json"_s)),
                                          u"names.json"_s, &errors);
        m_long = *importer.importMeeting(longMeeting(40), u"long.json"_s, &errors);
        m_medium = *importer.importMeeting(longMeeting(6), u"medium.json"_s, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void everySymbolShipsWithItsWords()
    {
        const QStringList names = Symbols::names();
        QStringList files = QDir(u":/coproduce/symbols"_s).entryList({ u"*.svg"_s });
        for (QString &f : files)
            f.chop(4);
        files.sort();
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(files, sorted); // no picture without alt text, no alt text without a picture
        for (const QString &name : names) {
            QVERIFY2(Symbols::alt(name).size() > 4, qPrintable(name));
            QVERIFY2(QString::fromUtf8(Symbols::svg(name))
                         .contains(u"<title>"_s + Symbols::alt(name) + u"</title>"_s),
                     qPrintable(name));
            // Shapes only: no text that needs a font, or that would be read out of a PDF with the words.
            QVERIFY2(!Symbols::svg(name).contains("<text"), qPrintable(name));
            // Drawn, and drawn with high contrast: a good share of the picture at 4.5:1 or more on white.
            const QImage image = Symbols::render(name, 96);
            QVERIFY2(!image.isNull(), qPrintable(name));
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += contrastOnWhite(image.pixel(x, y)) >= 4.5;
            QVERIFY2(dark > 96 * 96 / 50, qPrintable(u"%1 is faint: %2 dark pixels"_s.arg(name).arg(dark)));
        }
        for (const LadderRung &rung : Ladder::builtIn().rungs())
            QVERIFY(names.contains(Symbols::forRung(rung.id)));
        QVERIFY(Symbols::alt(u"nonsense"_s).isEmpty());
        QVERIFY(Symbols::render(u"nonsense"_s, 10).isNull());
        for (const QString &status : { u"open"_s, u"in-progress"_s, u"done"_s, u"cannot-do"_s })
            QCOMPARE(Symbols::forStatus(status), u"status-"_s + status);

        // Every principle of the built-in charters gets a picture of its own kind.
        for (const Charter &charter : BuiltInCharters::all()) {
            QSet<QString> used;
            for (const Principle &p : charter.principles) {
                const QString symbol = Symbols::forPrinciple(p.id, p.title);
                QVERIFY2(symbol != u"principle", qPrintable(p.id));
                QVERIFY2(!used.contains(symbol), qPrintable(charter.id + u": "_s + symbol));
                used.insert(symbol);
            }
        }
        QCOMPARE(Symbols::forPrinciple(u"our-own"_s, u"Have fun"_s), u"principle"_s);

        // For looking at: every symbol on one sheet.
        if (const QString dir = qEnvironmentVariable("COPRODUCE_SCREENSHOTS"); !dir.isEmpty()) {
            QImage sheet(7 * 110, (names.size() + 6) / 7 * 110, QImage::Format_RGB32);
            sheet.fill(Qt::lightGray);
            QPainter painter(&sheet);
            for (int i = 0; i < names.size(); ++i)
                painter.drawImage(i % 7 * 110 + 7, i / 7 * 110 + 7, Symbols::render(names.at(i), 96));
            painter.end();
            QVERIFY(sheet.save(QDir(dir).filePath(u"symbols.png"_s)));
        }
    }

    void symbolsAreShapesTheSameSizeAtAnyResolution()
    {
        // Each symbol goes into a document as a drawing, which draws the picture the SVG is, filling the
        // box it is given on a screen and on a 300 dpi page alike.
        for (const QString &name : Symbols::names()) {
            Document d;
            Symbols::image(d, name, 96);
            QCOMPARE(d.images.size(), 1);
            QVERIFY2(d.images.first().draw && d.images.first().image.isNull(), qPrintable(name));
            const QImage expected = Symbols::render(name, 96);
            for (const int dpi : { 96, 300 }) {
                QImage drawn(96, 96, QImage::Format_RGB32);
                drawn.setDotsPerMeterX(qRound(dpi / 0.0254));
                drawn.setDotsPerMeterY(qRound(dpi / 0.0254));
                drawn.fill(Qt::white);
                QPainter painter(&drawn);
                painter.setRenderHint(QPainter::Antialiasing);
                d.images.first().draw(&painter, QRectF(0, 0, 96, 96));
                painter.end();
                int differing = 0;
                for (int y = 0; y < 96; ++y)
                    for (int x = 0; x < 96; ++x) {
                        const QRgb a = expected.pixel(x, y), b = drawn.pixel(x, y);
                        differing += qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b))
                                + qAbs(qBlue(a) - qBlue(b))
                            > 96;
                    }
                QVERIFY2(differing < 96 * 96 / 100,
                         qPrintable(u"%1 at %2 dpi: %3 pixels differ"_s.arg(name).arg(dpi).arg(differing)));
            }
        }
        // So the easy-read PDF holds no images at all: every picture in it is shapes.
        const QString list = run(u"pdfimages"_s, { u"-list"_s, write(m_names, u"shapes.pdf"_s) });
        QCOMPARE(list.trimmed().split(u'\n').size(), 2); // the two header lines, no image
    }

    void thePdfTellsTheMeetingInOrder()
    {
        const QString pdf = write(m_names, u"order.pdf"_s);
        const QString text = pdfText(pdf).simplified();
        const QStringList parts {
            u"This is an easy read summary of our meeting."_s,
            u"We met on Friday 20 November 2026."_s,
            u"We met from 6 pm to 7:30 pm."_s,
            u"6 people came."_s,
            u"2 parent carers"_s,
            u"1 person could not come."_s,
            u"What we talked about"_s,
            u"What we decided"_s,
            u"Drivers will ring families when a bus is more than 10 minutes late."_s,
            u"This was decided at another meeting."_s,
            u"What happens next"_s,
            u"Who: Dr Omar Hassan. By when: 1 December 2026."_s,
            u"Not started yet."_s,
            u"This cannot be done. Why:"_s,
            u"How we worked together"_s,
            u"Not everyone agreed."_s,
            u"Parent carers said step 4, Consultation."_s,
            u"At the end we checked our charter."_s,
            u"We did this."_s,
            u"Were you heard?"_s,
            u"5 people said yes."_s,
            u"Words to know"_s,
            u"Information is step 3 of 7 on the ladder."_s,
        };
        qsizetype at = 0;
        for (const QString &part : parts) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable(u"\"%1\" missing or out of order in:\n%2"_s.arg(part, text)));
            at = found + part.size();
        }
        // The words to know are only the hard words that are there.
        QVERIFY(!text.contains(u"EHCP"_s));
        QVERIFY(!text.contains(u"Coercion"_s));
        const QStringList firstPage = pdfText(pdf, 1).trimmed().split(u'\n');
        QVERIFY(firstPage.contains(u"Transport review with Jo Turner"_s)); // the running head
        QVERIFY(firstPage.last().startsWith(u"Page 1 of "_s));
    }

    void noTextIsSmallerThanTheRules_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::addColumn<bool>("a5");
        QTest::addColumn<qreal>("points");
        QTest::newRow("A4") << false << false << 16.0;
        QTest::newRow("A4 large print") << true << false << 20.0;
        QTest::newRow("A5 booklet") << false << true << 16.0;
    }

    void noTextIsSmallerThanTheRules()
    {
        QFETCH(bool, largePrint);
        QFETCH(bool, a5);
        QFETCH(qreal, points);
        ReportOptions options;
        options.largePrint = largePrint;
        options.a5 = a5;
        const QString pdf = write(m_names, u"size-%1-%2.pdf"_s.arg(largePrint).arg(a5), options);
        const auto [size, word] = smallestWord(pdf);
        // Qt rounds a size to whole device pixels at 300 dpi: 20 pt comes out as 19.92 pt.
        QVERIFY2(size >= points * 0.99, qPrintable(u"\"%1\" is %2 pt"_s.arg(word).arg(size)));
        QVERIFY(run(u"pdfinfo"_s, { pdf }).contains(a5 ? u"(A5)"_s : u"(A4)"_s));
        // The measure can fail: the minutes' small print is found.
        const QString minutes = m_dir.filePath(u"minutes.pdf"_s);
        QString error;
        QVERIFY(DocumentWriter::write(Minutes::load(*m_db, m_names)->document({}),
                                      DocumentWriter::Format::Pdf, minutes, true, &error));
        QVERIFY(smallestWord(minutes).first < 12);
    }

    void sentencesAreShortUnlessTypedThatWay_data()
    {
        QTest::addColumn<qint64>("meeting");
        QTest::newRow("example") << m_example;
        QTest::newRow("names") << m_names;
        QTest::newRow("long") << m_long;
    }

    void sentencesAreShortUnlessTypedThatWay()
    {
        QFETCH(qint64, meeting);
        const QString html = write(meeting, u"sentences-%1.html"_s.arg(meeting));
        const QString typed = typedText(*MeetingRepository(*m_db).load(meeting));
        int checked = 0;
        for (const QString &block : blocksOf(Test::readFile(html)))
            for (const QString &sentence : sentencesOf(block)) {
                ++checked;
                if (wordCount(sentence) <= 15)
                    continue;
                // A long sentence must be one the facilitator typed (after whatever label starts the line).
                const QString tail = sentence.section(u": "_s, -1);
                QVERIFY2(typed.contains(tail.chopped(1).simplified()),
                         qPrintable(u"%1 words: \"%2\""_s.arg(wordCount(sentence)).arg(sentence)));
            }
        QVERIFY(checked > 20);
        // The measure can fail: the minutes have long sentences of their own.
        QVERIFY(wordCount(
                    u"This sentence has many more words than the rules allow in easy read, so it is found."_s)
                > 15);
    }

    void anIdeaIsNeverSplitAcrossPages()
    {
        // Each idea (its picture, its title and its sentences) is read as one: no page ends on its title
        // with the sentences overleaf.
        const QString pdf = write(m_medium, u"ideas.pdf"_s);
        const int n = pages(pdf);
        QVERIFY2(n >= 4, qPrintable(QString::number(n)));
        QVERIFY(!pdfText(pdf).contains(u"have everything"_s)); // told in full, a picture to each idea
        static const QRegularExpression title(u"^\\d+\\. Item \\d+: the transport letter$"_s);
        int titles = 0;
        for (int page = 1; page <= n; ++page) {
            const QStringList body = Test::pageBody(pdf, page);
            QVERIFY2(!body.isEmpty(), qPrintable(pdfText(pdf, page)));
            titles += int(std::count_if(body.cbegin(), body.cend(),
                                        [](const QString &line) { return title.match(line).hasMatch(); }));
            QVERIFY2(!title.match(body.last()).hasMatch(),
                     qPrintable(u"page %1 ends with \"%2\""_s.arg(page).arg(body.last())));
        }
        QVERIFY2(titles >= 18, qPrintable(QString::number(titles))); // the pattern does find the ideas
    }

    void theLineAfterAStatusIconIsSpacedLikeTheRest()
    {
        // "This cannot be done. Why: …" starts with a small picture; the reason's next line must follow at
        // the same 1.5 spacing as every other line, not drift away under a line the picture made taller.
        const QString xml = run(u"pdftotext"_s, { u"-bbox"_s, write(m_medium, u"spacing.pdf"_s), u"-"_s });
        static const QRegularExpression word(
            u"<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"[\\d.]+\">([^<]*)</word>"_s);
        struct Line
        {
            int page;
            qreal top;
            qreal left;
            QString text;
        };
        QList<Line> lines;
        int page = 0;
        for (auto it = word.globalMatch(xml); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(0) == u"<page "_s) {
                ++page;
                continue;
            }
            const qreal top = m.captured(2).toDouble();
            if (lines.isEmpty() || lines.last().page != page || qAbs(lines.last().top - top) > 0.5)
                lines.append({ page, top, m.captured(1).toDouble(), m.captured(3) });
            else
                lines.last().text += u' ' + m.captured(3);
        }
        // The usual step from one line to the next in the words' column: the smallest there is.
        qreal step = 1000;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (lines.at(i).page == lines.at(i - 1).page && qAbs(lines.at(i).left - lines.at(i - 1).left) < 1)
                step = qMin(step, lines.at(i).top - lines.at(i - 1).top);
        int checked = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (!lines.at(i).text.startsWith(u"This cannot be done. Why:"_s)
                || lines.at(i + 1).page != lines.at(i).page)
                continue;
            ++checked;
            const qreal gap = lines.at(i + 1).top - lines.at(i).top;
            QVERIFY2(gap < step + 1,
                     qPrintable(
                         u"%1 pt after \"%2\", %3 pt elsewhere"_s.arg(gap).arg(lines.at(i).text).arg(step)));
        }
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
    }

    // Large print's pictures grow with its words, in every telling and on both page sizes (they were drawn
    // smaller: large print needs a shorter telling sooner, and shorter tellings drew them at three quarters).
    void picturesGrowWithTheText()
    {
        static const QRegularExpression width(u"<img [^>]*width=\"(\\d+)\""_s);
        const auto widths = [](const Document &d) {
            QList<QList<int>> all;
            for (const QString &body : QStringList { d.body } + d.shorterBodies) {
                QList<int> found;
                for (auto it = width.globalMatch(body); it.hasNext();)
                    found << it.next().captured(1).toInt();
                all << found;
            }
            return all;
        };
        const std::optional<Minutes> minutes = Minutes::load(*m_db, m_long);
        for (bool a5 : { false, true }) {
            ReportOptions normal;
            normal.a5 = a5;
            ReportOptions large = normal;
            large.largePrint = true;
            const QList<QList<int>> small = widths(EasyRead(*minutes).document(normal));
            const QList<QList<int>> big = widths(EasyRead(*minutes).document(large));
            QCOMPARE(big.size(), small.size());
            for (qsizetype t = 0; t < small.size(); ++t) {
                QCOMPARE(big.at(t).size(), small.at(t).size());
                QVERIFY(!small.at(t).isEmpty());
                // At least as much larger as the words (more where normal print makes room for words).
                for (qsizetype i = 0; i < small.at(t).size(); ++i)
                    QVERIFY2(big.at(t).at(i) >= small.at(t).at(i) * 20.0 / 16 - 1,
                             qPrintable(
                                 u"telling %1, picture %2: %3 px in normal print, %4 in large print"_s.arg(t)
                                     .arg(i)
                                     .arg(small.at(t).at(i))
                                     .arg(big.at(t).at(i))));
            }
        }
        // As printed: the picture beside "We met on…" on the first page, measured on the page.
        ReportOptions large;
        large.largePrint = true;
        const int normalHeight = pictureHeightBeside(write(m_medium, u"normal-size.pdf"_s), u"We"_s);
        const int largeHeight = pictureHeightBeside(write(m_medium, u"large-size.pdf"_s, large), u"We"_s);
        QVERIFY2(
            normalHeight > 40 && largeHeight >= normalHeight * 1.2,
            qPrintable(u"%1 pt in normal print, %2 pt in large print"_s.arg(normalHeight).arg(largeHeight)));
    }

    // Numbered by the list, or by the words: never both ("• 1. Peer support groups").
    void aNumberedListHasNoBullet()
    {
        const QString text = pdfText(write(m_long, u"numbered.pdf"_s));
        QVERIFY2(text.contains(u"We talked about 40 things:"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QRegularExpression(u"\\b1\\. Item 1: the transport letter"_s)));
        QVERIFY2(!text.contains(QRegularExpression(u"•\\s*\\d+\\."_s)), qPrintable(text.left(3000)));
    }

    void aLongMeetingFitsIn24Pages_data()
    {
        QTest::addColumn<bool>("largePrint");
        QTest::addColumn<bool>("a5");
        QTest::newRow("A4 16 pt") << false << false;
        QTest::newRow("A4 20 pt") << true << false;
        QTest::newRow("A5 16 pt") << false << true;
        QTest::newRow("A5 20 pt") << true << true; // 29 pages once
    }

    void aLongMeetingFitsIn24Pages()
    {
        QFETCH(bool, largePrint);
        QFETCH(bool, a5);
        ReportOptions options;
        options.largePrint = largePrint;
        options.a5 = a5;
        const QString pdf = write(m_long, u"long-%1-%2.pdf"_s.arg(largePrint).arg(a5), options);
        const int n = pages(pdf);
        QVERIFY2(n <= EasyRead::MaximumPages && n > 4, qPrintable(QString::number(n)));
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(u"The minutes of the meeting have everything."_s));
        // Every page has something on it besides the running head and the page number.
        for (int page = 1; page <= n; ++page)
            QVERIFY2(!Test::pageBody(pdf, page).isEmpty(),
                     qPrintable(u"page %1 of %2 is empty"_s.arg(page).arg(n)));
        // Nothing dropped off the end: the last item, or (told in the fewest words) how many there were.
        QVERIFY(text.contains(u"Item 40: the transport letter"_s)
                || text.contains(u"We talked about 40 things."_s));
        QVERIFY(text.contains(u"Words to know"_s));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(n)));
        // Told in full, it would not fit: the shorter telling is not for nothing.
        const std::optional<Minutes> minutes = Minutes::load(*m_db, m_long);
        QVERIFY(DocumentWriter::estimatePages(EasyRead(*minutes).document(options, EasyRead::Detail::Full))
                > EasyRead::MaximumPages);
        // A short meeting is told in full.
        QVERIFY(!pdfText(write(m_names, u"short.pdf"_s)).contains(u"have everything"_s));
    }

    void hardWordsAreExplainedAtTheEnd()
    {
        const QString text = pdfText(write(m_long, u"words.pdf"_s)).simplified();
        const qsizetype words = text.indexOf(u"Words to know"_s);
        QVERIFY(words > 0);
        const QString glossary = text.mid(words);
        for (const QString &entry : { u"EHCP means Education, Health and Care Plan."_s,
                                      u"SEND means special educational needs and disabilities."_s,
                                      u"Coercion is step 1 of 7 on the ladder."_s })
            QVERIFY2(glossary.contains(entry), qPrintable(entry + u"\n"_s + glossary));
        QCOMPARE(glossary.count(u"EHCP means"_s), 1);
        // Only words that are there: the actions (with "SENCO") are told as numbers in a meeting this long.
        QVERIFY(!text.left(words).contains(u"SENCO"_s));
        QVERIFY(!glossary.contains(u"SENCO"_s));
    }

    void officeWordsInAnyFormAreExplained()
    {
        Document d;
        const QString glossary = EasyWords::wordsToKnow(
            u"<p>The team utilised the PCF newsletter and facilitated the meeting.</p>"_s, d, 96,
            PlainWords::builtIn());
        for (const QString &entry :
             { u"<b>Utilise</b> means use."_s, u"<b>Facilitate</b> means help"_s, u"<b>PCF</b> means"_s })
            QVERIFY2(glossary.contains(entry), qPrintable(entry + u"\n"_s + glossary));
    }

    void theAreasOwnWordsAreExplainedToo()
    {
        QString error;
        PlainWord word { u"eligibility"_s, {}, u"who can get it"_s, u"Who is allowed to get the help."_s };
        QVERIFY2(WordRepository(*m_db).replaceAll({ word }, &error), qPrintable(error));
        const QString html = QString::fromUtf8(Test::readFile(write(m_example, u"area.html"_s)));
        QVERIFY2(html.contains(u"<b>Eligibility</b> means who can get it. Who is allowed to get the help."_s),
                 qPrintable(html.mid(html.indexOf(u"Words to know"_s))));
        QVERIFY(WordRepository(*m_db).replaceAll({}, &error));
        QVERIFY(!QString::fromUtf8(Test::readFile(write(m_example, u"builtin.html"_s)))
                     .contains(u"<b>Eligibility</b>"_s));
    }

    void namesFollowEachPersonsWishes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("redact");
        for (const QString &format : { u"pdf"_s, u"html"_s, u"odt"_s }) {
            QTest::addRow("%s", qPrintable(format)) << u"names."_s + format << false;
            QTest::addRow("%s published", qPrintable(format)) << u"published."_s + format << true;
        }
    }

    void namesFollowEachPersonsWishes()
    {
        QFETCH(QString, file);
        QFETCH(bool, redact);
        ReportOptions options;
        options.redact = redact;
        const QString all = everythingIn(write(m_names, file, options));
        QStringList hidden { u"Alex"_s, u"Morgan"_s, u"Kim"_s, u"Lee"_s };
        if (redact)
            hidden << u"Jo"_s << u"Turner"_s << u"Sam"_s << u"Rivers"_s << u"Beth"_s;
        for (const QString &name : std::as_const(hidden))
            QVERIFY2(!all.contains(QRegularExpression(u"\\b"_s + name + u"\\b"_s)),
                     qPrintable(u"%1 is in %2"_s.arg(name, file)));
        QVERIFY2(all.contains(u"Dr Omar Hassan"_s), qPrintable(file));
        QVERIFY2(all.contains(u"a parent carer"_s), qPrintable(file));
        if (!redact)
            QVERIFY2(all.contains(u"Jo Turner"_s), qPrintable(file));
    }

    void theHtmlIsAccessible()
    {
        const QByteArray html = Test::readFile(write(m_names, u"accessible.html"_s));
        QXmlStreamReader xml(html);
        int lastLevel = 0, images = 0;
        QString lang;
        QSet<QString> alts, symbolAlts;
        for (const QString &s : Symbols::names())
            symbolAlts.insert(Symbols::alt(s));
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == u"html")
                lang = xml.attributes().value(u"lang"_s).toString();
            if (name.size() == 2 && name.startsWith(u'h') && name.at(1).isDigit()) {
                const int level = name.at(1).digitValue();
                QVERIFY2(level <= lastLevel + 1, qPrintable(u"h%1 after h%2"_s.arg(level).arg(lastLevel)));
                lastLevel = level;
            }
            if (name == u"table")
                QCOMPARE(xml.attributes().value(u"role"_s), u"presentation"_s); // layout, not data
            // Each picture shown is the page's own (HtmlPage: defined once, tst_htmlpage), named to a
            // screen reader.
            QVERIFY(name != u"img");
            if (name == u"svg" && xml.attributes().value(u"class"_s) == u"picture") {
                ++images;
                QCOMPARE(xml.attributes().value(u"role"_s), u"img"_s);
                const QString alt = xml.attributes().value(u"aria-label"_s).toString();
                QVERIFY2(symbolAlts.contains(alt), qPrintable(alt)); // every picture says what it shows
                alts.insert(alt);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(lang, u"en-GB"_s);
        QVERIFY(images >= 10);
        for (const QString &expected : { u"meeting"_s, u"people"_s, u"decision"_s, u"who-when"_s, u"rung-3"_s,
                                         u"status-cannot-do"_s, u"principle-communication"_s, u"words"_s })
            QVERIFY2(alts.contains(Symbols::alt(expected)), qPrintable(expected));
        QVERIFY(html.contains("line-height: 150%"));
    }

    void theCommandLineWritesIt()
    {
        QProcess p;
        const QString out = m_dir.filePath(u"cli-easy.pdf"_s);
        p.start(QStringLiteral(COPRODUCE_BINARY),
                { u"--database"_s, m_db->path(), u"minutes"_s, QString::number(m_names), u"--easy-read"_s,
                  u"--large-print"_s, u"--redact"_s, u"--output"_s, out });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = pdfText(out);
        QVERIFY(text.contains(u"Words to know"_s));
        QVERIFY(!text.contains(u"Jo Turner"_s));
        QVERIFY(smallestWord(out).first >= 20 * 0.99);
        // Pages to look at.
        if (const QString dir = qEnvironmentVariable("COPRODUCE_SCREENSHOTS"); !dir.isEmpty()) {
            for (const auto &[meeting, name] :
                 { qMakePair(m_names, u"easy-read-names"_s), qMakePair(m_example, u"easy-read-example"_s),
                   qMakePair(m_long, u"easy-read-long"_s) })
                run(u"pdftoppm"_s,
                    { u"-r"_s, u"60"_s, u"-png"_s, write(meeting, name + u".pdf"_s),
                      QDir(dir).filePath(name) });
            ReportOptions a5;
            a5.a5 = true;
            a5.largePrint = true;
            run(u"pdftoppm"_s,
                { u"-r"_s, u"60"_s, u"-png"_s, write(m_names, u"a5.pdf"_s, a5),
                  QDir(dir).filePath(u"easy-read-a5-large"_s) });
        }
    }
};

QTEST_MAIN(TestEasyRead)
#include "tst_easyread.moc"
