// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "searchsources.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const char *const CreateTables = R"sql(
CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE charters (
    id TEXT PRIMARY KEY CHECK (id <> ''),
    name TEXT NOT NULL,
    area TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE principles (
    pk INTEGER PRIMARY KEY,
    charter_id TEXT NOT NULL REFERENCES charters(id) ON DELETE CASCADE,
    id TEXT NOT NULL CHECK (id <> ''),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    easy_read TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    UNIQUE (charter_id, id)
);
CREATE TABLE principle_commitments (
    pk INTEGER PRIMARY KEY,
    principle_pk INTEGER NOT NULL REFERENCES principles(pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX principle_commitments_principle ON principle_commitments(principle_pk);
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> '')
);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    charter_id TEXT REFERENCES charters(id) ON DELETE RESTRICT,
    facilitator TEXT NOT NULL DEFAULT '',
    heard_yes INTEGER CHECK (heard_yes >= 0),
    heard_partly INTEGER CHECK (heard_partly >= 0),
    heard_no INTEGER CHECK (heard_no >= 0)
);
CREATE INDEX meetings_series_date ON meetings(series_id, date);
CREATE INDEX meetings_date ON meetings(date);
CREATE INDEX meetings_charter ON meetings(charter_id);
CREATE TABLE attendees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('facilitator','parent-carer','young-person','professional','partner','other')),
    organisation TEXT NOT NULL DEFAULT '',
    attendance TEXT NOT NULL DEFAULT 'present' CHECK (attendance IN ('present','apologies','absent')),
    credit TEXT NOT NULL DEFAULT 'named' CHECK (credit IN ('named','role-only','anonymous')),
    access_needs TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendees_meeting ON attendees(meeting_id);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    raised_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activities_meeting ON activities(meeting_id);
