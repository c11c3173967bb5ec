// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace Coproduce {

class Database;

// An action's status changed, with its dated note. Undo removes the note and puts the old status back;
// redo makes the change again as a new dated update. Used by the meeting editor and the actions board.
class StatusCommand final : public QUndoCommand
{
public:
    using Report = std::function<bool(bool ok, const QString &error)>;
    struct Change
    {
        qint64 actionId = 0;
        QString oldStatus;
        QString oldReason;
        QString status;
        QString note;
        QDate date;
    };

    // Nothing is written until it is pushed: redo() writes (the note dated as the change says), and a
    // write that fails makes it obsolete, so the stack drops it. done() says whether the last write held.
    StatusCommand(Database &database, const Change &change, Report report);
    bool done() const { return m_updateId != 0; }

    void undo() override;
    void redo() override;

private:
    bool apply();

    Database &m_database;
    Change m_change;
    Report m_report;
    qint64 m_updateId = 0;
};

} // namespace Coproduce
