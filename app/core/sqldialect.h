// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Coproduce {

// Which database: a SQLite file on this laptop, or the area's PostgreSQL server.
enum class Engine { Sqlite, Postgres };

// The SQL that is not the same on every database, in one place. Everything else core writes is meant for
// both SQLite and PostgreSQL (`IS NOT DISTINCT FROM`, `INSERT … RETURNING`, `WHERE true`, `lower()`,
// dates formatted in C++): see ../shared/design/area-server.md. The schema's own differences are in
// schema.cpp and schemapostgres.cpp; so a second database is a change to these, not to the repositories.
// (The repositories still ask for SQLite's forms: the engine reaches them with the server's connection.)
class SqlDialect final
{
public:
    // Starts a transaction. On SQLite it takes the write lock at once, so two writers wait for each other
    // (the busy timeout) instead of one failing half-way when its read lock cannot be upgraded.
    static QString begin(Engine engine = Engine::Sqlite);
    // A condition: `expression` holds the text bound at the `?`, in any case, with "%" and "_" taken as
    // typed (LIKE would take them as wildcards).
    static QString containsText(const QString &expression, Engine engine = Engine::Sqlite);
    // A subquery of the ids of the meetings that hold every one of the bound words somewhere, each as a
    // word or the start of one; bind searchTerms(words) at its `?`.
    static QString meetingsWithWords(Engine engine = Engine::Sqlite);
    // The words people typed, as the search wants them: each a word or its start, the search's own syntax
    // ("AND", "NEAR", quotes) taken as words.
    static QString searchTerms(const QStringList &words, Engine engine = Engine::Sqlite);
};

} // namespace Coproduce
