// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace Coproduce {

// The typeface that paged documents (PDF and print) are set in: DejaVu Sans, with its ligatures off.
//
// With ligatures, "Offer" is drawn with one "ﬀ" glyph, and a PDF's text then reads "Oﬀer": a search for
// "Local Offer" finds nothing and a screen reader spells the ligature out. Qt 6.4 has no way to turn one
// font feature off (QFont::setFeature came in 6.6), but it leaves the cosmetic ligatures out of any font
// with a letter spacing set, and a spacing of 100 % moves no letter.
class Typeface final
{
public:
    static QFont font(qreal pointSize);
    static QFont withoutLigatures(QFont font);
};

} // namespace Coproduce
