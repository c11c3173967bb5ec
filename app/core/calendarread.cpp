// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a calendar: libical parses it, finds each time's zone (from the file's VTIMEZONE, else by its
// name) and expands the repeats (RRULE, RDATE, EXDATE); Qt's time zones then give the UK time of each
// instant. A council's file is trusted for nothing: every event must say when it starts and what it is.
#include "calendarfile.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

struct FreeComponent
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

const QTimeZone &london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

// An instant or a floating time (no zone: taken as UK time, as a council's calendar means it).
QDateTime ukDateTime(const icaltimetype &t)
{
    if (icaltime_is_utc(t) || t.zone) {
        const icaltimezone *zone = icaltime_is_utc(t) ? icaltimezone_get_utc_timezone() : t.zone;
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, zone), london());
    }
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), london());
}

// libical takes "2027-13-45" as a date: a real one has a month of 1 to 12, a day that month has, and a time
// of day.
bool isReal(const icaltimetype &t)
{
    return !icaltime_is_null_time(t) && QDate::isValid(t.year, t.month, t.day)
        && (t.is_date || QTime::isValid(t.hour, t.minute, t.second));
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// Every complaint libical left in the parsed file (as X-LIC-ERROR properties).
void libicalErrors(icalcomponent *c, const QString &where, QStringList *errors)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        errors->append(where + text(icalproperty_get_xlicerror(p)));
    for (icalcomponent *inner = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); inner;
         inner = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        libicalErrors(inner, where, errors);
}

struct Expansion
{
    QList<QDateTime> starts;
    QList<QDate> dates; // of an all-day event
    bool allDay = false;
};

void collect(icalcomponent *, icaltime_span *span, void *data)
{
    auto *e = static_cast<Expansion *>(data);
    const QDateTime start
        = QDateTime::fromSecsSinceEpoch(span->start, e->allDay ? QTimeZone::utc() : london());
    if (e->allDay)
        e->dates << start.date();
    else
        e->starts << start;
}

} // namespace

