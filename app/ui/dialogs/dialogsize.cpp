// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/dialogsize.h"

#include <QFontMetrics>
#include <QScreen>
#include <QWidget>

namespace Coproduce {

void DialogSize::fit(QWidget *window, int characters, int lines)
{
    const QFontMetrics fm = window->fontMetrics();
    QSize size(fm.averageCharWidth() * characters, fm.lineSpacing() * lines);
    if (const QScreen *screen = window->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    window->resize(size.expandedTo(window->minimumSizeHint()));
}

} // namespace Coproduce
