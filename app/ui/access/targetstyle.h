// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Coproduce {

// The desktop's own style, with every button, field, list box and tick box at least Theme::MinimumTarget
// pixels high, so each is easy to hit, and a focus ring that can be seen: Theme::ringWidth() pixels in a
// colour 3:1 or more against what it is drawn over, round the control with the focus (FocusRing) and round
// the current cell of a table and the current tab. (A style sheet could do the same, but makes every
// widget many times slower to set up.)
class TargetStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    TargetStyle();

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override;
};

} // namespace Coproduce
