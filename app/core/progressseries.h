// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coproduce {

// One series of a progress chart: its name and a value per period.
struct ProgressSeries
{
    QString name;
    QList<int> values;
};

// What each progress chart shows, as plain numbers: the window draws them with Qt Charts, the report with
// its own painter, the same series in the same order (stacked bars, lowest first).
class ProgressSeriesOf final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressSeriesOf)

public:
    // Doing to, Doing for, Doing with: ratings from `perspective` (a role id), or from every point of view
    // when it is empty.
    static QList<ProgressSeries> ladder(const ProgressNumbers &numbers,
                                        const QString &perspective = QString());
    // Done, being done, not started, cannot be done.
    static QList<ProgressSeries> actions(const ProgressNumbers &numbers);
    // People there, by role (only the roles that came).
    static QList<ProgressSeries> attendance(const ProgressNumbers &numbers);
    // Yes, partly, not yet: every principle together.
    static QList<ProgressSeries> charterCheck(const ProgressNumbers &numbers);
    // Yes, partly, no.
    static QList<ProgressSeries> heard(const ProgressNumbers &numbers);
    // The periods' short labels, for an axis.
    static QStringList categories(const ProgressNumbers &numbers);
};

} // namespace Coproduce
