// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetstyle.h"

#include "theme.h"

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
    return value;
}

} // namespace Coproduce
