// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actionrepository.h"

#include <QDate>
#include <QSqlQueryModel>

namespace Coproduce {

class Database;

// Every action matching a filter, as the actions board shows them: fetched from the database as the view
// scrolls (ten years of actions open at once), with UK dates, plain status words and overdue marked.
class ActionsModel final : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column { Id, Text, Owner, Due, Status, Reason, MeetingId, MeetingDate, MeetingTitle, Series };

    ActionsModel(Database &database, QObject *parent = nullptr);

    void setFilter(const ActionFilter &filter);
    // Every text a date or status cell can show but a reason (dates in each month, each status, overdue or
    // not): what a column must be wide enough for, never to cut one.
    static QStringList possibleTexts(int column);
    ActionFilter filter() const { return m_filter; }
    // How many actions match, all of them, not just those fetched so far.
    int total() const { return m_total; }
    void setToday(const QDate &today) { m_today = today; }
    void refresh();

    qint64 actionId(int row) const;
    qint64 meetingId(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Database &m_database;
    ActionFilter m_filter;
    QDate m_today = QDate::currentDate();
    int m_total = 0;
};

} // namespace Coproduce
