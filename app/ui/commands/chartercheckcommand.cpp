// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/chartercheckcommand.h"

#include "ui/commands/changevaluecommand.h"
#include "ui/editor/meetingdocument.h"

namespace Coproduce {

CharterCheckCommand::CharterCheckCommand(MeetingDocument *document, const QString &principle,
                                         const Check &before, const Check &after)
    : m_document(document)
    , m_principle(principle)
    , m_before(before)
    , m_after(after)
{
}

void CharterCheckCommand::undo()
{
    QString error;
    if (!m_document->report(m_document->edits().setCharterCheck(m_document->meetingId(), m_principle, m_after,
                                                                m_before, &error),
                            error))
        setObsolete(true);
}

void CharterCheckCommand::redo()
{
    QString error;
    if (!m_document->report(m_document->edits().setCharterCheck(m_document->meetingId(), m_principle,
                                                                m_before, m_after, &error),
                            error))
        setObsolete(true);
}

int CharterCheckCommand::id() const
{
    return int(MergeId::CharterCheck);
}

bool CharterCheckCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CharterCheckCommand *>(other);
    // Only a run of typing in the note merges; a new score is its own step.
    if (next->m_principle != m_principle || next->m_after.first != m_after.first)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Coproduce
