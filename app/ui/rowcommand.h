// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QUndoCommand>

#include <optional>

namespace Coproduce {

class MeetingDocument;

// A row added or removed (with everything under it). Undoing a removal puts the row back with the same
// id, children and links; undoing an addition removes it and keeps what it took, for redo.
class RowCommand final : public QUndoCommand
{
public:
    static RowCommand *added(MeetingDocument *document, RowKind kind, qint64 id);
    static RowCommand *removed(MeetingDocument *document, RowSnapshot snapshot);

    void undo() override;
    void redo() override;

private:
    RowCommand(MeetingDocument *document, RowKind kind, qint64 id, bool adding);
    bool removeNow();
    bool restoreNow();

    MeetingDocument *m_document;
    RowKind m_kind;
    qint64 m_id;
    bool m_adding;
    std::optional<RowSnapshot> m_snapshot;
    bool m_applied = true;
};

} // namespace Coproduce
