// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Coproduce {

// The desktop's own style, with every button, field, list box and tick box at least Theme::MinimumTarget
// pixels high, so each is easy to hit. (A style sheet could do the same, but makes every widget many times
// slower to set up.)
class TargetStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    TargetStyle();

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
};

} // namespace Coproduce
