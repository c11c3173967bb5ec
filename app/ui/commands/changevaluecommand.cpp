// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/changevaluecommand.h"

#include "ui/editor/meetingdocument.h"

namespace Coproduce {

ChangeValueCommand::ChangeValueCommand(MeetingDocument *document, Field field, qint64 rowId,
                                       const QVariant &before, const QVariant &after, const QString &what)
    : m_document(document)
    , m_field(field)
    , m_rowId(rowId)
    , m_before(before)
    , m_after(after)
    , m_what(what)
{
}

void ChangeValueCommand::undo()
{
    if (m_document->forgetKept(m_field, m_rowId))
        return; // it was never stored: the server still holds what it held before
    QString error;
    if (!m_document->report(m_document->edits().setValue(m_field, m_rowId, m_after, m_before, &error), error))
        setObsolete(true);
}

void ChangeValueCommand::redo()
{
    m_document->storeKept(); // what was typed while the server was away goes first, in order
    QString error;
    const MeetingEdits::Result result
        = m_document->edits().setValue(m_field, m_rowId, m_before, m_after, &error);
    // The server away: kept on the laptop (the step stays, and so does what is in the field).
    if (result == MeetingEdits::Result::Failed
        && m_document->keepForLater(m_field, m_rowId, m_before, m_after))
        return;
    if (!m_document->report(result, m_document->named(m_what, result, error)))
        setObsolete(true);
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeValueCommand *>(other);
    if (next->m_field != m_field || next->m_rowId != m_rowId)
        return false;
    m_after = next->m_after;
    setText(next->text() + u'\n' + next->actionText()); // it names the value typed last
    return true;
}

} // namespace Coproduce
