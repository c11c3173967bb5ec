// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Coproduce {

// One set of colours for the ladder wherever it is drawn (editor, projector, minutes), so the room learns
// them once. Colour is never the only clue: every chip and bar also carries words or a number.
class LadderColours final
{
public:
    // A point of view's colour: dark enough for white text on it at 7:1 or better.
    static QColor perspective(const QString &role);
    // A group's light tint: dark text on it stays above 7:1.
    static QColor group(const QString &group);
    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
};

} // namespace Coproduce
