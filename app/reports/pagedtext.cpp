// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedtext.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <vector>

namespace Coproduce {

// A stretch of the document a page break must not cut.
struct PagedText::Span
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false;
    std::vector<Span> parts; // smaller stretches it may be cut into if it is taller than a page
};

namespace {

qreal screenDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 100;
}

bool isRuled(const QTextTable *table)
{
    const QTextTableFormat format = table->format();
    return format.border() == 0 && format.borderStyle() == QTextFrameFormat::BorderStyle_Solid;
}

} // namespace

PagedText::PagedText(std::unique_ptr<QTextDocument> text, qreal pageHeight, qreal ruleWidth)
    : PagedText(
        [&text] {
            std::vector<std::unique_ptr<QTextDocument>> parts;
            parts.push_back(std::move(text));
            return parts;
        }(),
        pageHeight, ruleWidth)
{
}

PagedText::PagedText(std::vector<std::unique_ptr<QTextDocument>> parts, qreal pageHeight, qreal ruleWidth)
    : m_ruleWidth(ruleWidth)
{
    qreal top = 0;
    for (std::unique_ptr<QTextDocument> &text : parts) {
        const qreal height = text->size().height(); // lays it all out
        if (!m_parts.empty()) {
            // Qt drops the top margin of a document's first block; in the whole it would have been there.
            // (Scaled to the device as Qt's layout scales it, from the screen's resolution.)
            const QPaintDevice *device = text->documentLayout()->paintDevice();
            top += text->begin().blockFormat().topMargin() * deviceScale(device);
        }
        m_parts.push_back({ std::move(text), top });
        top += height;
    }
    paginate(qMax<qreal>(1, pageHeight));
}

PagedText::~PagedText() = default;

// The stretches of `text` (starting `offset` down the page) that a break must not cut, in order, and the
// tables whose rules are to be drawn.
void PagedText::measure(const QTextDocument &text, qreal offset, std::vector<Span> &spans,
                        QList<Ruled> &ruled)
{
    const QAbstractTextDocumentLayout *layout = text.documentLayout();
    QPointF origin; // where the root frame's blocks are measured from
    bool measured = false;
    for (QTextFrame::iterator it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const QTextBlock block = it.currentBlock(); block.isValid()) {
            const QTextLayout *lines = block.layout();
            // An empty block (Qt puts one after every table) has nothing to keep whole: a page may end in
            // it, and it never needs a page of its own.
            if (!block.isVisible() || !lines || block.length() <= 1)
                continue;
            if (!measured) { // once: asking the layout where a block is costs a search through the frames
                origin = layout->blockBoundingRect(block).topLeft() - lines->position();
                measured = true;
            }
            const bool heading = block.blockFormat().headingLevel() > 0;
            // A heading goes with what follows. A paragraph is not cut after its first line or before its
            // last (no line alone at the foot or the head of a page), so one of up to three lines is kept
            // whole: "The minutes of / the meeting have everything." reads badly across a page.
            const int count = lines->lineCount();
            for (int i = 0; i < count; ++i) {
                const qreal top = offset + origin.y() + lines->position().y() + lines->lineAt(i).y();
                const bool withNext = heading || (i + 1 < count && (i == 0 || i == count - 2));
                spans.push_back({ top, top + lines->lineAt(i).height(), withNext, {} });
            }
            continue;
        }
        QTextFrame *frame = it.currentFrame();
        const auto *table = qobject_cast<const QTextTable *>(frame);
        if (!table) {
            const QRectF box = layout->frameBoundingRect(frame);
            spans.push_back({ offset + box.top(), offset + box.bottom(), false, {} });
            continue;
        }
        TableGeometry geometry = TableGeometry::measure(table, layout);
        for (qreal &y : geometry.rows)
            y += offset;
        const int headerRows = table->format().headerRowCount();
        for (int r = 0; r + 1 < geometry.rows.size(); ++r) {
            Span row { geometry.rows.at(r), geometry.rows.at(r + 1), r < headerRows, {} };
            for (const TableGeometry::Span &line : geometry.lines.at(r))
                row.parts.push_back({ offset + line.first, offset + line.second, false, {} });
            spans.push_back(std::move(row));
        }
        if (isRuled(table))
            ruled.append({ std::move(geometry), table->format().borderBrush().color(), headerRows });
    }
}

void PagedText::paginate(qreal pageHeight)
{
    std::vector<Span> spans;
    for (const Part &part : m_parts)
        measure(*part.text, part.top, spans, m_ruled);
    const qreal end = m_parts.empty() ? 0 : m_parts.back().top + m_parts.back().text->size().height();

    // What is kept with what follows becomes one stretch with its parts.
    std::vector<Span> units;
    for (Span &span : spans) {
        if (!units.empty() && units.back().keepWithNext) {
            Span whole { units.back().top, qMax(units.back().bottom, span.bottom), span.keepWithNext, {} };
            whole.parts.push_back(std::move(units.back()));
            whole.parts.push_back(std::move(span));
            units.back() = std::move(whole);
        } else {
            units.push_back(std::move(span));
        }
    }

    m_pages.clear();
    qreal top = 0;
    size_t i = 0;
    bool splitting = false; // something taller than a page is being cut into its parts on this page
    while (i < units.size()) {
        // A page that begins inside a table begins with the table's header row again.
        const int header = headerAt(top, pageHeight);
        const qreal limit = top + pageHeight - (header < 0 ? 0 : headerHeight(m_ruled.at(header)));
        size_t j = i;
        while (j < units.size() && units[j].bottom <= limit)
            ++j;
        if (j == units.size())
            break;
        // Taller than a whole page: fill this page with as many of its parts as fit (and of their parts).
        if ((j == i || splitting) && !units[j].parts.empty()) {
            std::vector<Span> parts = std::move(units[j].parts);
            units.erase(units.begin() + qsizetype(j));
            units.insert(units.begin() + qsizetype(j), std::make_move_iterator(parts.begin()),
                         std::make_move_iterator(parts.end()));
            splitting = true;
            continue;
        }
        splitting = false;
        if (j > i) { // the page ends where the first stretch that does not fit begins
            const qreal next = qMax(units[j].top, top + 1);
            m_pages.append({ top, qMin(next, limit), header }); // the space between them is on neither
            top = next;
            i = j;
            continue;
        }
        // A single line taller than a page (a picture): cut where the page ends.
        m_pages.append({ top, limit, header });
        top = limit;
        units[i].top = limit;
    }
    m_pages.append({ top, qMax(end, top + 1), headerAt(top, pageHeight) });
}

