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
    // Meetings and people there by role (only the roles that came).
    static ProgressTable attendance(const ProgressNumbers &numbers);
    // Apologies, people there for the first time, access needs recorded.
    static ProgressTable arrivals(const ProgressNumbers &numbers);
    // Two tables of the same periods side by side (the window scrolls; a page splits them).
    static ProgressTable joined(const ProgressTable &left, const ProgressTable &right);
    // A row per principle checked, a column per period and one for the whole time; each cell "yes / partly /
    // not yet".
    static ProgressTable charterCheck(const ProgressNumbers &numbers);
    // A row per principle checked, for the whole time: yes, partly, not yet (fits a page however many
    // periods).
    static ProgressTable principles(const ProgressNumbers &numbers);
    static ProgressTable heard(const ProgressNumbers &numbers);
    // Each reason given for an action that cannot be done, and how many actions gave it.
    static ProgressTable reasons(const ProgressNumbers &numbers);
};

} // namespace Coproduce
