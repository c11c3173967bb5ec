// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progressseries.h"

#include <QChartView>

namespace Coproduce {

// One progress chart as the projector shows it: its heading, bars and the sentence under it.
struct ChartSlide
{
    QString title;
    QStringList categories;
    QList<ProgressSeries> series;
    QString sentence;
};

// One progress chart in the window: stacked bars over the periods (Qt Charts), in the theme's colours and
// text size. Colour is never the only difference: each series has its own fill pattern as well, shown in
// the legend, and each bar says its number (the fills are the report's: BarChartPicture::brush()). The table
// beside it has the same numbers for the keyboard and for screen readers, so the chart itself takes no focus.
class ProgressChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget *parent = nullptr);

    void show(const QStringList &categories, const QList<ProgressSeries> &series);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QStringList m_categories;
    QList<ProgressSeries> m_series;
};

} // namespace Coproduce
