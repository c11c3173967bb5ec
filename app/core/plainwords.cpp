// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainwords.h"

#include "builtinstrings.h"

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

bool isVowel(QChar c)
{
    return QStringView(u"aeiou").contains(c);
}

// The other forms of a one-word spelling in lower case: past ("facilitated", "utilised"), -ing
// ("facilitating"), -ies/-ied ("applies"), a doubled last consonant ("committed"), and the British and
// American spellings (-ise and -ize, -our and -or). A form that is not a real word costs nothing: it is
// never typed. (Plurals and -s come from the pattern's ending.) Phrases are left as they are: which of their
// words changes is not known ("touched base", but not "action planned"); a word list gives those in "also".
QStringList forms(const QString &spelling)
{
    const QString w = spelling.toLower();
    if (w.size() < 3 || !std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }))
        return {};
    QStringList out;
    const QChar last = w.back();
    const QChar before = w.at(w.size() - 2);
    if (last == u'e') {
        out << w + u'd';
        if (before == u'i')
            out << w.chopped(2) + u"ying";
        else if (before != u'e' && before != u'y' && before != u'o')
            out << w.chopped(1) + u"ing";
        else
            out << w + u"ing";
    } else if (last == u'y' && !isVowel(before)) {
        out << w.chopped(1) + u"ies" << w.chopped(1) + u"ied" << w + u"ing";
    } else {
        out << w + u"ed" << w + u"ing";
        // A short last syllable doubles its consonant ("commit", "committed"); harmless where it does not.
        if (!isVowel(last) && last != u'w' && last != u'x' && last != u'y' && isVowel(before)
            && !isVowel(w.at(w.size() - 3)))
            out << w + last + u"ed" << w + last + u"ing";
    }
    QStringList spellings { w };
    spellings += out;
    for (const QString &form : std::as_const(spellings)) {
        for (const auto &[british, american] :
             { qMakePair(u"is"_s, u"iz"_s), qMakePair(u"our"_s, u"or"_s) }) {
            // The suffix where it is one: "utilis-e", "utilis-ing", "endeavour", "endeavour-ed".
            for (const QString &tail : { u"e"_s, u"ed"_s, u"es"_s, u"ing"_s, QString() }) {
                if (form.endsWith(british + tail) && form.size() > british.size() + tail.size() + 2)
                    out << form.chopped(british.size() + tail.size()) + american + tail;
                else if (form.endsWith(american + tail) && form.size() > american.size() + tail.size() + 2)
                    out << form.chopped(american.size() + tail.size()) + british + tail;
            }
        }
    }
    out.removeDuplicates();
    out.removeAll(w);
    return out;
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
        if (!w.also.isEmpty())
            o.insert(u"also"_s, QJsonArray::fromStringList(w.also));
        if (w.kind == PlainWord::Kind::Office) {
            office.append(o);
            continue;
        }
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
        // The meanings and explanations in the user's language, as data (BuiltInStrings); the terms are
        // what is found in the text, so they stay as they are.
        for (PlainWord &w : read->m_words)
            if (w.kind == PlainWord::Kind::Term) {
                w.plain = BuiltInStrings::translated("PlainWords", w.plain);
                w.explain = BuiltInStrings::translated("PlainWords", w.explain);
            }
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
    // A term once only (an area's words are stored one a term): where else it is listed, to say so.
    QHash<QString, QString> listedAt;
    const auto once = [&](const QString &path, const QString &term) {
        const QString key = term.trimmed();
        if (key.isEmpty())
            return;
        if (const auto it = listedAt.constFind(key); it != listedAt.constEnd())
            in.error(JsonReader::join(path, u"term"_s),
                     QCoreApplication::translate("PlainWords", "%1 is listed already, at %2: keep one")
                         .arg(JsonReader::quoted(key), it.value()));
        else
            listedAt.insert(key, JsonReader::join(path, u"term"_s));
    };
    for (const auto &[path, o] : in.objects(*root, QString(), u"terms"_s, JsonReader::Optional)) {
        in.allowOnly(o, path, { u"term"_s, u"also"_s, u"plain"_s, u"explain"_s });
        PlainWord w;
        w.term = in.text(o, path, u"term"_s, JsonReader::Required);
        for (const auto &[p, spelling] : in.texts(o, path, u"also"_s, u"spelling"_s))
            w.also << spelling;
        w.plain = in.text(o, path, u"plain"_s, JsonReader::Required);
        w.explain = in.text(o, path, u"explain"_s, JsonReader::Optional);
        once(path, w.term);
        result.m_words << w;
    }
    for (const auto &[path, o] : in.objects(*root, QString(), u"office"_s, JsonReader::Optional)) {
        in.allowOnly(o, path, { u"term"_s, u"also"_s, u"plain"_s });
        PlainWord w;
        w.kind = PlainWord::Kind::Office;
        w.term = in.text(o, path, u"term"_s, JsonReader::Required);
        for (const auto &[p, spelling] : in.texts(o, path, u"also"_s, u"spelling"_s))
            w.also << spelling;
        w.plain = in.text(o, path, u"plain"_s, JsonReader::Required);
        once(path, w.term);
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
    for (int i = 0; i < m_words.size(); ++i) {
        const QStringList listed = QStringList { m_words.at(i).term } + m_words.at(i).also;
        for (const QString &spelling : listed) {
            if (m_index.contains(key(spelling)))
                continue; // the first listing wins
            m_index.insert(key(spelling), i);
            (isAcronym(spelling) ? exact : anyCase) << spelling;
        }
    }
    // Every form of an office word is the word: "facilitated", "utilising", "prioritized". (Terms list their
    // forms in "also": a verb form of a noun can be another word, "chartered" is not "charter".) After all
    // the listed spellings, so that a form never takes the place of another word's own spelling.
    for (int i = 0; i < m_words.size(); ++i)
        for (const QString &spelling : QStringList { m_words.at(i).term } + m_words.at(i).also) {
            if (m_words.at(i).kind != PlainWord::Kind::Office || isAcronym(spelling))
                continue;
            for (const QString &form : forms(spelling))
                if (!m_index.contains(form)) {
                    m_index.insert(form, i);
                    anyCase << form;
                }
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
