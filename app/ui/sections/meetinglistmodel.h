// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cursor.h"
#include "core/meetingrepository.h"

#include <QAbstractTableModel>

#include <memory>

namespace Coproduce {

// The meetings list: one row per meeting found (MeetingList::open()), with its id (hidden), date, title and
// series, read as the view scrolls to them. Each cell's whole text is its tooltip, as the list cuts long
// titles.
class MeetingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Title, Series, Columns };

    explicit MeetingListModel(QObject *parent = nullptr);
    ~MeetingListModel() override;

    void setMeetings(std::unique_ptr<Cursor<MeetingSummary>> meetings);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int Batch = 255; // rows read at a time

    std::unique_ptr<Cursor<MeetingSummary>> m_cursor;
    QList<MeetingSummary> m_meetings;
};

} // namespace Coproduce
