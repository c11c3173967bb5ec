// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plainwords.h"

#include <QCoreApplication>
#include <QList>

namespace Coproduce {

class Database;

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
    // What is wrong with a word, or nothing: a term and a plain version are needed, and terms are unique.
    static QString problem(const QList<PlainWord> &words);

private:
    Database &m_database;
};

} // namespace Coproduce
