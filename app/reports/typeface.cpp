// SPDX-License-Identifier: GPL-3.0-or-later
#include "typeface.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

QFont Typeface::font(qreal pointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(pointSize);
    return withoutLigatures(font);
}

QFont Typeface::withoutLigatures(QFont font)
{
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

} // namespace Coproduce
