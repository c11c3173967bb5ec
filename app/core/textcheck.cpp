// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcheck.h"

#include "sentences.h"
#include "spelling.h"

#include <QRegularExpression>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// "local authority (the council)": what is in brackets is the plainest.
QString plainest(const QString &plain)
{
    static const QRegularExpression bracket(u"\\(([^)]+)\\)"_s);
    const QRegularExpressionMatch m = bracket.match(plain);
    return m.hasMatch() ? m.captured(1).trimmed() : plain;
}

QString numberDigits(const QString &word)
{
    static const QStringList numbers { u"two"_s,      u"three"_s,    u"four"_s,    u"five"_s,
                                       u"six"_s,      u"seven"_s,    u"eight"_s,   u"nine"_s,
                                       u"ten"_s,      u"eleven"_s,   u"twelve"_s,  u"thirteen"_s,
                                       u"fourteen"_s, u"fifteen"_s,  u"sixteen"_s, u"seventeen"_s,
                                       u"eighteen"_s, u"nineteen"_s, u"twenty"_s };
    const qsizetype i = numbers.indexOf(word.toLower());
    if (i >= 0)
        return QString::number(i + 2);
    static const QHash<QString, QString> tens { { u"thirty"_s, u"30"_s },    { u"forty"_s, u"40"_s },
                                                { u"fifty"_s, u"50"_s },     { u"sixty"_s, u"60"_s },
                                                { u"seventy"_s, u"70"_s },   { u"eighty"_s, u"80"_s },
                                                { u"ninety"_s, u"90"_s },    { u"hundred"_s, u"100"_s },
                                                { u"thousand"_s, u"1000"_s } };
    return tens.value(word.toLower());
}

} // namespace

TextCheck::TextCheck(const PlainWords &words)
    : m_words(&words)
{
}

QList<Finding> TextCheck::check(const QString &text, Mode mode) const
{
    QList<Finding> found;
    for (const WordMatch &m : m_words->find(text)) {
        const PlainWord &w = m_words->words().at(m.word);
        Finding f;
        f.kind = w.kind == PlainWord::Kind::Office ? Finding::Kind::OfficeWord : Finding::Kind::HardWord;
        f.span = { m.start, m.length };
        f.text = text.mid(m.start, m.length);
        f.suggestion = w.plain;
        f.explanation = w.explain;
        found << f;
    }
    if (m_spelling) {
        const qsizetype words = found.size();
        for (const TextSpan &span : m_spelling->misspelt(text)) {
            const bool marked = std::any_of(found.cbegin(), found.cbegin() + words, [&](const Finding &f) {
                return f.span.start < span.end() && span.start < f.span.end();
            });
            if (marked)
                continue;
            Finding f;
            f.kind = Finding::Kind::Spelling;
            f.span = span;
            f.text = text.mid(span.start, span.length);
            found << f;
        }
    }
    const int limit = sentenceLimit(mode);
    for (const TextSpan &s : Sentences::split(text)) {
        const int words = Sentences::wordCount(text, s);
        if (words > limit) {
            Finding f;
            f.kind = Finding::Kind::LongSentence;
            f.span = s;
            f.text = text.mid(s.start, s.length);
            f.words = words;
            found << f;
        }
    }
    if (mode == Mode::EasyRead) {
        static const QRegularExpression rules(
            u"(?<![\\w-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            "ninety|hundred|thousand)(?![\\w-])|(\\d+(?:\\.\\d+)?\\s?%|\\bper\\s?cent\\b)|"
            "(?<![\\w-])(\\p{Lu}{4,})(?![\\w-])|(;)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = rules.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            Finding f;
            f.kind = Finding::Kind::EasyRead;
            f.span = { m.capturedStart(), m.capturedLength() };
            f.text = m.captured();
            if (m.capturedLength(1) > 0) {
                f.suggestion = numberDigits(m.captured(1));
                f.explanation = tr("Easy read uses digits for numbers.");
            } else if (m.capturedLength(2) > 0) {
                f.explanation = tr("Easy read avoids percentages: say \"1 in 4\", \"half\" or \"most\".");
            } else if (m.capturedLength(3) > 0) {
                // Case-insensitive matching lets any word through: only whole words in capitals count,
                // and not the acronyms the dictionary already explains.
                const QString word = m.captured(3);
                if (word != word.toUpper() || !m_words->find(word).isEmpty())
                    continue;
                f.explanation = tr("Capitals for a whole word are hard to read: write acronyms out in full, "
                                   "and use bold to stress a word.");
            } else {
                f.explanation = tr("One idea in each sentence: split the sentence here.");
            }
            found << f;
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Finding &a, const Finding &b) { return a.span.start < b.span.start; });
    return found;
}

