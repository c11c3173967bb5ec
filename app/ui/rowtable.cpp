// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtable.h"

#include "columnshares.h"
#include "displayformat.h"
#include "meetingdocument.h"
#include "plainenglishassist.h"
#include "rowdelegate.h"

#include "core/readability.h"
#include "core/vocabulary.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QTimer>

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

RowTable::RowTable(QWidget *parent)
    : FocusTruthful<QTableWidget>(parent)
{
    setItemDelegate(new RowDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDropIndicatorShown(true);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab leaves the table, so the keyboard can reach the next control
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading)
            Q_EMIT currentIdChanged(idAt(row));
    });
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column < m_columns.size() && m_columns.at(column).editor == RowColumn::Editor::Status)
            Q_EMIT statusRequested(idAt(row));
    });
}

void RowTable::setup(MeetingDocument *document, RowKind kind, const QList<RowColumn> &columns)
{
    m_document = document;
    m_kind = kind;
    m_columns = columns;
    setColumnCount(int(columns.size()));
    QStringList headers;
    for (const RowColumn &c : columns)
        headers << c.header;
    setHorizontalHeaderLabels(headers);
    for (int i = 0; i < columns.size(); ++i)
        horizontalHeaderItem(i)->setToolTip(columns.at(i).description);
}

void RowTable::setEntry(QLineEdit *entry)
{
    if (m_entry)
        disconnect(m_entry, nullptr, this, nullptr);
    m_entry = entry;
    connect(entry, &QLineEdit::returnPressed, this, [this] {
        if (addFromText(m_entry->text()) != 0)
            m_entry->setText(QString()); // ready for the next line; no typing left to undo in the field
    });
}

void RowTable::setDefaults(std::function<QVariantMap()> defaults)
{
    m_defaults = std::move(defaults);
}

void RowTable::setChoices(int column, const QList<QPair<QVariant, QString>> &choices)
{
    m_columns[column].choices = choices;
}

void RowTable::setParentId(qint64 parentId)
{
    m_parentId = parentId;
    reload();
}

void RowTable::setColumnShares(const QList<int> &chars)
{
    if (m_shares)
        m_shares->setShares(chars);
    else
        m_shares = new ColumnShares(this, chars, true);
}

int RowTable::leastWidth() const
{
    return m_shares ? m_shares->leastWidth() : minimumSizeHint().width();
}

QString RowTable::labelFor(int column, const QVariant &value) const
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

void RowTable::setCheck(int column, RowColumn::Check check, int formal)
{
    m_columns[column].check = check;
    m_columns[column].formal = formal;
    reload();
}

QString RowTable::toolTipFor(int column, const QString &text, const QString &formalText) const
{
    const RowColumn &c = m_columns.at(column);
    if (c.check == RowColumn::Check::None)
        return text;
    const TextCheck::Mode mode
        = c.check == RowColumn::Check::EasyRead ? TextCheck::Mode::EasyRead : TextCheck::Mode::Formal;
    const TextCheck check(PlainEnglishAssist::words());
    if (text.trimmed().isEmpty()) {
        const QString offer = c.formal >= 0 ? check.suggestEasyRead(formalText) : QString();
        return offer.isEmpty() ? QString()
                               : tr("Empty. A suggestion to start from (F2, then Ctrl+.): %1").arg(offer);
    }
    QStringList lines { text, Readability::of(text).summary() };
    for (const Finding &f : check.check(text, mode))
        lines << u"• "_s + TextCheck::message(f, mode);
    return lines.join(u'\n');
}

void RowTable::reload()
{
    if (!m_document)
        return;
    // Reloading under an open cell editor would overwrite what is being typed: wait until it closes.
    if (state() == QAbstractItemView::EditingState) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    const qint64 current = currentId();
    const int currentColumn = qMax(0, currentIndex().column());
    QList<Field> fields;
    for (const RowColumn &c : std::as_const(m_columns))
        fields << c.field;
    const auto rows = m_parentId ? m_document->edits().rows(m_kind, m_parentId, fields)
                                 : QList<QPair<qint64, QVariantList>>();
    m_loading = true;
    setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant value = rows.at(r).second.at(c);
            auto *cell = new QTableWidgetItem(labelFor(c, value));
            cell->setData(Qt::UserRole, value);
            cell->setData(Qt::UserRole + 1, rows.at(r).first);
            const int formal = m_columns.at(c).formal;
            cell->setToolTip(toolTipFor(c, cell->text(),
                                        formal >= 0 ? rows.at(r).second.at(formal).toString() : QString()));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
            if (m_columns.at(c).editor != RowColumn::Editor::Status)
                flags |= Qt::ItemIsEditable;
            cell->setFlags(flags);
            setItem(r, c, cell);
        }
    }
    resizeRowsToContents();
    m_loading = false;
    setCurrentId(current);
    if (currentRow() >= 0)
        setCurrentCell(currentRow(), currentColumn);
    Q_EMIT currentIdChanged(currentId());
}

