// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingcommand.h"

#include "meetingspage.h"

#include <QCoreApplication>

namespace Coproduce {

MeetingCommand::MeetingCommand(MeetingsPage *page, qint64 meetingId, bool making, const QString &title)
    : m_page(page)
    , m_meetingId(meetingId)
    , m_making(making)
{
    // What it did (said after an undo or a redo), a line break, what it will do (the Edit menu's words).
    setText(
        making
            ? QCoreApplication::translate("MeetingCommand", "made meeting “%1”\nmake meeting “%1”").arg(title)
            : QCoreApplication::translate("MeetingCommand", "deleted meeting “%1”\ndelete meeting “%1”")
                  .arg(title));
}

MeetingCommand *MeetingCommand::made(MeetingsPage *page, qint64 meetingId, const QString &title)
{
    return new MeetingCommand(page, meetingId, true, title);
}

MeetingCommand *MeetingCommand::deleted(MeetingsPage *page, RowSnapshot snapshot, const QString &title)
{
    auto *command = new MeetingCommand(page, snapshot.id, false, title);
    command->m_snapshot = std::move(snapshot);
    return command;
}

bool MeetingCommand::removeNow()
{
    QString error;
    m_page->aboutToRemove(m_meetingId); // what is being typed in it is saved first, so undo keeps it
    m_snapshot = MeetingEdits(m_page->database()).removeMeeting(m_meetingId, &error);
    if (!m_snapshot) {
        m_page->reportProblem(
            QCoreApplication::translate("MeetingCommand", "The meeting could not be deleted: %1").arg(error));
        return false;
    }
    m_page->removed(m_meetingId);
    return true;
}

bool MeetingCommand::restoreNow()
{
    QString error;
    if (!m_snapshot || !MeetingEdits(m_page->database()).restore(*m_snapshot, &error)) {
        m_page->reportProblem(
            QCoreApplication::translate("MeetingCommand", "The meeting could not be put back: %1")
                .arg(error));
        return false;
    }
    m_page->restored(m_meetingId);
    return true;
}

void MeetingCommand::undo()
{
    if (!(m_making ? removeNow() : restoreNow()))
        setObsolete(true);
    m_applied = false;
}

void MeetingCommand::redo()
{
    if (m_applied)
        return;
    if (!(m_making ? restoreNow() : removeNow()))
        setObsolete(true);
    m_applied = true;
}

} // namespace Coproduce
