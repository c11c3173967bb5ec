// SPDX-License-Identifier: GPL-3.0-or-later
// Where pages are cut: never through a line or a table row, never just after a heading or a header row.
#include "reports/layoutworker.h"
#include "reports/pagedtext.h"
#include "reports/tablegeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QThread>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

constexpr qreal Width = 400;

std::unique_ptr<QTextDocument> document(const QString &html)
{
    auto text = std::make_unique<QTextDocument>();
    text->setDocumentMargin(0);
    text->setTextWidth(Width);
    text->setHtml(html);
    return text;
}

QString filler(int lines)
{
    QString html;
    for (int i = 1; i <= lines; ++i)
        html += u"<p>Filler line %1.</p>"_s.arg(i);
    return html;
}

// Every line of every block: where it starts and ends.
QList<QPair<qreal, qreal>> lines(const QTextDocument &text)
{
    QList<QPair<qreal, qreal>> out;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QRectF box = text.documentLayout()->blockBoundingRect(block);
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const QTextLine line = block.layout()->lineAt(i);
            out.append({ box.top() + line.y(), box.top() + line.y() + line.height() });
        }
    }
    return out;
}

QTextBlock blockWith(const QTextDocument &text, const QString &words)
{
    return text.find(words).block();
}

qreal topOf(const QTextDocument &text, const QString &words)
{
    return text.documentLayout()->blockBoundingRect(blockWith(text, words)).top();
}

QTextTable *firstTable(const QTextDocument &text)
{
    for (QTextFrame *frame : text.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame))
            return table;
    return nullptr;
}

} // namespace

class TestPagedText : public QObject
{
    Q_OBJECT

    // No line is cut by a page: each starts and ends on the same page.
    static void verifyNoLineIsCut(const PagedText &pages)
    {
        for (const auto &[top, bottom] : lines(*pages.document()))
            QVERIFY2(pages.pageAt(top) == pages.pageAt(bottom - 0.01),
                     qPrintable(u"line %1 to %2"_s.arg(top).arg(bottom)));
    }

private Q_SLOTS:
    void pagesFollowOneAnother()
    {
        const auto text = document(filler(100));
        const qreal lineHeight = lines(*text).first().second - lines(*text).first().first;
        const PagedText pages(document(filler(100)), lineHeight * 10.5, 1);
        QVERIFY(pages.pageCount() >= 10);
        QCOMPARE(pages.pageAt(0), 0);
        QCOMPARE(pages.pageAt(pages.document()->size().height() - 1), pages.pageCount() - 1);
        verifyNoLineIsCut(pages);
        // Each page is as full as its lines allow: the next line would not have fitted.
        for (int page = 0; page + 1 < pages.pageCount(); ++page) {
            const auto [top, bottom] = pages.pageSpan(page);
            QVERIFY(bottom - top <= lineHeight * 10.5);
            QVERIFY2(bottom - top > lineHeight * 8.5, qPrintable(QString::number(bottom - top)));
        }
    }

    void aHeadingNeverEndsAPage()
    {
        // However much comes before it, the heading is on the page where its first paragraph starts.
        bool moved = false;
        for (int before = 1; before <= 24; ++before) {
            const PagedText pages(
                document(filler(before) + u"<h2>The heading</h2><p>What it is about.</p>"_s + filler(30)),
                300, 1);
            const QTextDocument &text = *pages.document();
            const qreal heading = topOf(text, u"The heading"_s);
            QCOMPARE(pages.pageAt(heading), pages.pageAt(topOf(text, u"What it is about."_s)));
            verifyNoLineIsCut(pages);
            // Where the heading alone would have fitted at the foot of the page before, it moved on.
            const int page = pages.pageAt(heading);
            const qreal headingBottom
                = text.documentLayout()->blockBoundingRect(blockWith(text, u"The heading"_s)).bottom();
            moved = moved || (page > 0 && headingBottom <= pages.pageSpan(page - 1).first + 300);
        }
        QVERIFY2(moved, "no case put the heading at the foot of a page: the test proves nothing");
    }

    void aTableRowStaysWholeAndTheHeaderStaysWithTheFirstRow()
    {
        QString rows;
        for (int r = 1; r <= 40; ++r)
            rows += u"<tr><td>Row %1 first line<br/>second line<br/>third line</td><td>Other</td></tr>"_s.arg(
                r);
        for (int before = 0; before <= 12; ++before) {
            const PagedText pages(document(filler(before)
                                           + u"<table><thead><tr><th>What</th><th>Who</th></tr></thead>"_s
                                           + rows + u"</table>"_s),
                                  250, 1);
            const QTextDocument &text = *pages.document();
            verifyNoLineIsCut(pages);
            QCOMPARE(pages.pageAt(topOf(text, u"What"_s)), pages.pageAt(topOf(text, u"Row 1 first"_s)));
            const TableGeometry geometry = TableGeometry::measure(firstTable(text), text.documentLayout());
            QCOMPARE(geometry.rows.size(), 42);
            for (int r = 1; r <= 40; ++r) {
                // The row's own box is on one page: none of it is left behind on the one before.
                const int page = pages.pageAt(geometry.rows.at(r));
                QCOMPARE(pages.pageAt(geometry.rows.at(r + 1) - 0.01), page);
            }
        }
    }

