// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Coproduce {

// How easy a text is to read: the Flesch Reading Ease and the Flesch–Kincaid grade, and the sentences that
// make it hard.
//   Reading Ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
//   Grade        = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
// Words and sentences are counted as Sentences does, syllables as Syllables does.
class Readability final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Readability)

public:
    struct Sentence
    {
        TextSpan span;
        int words = 0;
    };

    static Readability of(const QString &text);
    static double readingEase(int words, int sentences, int syllables);
    static double grade(int words, int sentences, int syllables);

    bool isEmpty() const { return m_words == 0; }
    int words() const { return m_words; }
    int sentences() const { return m_sentences; }
    int syllables() const { return m_syllables; }
    double readingEase() const;
    double grade() const;
    // Flesch's own bands, in everyday words: "Easy to read", "Fairly hard to read", …
    QString label() const;
    // "Fairly easy to read: reading ease 74, school year 8 (age 12 and over)"
    QString summary() const;
    // The longest sentences, longest first (at most `count`).
    QList<Sentence> longest(int count) const;

private:
    int m_words = 0;
    int m_sentences = 0;
    int m_syllables = 0;
    QList<Sentence> m_each;
};

} // namespace Coproduce
