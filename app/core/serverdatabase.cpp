// SPDX-License-Identifier: GPL-3.0-or-later
// Database on the area's PostgreSQL server: connecting, the schema version it holds (in app_state, where
// SQLite has PRAGMA user_version), and the admin's init and upgrade. See ../shared/design/area-server.md.
#include "database.h"

#include "connectionspec.h"
#include "schema.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// SQLSTATE 42P01: the table is not there (no Coproduce schema on this database).
const QString UndefinedTable = u"42P01"_s;

} // namespace

bool Database::connectServer(const ConnectionSpec &spec)
{
    close();
    m_error.clear();
    m_askedForPassword = false;
    m_path = spec.keywordString();
    m_display = spec.display();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    QString options = spec.keywordString();
    if (spec.option(u"application_name"_s).isEmpty())
        options += u" application_name='Coproduce'"_s; // how the server's admin sees us in pg_stat_activity
    // A server that does not answer is given up on after 10 seconds, not waited for without end (libpq's
    // default), so the window can say so; a lost connection is noticed by the keepalives as well.
    if (spec.option(u"connect_timeout"_s).isEmpty())
        options += u" connect_timeout=10"_s;
    db.setConnectOptions(options);
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    m_engine = Engine::Postgres;
    if (db.open()) {
        // A write waits for another's lock on its meeting 5 seconds at most, as SQLite waits for the file
        // (then the person is told someone else is saving it).
        QString problem;
        {
            QSqlQuery settings(db);
            if (!settings.exec(u"SET lock_timeout = '5s'"_s))
                problem = settings.lastError().text();
            // Who the server knows this connection as: what the audit trail records (and checks).
            else if (settings.exec(u"SELECT session_user, coalesce((SELECT ssl FROM pg_stat_ssl "
                                   "WHERE pid = pg_backend_pid()), false)"_s)
                     && settings.next()) {
                m_login = settings.value(0).toString();
                m_encrypted = settings.value(1).toBool();
                m_local = spec.isLocal();
            } else {
                problem = settings.lastError().text();
            }
        }
        if (problem.isEmpty()) {
            ++m_generation;
            return true;
        }
        db = QSqlDatabase();
        close();
        m_error = tr("%1: cannot set up the connection: %2").arg(m_display, problem);
        return false;
    }
    const QString why = db.lastError().text();
    m_error = tr("%1: cannot connect to the area's server: %2").arg(m_display, why);
    // libpq's words when the server asks for a password (none given, or the one given refused).
    m_askedForPassword
        = why.contains(u"no password supplied"_s) || why.contains(u"password authentication failed"_s);
    // libpq's words for a certificate that does not prove the server's name, or that cannot be checked.
    if (why.contains(u"certificate"_s))
        m_error += u' '
            + tr("The server's certificate must prove its name before anything is sent to it "
                 "(sslmode=verify-full). Ask the area's IT team for the certificate of the authority that "
                 "signed it, and name that file with sslrootcert=FILE (or keep it as "
                 "~/.postgresql/root.crt); "
                 "check that the address is the name on the server's certificate.");
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    return false;
}

bool Database::ping() const
{
    if (m_engine != Engine::Postgres)
        return isOpen();
    QSqlQuery q(connection());
    return q.exec(u"SELECT 1"_s) && q.next();
}

bool Database::reconnect()
{
    if (m_engine == Engine::Postgres && ping())
        return true; // another part of the app has already
    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(m_path, &error);
    if (!spec || spec->kind() != ConnectionSpec::Kind::Server) {
        m_error = error;
        return false;
    }
    return openServer(*spec);
}

int Database::serverVersion(QString *error) const
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT value FROM app_state WHERE key = 'schema_version'"_s)) {
        if (error && q.lastError().nativeErrorCode() != UndefinedTable)
            *error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : -1;
}

bool Database::openServer(const ConnectionSpec &spec)
{
    int version = 0;
    return openServer(spec, &version, false);
}

