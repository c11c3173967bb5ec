// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Coproduce {

struct RowColumn;

// Cell editors for a RowsModel's views: a line for text and dates, a list for choices, each named for a
// screen reader and checked for plain English where its column asks. What is typed goes to the model's
// setData(), which writes it through the meeting's document.
class RowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    static const RowColumn &columnOf(const QModelIndex &index);
};

} // namespace Coproduce
