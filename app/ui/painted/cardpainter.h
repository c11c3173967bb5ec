// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QFont>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace Coproduce {

// Draws one principle as a card: a band in the principle's colour, the title, the easy-read line and the
// "we will" commitments. Shared by the charter page and presentation mode, so a card looks the same on the
// laptop and on the projector, only larger.
class CardPainter final
{
public:
    // The height a card needs at `width` with `font` as its body text.
    static qreal height(const Principle &principle, qreal width, const QFont &font);
    static void paint(QPainter &painter, const QRectF &rect, const Principle &principle, const QFont &font,
                      const QPalette &palette, bool current, bool focused);
    // The whole card as one text, for screen readers.
    static QString text(const Principle &principle);
    // "We will:", the heading of a card's commitments.
    static QString weWill();
};

} // namespace Coproduce
