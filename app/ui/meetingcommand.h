// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QUndoCommand>

#include <optional>

namespace Coproduce {

class MeetingsPage;

// A whole meeting made or deleted. Undoing a deletion puts the meeting back with the same ids and
// everything in it; undoing the making of one deletes it and keeps what it held, for redo.
class MeetingCommand final : public QUndoCommand
{
public:
    static MeetingCommand *made(MeetingsPage *page, qint64 meetingId, const QString &title);
    static MeetingCommand *deleted(MeetingsPage *page, RowSnapshot snapshot, const QString &title);

    void undo() override;
    void redo() override;

private:
    MeetingCommand(MeetingsPage *page, qint64 meetingId, bool making, const QString &title);
    bool removeNow();
    bool restoreNow();

    MeetingsPage *m_page;
    qint64 m_meetingId;
    bool m_making;
    std::optional<RowSnapshot> m_snapshot;
    bool m_applied = true;
};

} // namespace Coproduce
