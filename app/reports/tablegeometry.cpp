// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablegeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace Coproduce {

namespace {

using Span = TableGeometry::Span;

// The boundaries between spans of text, each halfway between neighbours; the outer ones as far out as the
// nearest inner gap is wide (the same padding).
QList<qreal> boundaries(QList<Span> spans)
{
    for (qsizetype i = 0; i < spans.size(); ++i)
        if (spans.at(i).first > spans.at(i).second) { // no text of its own: as thin as can be
            const qreal at = i > 0 ? spans.at(i - 1).second : 0;
            spans[i] = { at, at };
        }
    QList<qreal> edges;
    if (spans.isEmpty())
        return edges;
    qreal firstGap = 0;
    qreal lastGap = 0;
    edges.append(0); // filled in below
    for (qsizetype i = 1; i < spans.size(); ++i) {
        const qreal gap = qMax<qreal>(0, spans.at(i).first - spans.at(i - 1).second);
        if (i == 1)
            firstGap = gap;
        lastGap = gap;
        edges.append(spans.at(i - 1).second + gap / 2);
    }
    edges[0] = spans.first().first - firstGap / 2;
    edges.append(spans.last().second + lastGap / 2);
    return edges;
}

QList<Span> joined(QList<Span> lines)
{
    std::sort(lines.begin(), lines.end());
    QList<Span> out;
    for (const Span &line : std::as_const(lines)) {
        if (!out.isEmpty() && line.first < out.last().second)
            out.last().second = qMax(out.last().second, line.second);
        else
            out.append(line);
    }
    return out;
}

} // namespace

TableGeometry TableGeometry::measure(const QTextTable *table, const QAbstractTextDocumentLayout *layout)
{
    constexpr qreal Far = std::numeric_limits<qreal>::max();
    const QTextDocument *document = table->document();
    QList<Span> rowText(table->rows(), { Far, -Far });
    QList<Span> columnText(table->columns(), { Far, -Far });
    TableGeometry geometry;
    geometry.lines.resize(table->rows());
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c || cell.rowSpan() > 1 || cell.columnSpan() > 1)
                continue; // spanning cells say nothing about one row or column
            // Asking the layout where a block is costs a search through the frames; every block of a cell
            // shares the cell's origin, so ask once. (By position, not by cursor: a cursor lays its line
            // out again to know where it is.)
            QTextBlock block = document->findBlock(cell.firstPosition());
            const QRectF first = layout->blockBoundingRect(block);
            const QPointF origin = first.topLeft() - block.layout()->position();
            for (; block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
                const QTextLayout *text = block.layout();
                const int count = text->lineCount();
                for (int i = 0; i < count; ++i) {
                    const qreal top = origin.y() + text->position().y() + text->lineAt(i).y();
                    const qreal bottom = top + text->lineAt(i).height();
                    // A paragraph's first two lines go together, and so do its last two (one of up to
                    // three lines is whole): a tall row is never cut leaving one line alone on a page.
                    const bool withPrevious = i > 0 && (i == 1 || i == count - 1);
                    if (withPrevious)
                        geometry.lines[r].last().second = bottom;
                    else
                        geometry.lines[r].append({ top, bottom });
                    rowText[r] = { qMin(rowText[r].first, top), qMax(rowText[r].second, bottom) };
                }
            }
            columnText[c]
                = { qMin(columnText[c].first, first.left()), qMax(columnText[c].second, first.right()) };
        }
        geometry.lines[r] = joined(geometry.lines.at(r));
    }
    geometry.rows = boundaries(rowText);
    geometry.columns = boundaries(columnText);
    return geometry;
}

} // namespace Coproduce
