// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/rowtable.h"

#include "ui/columnshares.h"
#include "ui/editor/rowdelegate.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QTimer>

namespace Coproduce {

using namespace Qt::StringLiterals;

RowTable::RowTable(QWidget *parent)
    : FocusTruthful<QTableView>(parent)
    , m_rows(new RowsModel(this))
{
    setModel(m_rows);
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
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &now) {
        if (!m_loading)
            Q_EMIT currentIdChanged(idAt(now.row()));
    });
    // When the rows themselves change, the same row stays current (if it is still there).
    connect(m_rows, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptId = currentId();
        m_keptColumn = qMax(0, currentColumn());
        m_loading = true;
    });
    connect(m_rows, &QAbstractItemModel::modelReset, this, [this] {
        resizeRowsToContents();
        const int row = m_rows->rowOf(m_keptId);
        if (row >= 0 || rowCount() > 0)
            setCurrentIndex(m_rows->index(qMax(0, row), row >= 0 ? m_keptColumn : 0));
        m_loading = false;
        Q_EMIT currentIdChanged(currentId());
    });
    connect(m_rows, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    resizeRowToContents(row); // wrapped text may take more or fewer lines
            });
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (column(index.column()).editor == RowColumn::Editor::Status)
            Q_EMIT statusRequested(idAt(index.row()));
    });
}

void RowTable::setup(MeetingDocument *document, RowKind kind, const QList<RowColumn> &columns)
{
    m_rows->setup(document, kind, columns);
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
    m_rows->setChoices(column, choices);
}

void RowTable::setCheck(int column, RowColumn::Check check, int formal)
{
    m_rows->setCheck(column, check, formal);
}

void RowTable::setParentId(qint64 parentId)
{
    m_rows->setParentId(parentId);
}

void RowTable::reload()
{
    // Reloading under an open cell editor would overwrite what is being typed: wait until it closes.
    if (state() == QAbstractItemView::EditingState) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    m_rows->reload();
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

void RowTable::setCurrentCell(int row, int column)
{
    setCurrentIndex(m_rows->index(row, column));
}

qint64 RowTable::currentId() const
{
    return idAt(currentRow());
}

void RowTable::setCurrentId(qint64 id)
{
    const int row = m_rows->rowOf(id);
    if (row >= 0)
        setCurrentCell(row, qMax(0, currentColumn()));
    else if (rowCount() > 0 && currentRow() < 0)
        setCurrentCell(0, 0);
}

qint64 RowTable::addFromText(const QString &text)
{
    const qint64 id = m_rows->add(text, m_defaults ? m_defaults() : QVariantMap());
    if (id != 0)
        setCurrentId(id);
    return id;
}

bool RowTable::moveCurrentTo(int row)
{
    const qint64 id = currentId();
    if (!m_rows->move(currentRow(), row))
        return false;
    setCurrentId(id);
    return true;
}

void RowTable::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->modifiers() == Qt::AltModifier
            && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            if (currentRow() >= 0)
                moveCurrentTo(currentRow() + (event->key() == Qt::Key_Up ? -1 : 1));
            return;
        }
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier && currentId() != 0) {
            const int row = currentRow();
            const int column = qMax(0, currentColumn());
            if (m_rows->remove(row) && rowCount() > 0)
                setCurrentCell(qMin(row, rowCount() - 1), column);
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            if (column(currentColumn()).editor == RowColumn::Editor::Status)
                Q_EMIT statusRequested(currentId());
            else
                edit(currentIndex());
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void RowTable::dropEvent(QDropEvent *event)
{
    // Only rows dragged within this table: the row moves in the database, and the model follows.
    const QString ownFormat = u"application/x-qabstractitemmodeldatalist"_s;
    if ((event->source() && event->source() != this) || !event->mimeData()->hasFormat(ownFormat)) {
        event->ignore();
        return;
    }
    int target = rowAt(event->position().toPoint().y());
    if (target < 0)
        target = rowCount() - 1;
    // Copy, not move: the view must not remove the dragged rows itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    moveCurrentTo(target);
}

void RowTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (m_reloadPending)
        QTimer::singleShot(0, this, &RowTable::reload);
}

} // namespace Coproduce
