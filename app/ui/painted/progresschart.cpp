// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/progresschart.h"

#include "reports/barchartpicture.h"
#include "ui/access/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace Coproduce {

ProgressChart::ProgressChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
}

void ProgressChart::show(const QStringList &categories, const QList<ProgressSeries> &series)
{
    m_categories = categories;
    m_series = series;
    rebuild();
}

void ProgressChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void ProgressChart::rebuild()
{
    auto *chart = new QChart;
    const bool highContrast = Theme::highContrast();
    const QPalette pal = palette();
    chart->setTheme(highContrast ? QChart::ChartThemeHighContrast : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    const QColor text = pal.color(QPalette::Text);
    auto *bars = new QStackedBarSeries;
    int highest = 0;
    QList<int> totals(m_categories.size(), 0);
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        auto *set = new QBarSet(m_series.at(i).name);
        for (const int value : m_series.at(i).values)
            set->append(value);
        for (qsizetype p = 0; p < m_series.at(i).values.size() && p < totals.size(); ++p)
            totals[p] += m_series.at(i).values.at(p);
        const QBrush fill = BarChartPicture::brush(int(i), pal.color(QPalette::WindowText), highContrast);
        set->setBrush(fill);
        set->setPen(QPen(highContrast ? text : fill.color(), 1.5));
        // A number on a patterned bar needs a ground of its own: the solid bar's in white, others in text.
        set->setLabelColor(fill.style() == Qt::SolidPattern ? pal.color(QPalette::Base) : text);
        set->setLabelFont(font());
        bars->append(set);
    }
    for (const int total : totals)
        highest = qMax(highest, total);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(bars);
    auto *periods = new QBarCategoryAxis;
    periods->append(m_categories);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, qMax(1, highest));
    counts->applyNiceNumbers();
    for (QAbstractAxis *axis :
         { static_cast<QAbstractAxis *>(periods), static_cast<QAbstractAxis *>(counts) }) {
        axis->setLabelsFont(font());
        axis->setLabelsColor(text);
        axis->setLinePenColor(text);
    }
    counts->setGridLineColor(pal.color(QPalette::Mid));
    chart->addAxis(periods, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(periods);
    bars->attachAxis(counts);
    chart->legend()->setFont(font());
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace Coproduce
