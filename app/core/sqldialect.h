// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Coproduce {

// The SQL that is not the same on every database, in one place. Everything else core writes is meant for
// both SQLite and PostgreSQL (`IS NOT DISTINCT FROM`, `INSERT … RETURNING`, `WHERE true`, `lower()`,
// dates formatted in C++): see ../shared/design/area-server.md. Today only SQLite answers; the area
// server's PostgreSQL forms come here (strpos for instr, a tsvector for FTS5, a plain BEGIN with the
// meeting locked first), so a second database is a change to this file and the schema, not to the
// repositories.
class SqlDialect final
{
public:
    // Starts a transaction. On SQLite it takes the write lock at once, so two writers wait for each other
    // (the busy timeout) instead of one failing half-way when its read lock cannot be upgraded.
    static QString begin();
    // A condition: `expression` holds the text bound at the `?`, in any case, with "%" and "_" taken as
    // typed (LIKE would take them as wildcards).
    static QString containsText(const QString &expression);
    // A subquery of the ids of the meetings that hold every one of the bound words somewhere, each as a
    // word or the start of one; bind searchTerms(words) at its `?`.
    static QString meetingsWithWords();
    // The words people typed, as the search wants them: each a word or its start, the search's own syntax
    // ("AND", "NEAR", quotes) taken as words.
    static QString searchTerms(const QStringList &words);
};

} // namespace Coproduce
