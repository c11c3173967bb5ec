// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarinvite.h"

#include "core/accessneeds.h"
#include "core/meetingrepository.h"
#include "credits.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// How many of a series' past meetings say who comes to it.
constexpr int RecentMeetings = 3;

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Stable for as long as the meeting and its series are: a calendar that imports the file again updates
// the meeting rather than adding a second one.
QString uid(const QString &kind, qint64 id, const QString &series)
{
    const QByteArray hash
        = QCryptographicHash::hash(series.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return u"coproduce-%1-%2-%3@coproduce"_s.arg(kind).arg(id).arg(QString::fromLatin1(hash));
}

} // namespace

CalendarInvite::CalendarInvite(Database &database)
    : m_database(database)
{
}

QList<Attendee> CalendarInvite::regularsOf(const QString &series, const QDate &before,
                                           const QList<Attendee> &own) const
{
    QList<Attendee> people = own;
    QSet<QString> named;
    for (const Attendee &a : own)
        named.insert(a.name);
    if (series.isEmpty())
        return people;
    MeetingRepository meetings(m_database);
    const QList<MeetingSummary> list = meetings.list(); // oldest first
    int seen = 0;
    for (auto m = list.crbegin(); m != list.crend() && seen < RecentMeetings; ++m) {
        if (m->series != series || m->date >= before)
            continue;
        const std::optional<Meeting> past = meetings.load(m->id);
        if (!past || past->attendees.isEmpty())
            continue; // planned, and nobody listed yet
        ++seen;
        for (const Attendee &a : past->attendees) {
            if (named.contains(a.name))
                continue; // their newest needs are already here
            named.insert(a.name);
            people << a;
        }
    }
    return people;
}

QString CalendarInvite::description(const Meeting &meeting, const QList<Attendee> &regulars)
{
    QStringList lines;
    lines << (meeting.series.isEmpty() ? tr("A co-production meeting.")
                                       : tr("A meeting of the series \"%1\".").arg(meeting.series));
    const Credits credits(regulars, true);
    QStringList arrange;
    // Each line once, with how many people said it: two parent carers who both need the hearing loop read
    // as one line, not as the same line twice.
    QStringList said;
    QHash<QString, int> times;
    for (const Attendee &a : regulars) {
        const QString needs = credits.text(a.accessNeeds.simplified());
        if (needs.isEmpty())
            continue;
        for (const QString &arrangement : AccessNeeds::arrangements(a.accessNeeds))
            if (!arrange.contains(arrangement))
                arrange << arrangement;
        const QString who = credits.shown(a).isEmpty() ? tr("someone") : credits.shown(a);
        const QString line = capitalised(who) + u": "_s + needs;
        if (times[line]++ == 0)
            said << line;
    }
    QStringList told;
    for (const QString &line : std::as_const(said))
        told << u"- "_s
                + (times.value(line) > 1 ? tr("%1 (%n people)", nullptr, times.value(line)).arg(line) : line);
    lines << QString();
    if (told.isEmpty()) {
        lines << tr("Nobody who comes to this meeting has told us of an access need yet. Ask everyone you "
                    "invite what would help them take part.");
    } else {
        if (!arrange.isEmpty()) {
            lines << tr("Please arrange:");
            for (const QString &a : std::as_const(arrange))
                lines << u"- "_s + a;
            lines << QString();
        }
        lines << tr("What people have told us they need:") << told;
    }
    return lines.join(u'\n');
}

CalendarEvent CalendarInvite::event(qint64 id, const Meeting &meeting, const QList<Attendee> &regulars) const
{
    CalendarEvent e;
    e.uid = uid(u"meeting"_s, id, meeting.series);
    e.summary = meeting.title;
    e.date = meeting.date;
    e.start = meeting.start;
    e.end = meeting.end;
    e.location = meeting.location;
    e.description = description(meeting, regulars);
    return e;
}

std::optional<QList<CalendarEvent>> CalendarInvite::meeting(qint64 id, QString *error) const
{
    const std::optional<Meeting> m = MeetingRepository(m_database).load(id);
    if (!m) {
        *error = tr("there is no meeting %1 (see `coproduce meetings list`)").arg(id);
        return std::nullopt;
    }
    return QList<CalendarEvent> { event(id, *m, regularsOf(m->series, m->date, m->attendees)) };
}

std::optional<QList<CalendarEvent>> CalendarInvite::series(const QString &name, const QDate &from,
                                                           QString *error) const
{
    MeetingRepository meetings(m_database);
    QList<CalendarEvent> events;
    bool known = false;
    for (const MeetingSummary &s : meetings.list()) {
        known = known || s.series == name;
        if (s.series != name || s.date < from)
            continue;
        if (const std::optional<Meeting> m = meetings.load(s.id))
            events << event(s.id, *m, regularsOf(name, from, m->attendees));
    }
    if (!known) {
        *error = tr("there is no series \"%1\" (see `coproduce series list`)").arg(name);
        return std::nullopt;
    }
    if (events.isEmpty()) {
        *error = tr("the series \"%1\" has no meeting on or after %2").arg(name, from.toString(Qt::ISODate));
        return std::nullopt;
    }
    // The same meeting every so many weeks: one repeating event, which a diary shows as one series.
    const qint64 gap = events.size() > 1 ? events.at(0).date.daysTo(events.at(1).date) : 0;
    bool regular = gap > 0 && gap % 7 == 0;
    for (qsizetype i = 1; regular && i < events.size(); ++i) {
        const CalendarEvent &a = events.at(i - 1);
        const CalendarEvent &b = events.at(i);
        regular = a.date.daysTo(b.date) == gap && a.summary == b.summary && a.start == b.start
            && a.end == b.end && a.location == b.location && a.description == b.description;
    }
    if (regular) {
        CalendarEvent repeating = events.constFirst();
        repeating.uid.replace(u"coproduce-meeting-"_s, u"coproduce-series-"_s);
        repeating.intervalWeeks = int(gap / 7);
        repeating.count = int(events.size());
        return QList<CalendarEvent> { repeating };
    }
    return events;
}

} // namespace Coproduce
