#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A second reader of our calendar files, written by nobody here: Python's icalendar (Debian's
# python3-icalendar), with dateutil to expand a repeating event. Prints each event as JSON: its text
# fields and every date it falls on, as UK time and as UTC (tests/reports/tst_calendar.cpp compares them).
import json
import sys
from datetime import timezone

from dateutil.rrule import rrulestr
from icalendar import Calendar


def when(value):
    if not hasattr(value, "hour"):  # an all-day date
        return {"date": value.isoformat()}
    return {"local": value.strftime("%Y-%m-%dT%H:%M"), "utc": value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
            "offset": value.strftime("%z")}


with open(sys.argv[1], "rb") as f:
    calendar = Calendar.from_ical(f.read())
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND") if "DTEND" in event else None
    dates = [start]
    rule = event.get("RRULE")
    if rule is not None:
        # RFC 5545 repeats the wall-clock time: expand in local time, then place each date in its zone
        # (pytz zones, as icalendar gives them, must be asked to localize).
        zone = getattr(start, "tzinfo", None)
        naive = start.replace(tzinfo=None) if zone is not None else start
        dates = list(rrulestr(rule.to_ical().decode(), dtstart=naive))
        if zone is not None:
            dates = [zone.localize(d) if hasattr(zone, "localize") else d.replace(tzinfo=zone) for d in dates]
    length = (end - start) if end is not None else None
    events.append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "location": str(event.get("LOCATION", "")),
        "description": str(event.get("DESCRIPTION", "")),
        "tzid": str(event["DTSTART"].params.get("TZID", "")),
        "rrule": rule.to_ical().decode() if rule is not None else "",
        "occurrences": [{"start": when(d), "end": when(d + length) if length is not None else None} for d in dates],
    })
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME", "")), "events": events}))
