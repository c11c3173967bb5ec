// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodate.h"

namespace Coproduce {

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate IsoDate::parse(QStringView text)
{
    const int year = text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' ? digits(text, 0, 4) : -1;
    const int month = year < 0 ? -1 : digits(text, 5, 2);
    const int day = month < 0 ? -1 : digits(text, 8, 2);
    if (day < 0) // not in the usual form: whatever Qt makes of it, as before
        return QDate::fromString(text.toString(), Qt::ISODate);
    return QDate(year, month, day); // invalid for 2026-02-30
}

QString IsoDate::format(QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    QString text(10, u'-');
    QChar *out = text.data();
    const auto put = [out](qsizetype at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            out[at + i] = QChar(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    return text;
}

} // namespace Coproduce
