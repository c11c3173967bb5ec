// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QTableView;

namespace Coproduce {

// A table's columns sharing its width: each asks for a number of characters, gives some up when the
// table is narrower than they ask, and never shrinks below its heading (the first, the text people
// read, keeps at least twelve characters and takes what is left). A sideways scroll bar appears only if
// even the headings cannot fit. With `wrapRows`, rows grow to show their wrapped words; without, long
// text is cut with "…" and the model gives the whole of it as the tooltip.
class ColumnShares final : public QObject
{
    Q_OBJECT

public:
    ColumnShares(QTableView *view, const QList<int> &chars, bool wrapRows);

    void setShares(const QList<int> &chars);
    // A column that is never cut, however narrow the table: the widest of the texts it can hold (every
    // date format's month, every status) sets its least width. Measured once, not row by row.
    void setWhole(int column, const QStringList &texts);
    // The narrowest the table can be, frame and scroll bar included, with every heading whole.
    int leastWidth() const;
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int leastColumnWidth(int column) const;

    QTableView *m_view;
    QList<int> m_shares;
    QHash<int, QStringList> m_whole;
    bool m_wrapRows;
    QObject *m_viewport;
};

} // namespace Coproduce
