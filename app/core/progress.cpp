// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

QString ProgressPeriod::label() const
{
    // The documents are in British English whatever the machine's language, as the minutes are.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const bool quarter = id.contains(u'Q');
    const QDate start = quarter ? quarterStart(first) : QDate(first.year(), first.month(), 1);
    const QDate end = start.addMonths(quarter ? 3 : 1).addDays(-1);
    // A period the dates asked for cut short says which days it holds.
    if (first != start || last != end)
        return QCoreApplication::translate("ProgressPeriod", "%1 to %2")
            .arg(english.toString(first,
                                  first.year() != last.year()         ? u"d MMMM yyyy"_s
                                      : first.month() != last.month() ? u"d MMMM"_s
                                                                      : u"d"_s),
                 english.toString(last, u"d MMMM yyyy"_s));
    if (quarter)
        return QCoreApplication::translate("ProgressPeriod", "%1 to %2 %3")
            .arg(english.monthName(start.month()), english.monthName(start.month() + 2),
                 QString::number(start.year()));
    return english.toString(first, u"MMMM yyyy"_s);
}

QDate ProgressRequest::lastTwelveMonths(const QDate &to, Step step)
{
    const QDate start = step == Step::Quarter ? quarterStart(to) : QDate(to.year(), to.month(), 1);
    return start.addMonths(step == Step::Quarter ? -9 : -11);
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
    const bool quarters = request.step == ProgressRequest::Step::Quarter;
    QDate start = quarters ? quarterStart(request.from) : QDate(request.from.year(), request.from.month(), 1);
    while (start <= request.to) {
        const QDate next = start.addMonths(quarters ? 3 : 1);
        ProgressPeriod period;
        period.id = quarters ? u"%1-Q%2"_s.arg(start.year()).arg((start.month() - 1) / 3 + 1)
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
