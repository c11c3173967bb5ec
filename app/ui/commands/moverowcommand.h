// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QUndoCommand>

namespace Coproduce {

class MeetingDocument;

// A row moved to another place among its siblings (an agenda item dragged, or moved with the keyboard).
class MoveRowCommand final : public QUndoCommand
{
public:
    // Nothing is written until it is pushed: redo() writes, and a write that fails makes it obsolete.
    MoveRowCommand(MeetingDocument *document, RowKind kind, qint64 id, int from, int to);

    void undo() override;
    void redo() override;

private:
    void moveTo(int position);

    MeetingDocument *m_document;
    RowKind m_kind;
    qint64 m_id;
    int m_from;
    int m_to;
};

} // namespace Coproduce
