// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plainwords.h"

#include <QCoreApplication>
#include <QList>

namespace Coproduce {

class Database;
class Spelling;

// A local area's own hard words, kept in the database beside the built-in dictionary. `also` is stored
// one spelling a line.
class WordRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::WordRepository)

public:
    explicit WordRepository(Database &database);

    QList<PlainWord> list() const;
    // The built-in words with this area's own.
    PlainWords dictionary() const;
    // Replaces the area's whole list in one transaction: all of it or, on any problem, none of it.
    bool replaceAll(const QList<PlainWord> &words, QString *error);
    // Adds the words of a coproduce-words/1 file, replacing any of the same term. Bad input names the file
    // and the field and changes nothing. Returns how many were added or replaced.
    std::optional<int> importJson(const QByteArray &json, const QString &source, QString *error);
    QByteArray exportJson() const;
    // wordspellings.cpp: the words the spelling check takes as right in this area (place names, services,
    // schools), alphabetical. Adding one already there changes nothing.
    QStringList spellings() const;
    bool addSpelling(const QString &word, QString *error);
    bool removeSpelling(const QString &word, QString *error);
    // Tells `spelling` every word this area takes as right: its own spellings, the hard words (built-in
    // and the area's, with their other forms) and the words of its charters.
    void teach(Spelling &spelling) const;

    // What is wrong with a word, or nothing: a term and a plain version are needed, and terms are unique.
    static QString problem(const QList<PlainWord> &words);

private:
    Database &m_database;
};

} // namespace Coproduce
