// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progressseries.h"

#include <QBrush>
#include <QImage>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace Coproduce {

// A progress chart drawn for a document: stacked bars over the periods, each bar's number on it, a
// legend under it. Drawn as shapes and text (sharp in PDF and print), or as an image for HTML and ODT.
// Series are told apart by pattern as well as colour, as in the window (ProgressChart uses brush()).
class BarChartPicture final
{
public:
    BarChartPicture(const QStringList &categories, const QList<ProgressSeries> &series);

    // The picture's shape at `width` CSS pixels wide.
    static QSizeF size(int width);
    void paint(QPainter *painter, const QRectF &target, int width) const;
    QImage render(int width, qreal scale = 2) const;

    // The fill of the `index`th series (lowest first): a colour of the normal palette (red, amber, green as
    // the ladder's groups, then blue, purple, grey), or `ink` in high contrast, with a pattern of its own.
    static QBrush brush(int index, const QColor &ink = QColor(), bool highContrast = false);

private:
    QStringList m_categories;
    QList<ProgressSeries> m_series;
};

} // namespace Coproduce
