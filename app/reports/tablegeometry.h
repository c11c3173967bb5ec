// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

class QAbstractTextDocumentLayout;
class QTextTable;

namespace Coproduce {

// Where a laid-out table's rows, columns and lines of text are, in document coordinates. Qt keeps its table
// geometry private, so it is read back from where the cells' text was placed: each boundary lies halfway
// between neighbouring cells' text, which holds while every cell is padded alike on opposite sides (ours
// are) and aligned to the top.
struct TableGeometry
{
    using Span = QPair<qreal, qreal>; // from top to bottom

    QList<qreal> rows; // row r runs from rows[r] to rows[r + 1]
    QList<qreal> columns; // column c from columns[c] to columns[c + 1]
    // Each row's lines of text, side-by-side ones joined, and a paragraph's first two and last two lines as
    // one: where a row taller than a page may be cut.
    QList<QList<Span>> lines;

    static TableGeometry measure(const QTextTable *table, const QAbstractTextDocumentLayout *layout);
    qreal top() const { return rows.isEmpty() ? 0 : rows.first(); }
    qreal bottom() const { return rows.isEmpty() ? 0 : rows.last(); }
};

} // namespace Coproduce
