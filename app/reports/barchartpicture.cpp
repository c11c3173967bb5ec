// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartpicture.h"

#include "typeface.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Coproduce {

namespace {

// Steps of 1, 2 or 5 times a power of ten, about five of them up to `highest`.
int niceStep(int highest)
{
    const double rough = qMax(1.0, highest / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * power >= rough)
            return qMax(1, int(m * power));
    return qMax(1, int(10 * power));
}

// Fills `area` with the `index`th series' colour and pattern as lines and dots of its own, so that a PDF
// reader, a printer and an image all show the same pattern (a patterned QBrush is painted differently by
// each engine, and not at all by some).
void fill(QPainter *painter, const QRectF &area, int index)
{
    const QColor colour = BarChartPicture::brush(index).color();
    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    const Qt::BrushStyle style = BarChartPicture::brush(index).style();
    if (style == Qt::SolidPattern) {
        painter->fillRect(area, colour);
    } else {
        painter->fillRect(area, Qt::white);
        // All of a pattern's lines as one path: one drawing for the PDF, not one a line.
        const qreal gap = 6;
        const qreal span = area.width() + area.height();
        QPainterPath lines;
        const auto line = [&lines](const QPointF &from, const QPointF &to) {
            lines.moveTo(from);
            lines.lineTo(to);
        };
        const bool rising = style == Qt::BDiagPattern || style == Qt::DiagCrossPattern;
        const bool falling = style == Qt::FDiagPattern || style == Qt::DiagCrossPattern;
        for (qreal d = 0; d < span && (rising || falling); d += gap) {
            if (rising)
                line(QPointF(area.left() + d - area.height(), area.bottom()),
                     QPointF(area.left() + d, area.top()));
            if (falling)
                line(QPointF(area.left() + d, area.bottom()),
                     QPointF(area.left() + d - area.height(), area.top()));
        }
        if (style == Qt::HorPattern || style == Qt::CrossPattern)
            for (qreal y = area.top() + gap / 2; y < area.bottom(); y += gap)
                line(QPointF(area.left(), y), QPointF(area.right(), y));
        if (style == Qt::CrossPattern)
            for (qreal x = area.left() + gap / 2; x < area.right(); x += gap)
                line(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter->setPen(QPen(colour, 1.4));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(lines);
    }
    painter->restore();
    painter->save();
    painter->setPen(QPen(colour, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(area);
    painter->restore();
}

} // namespace

BarChartPicture::BarChartPicture(const QStringList &categories, const QList<ProgressSeries> &series)
    : m_categories(categories)
    , m_series(series)
{
}

QBrush BarChartPicture::brush(int index, const QColor &ink, bool highContrast)
{
    // Each colour is dark enough for white numbers on it and 3:1 against a white page.
    static const QColor colours[]
        = { QColor(0xb0, 0x3a, 0x2e), QColor(0xa0, 0x5a, 0x00), QColor(0x1e, 0x6b, 0x3a),
            QColor(0x1f, 0x4e, 0x8c), QColor(0x6a, 0x3d, 0x9a), QColor(0x4d, 0x4d, 0x4d) };
    static const Qt::BrushStyle patterns[] = { Qt::SolidPattern,     Qt::BDiagPattern, Qt::FDiagPattern,
                                               Qt::DiagCrossPattern, Qt::HorPattern,   Qt::CrossPattern };
    const int i = index % 6;
    return QBrush(highContrast ? ink : colours[i], patterns[i]);
}

QSizeF BarChartPicture::size(int width)
{
    return QSizeF(width, width * 0.5);
}

QImage BarChartPicture::render(int width, qreal scale) const
{
    const QSizeF shape = size(width);
    QImage image((shape * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter, QRectF(QPointF(0, 0), shape * scale), width);
    return image;
}

void BarChartPicture::paint(QPainter *painter, const QRectF &target, int width) const
{
    painter->save();
    // Drawn in CSS pixels, `width` wide, scaled to the target.
    painter->translate(target.topLeft());
    painter->scale(target.width() / width, target.height() / size(width).height());
    const QSizeF shape = size(width);
    QFont font = Typeface::font(10);
    font.setPixelSize(13);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QColor ink(0x1a, 0x1a, 0x1a);
    const qreal line = metrics.height();

    // The legend: a row of swatches and names at the foot.
    const qreal legendTop = shape.height() - line - 2;
    qreal x = 40;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        fill(painter, QRectF(x, legendTop + (line - 14) / 2, 14, 14), int(i));
        painter->setPen(ink);
        const QString name = m_series.at(i).name;
        painter->drawText(QPointF(x + 18, legendTop + metrics.ascent()), name);
        x += 18 + metrics.horizontalAdvance(name) + 18;
    }

    // The scale on the left, the periods under the bars.
    int highest = 1;
    for (qsizetype p = 0; p < m_categories.size(); ++p) {
        int total = 0;
        for (const ProgressSeries &s : m_series)
            total += s.values.value(p);
        highest = qMax(highest, total);
    }
    const int step = niceStep(highest);
    const int top = int(std::ceil(double(highest) / step)) * step;
    const QRectF plot(40, line / 2, shape.width() - 48, legendTop - 2 * line - line / 2 - 6);
    painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.8));
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter->setPen(ink);
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        const QString label = QString::number(v);
        painter->drawText(
            QPointF(plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1), label);
    }
    const qsizetype periods = qMax<qsizetype>(1, m_categories.size());
    const qreal slot = plot.width() / periods;
    const qreal barWidth = qMin(slot * 0.6, 90.0);
    for (qsizetype p = 0; p < m_categories.size(); ++p) {
        const qreal centre = plot.left() + slot * (p + 0.5);
        qreal base = plot.bottom();
        for (qsizetype i = 0; i < m_series.size(); ++i) {
            const int value = m_series.at(i).values.value(p);
            if (value <= 0)
                continue;
            const qreal h = plot.height() * value / top;
            const QRectF bar(centre - barWidth / 2, base - h, barWidth, h);
            const QBrush brush = BarChartPicture::brush(int(i));
            fill(painter, bar, int(i));
            // The number on the bar: white on the solid one, on a white patch on a patterned one. Only where
            // it fits its period's width: ten years by quarter would print forty numbers on top of each
            // other (the table beside the chart has them all).
            const QString number = QString::number(value);
            const QSizeF textSize(metrics.horizontalAdvance(number), metrics.height());
            if (h >= metrics.height() * 0.8 && textSize.width() + 4 <= slot) {
                const QRectF box(
                    QPointF(centre - textSize.width() / 2 - 2, bar.center().y() - textSize.height() / 2),
                    QSizeF(textSize.width() + 4, textSize.height()));
                if (brush.style() != Qt::SolidPattern)
                    painter->fillRect(box, Qt::white);
                painter->setPen(brush.style() == Qt::SolidPattern ? QColor(Qt::white) : ink);
                painter->drawText(box, Qt::AlignCenter, number);
            }
            base -= h;
        }
        painter->setPen(ink);
        const QString label = metrics.elidedText(m_categories.at(p), Qt::ElideRight, slot - 4);
        painter->drawText(QRectF(centre - slot / 2, plot.bottom() + 4, slot, line),
                          Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter->setPen(QPen(ink, 1));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->restore();
}

} // namespace Coproduce
