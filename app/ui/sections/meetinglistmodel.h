// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingrepository.h"

#include <QAbstractTableModel>

namespace Coproduce {

// The meetings list: one row per meeting found (MeetingList::find()), with its id (hidden), date, title and
// series. Each cell's whole text is its tooltip, as the list cuts long titles.
class MeetingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Title, Series, Columns };

    using QAbstractTableModel::QAbstractTableModel;

    void setMeetings(const QList<MeetingSummary> &meetings);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MeetingSummary> m_meetings;
};

} // namespace Coproduce
