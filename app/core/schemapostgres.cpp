// SPDX-License-Identifier: GPL-3.0-or-later
// The area server's form of the schema: each migration of schema.cpp, made for PostgreSQL. Most statements
// differ only in their types (an id is a bigint identity, not SQLite's INTEGER PRIMARY KEY); the search
// index (a tsvector over unaccented words where SQLite has FTS5) and the triggers (PL/pgSQL functions) are
// written anew. Measured against PostgreSQL 15: ../shared/design/area-server.md.
#include "schema.h"

#include "searchsources.h"

#include <QRegularExpression>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// The search index: each row's words, unaccented and folded by the 'simple' configuration (no stemming,
// no stop words), so a word or its start finds what FTS5's unicode61 tokenizer finds on SQLite.
QStringList searchIndex()
{
    QStringList statements {
        u"CREATE EXTENSION IF NOT EXISTS unaccent"_s,
        // unaccent() is only STABLE (its dictionary could change); a generated column needs IMMUTABLE.
        u"CREATE FUNCTION coproduce_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$"_s,
        u"CREATE TABLE search_index (rowid bigint PRIMARY KEY, body text NOT NULL, meeting_id bigint, "
        "words tsvector GENERATED ALWAYS AS (to_tsvector('simple', coproduce_unaccent(body))) STORED)"_s,
        u"CREATE INDEX search_index_words ON search_index USING gin (words)"_s,
        u"CREATE INDEX search_index_meeting ON search_index (meeting_id)"_s,
    };
    // As on SQLite, a trigger per table keeps the index in step with every write (cascades included).
    for (const Indexed &t : IndexedTables) {
        const QString table = QString::fromLatin1(t.table);
        const QString kind = QString::number(int(t.kind));
        const auto over = [](const char *sql) {
            return QString::fromLatin1(sql).replace(u"R."_s, u"NEW."_s).replace(u"char(10)"_s, u"chr(10)"_s);
        };
        statements
            // With the owner's rights (SECURITY DEFINER): nobody writes the index but its triggers.
            << u"CREATE FUNCTION %1_search() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
               "SET search_path = public, pg_temp AS $$ BEGIN "
               "IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE rowid = OLD.id * 8 + %2; END IF; "
               "IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (rowid, body, meeting_id) "
               "VALUES (NEW.id * 8 + %2, %3, %4); END IF; RETURN NULL; END $$"_s.arg(
                   table, kind, over(t.body), over(t.meeting))
            << u"CREATE TRIGGER %1_search AFTER INSERT OR DELETE OR UPDATE OF %2 ON %1 FOR EACH ROW "
               "EXECUTE FUNCTION %1_search()"_s.arg(table, QString::fromLatin1(t.columns));
    }
    return statements;
}

