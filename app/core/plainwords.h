// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

// A hard word and its plain version. SEND terms and other hard words explain themselves in one short
// sentence (for an easy-read "Words to know"); office words only have a plainer choice.
struct PlainWord
{
    enum class Kind { Term, Office };
    QString term;
    QStringList also; // other spellings and forms: "SENDCo", "co-produced"
    QString plain;
    QString explain;
    Kind kind = Kind::Term;
};

struct WordMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    int word = -1; // index into PlainWords::words()
};

// The dictionary of hard words (resources/words.json) and where they occur in a text. Matching is whole
// word; acronyms (any capital after the first letter: "EHCP", "SpLD", "DfE") match their case exactly, so
// "SEN" is caught and "sent" is not, while other words match in any case. Plurals and possessives count
// ("EHCPs", "SENCO's"), and so does every form of a one-word office word: past, -ing, -s, and the British
// and American spellings ("facilitated", "utilising", "prioritize"); nothing inside a web address or an
// e-mail address does.
class PlainWords final
{
public:
    static const PlainWords &builtIn();
    // Reads a coproduce-words/1 file; on bad input, returns nothing and says what is wrong.
    static std::optional<PlainWords> fromJson(const QByteArray &json, const QString &source, QString *error);
    // A coproduce-words/1 file of these words, for a local area to share its own.
    static QByteArray toJson(const QList<PlainWord> &words);
    // The built-in words with a local area's own; where both list a spelling, the area's wins.
    static PlainWords withLocal(const QList<PlainWord> &local);
    // "EHCP", "SpLD", "DfE", "CoP": a capital after the first letter. Acronyms match their case exactly.
    static bool isAcronym(const QString &spelling);

    const QList<PlainWord> &words() const { return m_words; }
    QList<WordMatch> find(const QString &text) const;

private:
    void compile();

    QList<PlainWord> m_words;
    QRegularExpression m_exact; // acronyms
    QRegularExpression m_anyCase; // everything else
    QHash<QString, int> m_index; // spelling (lower case unless an acronym) -> word
};

} // namespace Coproduce