    void aRuledTableGoingOnToAnotherPageRepeatsItsHeader()
    {
        QString rows;
        for (int r = 1; r <= 30; ++r)
            rows += u"<tr><td>Row %1</td><td>Other</td></tr>"_s.arg(r);
        const QString table = u"<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                              "style=\"border-style: solid; border-color: #ff0000;\"><thead><tr><th "
                              "bgcolor=\"#e8e8e8\">What</th>"
                              "<th bgcolor=\"#e8e8e8\">Who</th></tr></thead>"_s
            + rows + u"</table>"_s;
        const PagedText pages(document(filler(3) + table + filler(20)), 250, 1);
        const QTextDocument &text = *pages.document();
        const TableGeometry geometry = TableGeometry::measure(firstTable(text), text.documentLayout());
        const qreal header = geometry.rows.at(1) - geometry.rows.at(0);
        int repeated = 0;
        for (int page = 0; page < pages.pageCount(); ++page) {
            const auto [top, bottom] = pages.pageSpan(page);
            const bool inside = top > geometry.rows.at(1) && top < geometry.bottom();
            // The header again where the page begins inside the table, and its room taken from the page.
            QCOMPARE(pages.repeatedHeader(page) > 0, inside);
            QVERIFY(bottom - top + pages.repeatedHeader(page) <= 250);
            if (!inside)
                continue;
            ++repeated;
            QCOMPARE(pages.repeatedHeader(page), header);
            // Drawn at the top: the header's shading, then the page's own first row below it.
            QImage image(int(Width), 250, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            pages.paint(&painter, page);
            painter.end();
            QVERIFY(image.pixelColor(int(Width) - 20, qRound(header / 2)) != QColor(Qt::white)); // shaded
            QCOMPARE(image.pixelColor(int(Width) - 20, qRound(header + 4)), QColor(Qt::white));
        }
        QVERIFY2(repeated >= 2, qPrintable(QString::number(repeated)));
        // A table without a header row, or the page the table starts on, repeats nothing.
        QCOMPARE(pages.repeatedHeader(0), 0.0);
    }

    void theTablesGeometryFollowsItsCells()
    {
        const auto text = document(
            u"<table cellpadding=\"6\" cellspacing=\"0\"><tr><th>What</th><th>Who</th><th>When</th></tr>"
            "<tr><td>One line</td><td>One<br/>two<br/>three<br/>four<br/>five</td><td>x</td></tr>"
            "<tr><td>Last</td><td>y</td><td>z</td></tr></table>"_s);
        const TableGeometry geometry = TableGeometry::measure(firstTable(*text), text->documentLayout());
        QCOMPARE(geometry.rows.size(), 4);
        QCOMPARE(geometry.columns.size(), 4);
        QVERIFY(std::is_sorted(geometry.rows.cbegin(), geometry.rows.cend()));
        QVERIFY(std::is_sorted(geometry.columns.cbegin(), geometry.columns.cend()));
        // Each cell's text lies inside its row and column, the padding around it.
        const QTextTable *table = firstTable(*text);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QRectF box
                    = text->documentLayout()->blockBoundingRect(text->findBlock(cell.firstPosition()));
                QVERIFY(box.top() >= geometry.rows.at(r) + 5 && box.left() >= geometry.columns.at(c) + 5);
                QVERIFY(box.top() < geometry.rows.at(r + 1) && box.left() < geometry.columns.at(c + 1));
            }
        // The five-line row is taller, and may be cut between its lines, but never leaving one alone: after
        // the second or the third line, so its lines come as three pieces (two, one, two).
        QVERIFY(geometry.rows.at(2) - geometry.rows.at(1)
                > (geometry.rows.at(3) - geometry.rows.at(2)) * 2.5);
        QCOMPARE(geometry.lines.at(1).size(), 3);
        const qreal line = geometry.lines.at(1).at(1).second - geometry.lines.at(1).at(1).first;
        QVERIFY(qAbs(geometry.lines.at(1).at(0).second - geometry.lines.at(1).at(0).first - 2 * line) < 1);
        QCOMPARE(geometry.lines.at(2).size(), 1);
    }

    void somethingTallerThanAPageIsCutBetweenItsLines()
    {
        QString cell;
        for (int i = 1; i <= 80; ++i)
            cell += u"Line %1 of a long cell<br/>"_s.arg(i);
        const PagedText pages(document(u"<h2>A long table</h2><table><tr><td>"_s + cell
                                       + u"</td><td>Beside it</td></tr></table><p>After.</p>"_s),
                              300, 1);
        QVERIFY(pages.pageCount() >= 4);
        verifyNoLineIsCut(pages);
        // The heading starts the cell's first page, which is filled: nothing moved to a page of its own.
        QCOMPARE(pages.pageAt(topOf(*pages.document(), u"A long table"_s)), 0);
        QCOMPARE(pages.pageAt(topOf(*pages.document(), u"Line 1 of"_s)), 0);
    }

