// SPDX-License-Identifier: GPL-3.0-or-later
// Teams own series, and on the area's server the database itself keeps each team's meetings to its
// members: row-level security on every table that holds a meeting or a part of one. Everyone who may sign
// in reads everything (the area shares one actions board and one history); a facilitator changes only the
// meetings of her own teams' series, and of series that belong to no team (the whole area's); the area's
// admins change all of them. Which team owns a series is the admins' to say.
//
// The policies ask functions with the owner's rights (SECURITY DEFINER), so that they read the series and
// the teams whatever the signed-in person may see, and so that a policy on meetings may read meetings. The
// owner who ran `server init` is not held by the policies (PostgreSQL's rule for a table's owner), nor are
// referential actions: deleting a meeting still deletes its parts. Measured in area-server.md.
#include "schema.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// What each kind of row is checked by: the function of the row it hangs from.
struct Guarded
{
    const char *table;
    const char *check;
};

const Guarded GuardedTables[] = {
    { "meetings", "coproduce_may_change_series(series_id)" },
    { "attendees", "coproduce_may_change_meeting(meeting_id)" },
    { "activities", "coproduce_may_change_meeting(meeting_id)" },
    { "charter_checks", "coproduce_may_change_meeting(meeting_id)" },
    { "activity_principles", "coproduce_may_change_activity(activity_id)" },
    { "ladder_ratings", "coproduce_may_change_activity(activity_id)" },
    { "ladder_votes", "coproduce_may_change_activity(activity_id)" },
    { "contributions", "coproduce_may_change_activity(activity_id)" },
    { "decisions", "coproduce_may_change_activity(activity_id)" },
    { "commitments", "coproduce_may_change_activity(activity_id)" },
    { "actions", "coproduce_may_change_activity(activity_id)" },
    { "action_updates", "coproduce_may_change_action(action_id)" },
    // A series: its team's members may rename or delete it; only who may own it may make it.
    { "series", "coproduce_in_team(team_id)" },
};

QString function(const QString &name, const QString &argument, const QString &body)
{
    return u"CREATE FUNCTION %1(%2 bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
           "SET search_path = public, pg_temp AS $$ %3 $$"_s.arg(name, argument, body);
}

} // namespace

QStringList Schema::teamPolicies()
{
    QStringList statements {
        // In the team (or no team: the area's), or one of the area's admins.
        function(
            u"coproduce_in_team"_s, u"team"_s,
            u"SELECT $1 IS NULL "
            "OR pg_has_role(session_user, current_database() || '_admins', 'MEMBER') "
            "OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = $1 AND m.login = session_user)"_s),
        function(u"coproduce_may_change_series"_s, u"series"_s,
                 u"SELECT coproduce_in_team((SELECT s.team_id FROM series s WHERE s.id = $1))"_s),
        function(
            u"coproduce_may_change_meeting"_s, u"meeting"_s,
            u"SELECT coproduce_may_change_series((SELECT m.series_id FROM meetings m WHERE m.id = $1))"_s),
        function(u"coproduce_may_change_activity"_s, u"activity"_s,
                 u"SELECT coproduce_may_change_meeting((SELECT a.meeting_id FROM activities a "
                 "WHERE a.id = $1))"_s),
        function(
            u"coproduce_may_change_action"_s, u"action"_s,
            u"SELECT coproduce_may_change_activity((SELECT a.activity_id FROM actions a WHERE a.id = $1))"_s),
        // A new series made by someone in exactly one team is that team's (an admin may give it to
        // another): otherwise a facilitator's new series would be open to the whole area until then.
        u"CREATE FUNCTION series_team() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = public, pg_temp AS $$ BEGIN "
        "IF NEW.team_id IS NULL AND (SELECT count(*) FROM team_members WHERE login = session_user) = 1 THEN "
        "NEW.team_id := (SELECT team_id FROM team_members WHERE login = session_user); END IF; "
        "RETURN NEW; END $$"_s,
        u"CREATE TRIGGER series_team BEFORE INSERT ON series FOR EACH ROW EXECUTE FUNCTION series_team()"_s,
    };
    for (const Guarded &g : GuardedTables) {
        const QString table = QString::fromLatin1(g.table);
        const QString check = QString::fromLatin1(g.check);
        statements << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table)
                   << u"CREATE POLICY %1_read ON %1 FOR SELECT USING (true)"_s.arg(table)
                   << u"CREATE POLICY %1_team ON %1 FOR ALL USING (%2) WITH CHECK (%2)"_s.arg(table, check);
    }
    return statements;
}

QStringList Schema::takenPolicies()
{
    // A meeting is taken offline by the signed-in person, only one they may change; it is given back
    // (published or released) by them, or released by one of the area's admins. Once it came back as a
    // separate copy, whoever may change the meeting may clear that notice.
    const QString admin = u"pg_has_role(session_user, current_database() || '_admins', 'MEMBER')"_s;
    return {
        u"ALTER TABLE taken_meetings ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY taken_meetings_read ON taken_meetings FOR SELECT USING (true)"_s,
        u"CREATE POLICY taken_meetings_take ON taken_meetings FOR INSERT "
        "WITH CHECK (taken_by = session_user AND coproduce_may_change_meeting(meeting_id))"_s,
        u"CREATE POLICY taken_meetings_back ON taken_meetings FOR UPDATE USING (taken_by = session_user OR "
        u"%1) "
        "WITH CHECK (taken_by = session_user OR %1)"_s.arg(admin),
        u"CREATE POLICY taken_meetings_release ON taken_meetings FOR DELETE USING (taken_by = session_user "
        u"OR %1 "
        "OR (copy_id IS NOT NULL AND coproduce_may_change_meeting(meeting_id)))"_s.arg(admin),
    };
}

} // namespace Coproduce