std::optional<CalendarFile::Read> CalendarFile::read(const QByteArray &bytes, const QString &fileName,
                                                     QStringList *errors)
{
    errors->clear();
    const auto refuse = [&](const QString &message) {
        errors->append(fileName + u": "_s + message);
        return std::nullopt;
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return refuse(tr("the file is not text in UTF-8; expected an iCalendar file (.ics)"));
    if (!decoded.trimmed().startsWith(u"BEGIN:VCALENDAR"_s, Qt::CaseInsensitive))
        return refuse(tr("line 1: expected BEGIN:VCALENDAR, the start of an iCalendar file (.ics)"));
    std::unique_ptr<icalcomponent, FreeComponent> root(icalparser_parse_string(bytes.constData()));
    if (!root
        || (icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT
            && icalcomponent_isa(root.get()) != ICAL_XROOT_COMPONENT))
        return refuse(tr("no calendar could be read; expected BEGIN:VCALENDAR … END:VCALENDAR"));

    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT)
        calendars << root.get();
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
        calendars << c;

    Read result;
    int number = 0;
    for (icalcomponent *calendar : std::as_const(calendars)) {
        // A changed date of a repeating meeting is an event of its own, with the date it replaces.
        QHash<QString, QList<QDateTime>> replaced;
        QList<icalcomponent *> events;
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            events << e;
            const icaltimetype replaces = icalcomponent_get_recurrenceid(e);
            if (!icaltime_is_null_time(replaces))
                replaced[text(icalcomponent_get_uid(e))] << ukDateTime(replaces);
        }
        for (icalcomponent *e : std::as_const(events)) {
            ++number;
            const QString summary = text(icalcomponent_get_summary(e));
            const QString where = summary.isEmpty() ? tr("event %1: ").arg(number)
                                                    : tr("event %1 (\"%2\"): ").arg(number).arg(summary);
            const int before = errors->size();
            libicalErrors(e, fileName + u": "_s + where, errors);
            if (summary.isEmpty())
                errors->append(fileName + u": "_s + where
                               + tr("SUMMARY: missing; expected the meeting's title"));
            const icaltimetype start = icalcomponent_get_dtstart(e);
            if (!isReal(start)) {
                errors->append(fileName + u": "_s + where
                               + tr("DTSTART: missing or not a date; expected when the meeting starts, "
                                    "such as DTSTART;TZID=Europe/London:20270323T100000"));
                continue;
            }
            if (errors->size() > before)
                continue;
            CalendarEvent event;
            event.uid = text(icalcomponent_get_uid(e));
            event.summary = summary;
            event.location = text(icalcomponent_get_location(e));
            event.description = text(icalcomponent_get_description(e));
            const QDateTime first = start.is_date ? QDateTime() : ukDateTime(start);
            const icaltimetype endValue = icalcomponent_get_dtend(e);
            if (!icaltime_is_null_time(endValue) && !isReal(endValue)) {
                errors->append(fileName + u": "_s + where
                               + tr("DTEND: not a date; expected when the meeting ends, such as "
                                    "DTEND;TZID=Europe/London:20270323T120000"));
                continue;
            }
            const qint64 length
                = start.is_date || icaltime_is_null_time(endValue) ? 0 : first.secsTo(ukDateTime(endValue));
            if (length < 0) {
                errors->append(fileName + u": "_s + where
                               + tr("DTEND: before DTSTART; expected the meeting to end after it starts"));
                continue;
            }
            if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED) {
                result.notes << fileName + u": "_s + where + tr("cancelled, so left out");
                continue;
            }
            const bool repeats = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY)
                || icalcomponent_get_first_property(e, ICAL_RDATE_PROPERTY);
            if (!repeats || !icaltime_is_null_time(icalcomponent_get_recurrenceid(e))) {
                event.date = start.is_date ? QDate(start.year, start.month, start.day) : first.date();
                event.start = start.is_date ? QTime() : first.time();
                event.end = length > 0 ? first.addSecs(length).time() : QTime();
                result.events << event;
                continue;
            }
            // A rule with no end gives the first year's dates (to the same date a year on).
            icalproperty *ruleProperty = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY);
            const icalrecurrencetype rule
                = ruleProperty ? icalproperty_get_rrule(ruleProperty) : icalrecurrencetype();
            const bool endless = ruleProperty && rule.count == 0 && icaltime_is_null_time(rule.until);
            icaltimetype until = start;
            until.year += endless ? 1 : 100;
            // libical drops a date that only touches the window's start (an event with no end): open the
            // window a day early.
            icaltimetype from = start;
            from.day -= 1;
            from = icaltime_normalize(from);
            Expansion expansion;
            expansion.allDay = start.is_date;
            icalcomponent_foreach_recurrence(e, from, until, collect, &expansion);
            const int dates = int(expansion.allDay ? expansion.dates.size() : expansion.starts.size());
            if (dates > MaxRepeats) {
                errors->append(fileName + u": "_s + where
                               + tr("RRULE: repeats %n times; expected at most %1 meetings", nullptr, dates)
                                     .arg(MaxRepeats));
                continue;
            }
            const QList<QDateTime> skip = replaced.value(event.uid);
            for (int i = 0; i < dates; ++i) {
                CalendarEvent one = event;
                if (expansion.allDay) {
                    one.date = expansion.dates.at(i);
                } else {
                    const QDateTime at = expansion.starts.at(i);
                    if (skip.contains(at))
                        continue;
                    one.date = at.date();
                    one.start = at.time();
                    one.end = length > 0 ? at.addSecs(length).time() : QTime();
                }
                result.events << one;
            }
            if (endless && dates > 0) {
                const QDate last
                    = expansion.allDay ? expansion.dates.constLast() : expansion.starts.constLast().date();
                result.notes << fileName + u": "_s + where
                        + tr("repeats with no end date, so the meetings of its first year were made (the "
                             "last on %1)")
                              .arg(QLocale().toString(last, QLocale::LongFormat));
            }
        }
    }
    if (!errors->isEmpty())
        return std::nullopt;
    if (result.events.isEmpty() && result.notes.isEmpty())
        return refuse(tr("no events (VEVENT); expected at least one meeting"));
    std::stable_sort(result.events.begin(), result.events.end(),
                     [](const CalendarEvent &a, const CalendarEvent &b) {
                         return std::make_pair(a.date, a.start) < std::make_pair(b.date, b.start);
                     });
    return result;
}

} // namespace Coproduce
