// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Coproduce {

// Spelling by Hunspell, against an installed dictionary (Debian's hunspell-en-gb: British English by
// default). Words the dictionary cannot know are never marked: people's names in the meeting, the area's
// hard words and own spellings, the charter's words (setKnown). Words in capitals (acronyms: the plain-
// English check's business), with digits, and in web or email addresses are left alone.
class Spelling final
{
    Q_DECLARE_TR_FUNCTIONS(Spelling)

public:
    // The dictionaries installed, by language code ("en_GB", "en_US"…), from $DICPATH, the XDG data
    // folders' hunspell/ and /usr/share/hunspell.
    static QStringList installed();
    static QString defaultLanguage() { return QStringLiteral("en_GB"); }
    // "English (United Kingdom)".
    static QString languageName(const QString &language);

    // Opens the dictionary for `language`; if it is not installed, isValid() is false and errorString()
    // says which package gives it.
    explicit Spelling(const QString &language = defaultLanguage());
    ~Spelling();
    Spelling(const Spelling &) = delete;
    Spelling &operator=(const Spelling &) = delete;

    bool isValid() const { return m_handle != nullptr; }
    QString language() const { return m_language; }
    QString errorString() const { return m_error; }

    // Words that are right whatever the dictionary says, by where they come from ("names", "area",
    // "charter"…): each word of each phrase, in any case. Setting a source again replaces its words.
    void setKnown(const QString &source, const QStringList &phrases);
    bool isKnown(const QString &word) const;

    bool isCorrect(const QString &word) const;
    // Hunspell's suggestions, best first (slow for a long word: ask for one word when it is wanted).
    QStringList suggestions(const QString &word, int most = 6) const;
    // Where the misspelt words of `text` are.
    QList<TextSpan> misspelt(const QString &text) const;

private:
    bool dictionaryKnows(const QString &word) const;

    struct Hunspell;
    std::unique_ptr<Hunspell> m_handle;
    QString m_language;
    QString m_error;
    QHash<QString, QSet<QString>> m_known; // source -> folded words
    QSet<QString> m_allKnown;
    mutable QHash<QString, bool> m_cache; // what the dictionary said of each word
};

} // namespace Coproduce
