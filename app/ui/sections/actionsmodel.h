// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actionrepository.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

namespace Coproduce {

class Database;

// Every action matching a filter, as the actions board shows them: read from an ActionCursor as the view
// scrolls (ten years of actions open at once), with UK dates, plain status words and overdue marked.
class ActionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Text,
        Owner,
        Due,
        Status,
        Reason,
        MeetingId,
        MeetingDate,
        MeetingTitle,
        Series,
        Columns
    };

    ActionsModel(Database &database, QObject *parent = nullptr);
    ~ActionsModel() override;

    void setFilter(const ActionFilter &filter);
    // Every text a date or status cell can show but a reason (dates in each month, each status, overdue or
    // not): what a column must be wide enough for, never to cut one.
    static QStringList possibleTexts(int column);
    ActionFilter filter() const { return m_filter; }
    // How many actions match, all of them, not just those fetched so far.
    int total() const { return m_total; }
    void setToday(const QDate &today) { m_today = today; }
    void refresh();

    const ActionRow &row(int row) const { return m_rows.at(row); }
    qint64 actionId(int row) const;
    qint64 meetingId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // Rows read at a time, as the view scrolls to them (as many as Qt's SQL query model reads).
    static constexpr int Batch = 255;

    Database &m_database;
    ActionFilter m_filter;
    QDate m_today = QDate::currentDate();
    std::unique_ptr<ActionCursor> m_cursor;
    QList<ActionRow> m_rows;
    int m_total = 0;
};

} // namespace Coproduce