qreal PagedText::headerHeight(const Ruled &table)
{
    const QList<qreal> &rows = table.geometry.rows;
    return table.headerRows > 0 && rows.size() > table.headerRows + 1
        ? rows.at(table.headerRows) - rows.first()
        : 0;
}

int PagedText::headerAt(qreal y, qreal pageHeight) const
{
    for (qsizetype t = 0; t < m_ruled.size(); ++t) {
        const Ruled &table = m_ruled.at(t);
        const qreal height = headerHeight(table);
        // (A header a third of the page or more would leave too little room for the rows below it.)
        if (height > 0 && height < pageHeight / 3 && y >= table.geometry.rows.at(table.headerRows) - 0.5
            && y < table.geometry.bottom() - 0.5)
            return int(t);
    }
    return -1;
}

qreal PagedText::repeatedHeader(int page) const
{
    const int header = m_pages.at(page).header;
    return header < 0 ? 0 : headerHeight(m_ruled.at(header));
}

QPair<qreal, qreal> PagedText::repeatedHeaderSpan(int page) const
{
    const int header = m_pages.at(page).header;
    if (header < 0)
        return { 0, 0 };
    const Ruled &table = m_ruled.at(header);
    return { table.geometry.top(), table.geometry.rows.at(table.headerRows) };
}

qreal PagedText::deviceScale(const QPaintDevice *device)
{
    return device ? device->logicalDpiY() / screenDpi() : 1;
}

int PagedText::pageAt(qreal y) const
{
    const auto after = std::upper_bound(m_pages.cbegin(), m_pages.cend(), y,
                                        [](qreal at, const Page &page) { return at < page.top; });
    return qMax(0, int(after - m_pages.cbegin()) - 1);
}

void PagedText::paint(QPainter *painter, int page) const
{
    const Page &p = m_pages.at(page);
    painter->save();
    if (p.header >= 0) {
        const TableGeometry &table = m_ruled.at(p.header).geometry;
        const qreal headerBottom = table.rows.at(m_ruled.at(p.header).headerRows);
        paintBand(painter, table.top(), headerBottom);
        painter->translate(0, headerBottom - table.top());
    }
    paintBand(painter, p.top, p.bottom);
    painter->restore();
}

void PagedText::paintBand(QPainter *painter, qreal top, qreal bottom) const
{
    const qreal width = m_parts.front().text->textWidth();
    painter->save();
    for (const Part &part : m_parts) {
        const qreal height = part.text->size().height();
        if (part.top >= bottom || part.top + height <= top)
            continue;
        painter->save();
        painter->translate(0, part.top - top);
        QAbstractTextDocumentLayout::PaintContext context;
        // A device pixel in from the top and the bottom: the line that begins the next page ends where this
        // one ends, and must not be painted here too (clipped from sight, but still in the PDF's text).
        context.clip = QRectF(0, top - part.top + 1, width, bottom - top - 2);
        painter->setClipRect(context.clip);
        part.text->documentLayout()->draw(painter, context);
        painter->restore();
    }
    paintRules(painter, top, bottom);
    painter->restore();
}

void PagedText::paintRules(QPainter *painter, qreal top, qreal bottom) const
{
    const qreal width = m_parts.front().text->textWidth();
    painter->save();
    painter->translate(0, -top);
    // The rules sit on the cells' edges, so half of one on the band's edge is still the band's.
    painter->setClipRect(
        QRectF(-m_ruleWidth, top - m_ruleWidth, width + 2 * m_ruleWidth, bottom - top + 2 * m_ruleWidth));
    for (const Ruled &ruled : m_ruled) {
        const TableGeometry &table = ruled.geometry;
        const qreal from = qMax(table.top(), top);
        const qreal to = qMin(table.bottom(), bottom);
        if (to <= from || table.columns.size() < 2)
            continue;
        const qreal left = table.columns.first();
        const qreal right = table.columns.last();
        QList<QLineF> lines;
        for (qreal y : table.rows)
            if (y >= from && y <= to)
                lines.append(QLineF(left, y, right, y));
        // A row cut by the page is closed at the cut.
        if (!std::binary_search(table.rows.cbegin(), table.rows.cend(), from))
            lines.append(QLineF(left, from, right, from));
        if (!std::binary_search(table.rows.cbegin(), table.rows.cend(), to))
            lines.append(QLineF(left, to, right, to));
        for (qreal x : table.columns)
            lines.append(QLineF(x, from, x, to));
        painter->setPen(QPen(ruled.colour, m_ruleWidth, Qt::SolidLine, Qt::SquareCap));
        painter->drawLines(lines);
    }
    painter->restore();
}

} // namespace Coproduce
