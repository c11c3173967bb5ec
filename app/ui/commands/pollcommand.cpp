// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/pollcommand.h"

#include "ui/editor/meetingdocument.h"

namespace Coproduce {

PollCommand::PollCommand(MeetingDocument *document, qint64 activityId, const QString &role,
                         const QString &rung, int before, int after)
    : m_document(document)
    , m_activityId(activityId)
    , m_role(role)
    , m_rung(rung)
    , m_before(before)
    , m_after(after)
{
}

void PollCommand::set(int expected, int count)
{
    QString error;
    if (!m_document->report(
            m_document->edits().setVotes(m_activityId, m_role, m_rung, expected, count, &error), error))
        setObsolete(true);
}

void PollCommand::undo()
{
    set(m_after, m_before);
}

void PollCommand::redo()
{
    set(m_before, m_after);
}

} // namespace Coproduce
