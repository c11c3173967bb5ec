// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/access/targetstyle.h"

#include "ui/access/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFocusFrame>
#include <QPainter>
#include <QStyleOption>
#include <QTabBar>

namespace Coproduce {

TargetStyle::TargetStyle()
    : QProxyStyle(nullptr)
{
}

QSize TargetStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                    const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_PushButton:
    case CT_ToolButton:
    case CT_LineEdit:
    case CT_ComboBox:
    case CT_SpinBox:
    case CT_CheckBox:
    case CT_RadioButton:
        result = result.expandedTo(QSize(Theme::MinimumTarget, Theme::MinimumTarget + 4));
        break;
    default:
        break;
    }
    return result;
}

int TargetStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    // The arrows a tab bar shows when its tabs do not fit (at large text sizes).
    if (metric == PM_TabBarScrollButtonWidth)
        return qMax(value, Theme::MinimumTarget);
    // Tick boxes and round buttons grow with the text, as their labels do.
    if (metric == PM_IndicatorWidth || metric == PM_IndicatorHeight || metric == PM_ExclusiveIndicatorWidth
        || metric == PM_ExclusiveIndicatorHeight)
        return value * Theme::zoom() / 100;
    // A list or table keeps its rows out from under the focus ring: its frame is as wide as the ring (a row
    // cut at the edge would otherwise show its text through the ring, where the ring changes nothing).
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractItemView *>(widget))
        return qMax(value, Theme::ringWidth());
    // The ring lies over the control's own edge, never outside it, where a neighbour or the edge of a
    // scrolled page would cut it off.
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
        return 0;
    return value;
}

namespace {

void drawRing(QPainter *painter, const QRect &rect, const QColor &around, int width)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::ringColour(around));
    const QRegion ring = QRegion(rect) - QRegion(rect.adjusted(width, width, -width, -width));
    for (const QRect &part : ring)
        painter->drawRect(part);
    painter->restore();
}

} // namespace

void TargetStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    if (element == CE_FocusFrame) {
        // Over the window's colour; over a dark edge for a button whose chosen state is dark (the charter
        // check's faces say so), so the ring is yellow there and still changes what was there by 3:1.
        QColor around = option->palette.color(QPalette::Window);
        if (const auto *frame = qobject_cast<const QFocusFrame *>(widget))
            if (const auto *button = qobject_cast<const QAbstractButton *>(frame->widget()))
                if (button->isChecked() && button->property("darkWhenChecked").toBool())
                    around = Qt::black;
        drawRing(painter, option->rect, around, Theme::ringWidth());
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void TargetStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // The current cell of a table and the current tab: a ring of their own, over the selection's
        // colour if they are selected. Elsewhere the ring round the whole control says it all.
        if (qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTabBar *>(widget)) {
            QColor around = option->palette.color(QPalette::Base);
            if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option))
                if (focus->backgroundColor.isValid())
                    around = focus->backgroundColor;
            drawRing(painter, option->rect, around, qMax(2, Theme::ringWidth() - 1));
        }
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

int TargetStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                           QStyleHintReturn *returnData) const
{
    // The focus frame lies above the control (below, the control would paint over it), and covers only
    // its ring: the control under it shows through.
    if (hint == SH_FocusFrame_AboveWidget)
        return 1;
    if (hint == SH_FocusFrame_Mask && option) {
        if (auto *mask = qstyleoption_cast<QStyleHintReturnMask *>(returnData)) {
            const int width = Theme::ringWidth();
            mask->region
                = QRegion(option->rect) - QRegion(option->rect.adjusted(width, width, -width, -width));
            return 1;
        }
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace Coproduce
