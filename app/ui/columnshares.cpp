// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/columnshares.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

namespace Coproduce {

ColumnShares::ColumnShares(QTableView *view, const QList<int> &chars, bool wrapRows)
    : QObject(view)
    , m_view(view)
    , m_shares(chars)
    , m_wrapRows(wrapRows)
    , m_viewport(view->viewport())
{
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(wrapRows);
    view->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    fit();
}

void ColumnShares::setWhole(int column, const QStringList &texts)
{
    m_whole.insert(column, texts);
    fit();
}

void ColumnShares::setShares(const QList<int> &chars)
{
    m_shares = chars;
    fit();
}

bool ColumnShares::eventFilter(QObject *watched, QEvent *event)
{
    // Compared, not asked: events still come while the view is being destroyed.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    if (watched == m_view && event->type() == QEvent::FontChange) {
        // Rows as tall as the new text size: one line each, or their wrapped words.
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
        fit();
        if (m_wrapRows)
            m_view->resizeRowsToContents();
    }
    return QObject::eventFilter(watched, event);
}

int ColumnShares::leastColumnWidth(int column) const
{
    const int em = m_view->fontMetrics().averageCharWidth();
    const QString heading
        = m_view->model() ? m_view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    int first = 0;
    while (first < column && m_view->isColumnHidden(first))
        ++first;
    int least = qMax(column == first ? 12 * em : 4 * em,
                     m_view->horizontalHeader()->fontMetrics().horizontalAdvance(heading) + 2 * em);
    // A column read to decide (a date, a status) is never cut: as wide as the widest text it can hold.
    if (const auto texts = m_whole.constFind(column); texts != m_whole.cend()) {
        QFont bold = m_view->font(); // measured as the widest it is drawn (overdue rows are bold)
        bold.setBold(true);
        const QFontMetrics fm(bold);
        for (const QString &text : *texts)
            least = qMax(least, fm.horizontalAdvance(text) + 2 * em);
    }
    return least;
}

int ColumnShares::leastWidth() const
{
    int sum = 2 * m_view->frameWidth()
        + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view)
        + (m_view->verticalHeader()->isVisible() ? m_view->verticalHeader()->width() : 0);
    const int count = m_view->model() ? m_view->model()->columnCount() : 0;
    for (int i = 0; i < count; ++i)
        if (!m_view->isColumnHidden(i))
            sum += leastColumnWidth(i);
    return sum;
}

void ColumnShares::fit()
{
    const int count = m_view->model() ? m_view->model()->columnCount() : 0;
    if (m_shares.isEmpty() || count == 0)
        return;
    const int em = m_view->fontMetrics().averageCharWidth();
    const int available = m_view->viewport()->width();
    QList<int> want(count, 0);
    QList<int> least(count, 0);
    int wanted = 0;
    int needed = 0;
    int first = -1; // the first column shown takes what is left
    for (int i = 0; i < count; ++i) {
        if (m_view->isColumnHidden(i))
            continue;
        if (first < 0)
            first = i;
        want[i] = (i < m_shares.size() ? m_shares.at(i) : 12) * em;
        least[i] = leastColumnWidth(i);
        wanted += want.at(i);
        needed += least.at(i);
    }
    if (first < 0)
        return;
    QList<int> widths = want;
    if (wanted > available) // each gives up its share, never below its heading
        for (int i = first + 1; i < count; ++i)
            widths[i] = qMax(least.at(i), int(qint64(want.at(i)) * available / wanted));
    int others = 0;
    for (int i = first + 1; i < count; ++i)
        others += m_view->isColumnHidden(i) ? 0 : widths.at(i);
    widths[first] = qMax(least.at(first), available - others);
    // Sideways only when even the headings cannot fit: nothing is ever out of reach.
    m_view->setHorizontalScrollBarPolicy(needed > available ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    bool changed = false;
    for (int i = first; i < count; ++i)
        if (!m_view->isColumnHidden(i) && m_view->horizontalHeader()->sectionSize(i) != widths.at(i)) {
            m_view->horizontalHeader()->resizeSection(i, widths.at(i));
            changed = true;
        }
    if (changed && m_wrapRows)
        m_view->resizeRowsToContents(); // the words wrap anew
}

} // namespace Coproduce
