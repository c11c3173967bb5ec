// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ratingcommand.h"

#include "ui/editor/meetingdocument.h"

namespace Coproduce {

RatingCommand::RatingCommand(MeetingDocument *document, qint64 activityId, const QString &perspective,
                             const QString &before, const QString &after)
    : m_document(document)
    , m_activityId(activityId)
    , m_perspective(perspective)
    , m_before(before)
    , m_after(after)
{
}

void RatingCommand::set(const QString &expected, const QString &rung)
{
    QString error;
    if (!m_document->report(
            m_document->edits().setRating(m_activityId, m_perspective, expected, rung, &error), error))
        setObsolete(true);
}

void RatingCommand::undo()
{
    set(m_after, m_before);
}

void RatingCommand::redo()
{
    set(m_before, m_after);
}

} // namespace Coproduce
