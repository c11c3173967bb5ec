// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/displayformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const QLocale &uk()
{
    static const QLocale locale(QLocale::English,
                                QLocale::UnitedKingdom); // built once: lists call this per cell
    return locale;
}

} // namespace

QString DisplayFormat::date(const QDate &date)
{
    return date.isValid() ? uk().toString(date, u"d MMM yyyy"_s) : QString();
}

QString DisplayFormat::date(const QString &isoDate)
{
    return date(QDate::fromString(isoDate, Qt::ISODate));
}

QDate DisplayFormat::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : { u"d/M/yyyy"_s, u"d MMM yyyy"_s, u"d MMMM yyyy"_s, u"yyyy-MM-dd"_s }) {
        const QDate d = uk().toDate(t, format);
        if (d.isValid())
            return d;
    }
    // Two-digit years are this century: "24/12/26" is 2026, not 1926.
    const QDate shortYear = uk().toDate(t, u"d/M/yy"_s);
    return shortYear.isValid() ? shortYear.addYears(shortYear.year() < 2000 ? 100 : 0) : QDate();
}

QString DisplayFormat::dateHint()
{
    return QCoreApplication::translate("DisplayFormat", "day/month/year, for example 24/12/2026");
}

} // namespace Coproduce
