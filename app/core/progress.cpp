// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// How many months a period of `step` spans, and the first day of the one `date` is in.
int monthsOf(ProgressRequest::Step step)
{
    return step == ProgressRequest::Step::Year ? 12 : step == ProgressRequest::Step::Quarter ? 3 : 1;
}

QDate periodStart(const QDate &date, int months)
{
    return QDate(date.year(), (date.month() - 1) / months * months + 1, 1);
}

// A period's length from its id: "2026", "2026-Q1" or "2026-03".
int monthsOf(const QString &id)
{
    return id.size() == 4 ? 12 : id.contains(u'Q') ? 3 : 1;
}

} // namespace

bool ProgressPeriod::isPartial() const
{
    const int months = monthsOf(id);
    const QDate start = periodStart(first, months);
    return first != start || last != start.addMonths(months).addDays(-1);
}

QString ProgressPeriod::label() const
{
    // The documents are in British English whatever the machine's language, as the minutes are.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    // A period the dates asked for cut short says which days it holds.
    if (isPartial())
        return QCoreApplication::translate("ProgressPeriod", "%1 to %2")
            .arg(english.toString(first,
                                  first.year() != last.year()         ? u"d MMMM yyyy"_s
                                      : first.month() != last.month() ? u"d MMMM"_s
                                                                      : u"d"_s),
                 english.toString(last, u"d MMMM yyyy"_s));
    if (monthsOf(id) == 12)
        return QString::number(first.year());
    if (monthsOf(id) == 3)
        return QCoreApplication::translate("ProgressPeriod", "%1 to %2 %3")
            .arg(english.monthName(first.month()), english.monthName(first.month() + 2),
                 QString::number(first.year()));
    return english.toString(first, u"MMMM yyyy"_s);
}

QString ProgressPeriod::during() const
{
    return isPartial() ? QCoreApplication::translate("ProgressPeriod", "from %1").arg(label())
                       : QCoreApplication::translate("ProgressPeriod", "in %1").arg(label());
}

QString ProgressPeriod::shortLabel() const
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (monthsOf(id) == 12)
        return QString::number(first.year());
    if (monthsOf(id) == 1)
        return english.toString(first, u"MMM yyyy"_s);
    const QDate start = periodStart(first, 3);
    return u"%1\u2013%2 %3"_s.arg(english.monthName(start.month(), QLocale::ShortFormat),
                                  english.monthName(start.month() + 2, QLocale::ShortFormat),
                                  QString::number(start.year()));
}

QDate ProgressRequest::lastTwelveMonths(const QDate &to, Step step)
{
    // (By year, the twelve months before `to`'s: the last 12 months in the one row.)
    if (step == Step::Year)
        return to.addYears(-1).addDays(1);
    const int months = monthsOf(step);
    return periodStart(to, months).addMonths(months - 12);
}

int LadderTally::total() const
{
    return std::accumulate(groups.cbegin(), groups.cend(), 0);
}

int ProgressCounts::presentTotal() const
{
    return std::accumulate(present.cbegin(), present.cend(), 0);
}

QList<ProgressPeriod> ProgressNumbers::periodsOf(const ProgressRequest &request)
{
    QList<ProgressPeriod> periods;
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return periods;
    const int months = monthsOf(request.step);
    QDate start = periodStart(request.from, months);
    while (start <= request.to) {
        const QDate next = start.addMonths(months);
        ProgressPeriod period;
        period.id = months == 12 ? QString::number(start.year())
            : months == 3        ? u"%1-Q%2"_s.arg(start.year()).arg((start.month() - 1) / 3 + 1)
                                 : start.toString(u"yyyy-MM"_s);
        period.first = qMax(start, request.from);
        period.last = qMin(next.addDays(-1), request.to);
        periods.append(period);
        start = next;
    }
    return periods;
}

int ProgressNumbers::periodOf(const QDate &date) const
{
    for (qsizetype i = 0; i < periods.size(); ++i) {
        if (date >= periods.at(i).first && date <= periods.at(i).last)
            return int(i);
    }
    return -1;
}

} // namespace Coproduce