// The audit trail's guard, from SQLite's: no deletion, and an update may only forget values.
QStringList auditGuard(const QString &sqliteUpdateTrigger)
{
    static const QRegularExpression when(u"WHEN (.*)\\nBEGIN"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    QString changed = when.match(sqliteUpdateTrigger).captured(1);
    changed.replace(QRegularExpression(u"IS NOT OLD\\."_s), u"IS DISTINCT FROM OLD."_s);
    return {
        u"CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'the audit trail is append-only'; END IF; "
        "IF %1 THEN RAISE EXCEPTION 'the audit trail is append-only: only its values may be forgotten'; "
        "END IF; RETURN NEW; END $$"_s.arg(changed.simplified()),
        u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW "
        "EXECUTE FUNCTION audit_log_append_only()"_s,
        // The server says who acted: the login of the connection, which an entry cannot claim otherwise.
        u"CREATE FUNCTION audit_log_who() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.who IS DISTINCT FROM session_user::text THEN RAISE EXCEPTION "
        "'the audit trail records who is signed in (%), not \"%\"', session_user, NEW.who; END IF; "
        // Erasure and retention are the area's admins' (each writes its entry): refused to anyone else,
        // even where no value of the trail needed forgetting.
        "IF NEW.action IN ('erase', 'retention') AND NOT pg_has_role(session_user, "
        "current_database() || '_admins', 'MEMBER') THEN RAISE EXCEPTION "
        "'only the area''s admins may erase a person or delete old meetings (%)', session_user "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        "RETURN NEW; END $$"_s,
        u"CREATE TRIGGER audit_log_who BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_who()"_s,
        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
        "EXECUTE FUNCTION audit_log_append_only()"_s,
    };
}

// Every committed change to a table is told to the windows that listen (ChangeWatcher): once a statement,
// with the table's name (never what was written: every user of the database could read it).
const QString notifyFunction
    = u"CREATE FUNCTION coproduce_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "PERFORM pg_notify('coproduce_changes', TG_TABLE_NAME); RETURN NULL; END $$"_s;

QString notifyTrigger(const QString &createTable)
{
    static const QRegularExpression name(u"^CREATE TABLE (\\w+)"_s);
    const QString table = name.match(createTable).captured(1);
    return u"CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
           "FOR EACH STATEMENT EXECUTE FUNCTION coproduce_changed()"_s.arg(table);
}

QString translated(QString statement)
{
    static const QRegularExpression key(u"\\bINTEGER PRIMARY KEY\\b"_s);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    statement.replace(key, u"bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    statement.replace(integer, u"bigint"_s);
    // An expression in an index needs its own parentheses on PostgreSQL (they do no harm on SQLite).
    statement.replace(u"ON actions(due = '', due, id)"_s, u"ON actions((due = ''), due, id)"_s);
    return statement;
}

} // namespace

QStringList Schema::serverAccess()
{
    // Three groups for each area's database, named after it, so two areas on one cluster stay apart:
    // readers (partners: everything, to read and export), facilitators (meetings, series and actions, and
    // an entry in the audit trail for each change) and admins (charters, the area's words, and forgetting
    // values in the audit trail for erasure and retention). Each includes the one before. A person's
    // login is put in one by the area's admin (README). Made again at each upgrade, for new tables.
    return { uR"sql(DO $$
DECLARE
    db text := current_database();
    readers text := db || '_readers';
    facilitators text := db || '_facilitators';
    admins text := db || '_admins';
    r text;
    t text;
BEGIN
    PERFORM set_config('client_min_messages', 'warning', true); -- no notice of what is there already
    FOREACH r IN ARRAY ARRAY[readers, facilitators, admins] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', readers, facilitators);
    EXECUTE format('GRANT %I TO %I', facilitators, admins);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, readers);
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', readers);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', readers);
    -- Only the tables this version of the schema has (an older one is granted again when upgraded).
    -- Which team owns a series is the admins' to say: facilitators name series, and may delete them.
    IF to_regclass('teams') IS NOT NULL THEN
        EXECUTE format('REVOKE INSERT, UPDATE ON series FROM %I', facilitators);
        EXECUTE format('GRANT INSERT (name), UPDATE (name), DELETE ON series TO %I', facilitators);
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON series, teams, team_members TO %I', admins);
    ELSE
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON series TO %I', facilitators);
    END IF;
    FOREACH t IN ARRAY ARRAY['meetings', 'attendees', 'activities', 'activity_principles',
                             'ladder_ratings', 'ladder_votes', 'contributions', 'decisions', 'commitments',
                             'actions', 'action_updates', 'charter_checks', 'taken_meetings',
                             'spelling_words'] LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, facilitators);
        END IF;
    END LOOP;
    FOREACH t IN ARRAY ARRAY['charters', 'principles', 'principle_commitments', 'local_words', 'app_state'] LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, admins);
        END IF;
    END LOOP;
    IF to_regclass('audit_log') IS NOT NULL THEN
        EXECUTE format('GRANT INSERT ON audit_log TO %I', facilitators);
        EXECUTE format('GRANT UPDATE (salt, old_value, new_value) ON audit_log TO %I', admins);
    END IF;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', facilitators);
END $$)sql"_s };
}

const QList<Migration> &Schema::postgresMigrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> result;
        for (Migration m : migrations()) {
            QStringList statements;
            if (result.isEmpty())
                statements << notifyFunction;
            for (const QString &statement : std::as_const(m.statements)) {
                if (statement.startsWith(u"CREATE VIRTUAL TABLE search_index"_s))
                    statements << searchIndex();
                else if (statement.contains(u"_search_"_s) && statement.startsWith(u"CREATE TRIGGER"_s))
                    continue; // made with the index, above
                else if (statement.startsWith(u"CREATE TRIGGER audit_log_no_delete"_s))
                    continue; // made with the update guard, below
                else if (statement.startsWith(u"CREATE TRIGGER audit_log_no_update"_s))
                    statements << auditGuard(statement);
                else if (statement.startsWith(u"CREATE TABLE "_s))
                    statements << translated(statement) << notifyTrigger(statement);
                else
                    statements << translated(statement);
            }
            if (m.version == 6)
                statements << teamPolicies();
            if (m.version == 7)
                statements << takenPolicies();
            m.statements = statements;
            result << m;
        }
        return result;
    }();
    return list;
}

} // namespace Coproduce
