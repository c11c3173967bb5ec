// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QList>
#include <QString>

namespace Coproduce {

// Splits typed text into sentences and words, as the readability scores and the long-sentence check
// need them. A sentence ends at ".", "!" or "?" before a space, and at every line break: notes are often
// lists with no full stops. A full stop does not end a sentence after a title or a common abbreviation
// ("Dr.", "e.g.", "Cllr."), after an initial ("J. Smith"), or before a small letter; "2.5" is one number.
// A bullet ("-", "*", "•", "1.", "a)") at the start of a line is not part of the sentence.
class Sentences final
{
public:
    static QList<TextSpan> split(const QString &text);
    // The words of text within span: letters and digits, with inner apostrophes, hyphens and points
    // ("don't", "co-production", "2.5", "e.g").
    static QList<TextSpan> words(const QString &text, TextSpan span);
    static int wordCount(const QString &text, TextSpan span);
};

} // namespace Coproduce
