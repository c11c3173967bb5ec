// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "focustruthful.h"

#include "core/meetingedits.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTableWidget>
#include <QVariantMap>

#include <functional>

class QLineEdit;

namespace Coproduce {

class ColumnShares;
class MeetingDocument;

// One column of a RowTable: the field it edits and how.
struct RowColumn
{
    enum class Editor { Text, Choice, Date, Status };
    Field field = Field::MeetingTitle;
    QString header;
    Editor editor = Editor::Text;
    QList<QPair<QVariant, QString>> choices; // (stored value, label) for Choice
    QString description; // for screen readers: what goes in this column
    // Typed prose is checked for plain English; an easy-read column suggests a version of `formal`'s text.
    enum class Check { None, Formal, EasyRead };
    Check check = Check::None;
    int formal = -1;

    // The choices for a column of vocabulary ids, each with its label ("parent-carer", "Parent carer").
    static QList<QPair<QVariant, QString>> choicesOf(const QStringList &ids,
                                                     QString (*label)(const QString &));
};

// The rows of one kind under a parent (attendees of a meeting, decisions of an activity…) as an editable
// table. Each cell edit, addition, deletion and move goes through the MeetingDocument, so it is saved at
// once and can be undone. Fast entry: type into the entry line and press Enter to add a row; the line
// clears for the next one. In the table: F2 or typing edits, Delete removes, Alt+Up/Down moves, and rows
// can be dragged into a new order.
class RowTable final : public FocusTruthful<QTableWidget>
{
    Q_OBJECT

public:
    explicit RowTable(QWidget *parent = nullptr);

    // The first column is the row's main text, which the entry line fills.
    void setup(MeetingDocument *document, RowKind kind, const QList<RowColumn> &columns);
    void setEntry(QLineEdit *entry);
    // Values for the other columns of a new row (asked each time, so they can follow other controls).
    void setDefaults(std::function<QVariantMap()> defaults);
    void setChoices(int column, const QList<QPair<QVariant, QString>> &choices);
    const RowColumn &column(int column) const { return m_columns.at(column); }
    // Checks a column's text for plain English (see PlainEnglishAssist); an easy-read column offers a
    // version of the `formal` column's text while it is empty.
    void setCheck(int column, RowColumn::Check check, int formal = -1);

    void setParentId(qint64 parentId);
    qint64 parentId() const { return m_parentId; }
    void reload();

    qint64 currentId() const;
    qint64 idAt(int row) const;
    void setCurrentId(qint64 id);
    // Writes a cell's new value through the document (used by the cell editors).
    void commitValue(int row, int column, const QVariant &value);
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
    void moveCurrent(int by);
    QString labelFor(int column, const QVariant &value) const;
    QString toolTipFor(int column, const QString &text, const QString &formalText) const;

    QPointer<MeetingDocument> m_document;
    RowKind m_kind = RowKind::Attendee;
    QList<RowColumn> m_columns;
    ColumnShares *m_shares = nullptr; // how the columns share the width (setColumnShares())
    QPointer<QLineEdit> m_entry;
    std::function<QVariantMap()> m_defaults;
    qint64 m_parentId = 0;
    bool m_loading = false;
    bool m_reloadPending = false; // a reload asked for while a cell was being edited
};

} // namespace Coproduce