    void aPictureTallerThanAPageIsCutWhereThePageEnds()
    {
        QImage tall(40, 900, QImage::Format_RGB32);
        tall.fill(Qt::blue);
        auto text = document(QString());
        text->addResource(QTextDocument::ImageResource, QUrl(u"tall.png"_s), tall);
        text->setHtml(
            u"<p>Before.</p><p><img src=\"tall.png\" width=\"40\" height=\"900\"/></p><p>After.</p>"_s);
        const PagedText pages(std::move(text), 300, 1);
        QVERIFY2(pages.pageCount() >= 4, qPrintable(QString::number(pages.pageCount())));
        for (int page = 0; page + 1 < pages.pageCount(); ++page)
            QVERIFY(pages.pageSpan(page).second - pages.pageSpan(page).first <= 300);
    }

    void aDocumentInPartsIsPagedAsOne()
    {
        // The second half laid out on a thread of its own: the pages come out as for the whole.
        QString first, second;
        for (int section = 1; section <= 12; ++section)
            (section <= 6 ? first : second) += u"<h2>Section %1</h2>"_s.arg(section) + filler(7)
                + u"<table><thead><tr><th>What</th></tr></thead><tr><td>Row one</td></tr>"
                  "<tr><td>Row two</td></tr></table>"_s;
        const PagedText whole(document(first + second), 300, 1);
        LayoutWorker worker(
            [second](QPaintDevice *device) {
                auto text = std::make_unique<QTextDocument>();
                text->documentLayout()->setPaintDevice(device);
                text->setDocumentMargin(0);
                text->setTextWidth(Width);
                text->setHtml(second);
                return text;
            },
            96);
        std::vector<std::unique_ptr<QTextDocument>> parts;
        parts.push_back(document(first));
        parts.push_back(worker.take());
        QVERIFY(parts.back());
        QCOMPARE(parts.back()->thread(), QThread::currentThread());
        const PagedText inParts(std::move(parts), 300, 1);
        QCOMPARE(inParts.pageCount(), whole.pageCount());
        QVERIFY(whole.pageCount() > 4);
        for (int page = 0; page < whole.pageCount(); ++page) {
            QVERIFY(qAbs(inParts.pageSpan(page).first - whole.pageSpan(page).first) < 1);
            QVERIFY2(qAbs(inParts.pageSpan(page).second - whole.pageSpan(page).second) < 1,
                     qPrintable(u"%1: %2 %3 / %4 %5"_s.arg(page)
                                    .arg(inParts.pageSpan(page).first)
                                    .arg(inParts.pageSpan(page).second)
                                    .arg(whole.pageSpan(page).first)
                                    .arg(whole.pageSpan(page).second)));
        }
        // And each page is painted alike, the one where the halves meet too.
        for (int page = 0; page < whole.pageCount(); ++page) {
            QImage a(int(Width), 300, QImage::Format_RGB32), b(int(Width), 300, QImage::Format_RGB32);
            a.fill(Qt::white);
            b.fill(Qt::white);
            QPainter pa(&a), pb(&b);
            whole.paint(&pa, page);
            inParts.paint(&pb, page);
            pa.end();
            pb.end();
            int differing = 0;
            for (int y = 0; y < a.height(); ++y)
                for (int x = 0; x < a.width(); ++x)
                    differing += a.pixel(x, y) != b.pixel(x, y);
            QVERIFY2(differing < a.width() * 2, qPrintable(u"page %1: %2 pixels"_s.arg(page).arg(differing)));
        }
    }

    void aRuledTableIsDrawnWithItsRules()
    {
        const PagedText pages(
            document(u"<table border=\"0\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                     "style=\"border-style: solid; border-color: #ff0000;\"><tr><td>a</td><td>b</td></tr>"
                     "<tr><td>c</td><td>d</td></tr></table>"_s),
            300, 2);
        QImage page(int(Width) + 10, 300, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.translate(5, 0);
            pages.paint(&painter, 0);
        }
        const TableGeometry geometry
            = TableGeometry::measure(firstTable(*pages.document()), pages.document()->documentLayout());
        // A red rule on each row boundary and down each column boundary, in the table's own colour.
        for (qreal y : geometry.rows)
            QCOMPARE(page.pixelColor(int(Width / 4) + 5, qBound(0, qRound(y), 299)).red(), 255);
        for (qreal y : geometry.rows)
            QVERIFY(page.pixelColor(int(Width / 4) + 5, qBound(0, qRound(y), 299)).green() < 128);
        for (qreal x : geometry.columns)
            QVERIFY(page.pixelColor(qRound(x) + 5, qRound((geometry.rows.at(0) + geometry.rows.at(1)) / 2))
                        .green()
                    < 128);
        // And none between them.
        QCOMPARE(
            page.pixelColor(int(Width / 4) + 5, qRound((geometry.rows.at(1) + geometry.rows.at(2)) / 2 - 3)),
            QColor(Qt::white));
    }
};

QTEST_MAIN(TestPagedText)
#include "tst_pagedtext.moc"
