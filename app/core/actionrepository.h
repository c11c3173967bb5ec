// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;

// One action with the meeting it came from, as lists and the actions board show it.
struct ActionRow
{
    qint64 id = 0;
    QString text;
    QString owner;
    QDate due;
    QString status;
    QString reason;
    qint64 meetingId = 0;
    QDate meetingDate;
    QString meetingTitle;
    QString series;
};

struct ActionFilter
{
    bool openOnly = false; // "open" and "in-progress"
    QString series; // empty: every series
};

class ActionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(Database &database);

    // Sorted by due date (actions with no due date last), then by id.
    QList<ActionRow> list(const ActionFilter &filter) const;
    // Changes an action's status and keeps the change as a dated update, in one transaction.
    // "cannot-do" needs a reason, which is kept on the action and in the update.
    bool setStatus(qint64 actionId, const QString &status, const QString &note, const QDate &date,
                   QString *error);

private:
    Database &m_database;
};

} // namespace Coproduce
