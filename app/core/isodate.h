// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Coproduce {

// Dates as the database and the files keep them, "2026-11-23", read and written by hand: Qt's ISO date
// functions go through a general parser and printf, a tenth of listing a ten-year database's open actions.
class IsoDate final
{
public:
    // The date, as QDate::fromString(text, Qt::ISODate) reads it (which also takes "2026/11/23").
    static QDate parse(QStringView text);
    // Empty for an invalid date.
    static QString format(QDate date);
};

} // namespace Coproduce
