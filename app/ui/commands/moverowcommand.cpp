// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/moverowcommand.h"

#include "ui/editor/meetingdocument.h"

namespace Coproduce {

MoveRowCommand::MoveRowCommand(MeetingDocument *document, RowKind kind, qint64 id, int from, int to)
    : m_document(document)
    , m_kind(kind)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
}

void MoveRowCommand::moveTo(int position)
{
    QString error;
    if (!m_document->report(m_document->edits().moveRow(m_kind, m_id, position, &error), error))
        setObsolete(true);
}

void MoveRowCommand::undo()
{
    moveTo(m_from);
}

void MoveRowCommand::redo()
{
    moveTo(m_to);
}

} // namespace Coproduce