CREATE TABLE activity_principles (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    principle TEXT NOT NULL,
    PRIMARY KEY (activity_id, principle)
);
CREATE TABLE ladder_ratings (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    perspective TEXT NOT NULL CHECK (perspective IN ('facilitator','parent-carer','young-person','professional','partner','other')),
    rung TEXT NOT NULL CHECK (rung IN ('coercion','education','information','consultation','engagement','co-design','co-production')),
    PRIMARY KEY (activity_id, perspective)
);
CREATE TABLE contributions (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    attendee_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
    by_role TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL
);
CREATE INDEX contributions_activity ON contributions(activity_id);
CREATE INDEX contributions_attendee ON contributions(attendee_id);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    easy_read TEXT NOT NULL DEFAULT '',
    made TEXT NOT NULL DEFAULT 'in-meeting' CHECK (made IN ('in-meeting','elsewhere'))
);
CREATE INDEX decisions_activity ON decisions(activity_id);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    by_whom TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    principle TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commitments_activity ON commitments(activity_id);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    easy_read TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in-progress','done','cannot-do')),
    reason TEXT NOT NULL DEFAULT '',
    responds_to INTEGER REFERENCES contributions(id) ON DELETE SET NULL,
    CHECK (status <> 'cannot-do' OR reason <> '')
);
CREATE INDEX actions_activity ON actions(activity_id);
CREATE INDEX actions_status_due ON actions(status, due);
CREATE INDEX actions_responds_to ON actions(responds_to);
CREATE TABLE action_updates (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open','in-progress','done','cannot-do')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_updates_action ON action_updates(action_id);
CREATE TABLE charter_checks (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    principle TEXT NOT NULL,
    score TEXT NOT NULL CHECK (score IN ('yes','partly','not-yet')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, principle)
);
-- The search index holds its own copy of the text so that results can be shown without joins. Its rowid
-- is (source row id * 8 + kind), so triggers can find and remove a row directly.
CREATE VIRTUAL TABLE search_index USING fts5(
    body, meeting_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Triggers keep the index in step with every write, whichever code path makes it (cascading deletes
// fire them too).
QStringList searchTriggers()
{
    QStringList statements;
    for (const Indexed &t : IndexedTables) {
        const QString table = QString::fromLatin1(t.table);
        const QString kind = QString::number(int(t.kind));
        const QString insertNew = u"INSERT INTO search_index(rowid, body, meeting_id) VALUES (new.id * 8 + "_s
            + kind + u", "_s + QString::fromLatin1(t.body).replace(u"R."_s, u"new."_s) + u", "_s
            + QString::fromLatin1(t.meeting).replace(u"R."_s, u"new."_s) + u");"_s;
        const QString deleteOld = u"DELETE FROM search_index WHERE rowid = old.id * 8 + "_s + kind + u";"_s;
        statements << u"CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2 END"_s.arg(table,
                                                                                               insertNew)
                   << u"CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN %2 END"_s.arg(table,
                                                                                               deleteOld)
                   << u"CREATE TRIGGER %1_search_update AFTER UPDATE OF %2 ON %1 BEGIN %3 %4 END"_s.arg(
                          table, QString::fromLatin1(t.columns), deleteOld, insertNew);
    }
    return statements;
}

QStringList splitStatements(const char *sql)
{
    QStringList statements;
    const QStringList parts = QString::fromUtf8(sql).split(u';');
    for (const QString &part : parts) {
        QString statement;
        for (const QString &line : part.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"))
                statement += line + u'\n';
        }
        if (!statement.trimmed().isEmpty())
            statements << statement.trimmed();
    }
    return statements;
}

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> list = [] {
        Migration first;
        first.version = 1;
        first.name = u"charters, meetings, actions and the search index"_s;
        first.statements = splitStatements(CreateTables) + searchTriggers();
        // The actions board lists actions by due date (undated last) and fetches them as it scrolls: this
        // index gives that order without sorting every action first.
        Migration second;
        second.version = 2;
        second.name = u"actions in due-date order"_s;
        second.statements = { u"CREATE INDEX actions_due_order ON actions(due = '', due, id)"_s };
        // A show of hands: how many people in each role put an activity on each rung, for the poll view.
        Migration third;
        third.version = 3;
        third.name = u"the room's ladder poll"_s;
        third.statements = { uR"sql(CREATE TABLE ladder_votes (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('facilitator','parent-carer','young-person','professional','partner','other')),
    rung TEXT NOT NULL CHECK (rung IN ('coercion','education','information','consultation','engagement','co-design','co-production')),
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (activity_id, role, rung)
))sql"_s };
        // A local area's own hard words, next to the built-in dictionary (resources/words.json).
        Migration fourth;
        fourth.version = 4;
        fourth.name = u"the area's own hard words"_s;
        fourth.statements = { uR"sql(CREATE TABLE local_words (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE CHECK (length(trim(term)) > 0),
    also TEXT NOT NULL DEFAULT '',
    plain TEXT NOT NULL CHECK (length(trim(plain)) > 0),
    explain TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'term' CHECK (kind IN ('term','office'))
))sql"_s };
        // Who changed what: append-only, each entry chained to the one before (core/auditlog.h). Only the
        // values may be forgotten (set to NULL, for erasure).
        Migration fifth;
        fifth.version = 5;
        fifth.name = u"the audit trail"_s;
        fifth.statements = { uR"sql(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL DEFAULT 0,
    meeting_id INTEGER NOT NULL DEFAULT 0,
    field TEXT NOT NULL DEFAULT '',
    old_digest TEXT NOT NULL DEFAULT '',
    new_digest TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL DEFAULT '',
    salt TEXT,
    old_value TEXT,
    new_value TEXT
))sql"_s,
                             u"CREATE INDEX audit_log_meeting ON audit_log(meeting_id)"_s,
                             uR"sql(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)sql"_s,
                             uR"sql(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.who IS NOT OLD.who OR NEW.action IS NOT OLD.action
  OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id OR NEW.meeting_id IS NOT OLD.meeting_id
  OR NEW.field IS NOT OLD.field OR NEW.old_digest IS NOT OLD.old_digest OR NEW.new_digest IS NOT OLD.new_digest
  OR NEW.hash IS NOT OLD.hash
  OR (NEW.salt IS NOT NULL AND NEW.salt IS NOT OLD.salt)
  OR (NEW.old_value IS NOT NULL AND NEW.old_value IS NOT OLD.old_value)
  OR (NEW.new_value IS NOT NULL AND NEW.new_value IS NOT OLD.new_value)
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: only its values may be forgotten'); END)sql"_s };
        // An area's teams (the council's SEND team, the parent carer forum, health…), each owning series.
        // On the area's server only a team's members and the area's admins may change its series'
        // meetings (row-level security, schemasecurity.cpp); a series of no team is the whole area's. A
        // file on one laptop has the same tables, so an archive moves between the two unchanged.
        Migration sixth;
        sixth.version = 6;
        sixth.name = u"teams that own series"_s;
        sixth.statements
            = { uR"sql(CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
))sql"_s,
                uR"sql(CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    login TEXT NOT NULL CHECK (length(trim(login)) > 0),
    PRIMARY KEY (team_id, login)
))sql"_s,
                u"CREATE INDEX team_members_login ON team_members(login)"_s,
                u"ALTER TABLE series ADD COLUMN team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL"_s,
                u"CREATE INDEX series_team ON series(team_id)"_s };
        // Meetings taken offline (offline.cpp). On the area's server, taken_meetings says who took which
        // meeting to their laptop, when, and the last entry of its audit trail then (so publishing knows
        // whether anyone changed it since). On the laptop, offline_meetings says which server a meeting
        // came from and as which meeting. Each table stays empty in the other kind of database. A taken
        // meeting that came back as a separate copy (someone changed it meanwhile) keeps its row, with the
        // copy, so that everyone who opens it is told; the row goes with the copy, or when released.
        Migration seventh;
        seventh.version = 7;
        seventh.name = u"meetings taken offline"_s;
        seventh.statements = { uR"sql(CREATE TABLE taken_meetings (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    taken_by TEXT NOT NULL CHECK (taken_by <> ''),
    taken_at TEXT NOT NULL,
    audit_id INTEGER NOT NULL,
    copy_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE
))sql"_s,
                               uR"sql(CREATE TABLE offline_meetings (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    server TEXT NOT NULL,
    server_meeting_id INTEGER NOT NULL,
    audit_id INTEGER NOT NULL,
    taken_at TEXT NOT NULL
))sql"_s };
        // Words the spelling dictionary does not know but the area uses (place names, services, schools):
        // "Add to the area's words", shared by every facilitator of the area.
        Migration eighth;
        eighth.version = 8;
        eighth.name = u"the area's own spellings"_s;
        eighth.statements = { uR"sql(CREATE TABLE spelling_words (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL UNIQUE CHECK (length(trim(word)) > 0 AND word = trim(word))
))sql"_s };
        return QList<Migration> { first, second, third, fourth, fifth, sixth, seventh, eighth };
    }();
    return list;
}

} // namespace Coproduce
