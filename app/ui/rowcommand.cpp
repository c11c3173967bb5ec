// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcommand.h"

#include "meetingdocument.h"

namespace Coproduce {

RowCommand::RowCommand(MeetingDocument *document, RowKind kind, qint64 id, bool adding)
    : m_document(document)
    , m_kind(kind)
    , m_id(id)
    , m_adding(adding)
{
}

RowCommand *RowCommand::added(MeetingDocument *document, RowKind kind, qint64 id)
{
    return new RowCommand(document, kind, id, true);
}

RowCommand *RowCommand::removed(MeetingDocument *document, RowSnapshot snapshot)
{
    auto *command = new RowCommand(document, snapshot.kind, snapshot.id, false);
    command->m_snapshot = std::move(snapshot);
    return command;
}

bool RowCommand::removeNow()
{
    QString error;
    m_snapshot = m_document->edits().removeRow(m_kind, m_id, &error);
    return m_document->report(m_snapshot.has_value(), error);
}

bool RowCommand::restoreNow()
{
    QString error;
    return m_document->report(m_snapshot && m_document->edits().restore(*m_snapshot, &error), error);
}

void RowCommand::undo()
{
    if (!(m_adding ? removeNow() : restoreNow()))
        setObsolete(true);
    m_applied = false;
}

void RowCommand::redo()
{
    if (m_applied)
        return;
    if (!(m_adding ? restoreNow() : removeNow()))
        setObsolete(true);
    m_applied = true;
}

} // namespace Coproduce
