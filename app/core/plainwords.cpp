// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainwords.h"

#include "jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString key(const QString &spelling)
{
    return PlainWords::isAcronym(spelling) ? spelling : spelling.toLower();
}

QRegularExpression alternation(QStringList spellings, QRegularExpression::PatternOptions options)
{
    if (spellings.isEmpty())
        return QRegularExpression(u"(?!)"_s); // matches nothing
    // Longest first, so "SENDIASS" is tried before "SEND" and "annual review" before "review".
    std::sort(spellings.begin(), spellings.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &s : spellings)
        s = QRegularExpression::escape(s).replace(u"\\ "_s, u"\\s+"_s);
    // Whole words: no letter, digit or hyphen before; no letter or digit after the optional plural or
    // possessive ending.
    return QRegularExpression(u"(?<![\\w-])("_s + spellings.join(u'|') + u")(?:['’]s|s|es)?(?![\\w])"_s,
                              options | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

bool PlainWords::isAcronym(const QString &spelling)
{
    return spelling.size() > 1
        && std::any_of(spelling.cbegin() + 1, spelling.cend(), [](QChar c) { return c.isUpper(); });
}

QByteArray PlainWords::toJson(const QList<PlainWord> &words)
{
    QJsonArray terms, office;
    for (const PlainWord &w : words) {
        QJsonObject o { { u"term"_s, w.term }, { u"plain"_s, w.plain } };
        if (w.kind == PlainWord::Kind::Office) {
            office.append(o);
            continue;
        }
        if (!w.also.isEmpty())
            o.insert(u"also"_s, QJsonArray::fromStringList(w.also));
        if (!w.explain.isEmpty())
            o.insert(u"explain"_s, w.explain);
        terms.append(o);
    }
    const QJsonObject root { { u"format"_s, u"coproduce-words/1"_s },
                             { u"terms"_s, terms },
                             { u"office"_s, office } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PlainWords PlainWords::withLocal(const QList<PlainWord> &local)
{
    PlainWords result;
    result.m_words = local + builtIn().m_words;
    result.compile();
    return result;
}

const PlainWords &PlainWords::builtIn()
{
    static const PlainWords words = [] {
        QFile file(u":/coproduce/words.json"_s);
        QString error;
        // Compiled in and checked by the tests: a failure here is a build mistake.
        std::optional<PlainWords> read = file.open(QIODevice::ReadOnly)
            ? fromJson(file.readAll(), file.fileName(), &error)
            : std::nullopt;
        if (!read)
            qFatal("The built-in words are missing or broken: %s", qPrintable(error));
        return *read;
    }();
    return words;
}

std::optional<PlainWords> PlainWords::fromJson(const QByteArray &json, const QString &source, QString *error)
{
    JsonReader in(source);
    const std::optional<QJsonObject> root = in.parse(json);
    if (!root) {
        *error = in.errors().join(u'\n');
        return std::nullopt;
    }
    in.allowOnly(*root, QString(), { u"format"_s, u"note"_s, u"terms"_s, u"office"_s });
    in.expectFormat(*root, u"coproduce-words/1"_s);
    PlainWords result;
    for (const auto &[path, o] : in.objects(*root, QString(), u"terms"_s, JsonReader::Optional)) {
        in.allowOnly(o, path, { u"term"_s, u"also"_s, u"plain"_s, u"explain"_s });
        PlainWord w;
        w.term = in.text(o, path, u"term"_s, JsonReader::Required);
        for (const auto &[p, spelling] : in.texts(o, path, u"also"_s, u"spelling"_s))
            w.also << spelling;
        w.plain = in.text(o, path, u"plain"_s, JsonReader::Required);
        w.explain = in.text(o, path, u"explain"_s, JsonReader::Optional);
        result.m_words << w;
    }
    for (const auto &[path, o] : in.objects(*root, QString(), u"office"_s, JsonReader::Optional)) {
        in.allowOnly(o, path, { u"term"_s, u"plain"_s });
        PlainWord w;
        w.kind = PlainWord::Kind::Office;
        w.term = in.text(o, path, u"term"_s, JsonReader::Required);
        w.plain = in.text(o, path, u"plain"_s, JsonReader::Required);
        result.m_words << w;
    }
    if (!in.ok()) {
        *error = in.errors().join(u'\n');
        return std::nullopt;
    }
    result.compile();
    return result;
}

void PlainWords::compile()
{
    QStringList exact, anyCase;
    for (int i = 0; i < m_words.size(); ++i)
        for (const QString &spelling : QStringList { m_words.at(i).term } + m_words.at(i).also) {
            if (m_index.contains(key(spelling)))
                continue; // the first listing wins
            m_index.insert(key(spelling), i);
            (isAcronym(spelling) ? exact : anyCase) << spelling;
        }
    m_exact = alternation(exact, QRegularExpression::NoPatternOption);
    m_anyCase = alternation(anyCase, QRegularExpression::CaseInsensitiveOption);
}

QList<WordMatch> PlainWords::find(const QString &text) const
{
    // Web and e-mail addresses are not words: nothing inside them is flagged.
    static const QRegularExpression addresses(
        u"\\b(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<QPair<qsizetype, qsizetype>> skip;
    for (auto it = addresses.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        skip.append({ m.capturedStart(), m.capturedEnd() });
    }
    QList<WordMatch> found;
    for (const QRegularExpression *pattern : { &m_exact, &m_anyCase })
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool inAddress = std::any_of(skip.cbegin(), skip.cend(), [&](const auto &range) {
                return m.capturedStart() < range.second && m.capturedEnd() > range.first;
            });
            const int word = m_index.value(key(m.captured(1).simplified()), -1);
            if (!inAddress && word >= 0)
                found.append({ m.capturedStart(), m.capturedLength(), word });
        }
    std::sort(found.begin(), found.end(), [](const WordMatch &a, const WordMatch &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    // An acronym inside a longer phrase ("EHC" in "EHC plan") is the phrase's.
    QList<WordMatch> result;
    for (const WordMatch &m : std::as_const(found))
        if (result.isEmpty() || m.start >= result.last().start + result.last().length)
            result << m;
    return result;
}

} // namespace Coproduce
