// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's verbs for the area's PostgreSQL server: `server init` and `server upgrade` (the
// area's admin, once and at each new version), and `check` on a server. The rest of the verbs work on a
// server as on a file, through --database.
#include "commandline.h"

#include "core/auditlog.h"
#include "core/builtincharters.h"
#include "core/connectionspec.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

int CommandLine::serverInit(const QStringList &)
{
    return server(true);
}

int CommandLine::serverUpgrade(const QStringList &)
{
    return server(false);
}

int CommandLine::server(bool init)
{
    const QString sub = init ? u"init"_s : u"upgrade"_s;
    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(m_parser.value(u"database"_s), &error);
    if (!spec)
        return usageError(error);
    if (spec->kind() != ConnectionSpec::Kind::Server)
        return usageError(tr("server %1 needs --database to name the area's PostgreSQL server (for example "
                             "--database postgresql://db.council.example/coproduce, or --database "
                             "service=coproduce); a SQLite file is made and upgraded when it is opened")
                              .arg(sub));
    const bool ok = init ? m_database.initServer(*spec) : m_database.upgradeServer(*spec);
    if (!ok)
        return fail(m_database.errorString());
    // The built-in charters are the area's to start with; made, or brought up to date, with the schema.
    if (!BuiltInCharters::install(m_database, &error))
        return fail(tr("%1: the schema is made, but the built-in charters could not be added: %2")
                        .arg(m_database.displayName(), error));
    m_out << (init ? tr("Made Coproduce's schema (version %1) on %2, with the built-in charters.")
                   : tr("%2 holds Coproduce's schema version %1."))
                 .arg(m_database.schemaVersion())
                 .arg(m_database.displayName())
          << u'\n';
    return 0;
}

int CommandLine::checkServer()
{
    if (!m_database.open(m_parser.value(u"database"_s)))
        return fail(m_database.errorString());
    if (const QStringList problems = AuditLog::verify(m_database); !problems.isEmpty())
        return failLines(problems);
    m_out << tr("%1: ok (Coproduce's schema version %2, as this version needs; the audit trail is whole).")
                 .arg(m_database.displayName())
                 .arg(m_database.schemaVersion())
          << u'\n';
    return 0;
}

} // namespace Coproduce
