// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Coproduce {

// Dates as people in the UK write and read them. The database keeps ISO dates; only the screen changes.
class DisplayFormat final
{
public:
    // "24 Dec 2026"; empty for an invalid date.
    static QString date(const QDate &date);
    static QString date(const QString &isoDate);
    // Reads "24/12/2026", "24/12/26", "24 Dec 2026" or "2026-12-24". Invalid if none fits.
    static QDate parseDate(const QString &text);
    // What to type, for placeholders and error messages.
    static QString dateHint();
};

} // namespace Coproduce
