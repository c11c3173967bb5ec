// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentences.h"

#include <QRegularExpression>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u')' || c == u']';
}

// Abbreviations after which a full stop never ends a sentence, whatever follows.
bool isAbbreviation(const QString &token)
{
    static const QSet<QString> words { u"e.g"_s, u"i.e"_s, u"eg"_s,  u"ie"_s,   u"dr"_s,     u"mr"_s,
                                       u"mrs"_s, u"ms"_s,  u"mx"_s,  u"prof"_s, u"cllr"_s,   u"rev"_s,
                                       u"st"_s,  u"vs"_s,  u"cf"_s,  u"incl"_s, u"approx"_s, u"dept"_s,
                                       u"no"_s,  u"nos"_s, u"fig"_s, u"tel"_s,  u"ref"_s,    u"etc.e.g"_s };
    return words.contains(token.toLower());
}

struct Scanner
{
    const QString &text;
    QList<TextSpan> out;

    void push(qsizetype from, qsizetype to)
    {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        bool hasWord = false;
        for (qsizetype i = from; i < to && !hasWord; ++i)
            hasWord = text.at(i).isLetterOrNumber();
        if (hasWord)
            out.append({ from, to - from });
    }

    // The word before a full stop at `dot`, with its inner points: "e.g" for "e.g.".
    QString tokenBefore(qsizetype dot, qsizetype lineStart) const
    {
        qsizetype i = dot;
        while (i > lineStart && (text.at(i - 1).isLetter() || text.at(i - 1) == u'.'))
            --i;
        return text.mid(i, dot - i);
    }

    void line(qsizetype from, qsizetype to)
    {
        static const QRegularExpression bullet(
            u"\\s*(?:[-*•‣◦–—]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\(?[A-Z]\\))\\s+"_s);
        // On the line's start alone: matching at an offset into the whole text checks all of it each time.
        const QRegularExpressionMatch m
            = bullet.match(text.mid(from, qMin<qsizetype>(to - from, 24)), 0, QRegularExpression::NormalMatch,
                           QRegularExpression::AnchorAtOffsetMatchOption);
        qsizetype start = m.hasMatch() ? from + m.capturedEnd() : from;
        for (qsizetype j = start; j < to; ++j) {
            if (!isTerminator(text.at(j)))
                continue;
            qsizetype k = j + 1;
            bool onlyDots = text.at(j) == u'.';
            while (k < to && isTerminator(text.at(k))) {
                onlyDots = onlyDots && text.at(k) == u'.';
                ++k;
            }
            while (k < to && isCloser(text.at(k)))
                ++k;
            if (k < to && !text.at(k).isSpace()) {
                j = k - 1;
                continue; // "2.5", "e.g", "coproduce.org"
            }
            qsizetype next = k;
            while (next < to && text.at(next).isSpace())
                ++next;
            bool ends = true;
            if (onlyDots && k == j + 1 && next < to) {
                const QString token = tokenBefore(j, start);
                const QChar after = text.at(next);
                if (after.isLower())
                    ends = false;
                else if (isAbbreviation(token) && (token.toLower() != u"no" || after.isDigit()))
                    ends = false;
                else if (token.size() == 1 && token.front().isUpper())
                    ends = false; // an initial: "J. Smith"
            }
            if (ends) {
                push(start, k);
                start = k;
            }
            j = k - 1;
        }
        push(start, to);
    }
};

} // namespace

QList<TextSpan> Sentences::split(const QString &text)
{
    Scanner scanner { text, {} };
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isLineBreak(text.at(i))) {
            scanner.line(lineStart, i);
            lineStart = i + 1;
        }
    }
    return scanner.out;
}

QList<TextSpan> Sentences::words(const QString &text, TextSpan span)
{
    // A hand-written scan, several times faster than a Unicode-aware regular expression on a long note:
    // a run of letters and digits, joined by an apostrophe, hyphen or point ("don't", "co-production",
    // "e.g", "2.5"), or between digits only by a comma or colon ("1,000", "10:30").
    QList<TextSpan> out;
    const qsizetype end = qMin(span.end(), text.size());
    qsizetype i = span.start;
    while (i < end) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool digitsOnly = true;
        while (i < end) {
            const QChar c = text.at(i);
            if (c.isLetterOrNumber()) {
                digitsOnly = digitsOnly && c.isDigit();
                ++i;
                continue;
            }
            const bool joins = i + 1 < end && text.at(i + 1).isLetterOrNumber();
            const bool joiner = c == u'\'' || c == u'’' || c == u'.' || c == u'-';
            const bool digitJoiner
                = (c == u',' || c == u':') && digitsOnly && joins && text.at(i + 1).isDigit();
            if (joins && (joiner || digitJoiner)) {
                ++i;
                continue;
            }
            break;
        }
        out.append({ start, i - start });
    }
    return out;
}

int Sentences::wordCount(const QString &text, TextSpan span)
{
    return int(words(text, span).size());
}

} // namespace Coproduce
