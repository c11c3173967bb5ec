// SPDX-License-Identifier: GPL-3.0-or-later
#include "syllables.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// Common words the rules below get wrong, with their counts. Kept short on purpose: a rule that fixes a
// family of words beats a list.
const QHash<QString, int> &irregular()
{
    static const QHash<QString, int> words {
        { u"people"_s, 2 },     { u"someone"_s, 2 },   { u"everyone"_s, 3 }, { u"anyone"_s, 3 },
        { u"maybe"_s, 2 },      { u"science"_s, 2 },   { u"business"_s, 2 }, { u"every"_s, 2 },
        { u"everything"_s, 3 }, { u"everybody"_s, 4 }, { u"evening"_s, 2 },  { u"wednesday"_s, 2 },
        { u"poem"_s, 2 },       { u"area"_s, 3 },      { u"idea"_s, 3 },     { u"being"_s, 2 },
        { u"whether"_s, 2 },    { u"towards"_s, 2 },   { u"toward"_s, 2 },   { u"different"_s, 3 },
        { u"family"_s, 3 },     { u"families"_s, 3 },  { u"champion"_s, 3 }, { u"naive"_s, 2 },
    };
    return words;
}

int countWord(QString w)
{
    if (w.isEmpty())
        return 0;
    if (const auto it = irregular().constFind(w); it != irregular().cend())
        return *it;
    // "didn't", "couldn't": the n't is a syllable of its own after a consonant.
    int extra = 0;
    if (w.endsWith(u"n't"_s) || w.endsWith(u"n’t"_s)) {
        const QString stem = w.left(w.size() - 3);
        if (!stem.isEmpty() && !isVowel(stem.back()) && stem.back() != u'r')
            extra = 1;
    }
    // Possessives and other apostrophes add nothing: "children's", "we're".
    if (w.endsWith(u"'s"_s) || w.endsWith(u"’s"_s))
        w.chop(2);
    w.remove(u'\'').remove(u'’');
    if (w.isEmpty())
        return 1;
    if (const auto it = irregular().constFind(w); it != irregular().cend())
        return *it + extra;

    const qsizetype n = w.size();
    // Vowel groups. A "y" is a consonant at the start ("young") and between vowels ("beyond", "player").
    int groups = 0;
    bool inGroup = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = w.at(i);
        bool vowel = isVowel(c);
        if (c == u'y'
            && (i == 0 || (i + 1 < n && isVowel(w.at(i + 1)) && w.at(i + 1) != u'y' && isVowel(w.at(i - 1)))))
            vowel = false;
        if (vowel && !inGroup)
            ++groups;
        inGroup = vowel;
    }

    static const struct
    {
        QRegularExpression pattern;
        int change;
    } rules[] = {
        // A silent final e ("make", "place"), but not in "table", "centre" or "free".
        { QRegularExpression(u"[^aeiouy]e$"_s), -1 },
        { QRegularExpression(u"[^aeiouyl]le$|[^aeiouyr]re$"_s), +1 },
        // A silent e before an ending: "makes", "walked", "likely", "statement", "useful".
        { QRegularExpression(u"[^aeiouyscxzgh]es$"_s), -1 },
        { QRegularExpression(u"[^aeiouyl]les$|[^aeiouyr]res$"_s), +1 },
        { QRegularExpression(u"[^aeioutd]ed$"_s), -1 },
        { QRegularExpression(u"[^aeiouy]e(?:ly|ment|ments|ful|less|ness)$"_s), -1 },
        { QRegularExpression(u"lement"_s), +1 },
        // Two vowels said apart: "media", "radio", "medium", "actual", "cruel", "client", "society".
        { QRegularExpression(u"[^ctsg]ia"_s), +1 },
        { QRegularExpression(u"io(?!n|us)|[^ctxg]ious|[^tscghlnx]ion"_s), +1 },
        { QRegularExpression(u"iu"_s), +1 },
        { QRegularExpression(u"[^p]eo"_s), +1 },
        { QRegularExpression(u"[^qg]ua"_s), +1 },
        { QRegularExpression(u"[^qg]ue[^sd]"_s), +1 },
        { QRegularExpression(u"[^ctsf]ie(?:nt|nce|t)|iety"_s), +1 },
        { QRegularExpression(u"[aeiou][^aeiou]eas?$|creat"_s), +1 },
        { QRegularExpression(u"^.{3,}(?:ier|iers|iest)$"_s), +1 },
        { QRegularExpression(u"[aeiou]ing$|[^aeiouy]ying$"_s), +1 },
        { QRegularExpression(u"ism$|isms$"_s), +1 },
        { QRegularExpression(u"^coo(?:rd|per)"_s), +1 },
    };
    int count = groups + extra;
    for (const auto &rule : rules)
        if (rule.pattern.match(w).hasMatch())
            count += rule.change;
    return qMax(1, count);
}

} // namespace

int Syllables::count(const QString &word)
{
    const QString w = word.toLower();
    if (w.isEmpty())
        return 0;
    if (w.front().isDigit()) {
        int digits = 0;
        for (QChar c : w)
            digits += c.isDigit() ? 1 : 0;
        return qBound(1, digits, 4);
    }
    // "co-production", "well-being": each part is a word.
    int total = 0;
    for (const QString &part : w.split(u'-', Qt::SkipEmptyParts))
        total += countWord(part);
    return qMax(1, total);
}

} // namespace Coproduce
