// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/access/focustruthful.h"
#include "ui/editor/rowsmodel.h"

#include <QPointer>
#include <QVariantMap>

#include <functional>

class QLineEdit;

namespace Coproduce {

class ColumnShares;

// A view of a RowsModel made for fast entry during a meeting: type into the entry line and press Enter to
// add a row; the line clears for the next one. In the table: F2 or typing edits (through the model, so
// each change is saved at once and can be undone), Delete removes, Alt+Up/Down moves, and rows can be
// dragged into a new order.
class RowTable final : public FocusTruthful<QTableView>
{
    Q_OBJECT

public:
    explicit RowTable(QWidget *parent = nullptr);

    RowsModel *rows() const { return m_rows; }
    // The first column is the row's main text, which the entry line fills.
    void setup(MeetingDocument *document, RowKind kind, const QList<RowColumn> &columns);
    void setEntry(QLineEdit *entry);
    // Values for the other columns of a new row (asked each time, so they can follow other controls).
    void setDefaults(std::function<QVariantMap()> defaults);
    void setChoices(int column, const QList<QPair<QVariant, QString>> &choices);
    const RowColumn &column(int column) const { return m_rows->column(column); }
    // Checks a column's text for plain English (see PlainEnglishAssist); an easy-read column offers a
    // version of the `formal` column's text while it is empty.
    void setCheck(int column, RowColumn::Check check, int formal = -1);

    void setParentId(qint64 parentId);
    qint64 parentId() const { return m_rows->parentId(); }
    // Reads the rows again; waits while a cell is being edited, so what is typed is not overwritten.
    void reload();

    int rowCount() const { return m_rows->rowCount(); }
    int currentRow() const { return currentIndex().row(); }
    int currentColumn() const { return currentIndex().column(); }
    void setCurrentCell(int row, int column);
    qint64 currentId() const;
    qint64 idAt(int row) const { return m_rows->idAt(row); }
    void setCurrentId(qint64 id);
    // Adds a row with `text` in the first column; returns its id, or 0 if it could not be added.
    qint64 addFromText(const QString &text);
    // Moves the current row to `row` (what a drop does); false if it could not be moved.
    bool moveCurrentTo(int row);
    // How wide each column would like to be, in characters. The columns share the table's width in these
    // proportions, the first (the words) taking what is left, so the table does not scroll sideways; its
    // cells wrap. Only when even the headings cannot fit does a scroll bar appear.
    void setColumnShares(const QList<int> &chars);
    // The narrowest the table can be, frame and scroll bar included, with every heading whole.
    int leastWidth() const;

Q_SIGNALS:
    void currentIdChanged(qint64 id);
    // The status column was activated on a row: the owner asks how the status should change.
    void statusRequested(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    RowsModel *m_rows;
    ColumnShares *m_shares = nullptr; // how the columns share the width (setColumnShares())
    QPointer<QLineEdit> m_entry;
    std::function<QVariantMap()> m_defaults;
    qint64 m_keptId = 0; // the current row while the model is reset
    int m_keptColumn = 0;
    bool m_loading = false;
    bool m_reloadPending = false; // a reload asked for while a cell was being edited
};

} // namespace Coproduce
