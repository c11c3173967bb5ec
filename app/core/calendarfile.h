// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Coproduce {

// One meeting in a calendar, in the UK's own time (Europe/London), as a meeting is kept.
struct CalendarEvent
{
    QString uid;
    QString summary;
    QDate date;
    QTime start; // not valid: all day
    QTime end;
    QString location;
    QString description;
    // Written as one repeating event: every `intervalWeeks` weeks, `count` times in all (0: not repeated).
    int intervalWeeks = 0;
    int count = 1;
};

// iCalendar files (RFC 5545), written and read by libical. Times are written in Europe/London with the
// zone's rules in the file, so that a calendar anywhere shows 10:00 on both sides of the clocks changing,
// and read in whatever zone a council's calendar wrote them (Outlook's "GMT Standard Time" included), then
// turned into UK time.
class CalendarFile final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFile)

public:
    // `name` is what calendar programs call the calendar; `stamp` is when it was written (DTSTAMP).
    static QByteArray write(const QList<CalendarEvent> &events, const QString &name, const QDateTime &stamp);

    // What a file holds, a repeating event once for each of its dates: a rule with no end gives the
    // dates of the first year (said in `notes`). Cancelled events and dates are left out. On any problem,
    // nothing, with each problem in `errors` as "FILE: where: what was expected".
    struct Read
    {
        QList<CalendarEvent> events;
        QStringList notes;
    };
    static std::optional<Read> read(const QByteArray &bytes, const QString &fileName, QStringList *errors);

    // The most dates one repeating event may give (a rule with no end is cut to a year first).
    static constexpr int MaxRepeats = 200;
};

} // namespace Coproduce
