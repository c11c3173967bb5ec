// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "backups.h"
#include "connectionspec.h"

#include "schema.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"coproduce-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool isMemory(const QString &path)
{
    return path == u":memory:";
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &location)
{
    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(location, &error);
    if (!spec) {
        close();
        m_path = m_display = location;
        m_error = error;
        return false;
    }
    if (spec->kind() == ConnectionSpec::Kind::Server)
        return openServer(*spec);
    return open(spec->path(), Schema::migrations());
}

std::optional<Database::Sibling> Database::sibling() const
{
    if (!isOpen() || m_transactionDepth > 0 || (!isServer() && isMemory(m_path)))
        return std::nullopt;
    return Sibling { m_path, m_password, isServer() };
}

bool Database::openSibling(const Sibling &sibling)
{
    if (sibling.server) {
        setPassword(sibling.password);
        return open(sibling.path);
    }
    // Not openReadOnly(): its check reads the file's header through a file handle of its own, and closing
    // that drops every lock this process holds on the file (POSIX locks are the process's), the first
    // connection's too. Another copy of Coproduce opening the file then thinks itself the only one and
    // resets the write-ahead log, and what the first connection writes next is lost to everyone else.
    // The first connection has checked the file already.
    close();
    m_error.clear();
    m_engine = Engine::Sqlite;
    m_path = m_display = sibling.path;
    if (!connect(sibling.path, u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s))
        return false;
    m_readOnly = true;
    return true;
}

bool Database::openReadOnly(const QString &path)
{
    close();
    m_error.clear();
    m_engine = Engine::Sqlite;
    m_path = m_display = path;
    if (isMemory(path) || !QFileInfo::exists(path)) {
        m_error = tr("%1: cannot be opened read-only: there is no database there yet").arg(path);
        return false;
    }
    if (!checkExistingFile(path, latestSchemaVersion()))
        return false;
    if (!connect(path, u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s))
        return false;
    m_readOnly = true;
    if (schemaVersion() != latestSchemaVersion()) {
        close();
        m_error = tr("%1: needs upgrading before this version can show it, and it cannot be upgraded while "
                     "another copy of Coproduce has it open; close that copy first")
                      .arg(path);
        return false;
    }
    return true;
}

bool Database::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    m_error.clear();
    m_engine = Engine::Sqlite;
    m_path = m_display = path;
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;

    if (!isMemory(path)) {
        QFileInfo info(path);
        if (info.exists()) {
            if (!checkExistingFile(path, latest))
                return false;
        } else {
            if (!info.absoluteDir().exists()) {
                m_error = tr("%1: cannot create the database: the folder %2 does not exist")
                              .arg(path, QDir::toNativeSeparators(info.absolutePath()));
                return false;
            }
            // Create the file ourselves so that it is owner-only from the first byte; SQLite gives its
            // -wal and -shm files the same permissions.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                m_error = tr("%1: cannot create the database: %2").arg(path, file.errorString());
                return false;
            }
        }
    }

    if (!connect(path, u"QSQLITE_BUSY_TIMEOUT=5000"_s))
        return false;

    // WAL lets readers carry on while one writer commits; FULL makes each commit durable before we
    // tell the facilitator it is saved.
    if (!exec(u"PRAGMA foreign_keys = ON"_s) || !exec(u"PRAGMA journal_mode = WAL"_s)
        || !exec(u"PRAGMA synchronous = FULL"_s) || !migrate(migrations)) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

bool Database::connect(const QString &path, const QString &options)
{
    m_engine = Engine::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (db.open())
        return true;
    m_error = tr("%1: cannot open the database: %2").arg(path, db.lastError().text());
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    return false;
}

bool Database::checkExistingFile(const QString &path, int latestVersion)
{
    QFileInfo info(path);
    if (info.isDir()) {
        m_error = tr("%1: is a folder, not a Coproduce database").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot read the database: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true; // an empty file holds nothing to protect: it becomes a new database
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        m_error = tr("%1: is not a Coproduce database (it is not an SQLite database file)").arg(path);
        return false;
    }

    // Look inside read-only, so that a file we refuse is never written to.
    const QString probeName = m_connectionName + u"-probe"_s;
    int applicationId = 0;
    int userVersion = 0;
    int objects = 0;
    QString problem;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!probe.open()) {
            problem = probe.lastError().text();
        } else {
            QSqlQuery query(probe);
            if (query.exec(u"PRAGMA application_id"_s) && query.next())
                applicationId = query.value(0).toInt();
            else
                problem = query.lastError().text();
            if (problem.isEmpty() && query.exec(u"PRAGMA user_version"_s) && query.next())
                userVersion = query.value(0).toInt();
            if (problem.isEmpty() && query.exec(u"SELECT count(*) FROM sqlite_master"_s) && query.next())
                objects = query.value(0).toInt();
            else if (problem.isEmpty())
                problem = query.lastError().text();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);

    if (!problem.isEmpty()) {
        m_error = tr("%1: is not a Coproduce database (SQLite could not read it: %2)").arg(path, problem);
        return false;
    }
    if (applicationId != ApplicationId && !(applicationId == 0 && objects == 0)) {
        m_error
            = tr("%1: is not a Coproduce database (it is an SQLite database of another program)").arg(path);
        return false;
    }
    if (userVersion > latestVersion) {
        m_error = tr("%1: was written by a newer version of Coproduce (database version %2; this version "
                     "reads up to %3). Update Coproduce to open it.")
                      .arg(path)
                      .arg(userVersion)
                      .arg(latestVersion);
        return false;
    }
    return true;
}

bool Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    // Before an existing database is upgraded, a copy as it was: an upgrade that goes wrong, or a newer
    // version given up on, must never cost what was recorded.
    const bool pending = !migrations.isEmpty() && migrations.last().version > current;
    if (pending && current > 0 && !isMemory(m_path)) {
        QString error;
        if (!Backups::make(*this, u"before-upgrade-to-%1"_s.arg(migrations.last().version), &error)) {
            m_error
                = tr("%1: not upgraded, because the backup before the upgrade failed: %2").arg(m_path, error);
            return false;
        }
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(*this);
        if (!transaction.isActive()) {
            m_error = tr("%1: cannot start the upgrade to database version %2: %3")
                          .arg(m_path)
                          .arg(migration.version)
                          .arg(transaction.errorString());
            return false;
        }
        QStringList statements = migration.statements;
        if (current == 0 && migration.version == migrations.first().version)
            statements.prepend(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
        statements.append(u"PRAGMA user_version = %1"_s.arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(connection());
            if (!query.exec(statement)) {
                m_error = tr("%1: the upgrade to database version %2 (%3) failed: %4")
                              .arg(m_path)
                              .arg(migration.version)
                              .arg(migration.name, query.lastError().text());
                return false; // the transaction rolls back
            }
        }
        if (!transaction.commit()) {
            m_error = tr("%1: cannot save the upgrade to database version %2: %3")
                          .arg(m_path)
                          .arg(migration.version)
                          .arg(transaction.errorString());
            return false;
        }
    }
    return true;
}

void Database::close()
{
    m_readOnly = false; // the engine stays: a server dropped and being reconnected is still a server
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::Postgres)
        return qMax(0, serverVersion(nullptr));
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

int Database::latestSchemaVersion()
{
    return Schema::migrations().last().version;
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + u"/coproduce.sqlite"_s;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    m_error = tr("%1: %2 failed: %3").arg(m_path, sql, query.lastError().text());
    return false;
}

} // namespace Coproduce
