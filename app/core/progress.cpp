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

bool ProgressPeriod::isPartial() const
{
    const bool quarter = id.contains(u'Q');
    const QDate start = quarter ? quarterStart(first) : QDate(first.year(), first.month(), 1);
    return first != start || last != start.addMonths(quarter ? 3 : 1).addDays(-1);
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
    if (id.contains(u'Q'))
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
    if (!id.contains(u'Q'))
        return english.toString(first, u"MMM yyyy"_s);
    const QDate start = quarterStart(first);
    return u"%1\u2013%2 %3"_s.arg(english.monthName(start.month(), QLocale::ShortFormat),
                                  english.monthName(start.month() + 2, QLocale::ShortFormat),
                                  QString::number(start.year()));
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