QString TextCheck::message(const Finding &f, Mode mode)
{
    switch (f.kind) {
    case Finding::Kind::HardWord:
        return f.explanation.isEmpty()
            ? tr("“%1” is a hard word: say “%2”").arg(f.text, f.suggestion)
            : tr("“%1” is a hard word: say “%2”. %3").arg(f.text, f.suggestion, f.explanation);
    case Finding::Kind::OfficeWord:
        return tr("“%1” has a plainer word: “%2”").arg(f.text, f.suggestion);
    case Finding::Kind::LongSentence:
        return tr("This sentence has %1 words: keep sentences to %2 words or fewer")
            .arg(f.words)
            .arg(sentenceLimit(mode));
    case Finding::Kind::EasyRead:
        return f.suggestion.isEmpty() ? f.explanation
                                      : tr("“%1”: write “%2”. %3").arg(f.text, f.suggestion, f.explanation);
    case Finding::Kind::Spelling:
        return f.suggestion.isEmpty()
            ? tr("“%1” may be misspelt").arg(f.text)
            : tr("“%1” may be misspelt: did you mean “%2”?").arg(f.text, f.suggestion);
    }
    return {};
}

QString TextCheck::kindId(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::HardWord:
        return u"hard-word"_s;
    case Finding::Kind::OfficeWord:
        return u"office-word"_s;
    case Finding::Kind::LongSentence:
        return u"long-sentence"_s;
    case Finding::Kind::EasyRead:
        return u"easy-read"_s;
    case Finding::Kind::Spelling:
        return u"spelling"_s;
    }
    return {};
}

const Finding *TextCheck::at(const QList<Finding> &findings, qsizetype position)
{
    for (const Finding &f : findings)
        if (f.kind != Finding::Kind::LongSentence && position >= f.span.start && position <= f.span.end())
            return &f;
    return nullptr;
}

QString TextCheck::suggestEasyRead(const QString &text) const
{
    const QList<TextSpan> sentences = Sentences::split(text);
    if (sentences.isEmpty())
        return {};
    QString typed = text.mid(sentences.first().start, sentences.first().length);
    static const QRegularExpression brackets(u"\\s*\\([^)]*\\)"_s);
    typed.remove(brackets);
    typed = typed.simplified();
    // Left to right, keeping where each plain version went: a cut must not fall inside one.
    QString s;
    QList<TextSpan> made;
    qsizetype from = 0;
    for (const WordMatch &m : m_words->find(typed)) {
        const PlainWord &w = m_words->words().at(m.word);
        const QString word = typed.mid(m.start, m.length);
        if (w.kind == PlainWord::Kind::Term && !PlainWords::isAcronym(word))
            continue; // a term spelt out ("annual review") stays, explained in Words to know
        s += typed.mid(from, m.start - from);
        QString plain = plainest(w.plain);
        // "The LA" becomes "The council", not "The the council".
        if (plain.startsWith(u"the "_s, Qt::CaseInsensitive) && s.endsWith(u"the "_s, Qt::CaseInsensitive))
            plain.remove(0, 4);
        made.append({ s.size(), plain.size() });
        s += plain;
        from = m.start + m.length;
    }
    s += typed.mid(from);
    const QList<TextSpan> words = Sentences::words(s, { 0, s.size() });
    if (words.size() > 15) {
        // Cut at the last break between clauses that leaves 5 to 15 words, else after 15 words.
        static const QRegularExpression clause(
            u"[,;:]\\s|\\s[-–—]\\s|\\s(?=(?:and|but|so|which|because|who|while|although|as well as)\\s)"_s);
        qsizetype cut = words.at(14).end();
        for (auto it = clause.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype at = m.capturedStart();
            const bool inPlain = std::any_of(
                made.cbegin(), made.cend(), [&](const TextSpan &p) { return at >= p.start && at < p.end(); });
            const auto before = std::count_if(words.cbegin(), words.cend(),
                                              [&](const TextSpan &w) { return w.end() <= at; });
            if (!inPlain && before >= 5 && before <= 15)
                cut = at;
        }
        s.truncate(cut);
    }
    while (!s.isEmpty() && (s.back().isSpace() || s.back().isPunct()) && s.back() != u')')
        s.chop(1);
    if (s.isEmpty())
        return {};
    s[0] = s.at(0).toUpper();
    return s + u'.';
}

} // namespace Coproduce