bool Database::openServer(const ConnectionSpec &spec, int *version, bool forAdmin)
{
    if (!connectServer(spec))
        return false;
    QString error;
    *version = serverVersion(&error);
    const int latest = latestSchemaVersion();
    QString problem;
    if (!error.isEmpty())
        problem = tr("%1: cannot read which version of Coproduce's schema the server holds: %2")
                      .arg(m_display, error);
    else if (*version < 0 && !forAdmin)
        problem = tr("%1: holds no Coproduce data yet. The area's admin makes it once with `coproduce server "
                     "init` (see README: setting up the area's server).")
                      .arg(m_display);
    else if (*version > latest)
        problem = tr("%1: was made by a newer version of Coproduce (schema %2; this copy knows %3). Update "
                     "this copy of Coproduce to use it; nothing was changed.")
                      .arg(m_display)
                      .arg(*version)
                      .arg(latest);
    else if (*version >= 0 && *version < latest && !forAdmin)
        problem = tr("%1: holds an older schema (%2; this copy needs %3). The area's admin upgrades it with "
                     "`coproduce server upgrade`; a copy of the app never changes the server by itself.")
                      .arg(m_display)
                      .arg(*version)
                      .arg(latest);
    if (problem.isEmpty())
        return true;
    close();
    m_error = problem;
    return false;
}

bool Database::initServer(const ConnectionSpec &spec)
{
    return initServer(spec, Schema::postgresMigrations());
}

bool Database::initServer(const ConnectionSpec &spec, const QList<Migration> &migrations)
{
    int version = 0;
    if (!openServer(spec, &version, true))
        return false;
    if (version >= 0) {
        const QString where = m_display;
        close();
        m_error
            = tr("%1: already holds Coproduce's schema (version %2): nothing was changed. To bring it up to "
                 "date: `coproduce server upgrade`.")
                  .arg(where)
                  .arg(version);
        return false;
    }
    return migrateServer(migrations);
}

bool Database::upgradeServer(const ConnectionSpec &spec)
{
    int version = 0;
    if (!openServer(spec, &version, true))
        return false;
    if (version < 0) {
        const QString where = m_display;
        close();
        m_error = tr("%1: holds no Coproduce schema to upgrade: make it with `coproduce server init`.")
                      .arg(where);
        return false;
    }
    return migrateServer(Schema::postgresMigrations());
}

bool Database::migrateServer(const QList<Migration> &migrations)
{
    const int current = qMax(0, serverVersion(nullptr));
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(*this);
        QString failed;
        if (!transaction.isActive())
            failed = transaction.errorString();
        for (const QString &statement : migration.statements) {
            if (!failed.isEmpty())
                break;
            QSqlQuery query(connection());
            if (!query.exec(statement))
                failed = query.lastError().text();
        }
        if (failed.isEmpty()) {
            QSqlQuery version(connection());
            version.prepare(u"INSERT INTO app_state (key, value) VALUES ('schema_version', ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            version.addBindValue(QString::number(migration.version));
            if (!version.exec())
                failed = version.lastError().text();
        }
        if (failed.isEmpty() && !transaction.commit())
            failed = transaction.errorString();
        if (!failed.isEmpty()) {
            const QString where = m_display;
            close();
            m_error
                = tr("%1: the server's schema could not be brought to version %2 (%3): %4. Nothing of that "
                     "version was kept.")
                      .arg(where)
                      .arg(migration.version)
                      .arg(migration.name, failed);
            return false;
        }
    }
    return grantAccess();
}

bool Database::grantAccess()
{
    Transaction transaction(*this);
    QString failed = transaction.isActive() ? QString() : transaction.errorString();
    for (const QString &statement : Schema::serverAccess()) {
        QSqlQuery query(connection());
        if (failed.isEmpty() && !query.exec(statement))
            failed = query.lastError().text();
    }
    if (failed.isEmpty() && transaction.commit())
        return true;
    const QString where = m_display;
    if (failed.isEmpty())
        failed = transaction.errorString();
    close();
    m_error = tr("%1: the schema is there, but its groups (readers, facilitators, admins) could not be made: "
                 "%2. The admin needs the right to create roles (CREATEROLE).")
                  .arg(where, failed);
    return false;
}

} // namespace Coproduce
