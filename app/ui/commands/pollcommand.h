// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Coproduce {

class MeetingDocument;

// One count of the room's poll (how many people in a role put an activity on a rung), set or cleared.
class PollCommand final : public QUndoCommand
{
public:
    // Nothing is written until it is pushed: redo() writes, and a write that fails makes it obsolete.
    PollCommand(MeetingDocument *document, qint64 activityId, const QString &role, const QString &rung,
                int before, int after);

    void undo() override;
    void redo() override;

private:
    void set(int expected, int count);

    MeetingDocument *m_document;
    qint64 m_activityId;
    QString m_role;
    QString m_rung;
    int m_before;
    int m_after;
};

} // namespace Coproduce
