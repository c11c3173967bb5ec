// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Coproduce {

// The numbers of a chart as a table: what the window shows beside each chart (for the keyboard and screen
// readers) and what the report prints under it. A row per period, then one for the whole time.
struct ProgressTable
{
    QStringList headers;
    QList<QStringList> rows;
};

class ProgressTableOf final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressTableOf)

public:
    static ProgressTable ladder(const ProgressNumbers &numbers, const QString &perspective = QString());
    static ProgressTable actions(const ProgressNumbers &numbers);
    static ProgressTable attendance(const ProgressNumbers &numbers);
    // A row per principle checked, for the whole time.
    static ProgressTable charterCheck(const ProgressNumbers &numbers);
    static ProgressTable heard(const ProgressNumbers &numbers);
    // Each reason given for an action that cannot be done, and how many actions gave it.
    static ProgressTable reasons(const ProgressNumbers &numbers);
};

} // namespace Coproduce
