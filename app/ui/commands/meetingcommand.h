// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meeting.h"
#include "core/meetingedits.h"

#include <QUndoCommand>

#include <optional>

namespace Coproduce {

class MeetingsPage;

// A whole meeting made or deleted; redo() does it, the first time when the command is pushed. Undoing a
// deletion puts the meeting back with the same ids and everything in it; undoing the making of one deletes
// it and keeps what it held, so redo puts back the same meeting. A change that cannot be made is reported
// through the page, and the command makes itself obsolete, so the stack drops it.
class MeetingCommand final : public QUndoCommand
{
public:
    static MeetingCommand *making(MeetingsPage *page, const Meeting &meeting);
    static MeetingCommand *deleting(MeetingsPage *page, qint64 meetingId, const QString &title);

    // The meeting made or deleted (0 while a meeting to make has not been made).
    qint64 meetingId() const { return m_meetingId; }

    void undo() override;
    void redo() override;

private:
    MeetingCommand(MeetingsPage *page, qint64 meetingId, bool making, const QString &title);
    bool makeNow();
    bool removeNow();
    bool restoreNow();

    MeetingsPage *m_page;
    qint64 m_meetingId;
    bool m_making;
    std::optional<Meeting> m_toMake; // until it is first made
    std::optional<RowSnapshot> m_snapshot; // what was removed, for putting back
};

} // namespace Coproduce
