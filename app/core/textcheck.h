// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plainwords.h"
#include "textspan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Coproduce {

// Something in a text that makes it harder to read, and what to write instead.
struct Finding
{
    enum class Kind {
        HardWord, // a SEND term or acronym: suggestion is its plain version
        OfficeWord, // "utilise": suggestion is the plainer word
        LongSentence, // over the limit for the kind of text
        EasyRead, // breaks an easy-read rule: a number in words, a percentage, capitals, a semicolon
        Spelling, // not in the dictionary: suggestion (filled only when asked: Spelling::suggestions) is
                  // the likeliest word meant
    };
    Kind kind = Kind::HardWord;
    TextSpan span;
    QString text; // the word or sentence as typed
    QString suggestion;
    QString explanation;
    int words = 0; // for a long sentence
};

// Checks typed text against the plain-English rules (docs/plain-english.md): hard words, long sentences
// (over 25 words in formal minutes, over 15 in easy read) and, for easy-read text, the easy-read rules.
class Spelling;

class TextCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::TextCheck)

public:
    enum class Mode { Formal, EasyRead };

    explicit TextCheck(const PlainWords &words = PlainWords::builtIn());
    // Spelling too (null: not); a word already marked as a hard word is not marked again.
    void setSpelling(const Spelling *spelling) { m_spelling = spelling; }

    QList<Finding> check(const QString &text, Mode mode) const;
    static int sentenceLimit(Mode mode) { return mode == Mode::EasyRead ? 15 : 25; }
    // One line for a person: "“EHCP” is jargon: say “Education, Health and Care Plan”".
    static QString message(const Finding &finding, Mode mode);
    // "hard-word", "office-word", "long-sentence", "easy-read": for scripts.
    static QString kindId(Finding::Kind kind);
    // A starting point for an easy-read version of text: its first sentence, acronyms and office words
    // made plain, brackets dropped, cut to 15 words at most. Empty when text has no sentence.
    QString suggestEasyRead(const QString &text) const;
    // The hard word or easy-read finding that covers position, if any (for a tooltip or a key).
    static const Finding *at(const QList<Finding> &findings, qsizetype position);

    const PlainWords &words() const { return *m_words; }

private:
    const PlainWords *m_words;
    const Spelling *m_spelling = nullptr;
};

} // namespace Coproduce
