// SPDX-License-Identifier: GPL-3.0-or-later
// Writing: every property is made by libical, which escapes and folds the text as RFC 5545 asks (reading is
// in calendarread.cpp).
#include "calendarfile.h"

#include <libical/ical.h>

#include <memory>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const char *const Zone = "Europe/London";

struct FreeComponent
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

void add(icalcomponent *c, icalproperty *p)
{
    icalcomponent_add_property(c, p);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The UK's rules since 1996 (the last Sunday of March at 01:00 UTC, of October at 01:00 UTC), which is all
// a calendar needs for meetings from now on; a VTIMEZONE of every change since 1847 would be hundreds of
// lines in every invite.
icalcomponent *londonZone()
{
    icalcomponent *zone = icalcomponent_new_vtimezone();
    add(zone, icalproperty_new_tzid(Zone));
    icalproperty *location = icalproperty_new_x(Zone);
    icalproperty_set_x_name(location, "X-LIC-LOCATION");
    add(zone, location);
    const auto part
        = [](icalcomponent *c, const char *name, int from, int to, const char *start, const char *rule) {
              add(c, icalproperty_new_tzname(name));
              add(c, icalproperty_new_tzoffsetfrom(from));
              add(c, icalproperty_new_tzoffsetto(to));
              add(c, icalproperty_new_dtstart(icaltime_from_string(start)));
              add(c, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
              return c;
          };
    icalcomponent_add_component(zone,
                                part(icalcomponent_new_xdaylight(), "BST", 0, 3600, "19810329T010000",
                                     "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    icalcomponent_add_component(zone,
                                part(icalcomponent_new_xstandard(), "GMT", 3600, 0, "19961027T020000",
                                     "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    return zone;
}

// A UK wall-clock time, with TZID=Europe/London; a date alone for an all-day meeting.
icalproperty *ukTime(icalproperty *property, const QTime &time)
{
    if (time.isValid())
        icalproperty_add_parameter(property, icalparameter_new_tzid(Zone));
    return property;
}

icaltimetype ukValue(const QDate &date, const QTime &time)
{
    const QString text = time.isValid() ? date.toString(u"yyyyMMdd"_s) + u'T' + time.toString(u"HHmmss"_s)
                                        : date.toString(u"yyyyMMdd"_s);
    return icaltime_from_string(text.toLatin1().constData());
}

} // namespace

QByteArray CalendarFile::write(const QList<CalendarEvent> &events, const QString &name,
                               const QDateTime &stamp)
{
    Component calendar(icalcomponent_new_vcalendar());
    add(calendar.get(), icalproperty_new_version("2.0"));
    add(calendar.get(), icalproperty_new_prodid("-//Coproduce//Coproduce//EN"));
    add(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    add(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // The name Outlook, Thunderbird and GNOME Calendar give a calendar they subscribe to or import.
    icalproperty *calendarName = icalproperty_new_x(utf8(name).constData());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    add(calendar.get(), calendarName);
    icalcomponent_add_component(calendar.get(), londonZone());
    const icaltimetype written
        = icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    for (const CalendarEvent &e : events) {
        icalcomponent *event = icalcomponent_new_vevent();
        add(event, icalproperty_new_uid(utf8(e.uid).constData()));
        add(event, icalproperty_new_dtstamp(written));
        const QTime start = e.start.isValid() ? e.start : QTime();
        add(event, ukTime(icalproperty_new_dtstart(ukValue(e.date, start)), start));
        if (!start.isValid())
            add(event, icalproperty_new_dtend(ukValue(e.date.addDays(1), QTime())));
        else if (e.end.isValid() && e.end > start)
            add(event, ukTime(icalproperty_new_dtend(ukValue(e.date, e.end)), e.end));
        if (e.intervalWeeks > 0 && e.count > 1) {
            const QString rule = u"FREQ=WEEKLY;INTERVAL=%1;COUNT=%2"_s.arg(e.intervalWeeks).arg(e.count);
            add(event, icalproperty_new_rrule(icalrecurrencetype_from_string(rule.toLatin1().constData())));
        }
        add(event, icalproperty_new_summary(utf8(e.summary).constData()));
        if (!e.location.isEmpty())
            add(event, icalproperty_new_location(utf8(e.location).constData()));
        if (!e.description.isEmpty())
            add(event, icalproperty_new_description(utf8(e.description).constData()));
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray out(text);
    free(text);
    return out;
}

} // namespace Coproduce