qint64 RowTable::idAt(int row) const
{
    const QTableWidgetItem *cell = row >= 0 ? item(row, 0) : nullptr;
    return cell ? cell->data(Qt::UserRole + 1).toLongLong() : 0;
}

qint64 RowTable::currentId() const
{
    return idAt(currentRow());
}

void RowTable::setCurrentId(qint64 id)
{
    for (int r = 0; r < rowCount(); ++r) {
        if (idAt(r) == id) {
            setCurrentCell(r, qMax(0, currentColumn()));
            return;
        }
    }
    if (rowCount() > 0 && currentRow() < 0)
        setCurrentCell(0, 0);
}

void RowTable::commitValue(int row, int column, const QVariant &value)
{
    const qint64 id = idAt(row);
    if (!m_document || id == 0)
        return;
    const RowColumn &c = m_columns.at(column);
    QVariant stored = value;
    if (c.editor == RowColumn::Editor::Date) {
        const QString text = value.toString().trimmed();
        const QDate date = DisplayFormat::parseDate(text);
        if (!text.isEmpty() && !date.isValid()) {
            m_document->report(false,
                               tr("%1: \"%2\" is not a date. Write it as %3.")
                                   .arg(c.header, text, DisplayFormat::dateHint()));
            return;
        }
        stored = date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    const QVariant shown = item(row, column) ? item(row, column)->data(Qt::UserRole) : QVariant();
    if (shown == stored && shown.isNull() == stored.isNull())
        return;
    // Expect what this table showed, so a change made meanwhile in another window is not overwritten.
    m_document->changeValue(c.field, id, shown, stored, c.header);
}

qint64 RowTable::addFromText(const QString &text)
{
    if (!m_document || m_parentId == 0 || m_columns.isEmpty())
        return 0;
    if (text.trimmed().isEmpty())
        return 0;
    QVariantMap values = m_defaults ? m_defaults() : QVariantMap();
    values.insert(MeetingEdits::columnOf(m_columns.first().field), text.trimmed());
    const std::optional<qint64> id = m_document->addRow(m_kind, m_parentId, -1, values);
    if (!id)
        return 0;
    reload();
    setCurrentId(*id);
    return *id;
}

void RowTable::moveCurrent(int by)
{
    const int row = currentRow();
    const int target = row + by;
    if (!m_document || row < 0 || target < 0 || target >= rowCount())
        return;
    moveCurrentTo(target);
}

void RowTable::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->modifiers() == Qt::AltModifier
            && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier && currentId() != 0) {
            const int row = currentRow();
            if (m_document && m_document->removeRow(m_kind, currentId())) {
                reload();
                if (rowCount() > 0)
                    setCurrentCell(qMin(row, rowCount() - 1), qMax(0, currentColumn()));
            }
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            if (m_columns.value(currentColumn()).editor == RowColumn::Editor::Status)
                Q_EMIT statusRequested(currentId());
            else
                edit(currentIndex());
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}

void RowTable::dropEvent(QDropEvent *event)
{
    // Only rows dragged within this table: the row moves in the database, then the view reloads.
    const QString ownFormat = u"application/x-qabstractitemmodeldatalist"_s;
    if ((event->source() && event->source() != this) || !event->mimeData()->hasFormat(ownFormat)) {
        event->ignore();
        return;
    }
    int target = rowAt(event->position().toPoint().y());
    if (target < 0)
        target = rowCount() - 1;
    // Copy, not move: the view must not delete the dragged items itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    moveCurrentTo(target);
}

void RowTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableWidget::closeEditor(editor, hint);
    if (m_reloadPending)
        QTimer::singleShot(0, this, &RowTable::reload);
}

bool RowTable::moveCurrentTo(int row)
{
    const qint64 id = currentId();
    if (id == 0 || !m_document || row < 0 || row >= rowCount())
        return false;
    if (!m_document->moveRow(m_kind, id, row))
        return false;
    reload();
    setCurrentId(id);
    return true;
}

} // namespace Coproduce
