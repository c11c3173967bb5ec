// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingheader.h"

#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coproduce {

WrappingHeader::WrappingHeader(QTableView *view)
    : QHeaderView(Qt::Horizontal, view)
    , m_view(view)
{
    setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    setSectionsClickable(false);
    view->setHorizontalHeader(this);
}

int WrappingHeader::padding() const
{
    // What the style puts around a heading's text: its natural width less the text's.
    const QString text
        = model() && count() > 0 ? model()->headerData(0, orientation()).toString() : QString();
    return QHeaderView::sectionSizeFromContents(0).width() - fontMetrics().horizontalAdvance(text);
}

int WrappingHeader::longestWord(int logicalIndex) const
{
    int widest = 0;
    for (const QString &word : model()->headerData(logicalIndex, orientation()).toString().split(u' '))
        widest = qMax(widest, fontMetrics().horizontalAdvance(word));
    return widest + padding();
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (m_cellsOnly)
        return QSize(0, size.height());
    const int width = sectionSize(logicalIndex) - padding();
    if (!model() || width <= 0)
        return size;
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    const int lines = fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
    size.setHeight(qMax(size.height(), size.height() - fontMetrics().height() + lines));
    return size;
}

QSize WrappingHeader::sizeHint() const
{
    // Not cached as QHeaderView's is: the height follows the widths fit() gives.
    QSize size = QHeaderView::sizeHint();
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i))
            size.setHeight(qMax(size.height(), sectionSizeFromContents(i).height()));
    return size;
}

void WrappingHeader::fit()
{
    // What the cells alone need: the columns sized to their contents with the headings left out.
    m_cellsOnly = true;
    m_view->resizeColumnsToContents();
    m_cellsOnly = false;
    QList<int> cells;
    for (int i = 0; i < count(); ++i)
        cells << sectionSize(i);
    m_view->resizeColumnsToContents();
    const int available = m_view->viewport()->width();
    if (available <= 0 || length() <= available)
        return;
    QList<int> least, more;
    int leastSum = 0, moreSum = 0;
    for (int i = 0; i < count(); ++i) {
        const int l = qMax(cells.at(i), longestWord(i));
        least << l;
        more << qMax(0, sectionSize(i) - l);
        leastSum += l;
        moreSum += more.last();
    }
    const int extra = qMax(0, available - leastSum);
    for (int i = 0; i < count(); ++i)
        resizeSection(i, least.at(i) + (moreSum > 0 ? int(qint64(extra) * more.at(i) / moreSum) : 0));
    updateGeometry();
}

} // namespace Coproduce
