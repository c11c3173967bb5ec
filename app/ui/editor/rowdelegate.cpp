// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/rowdelegate.h"

#include "ui/plainenglishassist.h"

#include "ui/displayformat.h"
#include "ui/editor/rowsmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace Coproduce {

RowDelegate::RowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const RowColumn &RowDelegate::columnOf(const QModelIndex &index)
{
    return static_cast<const RowsModel *>(index.model())->column(index.column());
}

QWidget *RowDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const RowColumn &column = columnOf(index);
    switch (column.editor) {
    case RowColumn::Editor::Status:
        return nullptr; // changed through a dialog that asks for the note
    case RowColumn::Editor::Choice: {
        auto *combo = new QComboBox(parent);
        for (const auto &choice : column.choices)
            combo->addItem(choice.second, choice.first);
        combo->setAccessibleName(column.header);
        return combo;
    }
    case RowColumn::Editor::Date: {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(DisplayFormat::dateHint());
        line->setAccessibleName(column.header);
        return line;
    }
    case RowColumn::Editor::Text:
        break;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setAccessibleName(column.header);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && column.check != RowColumn::Check::None) {
        const bool easy = column.check == RowColumn::Check::EasyRead;
        PlainEnglishAssist *assist
            = PlainEnglishAssist::attach(line, easy ? TextCheck::Mode::EasyRead : TextCheck::Mode::Formal);
        if (easy && column.formal >= 0) {
            const QPersistentModelIndex formal = index.siblingAtColumn(column.formal);
            assist->setSuggestion([formal] {
                return formal.isValid() ? TextCheck(PlainEnglishAssist::words())
                                              .suggestEasyRead(formal.data(RowsModel::ValueRole).toString())
                                        : QString();
            });
        }
    }
    return editor;
}

void RowDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(RowsModel::ValueRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const bool isDate = columnOf(index).editor == RowColumn::Editor::Date;
        line->setText(isDate ? DisplayFormat::date(value.toString()) : value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RowDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentData();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        value = line->text();
    model->setData(index, value); // written through the meeting's document, or reported
}

} // namespace Coproduce
