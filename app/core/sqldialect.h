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
class SqlDialect final
{
public:
    // Starts a transaction. On SQLite it takes the write lock at once, so two writers wait for each other
    // (the busy timeout) instead of one failing half-way when its read lock cannot be upgraded.
    static QString begin(Engine engine);
    // A condition: `expression` holds the text bound at the `?`, in any case, with "%" and "_" taken as
    // typed (LIKE would take them as wildcards).
    static QString containsText(const QString &expression, Engine engine);
    // The statement that takes a meeting's lock at the start of a write to it, given a subquery of its id
    // (with one `?`): on the server, so that two people changing one meeting take their locks in the same
    // order (renumbering rows in opposite orders deadlocked without it) and a compare-and-set that waited
    // reads what the other wrote. Empty on SQLite, whose BEGIN IMMEDIATE has locked the whole file.
    static QString lockMeeting(const QString &meetingIdSubquery, Engine engine);
    // The statement that makes writers to the audit trail take turns until their transactions end, so its
    // hash chain cannot fork: a transaction-scoped advisory lock on the server, nothing on SQLite.
    static QString lockAuditChain(Engine engine);
    // Whether a query a cursor keeps open may read its rows as it goes. SQLite steps through them; the
    // PostgreSQL driver's row-at-a-time mode loses the rest, silently, as soon as another query runs on
    // the connection, so there the result is read whole when the query runs.
    static bool streamsRows(Engine engine) { return engine == Engine::Sqlite; }
    // `column`, hidden from SQLite's choice of index (its unary +), so that it walks the one the ORDER BY
    // follows and the first rows arrive without sorting them all. PostgreSQL's planner needs no such hint.
    static QString unindexed(const QString &column, Engine engine);
    // A subquery of the ids of the meetings that hold every one of the bound words somewhere, each as a
    // word or the start of one; bind searchTerms(words) at its `?`.
    static QString meetingsWithWords(Engine engine);
    // After a bulk load (the demo, an archive read in): the statement that brings the planner's statistics
    // up to date, so the next queries (the progress numbers' joins, above all) are planned for the rows now
    // there rather than for an empty database until autovacuum gets round to it. Empty on SQLite, whose
    // planner keeps no statistics unless asked to (and whose plans the project relies on as they are).
    static QString refreshStatistics(Engine engine);
    // The whole days from one date column (text, "yyyy-MM-dd") to another, as an integer.
    static QString daysBetween(const QString &from, const QString &to, Engine engine);
    // The words people typed, as the search wants them: each a word or its start, the search's own syntax
    // ("AND", "NEAR", quotes) taken as words.
    static QString searchTerms(const QStringList &words, Engine engine);
};

} // namespace Coproduce
