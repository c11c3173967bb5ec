// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/meetinglistmodel.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MeetingListModel::~MeetingListModel() = default;

void MeetingListModel::setMeetings(std::unique_ptr<Cursor<MeetingSummary>> meetings)
{
    beginResetModel();
    m_cursor = std::move(meetings);
    m_meetings = m_cursor->next(Batch);
    endResetModel();
}

bool MeetingListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cursor && !m_cursor->atEnd();
}

void MeetingListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<MeetingSummary> more = m_cursor->next(Batch);
    if (more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_meetings.size()), int(m_meetings.size() + more.size()) - 1);
    m_meetings += more;
    endInsertRows();
}

qint64 MeetingListModel::idAt(int row) const
{
    return row >= 0 && row < m_meetings.size() ? m_meetings.at(row).id : 0;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const MeetingSummary &m = m_meetings.at(index.row());
    switch (Column(index.column())) {
    case Id:
        return m.id;
    case Date:
        return m.date.toString(u"dd/MM/yyyy"_s); // the short form the column is sized for
    case Title:
        return m.title;
    case Series:
        return m.series;
    case Columns:
        break;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Id");
    case Date:
        return tr("Date");
    case Title:
        return tr("Meeting");
    case Series:
        return tr("Series");
    case Columns:
        break;
    }
    return {};
}

} // namespace Coproduce
