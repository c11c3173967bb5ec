// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Coproduce {

// Counts the syllables of an English word by rule, for the Flesch readability scores. There is no
// pronunciation dictionary on a council laptop, so the count is the usual vowel-group method with the
// corrections English spelling needs; docs/plain-english.md sets the rules out and the tests hold it to
// at least 95 % of a list of words with known counts.
class Syllables final
{
public:
    // A word of letters, perhaps with apostrophes or hyphens ("children's", "co-production"); a number
    // counts a syllable a digit, at most four ("15" is "fif-teen"; "2026", "twen-ty twen-ty six", is more).
    static int count(const QString &word);
};

} // namespace Coproduce
