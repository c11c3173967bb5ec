// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QPointer>

namespace Coproduce {

class MeetingDocument;

// One column of a row table: the field it edits and how.
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

// The rows of one kind under a parent (the people of a meeting, the decisions of an activity…) as a table.
// It reads them through the meeting's document and writes through it too: setData() changes a value as an
// undoable edit, expecting the value shown so that a change made meanwhile elsewhere is reported, not
// overwritten; add(), remove() and move() are undoable as well. The document's changed() is followed by
// reload(), which keeps the rows (and so the views' current cell and open editors) when only values changed.
class RowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The stored value of a cell (an id, an ISO date), where the display role has its label.
    static constexpr int ValueRole = Qt::UserRole;
    // The row's id in the database.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RowsModel(QObject *parent = nullptr);

    void setup(MeetingDocument *document, RowKind kind, const QList<RowColumn> &columns);
    const RowColumn &column(int column) const { return m_columns.at(column); }
    void setChoices(int column, const QList<QPair<QVariant, QString>> &choices);
    void setCheck(int column, RowColumn::Check check, int formal);
    void setParentId(qint64 parentId);
    qint64 parentId() const { return m_parentId; }
    void reload();

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Adds a row whose first column is `text` and whose other columns are `values` (by database column);
    // its id, or 0 if it could not be added (the document reports why).
    qint64 add(const QString &text, QVariantMap values);
    bool remove(int row);
    bool move(int row, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;

private:
    QString labelFor(int column, const QVariant &value) const;
    QString toolTipFor(int row, int column) const;

    QPointer<MeetingDocument> m_document;
    RowKind m_kind = RowKind::Attendee;
    QList<RowColumn> m_columns;
    qint64 m_parentId = 0;
    QList<QPair<qint64, QVariantList>> m_rows; // (id, a value per column), in order
};

} // namespace Coproduce
