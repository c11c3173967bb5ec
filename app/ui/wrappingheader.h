// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

class QTableView;

namespace Coproduce {

// A table's column headings that wrap at spaces when the table is narrower than they are long, growing the
// heading row instead of making the table scroll sideways: a translation runs longer than English
// (Welsh, German or Polish by 30–40 %), and at 200 % text the progress tables' headings were already the
// widest thing in them. fit() shares the table's width among its columns: each keeps what its cells need
// and its heading's longest word; what is left goes to those that want more, as much as they lack.
class WrappingHeader final : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeader(QTableView *view);

    // Columns to their contents, then, if that is wider than the table, shared as above.
    void fit();
    QSize sizeHint() const override;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int longestWord(int logicalIndex) const;
    int padding() const;

    QTableView *m_view;
    bool m_cellsOnly = false; // while fit() measures the cells without the headings
};

} // namespace Coproduce
