// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/rowcommand.h"

#include "ui/commands/changewords.h"
#include "ui/editor/meetingdocument.h"

namespace Coproduce {

RowCommand::RowCommand(MeetingDocument *document, RowKind kind, qint64 id, bool adding)
    : m_document(document)
    , m_kind(kind)
    , m_id(id)
    , m_adding(adding)
{
}

RowCommand *RowCommand::adding(MeetingDocument *document, RowKind kind, qint64 parentId, int position,
                               const QVariantMap &values)
{
    auto *command = new RowCommand(document, kind, 0, true);
    command->m_parentId = parentId;
    command->m_position = position;
    command->m_values = values;
    return command;
}

RowCommand *RowCommand::removing(MeetingDocument *document, RowKind kind, qint64 id)
{
    auto *command = new RowCommand(document, kind, id, false);
    const QString what = document->rowLabel(kind, id); // while it is there to be named
    ChangeWords::name(command, tr("delete %1").arg(what), tr("deleted %1").arg(what));
    return command;
}

bool RowCommand::addNow()
{
    m_document->storeKept(); // what was typed while the server was away goes first, in order
    QString error;
    const std::optional<qint64> id
        = m_document->edits().addRow(m_kind, m_parentId, m_position, m_values, &error);
    // The server away: kept on the laptop, to be added at the end of its table.
    if (!id && m_document->keepRowForLater(m_kind, m_parentId, m_values))
        return false;
    if (id) {
        m_id = *id;
        // Named by its words, which exist now: the Edit menu hears of it as the stack takes the command.
        const QString what = m_document->rowLabel(m_kind, m_id);
        ChangeWords::name(this, tr("add %1").arg(what), tr("added %1").arg(what));
    }
    return m_document->report(id.has_value(), error);
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
}

void RowCommand::redo()
{
    const bool done = m_adding ? (m_id == 0 ? addNow() : restoreNow()) : removeNow();
    if (!done)
        setObsolete(true);
}

} // namespace Coproduce
