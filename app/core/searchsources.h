// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside core: what the search index is made from, for the schema of each database (schema.cpp for
// SQLite's FTS5 table, schemapostgres.cpp for PostgreSQL's tsvector).

namespace Coproduce {

// Kinds of row in search_index (the low three bits of its rowid).
enum SearchKind : int {
    MeetingTitle = 0,
    ActivityText,
    ContributionText,
    DecisionText,
    CommitmentText,
    ActionText
};

struct Indexed
{
    const char *table;
    SearchKind kind;
    const char *columns; // the columns whose change re-indexes the row
    const char *body; // SQL over NEW./OLD. (written with the placeholder R.)
    const char *meeting; // SQL giving the meeting id
};

inline const Indexed IndexedTables[] = {
    { "meetings", MeetingTitle, "title, location", "R.title || char(10) || R.location", "R.id" },
    { "activities", ActivityText, "title, notes", "R.title || char(10) || R.notes", "R.meeting_id" },
    { "contributions", ContributionText, "text", "R.text",
      "(SELECT meeting_id FROM activities WHERE id = R.activity_id)" },
    { "decisions", DecisionText, "text, easy_read", "R.text || char(10) || R.easy_read",
      "(SELECT meeting_id FROM activities WHERE id = R.activity_id)" },
    { "commitments", CommitmentText, "by_whom, text", "R.by_whom || char(10) || R.text",
      "(SELECT meeting_id FROM activities WHERE id = R.activity_id)" },
    { "actions", ActionText, "text, easy_read, owner, reason",
      "R.text || char(10) || R.easy_read || char(10) || R.owner || char(10) || R.reason",
      "(SELECT meeting_id FROM activities WHERE id = R.activity_id)" },
};

} // namespace Coproduce
