// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace Coproduce {

// How well an area is co-producing over time (issue 21): the numbers behind the Progress section, the
// progress report and `coproduce progress`. People are counted here, never named.

// What to count: meetings dated from `from` to `to` (both included), of one series or of the whole area,
// in periods of a month, a quarter or a year. `today` decides which open actions are late.
struct ProgressRequest
{
    enum class Step { Month, Quarter, Year };
    QDate from;
    QDate to;
    QString series; // empty: every series, and meetings in none
    Step step = Step::Quarter;
    QDate today = QDate::currentDate();

    static QString stepId(Step step)
    {
        return step == Step::Month ? QStringLiteral("month")
            : step == Step::Year   ? QStringLiteral("year")
                                   : QStringLiteral("quarter");
    }
    // Where "the last 12 months" up to `to` start: the first day of the fourth quarter back (the one `to`
    // is in counted), or of the twelfth month, so that every period is whole but the one still going on; by
    // year, the day after `to` a year before.
    static QDate lastTwelveMonths(const QDate &to, Step step);
};

// One month, quarter or year. `first` and `last` are its days inside the request (the first and last period
// may be cut short by it).
struct ProgressPeriod
{
    QString id; // "2026-03", "2026-Q1" or "2026"
    QDate first;
    QDate last;
    // "March 2026", "January to March 2026" ("15 to 31 March 2026" when cut short).
    QString label() const;
    // Whether the request's dates cut it short.
    bool isPartial() const;
    // For a sentence: "in March 2026", "in January to March 2026", "from 1 October to 22 November 2026".
    QString during() const;
    // For a chart's axis: "Mar 2026", "Jan–Mar 2026".
    QString shortLabel() const;
};

// Ratings on the ladder: how many sat in each group (Doing to, Doing for, Doing with, in Ladder's order)
// and the median rung. Of an even number of ratings the median is the lower of the two middle rungs, so it
// is always a rung someone chose.
struct LadderTally
{
    QList<int> groups = { 0, 0, 0 };
    int median = -1; // the rung's level (0 = the lowest); -1 with no ratings
    int total() const;
};

struct CheckTally
{
    int yes = 0;
    int partly = 0;
    int notYet = 0;
    int total() const { return yes + partly + notYet; }
};

// The numbers of one period (or of the whole time asked for).
struct ProgressCounts
{
    int meetings = 0;

    LadderTally ladder; // every point of view together
    QMap<QString, LadderTally> perspectives; // by role id, only those that rated
    int compared = 0; // activities rated from two or more points of view
    int apart = 0; // of those, how many had two ratings two rungs or more apart

    // Actions agreed at the period's meetings, by their status now.
    int actions = 0;
    int open = 0;
    int inProgress = 0;
    int done = 0;
    int cannotDo = 0;
    int overdue = 0; // open or in progress, due before `today`
    int medianDaysToDone = -1; // from the meeting to the day it was marked done; -1 when none is done
    int said = 0; // things people said ("you said")
    int saidWithAction = 0; // of those, how many an action answers ("we did")

    QMap<QString, int> present; // by role id: people at the period's meetings
    int apologies = 0;
    int firstTime = 0; // people at a meeting (of the series, or of the area) for the first time
    int accessNeeds = 0; // people there whose access needs were recorded

    CheckTally heard; // "were you heard?": yes / partly / no (in `notYet`)
    QMap<QString, CheckTally> principles; // the charter check, by ProgressNumbers::principles' key

    int presentTotal() const;
};

struct ProgressPrinciple
{
    QString key; // "charter-id/principle-id"
    QString title;
};

struct ProgressNumbers
{
    ProgressRequest request;
    QList<ProgressPeriod> periods;
    QList<ProgressCounts> counts; // one per period
    ProgressCounts whole; // the whole time asked for
    QList<ProgressPrinciple> principles; // the charters' principles that were checked, in charter order
    QList<QPair<QString, int>> cannotDoReasons; // each reason given, how many actions gave it, most first

    // The periods a request covers, in order; none if `to` is before `from`.
    static QList<ProgressPeriod> periodsOf(const ProgressRequest &request);
    // The period index a date falls in, or -1.
    int periodOf(const QDate &date) const;
};

} // namespace Coproduce
