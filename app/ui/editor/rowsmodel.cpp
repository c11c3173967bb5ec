// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/rowsmodel.h"

#include "ui/displayformat.h"
#include "ui/editor/meetingdocument.h"
#include "ui/plainenglishassist.h"

#include "core/readability.h"
#include "core/vocabulary.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

QList<QPair<QVariant, QString>> RowColumn::choicesOf(const QStringList &ids,
                                                     QString (*label)(const QString &))
{
    QList<QPair<QVariant, QString>> choices;
    for (const QString &id : ids)
        choices.append({ id, label(id) });
    return choices;
}

RowsModel::RowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RowsModel::setup(MeetingDocument *document, RowKind kind, const QList<RowColumn> &columns)
{
    beginResetModel();
    m_document = document;
    m_kind = kind;
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void RowsModel::setChoices(int column, const QList<QPair<QVariant, QString>> &choices)
{
    if (m_columns.at(column).choices == choices)
        return; // an open list in that column keeps what is chosen in it
    m_columns[column].choices = choices;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void RowsModel::setCheck(int column, RowColumn::Check check, int formal)
{
    m_columns[column].check = check;
    m_columns[column].formal = formal;
}

void RowsModel::setParentId(qint64 parentId)
{
    m_parentId = parentId;
    reload();
}

void RowsModel::reload()
{
    QList<Field> fields;
    for (const RowColumn &c : std::as_const(m_columns))
        fields << c.field;
    const auto rows = m_document && m_parentId ? m_document->edits().rows(m_kind, m_parentId, fields)
                                               : QList<QPair<qint64, QVariantList>>();
    bool sameRows = rows.size() == m_rows.size();
    for (int r = 0; sameRows && r < rows.size(); ++r)
        sameRows = rows.at(r).first == m_rows.at(r).first;
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // The same rows: only the values that changed are told, so views keep their place.
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant &now = rows.at(r).second.at(c);
            const QVariant &was = m_rows.at(r).second.at(c);
            if (now == was && now.isNull() == was.isNull())
                continue;
            m_rows[r].second[c] = now;
            Q_EMIT dataChanged(index(r, c), index(r, c));
        }
    }
}

qint64 RowsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : 0;
}

int RowsModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).first == id)
            return r;
    return -1;
}

qint64 RowsModel::add(const QString &text, QVariantMap values)
{
    if (!m_document || m_parentId == 0 || m_columns.isEmpty() || text.trimmed().isEmpty())
        return 0;
    values.insert(MeetingEdits::columnOf(m_columns.first().field), text.trimmed());
    const std::optional<qint64> id = m_document->addRow(m_kind, m_parentId, -1, values);
    reload(); // the document's changed() may have reloaded already; this costs one read if not
    return id.value_or(0);
}

bool RowsModel::remove(int row)
{
    const qint64 id = idAt(row);
    if (!m_document || id == 0 || !m_document->removeRow(m_kind, id))
        return false;
    reload();
    return true;
}

bool RowsModel::move(int row, int to)
{
    const qint64 id = idAt(row);
    if (!m_document || id == 0 || to < 0 || to >= rowCount() || !m_document->moveRow(m_kind, id, to))
        return false;
    reload();
    return true;
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RowsModel::labelFor(int column, const QVariant &value) const
{
    const RowColumn &c = m_columns.at(column);
    switch (c.editor) {
    case RowColumn::Editor::Choice:
        for (const auto &choice : c.choices)
            if (choice.first == value || (choice.first.isNull() && value.isNull()))
                return choice.second;
        return value.toString();
    case RowColumn::Editor::Date:
        return DisplayFormat::date(value.toString());
    case RowColumn::Editor::Status:
        return Vocabulary::statusLabel(value.toString());
    case RowColumn::Editor::Text:
        break;
    }
    return value.toString();
}

QString RowsModel::toolTipFor(int row, int column) const
{
    const RowColumn &c = m_columns.at(column);
    const QString text = labelFor(column, m_rows.at(row).second.at(column));
    if (c.check == RowColumn::Check::None)
        return text;
    const TextCheck::Mode mode
        = c.check == RowColumn::Check::EasyRead ? TextCheck::Mode::EasyRead : TextCheck::Mode::Formal;
    const TextCheck check(PlainEnglishAssist::words());
    if (text.trimmed().isEmpty()) {
        const QString formal = c.formal >= 0 ? m_rows.at(row).second.at(c.formal).toString() : QString();
        const QString offer = formal.isEmpty() ? QString() : check.suggestEasyRead(formal);
        return offer.isEmpty() ? QString()
                               : tr("Empty. A suggestion to start from (F2, then Ctrl+.): %1").arg(offer);
    }
    QStringList lines { text, Readability::of(text).summary() };
    for (const Finding &f : check.check(text, mode))
        lines << u"• "_s + TextCheck::message(f, mode);
    return lines.join(u'\n');
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant &value = m_rows.at(index.row()).second.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return labelFor(index.column(), value);
    case ValueRole:
    case Qt::EditRole:
        return value;
    case IdRole:
        return m_rows.at(index.row()).first;
    case Qt::ToolTipRole:
        return toolTipFor(index.row(), index.column()); // asked for on hover only: worked out then
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).description;
    return {};
}

Qt::ItemFlags RowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (m_columns.at(index.column()).editor != RowColumn::Editor::Status)
        flags |= Qt::ItemIsEditable; // a status changes through a dialog that asks for the note
    return flags;
}

bool RowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return false;
    const RowColumn &c = m_columns.at(index.column());
    QVariant stored = value;
    if (c.editor == RowColumn::Editor::Date) {
        const QString text = value.toString().trimmed();
        const QDate date = DisplayFormat::parseDate(text);
        if (!text.isEmpty() && !date.isValid())
            return m_document->report(
                false,
                tr("%1: “%2” is not a date. Write it as %3.").arg(c.header, text, DisplayFormat::dateHint()));
        stored = date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    const QVariant shown = m_rows.at(index.row()).second.at(index.column());
    if (shown == stored && shown.isNull() == stored.isNull())
        return true;
    // Expect what was shown, so a change made meanwhile in another window is not overwritten.
    if (!m_document->changeValue(c.field, m_rows.at(index.row()).first, shown, stored, c.header))
        return false;
    reload();
    return true;
}

Qt::DropActions RowsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace Coproduce
