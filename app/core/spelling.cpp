// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.h>

namespace Coproduce {

using namespace Qt::StringLiterals;

struct Spelling::Hunspell
{
    Hunhandle *handle = nullptr;
    bool utf8 = true;
    ~Hunspell() { Hunspell_destroy(handle); }
    QByteArray encoded(const QString &word) const { return utf8 ? word.toUtf8() : word.toLatin1(); }
    QString decoded(const char *word) const
    {
        return utf8 ? QString::fromUtf8(word) : QString::fromLatin1(word);
    }
};

namespace {

QStringList dictionaryFolders()
{
    QStringList folders = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts);
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"hunspell"_s,
                                         QStandardPaths::LocateDirectory);
    folders << u"/usr/share/hunspell"_s << u"/usr/share/myspell"_s << u"/usr/share/myspell/dicts"_s;
    folders.removeDuplicates();
    return folders;
}

// A word as the dictionary and the known words compare it: curly apostrophes made straight.
QString plain(QString word)
{
    return word.replace(u'\u2019', u'\'');
}

QString folded(const QString &word)
{
    QString f = plain(word).toCaseFolded();
    if (f.endsWith(u"'s"_s))
        f.chop(2);
    return f;
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'\u2010';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

} // namespace

QStringList Spelling::installed()
{
    QStringList found;
    for (const QString &folder : dictionaryFolders()) {
        const QDir dir(folder);
        for (const QFileInfo &dic : dir.entryInfoList({ u"*.dic"_s }, QDir::Files | QDir::Readable)) {
            if (!dic.baseName().startsWith(u"hyph_"_s) && dir.exists(dic.completeBaseName() + u".aff"_s))
                found << dic.completeBaseName();
        }
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

QString Spelling::languageName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    const QString territory
        = language.contains(u'_') ? QLocale::territoryToString(locale.territory()) : QString();
    return territory.isEmpty() ? QLocale::languageToString(locale.language())
                               : tr("%1 (%2)").arg(QLocale::languageToString(locale.language()), territory);
}

Spelling::Spelling(const QString &language)
    : m_language(language)
{
    for (const QString &folder : dictionaryFolders()) {
        const QString dic = QDir(folder).filePath(language + u".dic"_s);
        const QString aff = QDir(folder).filePath(language + u".aff"_s);
        if (!QFileInfo::exists(dic) || !QFileInfo::exists(aff))
            continue;
        auto hunspell = std::make_unique<Hunspell>();
        hunspell->handle
            = Hunspell_create(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        if (!hunspell->handle)
            continue;
        const QByteArray encoding = QByteArray(Hunspell_get_dic_encoding(hunspell->handle)).toUpper();
        hunspell->utf8 = encoding == "UTF-8" || encoding == "UTF8";
        if (!hunspell->utf8 && !encoding.startsWith("ISO8859-1") && !encoding.startsWith("ISO-8859-1"))
            continue; // a legacy encoding Qt cannot write without ICU
        m_handle = std::move(hunspell);
        return;
    }
    m_error = tr("There is no spelling dictionary for %1 on this computer. Install one (for British English, "
                 "the package hunspell-en-gb).")
                  .arg(languageName(language));
}

Spelling::~Spelling() = default;

void Spelling::setKnown(const QString &source, const QStringList &phrases)
{
    QSet<QString> words;
    for (const QString &phrase : phrases) {
        qsizetype i = 0;
        while (i < phrase.size()) {
            if (!isWordChar(phrase.at(i))) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < phrase.size()
                   && (isWordChar(phrase.at(j))
                       || (isJoiner(phrase.at(j)) && j + 1 < phrase.size() && isWordChar(phrase.at(j + 1)))))
                ++j;
            const QString word = phrase.mid(i, j - i);
            words.insert(folded(word));
            // Each part of a joined word too: "Cohen-Smith" makes "Cohen" right on its own.
            for (const QString &part : plain(word).split(u'-', Qt::SkipEmptyParts))
                words.insert(folded(part));
            i = j;
        }
    }
    m_known.insert(source, words);
    m_allKnown.clear();
    for (const QSet<QString> &set : std::as_const(m_known))
        m_allKnown.unite(set);
}

bool Spelling::isKnown(const QString &word) const
{
    return m_allKnown.contains(folded(word));
}

bool Spelling::dictionaryKnows(const QString &word) const
{
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    const bool right = Hunspell_spell(m_handle->handle, m_handle->encoded(plain(word)).constData()) != 0;
    if (m_cache.size() > 50000)
        m_cache.clear(); // a bound on memory over a long day
    m_cache.insert(word, right);
    return right;
}

bool Spelling::isCorrect(const QString &word) const
{
    if (!isValid() || isKnown(word) || dictionaryKnows(word))
        return true;
    // A joined word is right when each of its parts is.
    const QStringList parts = plain(word).split(u'-', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts)
        if (!isKnown(part) && !dictionaryKnows(part))
            return false;
    return true;
}

QStringList Spelling::suggestions(const QString &word, int most) const
{
    QStringList list;
    if (!isValid())
        return list;
    char **found = nullptr;
    const int count = Hunspell_suggest(m_handle->handle, &found, m_handle->encoded(plain(word)).constData());
    for (int i = 0; i < count && list.size() < most; ++i)
        list << m_handle->decoded(found[i]);
    Hunspell_free_list(m_handle->handle, &found, count);
    return list;
}

QList<TextSpan> Spelling::misspelt(const QString &text) const
{
    QList<TextSpan> spans;
    if (!isValid())
        return spans;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (
            j < n
            && (isWordChar(text.at(j)) || (isJoiner(text.at(j)) && j + 1 < n && isWordChar(text.at(j + 1)))))
            ++j;
        const QString word = text.mid(i, j - i);
        const qsizetype start = i;
        i = j;
        // Left alone: a letter on its own, capitals (acronyms), words joined to digits ("2nd", "A4"), and
        // anything in an address.
        if (word.size() < 2 || word == word.toUpper())
            continue;
        if ((start > 0 && text.at(start - 1).isDigit()) || (j < n && text.at(j).isDigit()))
            continue;
        qsizetype chunkStart = start;
        while (chunkStart > 0 && !text.at(chunkStart - 1).isSpace())
            --chunkStart;
        qsizetype chunkEnd = j;
        while (chunkEnd < n && !text.at(chunkEnd).isSpace())
            ++chunkEnd;
        const QStringView chunk = QStringView(text).mid(chunkStart, chunkEnd - chunkStart);
        if (chunk.contains(u'@') || chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive))
            continue;
        if (!isCorrect(word))
            spans << TextSpan { start, word.size() };
    }
    return spans;
}

} // namespace Coproduce
