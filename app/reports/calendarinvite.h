// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/calendarfile.h"
#include "core/meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Coproduce {

class Database;

// Calendar invites: a meeting, or a series' meetings from a day on, as an iCalendar file whose description
// tells the organiser what to arrange (step-free access, a hearing loop…) for the people who come to the
// series. Everyone is named as a published document names them (Credits, redacted): a person who asked to
// be left out, or any young person, is never named in an invite that goes to many inboxes.
class CalendarInvite final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarInvite)

public:
    explicit CalendarInvite(Database &database);

    // One meeting; nothing (with `error` said) if there is no meeting `id`.
    std::optional<QList<CalendarEvent>> meeting(qint64 id, QString *error) const;
    // The series' meetings on or after `from`, oldest first: one repeating event when they are on the same
    // weekday every so many weeks with the same title, times and place, as a council's diary would hold
    // them. Nothing, with `error` said, if there is no such series or no meeting in it from `from`.
    std::optional<QList<CalendarEvent>> series(const QString &name, const QDate &from, QString *error) const;

    // The description: what the meeting is, then what to arrange and who asked for it. `regulars` are the
    // people whose needs count (see regularsOf), the meeting's own attendees first.
    static QString description(const Meeting &meeting, const QList<Attendee> &regulars);

private:
    // Who comes to the series: the meeting's own list, then whoever came to the series' last three
    // meetings before `before`, each person once (their latest access needs).
    QList<Attendee> regularsOf(const QString &series, const QDate &before, const QList<Attendee> &own) const;
    CalendarEvent event(qint64 id, const Meeting &meeting, const QList<Attendee> &regulars) const;

    Database &m_database;
};

} // namespace Coproduce
