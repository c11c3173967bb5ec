// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

QString SqlDialect::begin(Engine engine)
{
    // PostgreSQL locks rows as they are written; a write there locks its meeting first (area-server.md).
    return engine == Engine::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString SqlDialect::containsText(const QString &expression, Engine engine)
{
    return (engine == Engine::Sqlite ? u"instr(lower(%1), lower(?)) > 0"_s
                                     : u"strpos(lower(%1), lower(?)) > 0"_s)
        .arg(expression);
}

QString SqlDialect::lockMeeting(const QString &meetingIdSubquery, Engine engine)
{
    return engine == Engine::Sqlite
        ? QString()
        : u"SELECT id FROM meetings WHERE id = ("_s + meetingIdSubquery + u") FOR UPDATE"_s;
}

QString SqlDialect::lockAuditChain(Engine engine)
{
    // The key is Coproduce's application id ("CoPr"), so it cannot meet another program's lock.
    return engine == Engine::Sqlite ? QString() : u"SELECT pg_advisory_xact_lock(1131368562)"_s;
}

QString SqlDialect::unindexed(const QString &column, Engine engine)
{
    return engine == Engine::Sqlite ? u"+"_s + column : column;
}

QString SqlDialect::refreshStatistics(Engine engine)
{
    // Only the tables this login may analyse: a facilitator's ANALYZE of the admin's tables would only warn,
    // and libpq prints warnings on the terminal.
    return engine == Engine::Sqlite
        ? QString()
        : u"DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = "
          "current_schema() AND pg_has_role(tableowner, 'USAGE') LOOP EXECUTE format('ANALYZE %I', t); "
          "END LOOP; END $$"_s;
}

QString SqlDialect::daysBetween(const QString &from, const QString &to, Engine engine)
{
    return (engine == Engine::Sqlite ? u"CAST(julianday(%2) - julianday(%1) AS INTEGER)"_s
                                     : u"(CAST(%2 AS date) - CAST(%1 AS date))"_s)
        .arg(from, to);
}

QString SqlDialect::meetingsWithWords(Engine engine)
{
    return engine == Engine::Sqlite
        ? u"SELECT meeting_id FROM search_index WHERE search_index MATCH ?"_s
        : u"SELECT meeting_id FROM search_index WHERE words @@ to_tsquery('simple', coproduce_unaccent(?))"_s;
}

QString SqlDialect::searchTerms(const QStringList &words, Engine engine)
{
    QStringList terms;
    for (QString word : words) {
        if (engine == Engine::Sqlite) {
            // FTS5: each word quoted (a quote inside doubled), then * for "or the start of one".
            terms << u"\""_s + word.replace(u"\""_s, u"\"\""_s) + u"\"*"_s;
        } else {
            // to_tsquery: each word quoted (a quote or a backslash inside doubled), :* for its start, all
            // of them (&).
            word.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"''"_s);
            terms << u"'"_s + word + u"':*"_s;
        }
    }
    return terms.join(engine == Engine::Sqlite ? u" "_s : u" & "_s);
}

} // namespace Coproduce
