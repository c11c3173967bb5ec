// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QTableView>

namespace Coproduce {

// Qt 6.4's table view tells a screen reader that the keyboard is on a cell whenever the current cell
// changes, even while the keyboard is elsewhere: a row added from the entry line beside it, a list refilled
// as a filter or a search changes. Orca then reads that cell, not the line being typed in. A table made from
// this says so only while it has the focus (when it takes the focus, Qt announces the current cell anyway).
template<class View> class FocusTruthful : public View
{
public:
    using View::View;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (View::hasFocus())
            View::currentChanged(current, previous);
        else
            QAbstractItemView::currentChanged(current, previous); // QTableView's adds only the announcement
    }
};

// For forms: a QTableView that announces its current cell only while it has the focus.
class TableView final : public FocusTruthful<QTableView>
{
public:
    using FocusTruthful<QTableView>::FocusTruthful;
};

} // namespace Coproduce
