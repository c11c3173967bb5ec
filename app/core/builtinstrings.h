// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Coproduce {

// The built-in data people read — the ladder's groups and rungs, the hard words' plain meanings and
// explanations (the easy-read "Words to know"), the built-in charters' names, principles and commitments —
// translated as data: each string is looked up with QCoreApplication::translate() under its context
// ("Ladder", "PlainWords", "BuiltInCharters") as it is read, and a translator finds it in the .ts files
// with the rest. lupdate cannot read JSON, so the strings are also written out as C++
// (builtinstringstable.cpp, by `coproduce-docgen data-strings`), which lupdate reads; tst_translations
// checks that the table and the resources agree.
namespace BuiltInStrings {

struct Entry
{
    QString context;
    QString text;
    bool operator==(const Entry &other) const { return context == other.context && text == other.text; }
};

// What the resources hold that should be translatable, in the order they hold it, each once.
QList<Entry> fromResources();
// The generated table, as compiled.
QList<Entry> table();
// The C++ source of builtinstringstable.cpp for these entries.
QString tableSource(const QList<Entry> &entries);

// A string of built-in data in the user's language (itself where there is no translation).
QString translated(const char *context, const QString &text);

} // namespace BuiltInStrings
} // namespace Coproduce
