// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cursor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
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
    QString owner; // part of the owner's name, any case; empty: everyone
    QString status; // one status id; empty: any
    QDate overdueOn; // valid: only open actions due before this day
};

// A query with its values to bind, for views that fetch rows lazily.
struct BoundQuery
{
    QString sql;
    QVariantList values;
    QString countSql; // how many rows sql gives, with the same values
};

// The actions matching a filter, read as they are needed (the actions board opens ten years of them).
using ActionCursor = Cursor<ActionRow>;

class ActionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(Database &database);

    // Sorted by due date (actions with no due date last), then by id.
    QList<ActionRow> list(const ActionFilter &filter) const;
    // As list(), read as it is needed; counted.
    std::unique_ptr<ActionCursor> open(const ActionFilter &filter) const;
    // One action, if it is there.
    std::optional<ActionRow> find(qint64 actionId) const;
    // Changes an action's status and keeps the change as a dated update, in one transaction.
    // "cannot-do" needs a reason, which is kept on the action and in the update.
    // `updateId`, if given, receives the id of the dated update that was kept.
    bool setStatus(qint64 actionId, const QString &status, const QString &note, const QDate &date,
                   QString *error, qint64 *updateId = nullptr);
    // Undoes a setStatus(): removes its update and puts back the status and reason it replaced.
    bool revertStatus(qint64 actionId, qint64 updateId, const QString &status, const QString &reason,
                      QString *error);

private:
    // What list() and open() run. Columns: id, text, owner, due, status, reason, meeting id, meeting date,
    // meeting title, series.
    // `streamed`: ordered by walking the due-date index, so the first rows come at once (for a model that
    // fetches as it scrolls); otherwise filtered by status first and sorted (faster to read every row).
    BoundQuery query(const ActionFilter &filter, bool streamed = true) const;
    // Each once, in one transaction.
    bool setStatusOnce(qint64 actionId, const QString &status, const QString &note, const QDate &date,
                       QString *error, qint64 *updateId);
    bool revertStatusOnce(qint64 actionId, qint64 updateId, const QString &status, const QString &reason,
                          QString *error);

public:
    // The actions a meeting hears about from earlier meetings of its series: those still open, and
    // those whose status changed since the series last met. Oldest due first.
    QList<ActionRow> fromLastTime(qint64 meetingId) const;

private:
    Database &m_database;
};

} // namespace Coproduce
