// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/meetingcommand.h"

#include "ui/sections/meetingspage.h"

#include "core/meetingrepository.h"

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

MeetingCommand *MeetingCommand::making(MeetingsPage *page, const Meeting &meeting)
{
    auto *command = new MeetingCommand(page, 0, true, meeting.title);
    command->m_toMake = meeting;
    return command;
}

MeetingCommand *MeetingCommand::deleting(MeetingsPage *page, qint64 meetingId, const QString &title)
{
    return new MeetingCommand(page, meetingId, false, title);
}

bool MeetingCommand::makeNow()
{
    QString error;
    const std::optional<qint64> id = MeetingRepository(m_page->database()).insert(*m_toMake, &error);
    if (!id) {
        m_page->reportProblem(
            QCoreApplication::translate("MeetingCommand", "The meeting could not be made: %1").arg(error));
        return false;
    }
    m_meetingId = *id;
    m_toMake.reset(); // from now on, undo keeps what it holds and redo puts that back
    m_page->restored(m_meetingId);
    return true;
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
}

void MeetingCommand::redo()
{
    const bool done = !m_making ? removeNow() : m_toMake ? makeNow() : restoreNow();
    if (!done)
        setObsolete(true);
}

} // namespace Coproduce
