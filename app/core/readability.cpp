// SPDX-License-Identifier: GPL-3.0-or-later
#include "readability.h"

#include "sentences.h"
#include "syllables.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Coproduce {

using namespace Qt::StringLiterals;

Readability Readability::of(const QString &text)
{
    // Words repeat: remembering their counts keeps a long note fast to score.
    thread_local QHash<QString, int> known;
    Readability r;
    for (const TextSpan &sentence : Sentences::split(text)) {
        const QList<TextSpan> words = Sentences::words(text, sentence);
        if (words.isEmpty())
            continue;
        for (const TextSpan &w : words) {
            const QString word = text.mid(w.start, w.length);
            auto it = known.constFind(word);
            if (it == known.cend()) {
                if (known.size() > 50000)
                    known.clear();
                it = known.insert(word, Syllables::count(word));
            }
            r.m_syllables += *it;
        }
        r.m_words += int(words.size());
        ++r.m_sentences;
        r.m_each.append({ sentence, int(words.size()) });
    }
    return r;
}

double Readability::readingEase(int words, int sentences, int syllables)
{
    if (words == 0 || sentences == 0)
        return 0;
    return 206.835 - 1.015 * (double(words) / sentences) - 84.6 * (double(syllables) / words);
}

double Readability::grade(int words, int sentences, int syllables)
{
    if (words == 0 || sentences == 0)
        return 0;
    return 0.39 * (double(words) / sentences) + 11.8 * (double(syllables) / words) - 15.59;
}

double Readability::readingEase() const
{
    return readingEase(m_words, m_sentences, m_syllables);
}

double Readability::grade() const
{
    return grade(m_words, m_sentences, m_syllables);
}

QString Readability::label() const
{
    if (isEmpty())
        return tr("Nothing to score yet");
    const double ease = readingEase();
    if (ease >= 90)
        return tr("Very easy to read");
    if (ease >= 80)
        return tr("Easy to read");
    if (ease >= 70)
        return tr("Fairly easy to read");
    if (ease >= 60)
        return tr("Plain English");
    if (ease >= 50)
        return tr("Fairly hard to read");
    if (ease >= 30)
        return tr("Hard to read");
    return tr("Very hard to read");
}

QString Readability::summary() const
{
    if (isEmpty())
        return label();
    // A US grade is a school year in England one higher; readers are about five years older than the grade.
    const int grade = qMax(1, int(std::lround(this->grade())));
    return tr("%1: reading ease %2, school year %3 (age %4 and over)")
        .arg(label())
        .arg(qBound(0L, std::lround(readingEase()), 100L))
        .arg(grade + 1)
        .arg(grade + 5);
}

QList<Readability::Sentence> Readability::longest(int count) const
{
    QList<Sentence> sorted = m_each;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Sentence &a, const Sentence &b) { return a.words > b.words; });
    return sorted.mid(0, count);
}

} // namespace Coproduce
