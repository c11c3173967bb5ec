// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/actionsmodel.h"

#include "ui/displayformat.h"

#include "core/database.h"
#include "core/vocabulary.h"

#include <QFont>

namespace Coproduce {

using namespace Qt::StringLiterals;

ActionsModel::ActionsModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

ActionsModel::~ActionsModel() = default;

void ActionsModel::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ActionsModel::refresh()
{
    beginResetModel();
    m_cursor = ActionRepository(m_database).open(m_filter);
    m_total = m_cursor->total();
    m_rows = m_cursor->next(Batch);
    endResetModel();
}

qint64 ActionsModel::actionId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

qint64 ActionsModel::meetingId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meetingId : 0;
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

bool ActionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cursor && !m_cursor->atEnd();
}

void ActionsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ActionRow> more = m_cursor->next(Batch);
    if (more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= Columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList headers {
        tr("Id"),     tr("Action"),     tr("Who"),        tr("By when"), tr("Status"),
        tr("Reason"), tr("Meeting id"), tr("Meeting on"), tr("Meeting"), tr("Series")
    };
    return headers.at(section);
}

QStringList ActionsModel::possibleTexts(int column)
{
    QStringList texts;
    if (column == Due || column == MeetingDate) {
        for (int month = 1; month <= 12; ++month)
            texts << DisplayFormat::date(QDate(2000, month, 28));
        if (column == Due)
            texts << tr("no date");
    } else if (column == Status) {
        for (const QString &status : Vocabulary::actionStatuses())
            texts << Vocabulary::statusLabel(status)
                  << tr("%1 — overdue").arg(Vocabulary::statusLabel(status));
    }
    return texts;
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionRow &action = m_rows.at(index.row());
    const bool overdue
        = Vocabulary::isOpenStatus(action.status) && action.due.isValid() && action.due < m_today;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole
        || role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Id:
            return action.id;
        case Text:
            return action.text;
        case Owner:
            return action.owner;
        case Due:
            return action.due.isValid() ? DisplayFormat::date(action.due) : tr("no date");
        case Status: {
            QString text = Vocabulary::statusLabel(action.status);
            if (overdue)
                text = tr("%1 — overdue").arg(text);
            if (action.status == u"cannot-do")
                text = tr("%1: %2").arg(text, action.reason);
            return text;
        }
        case Reason:
            return action.reason;
        case MeetingId:
            return action.meetingId;
        case MeetingDate:
            return DisplayFormat::date(action.meetingDate);
        case MeetingTitle:
            return action.meetingTitle;
        case Series:
            return action.series;
        case Columns:
            break;
        }
        return {};
    }
    // Overdue in words above, and in bold here: never by colour alone.
    if (role == Qt::FontRole && overdue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

} // namespace Coproduce
