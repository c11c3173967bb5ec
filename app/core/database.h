// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Coproduce {

class ConnectionSpec;

// One schema step: run in order, each in its own transaction, then user_version = version.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// Owns one connection to a Coproduce database: a SQLite file, or the area's PostgreSQL server. Opening
// refuses files that are not ours, or that a newer version wrote, before anything is written to them. A
// server is never changed by opening it: its schema is made and upgraded by the area's admin
// (initServer(), upgradeServer(): `coproduce server init|upgrade`), and a copy of the app that finds it
// older or newer than itself says which, and who can help.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // "CoPr": marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr int ApplicationId = 0x436f5072;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens what --database names (ConnectionSpec): a SQLite file, made if need be (owner-only) and
    // migrated, ":memory:" too; or the area's server, as openServer().
    bool open(const QString &location);
    // As open(), with another list of migrations: tests use it to check how migration failures behave.
    bool open(const QString &path, const QList<Migration> &migrations);
    // Opens an existing database for reading only (a second copy of the app while the first writes): no
    // upgrade, and every Transaction refuses with a message saying why.
    bool openReadOnly(const QString &path);
    bool isReadOnly() const { return m_readOnly; }
    // Opens the area's server (serverdatabase.cpp). Refused, saying why, if it holds no Coproduce schema
    // or another version of it.
    bool openServer(const ConnectionSpec &spec);
    // Makes the schema on an empty server database, to the latest version (or to the last of
    // `migrations`, for tests), each version in one transaction; then it is open.
    bool initServer(const ConnectionSpec &spec);
    bool initServer(const ConnectionSpec &spec, const QList<Migration> &migrations);
    // Brings an older server schema to the latest version; then it is open.
    bool upgradeServer(const ConnectionSpec &spec);
    Engine engine() const { return m_engine; }
    void close();
    // The area's server: whether the connection still answers (a cheap query), and opening it again as it
    // was opened after the server or the network dropped it. Every (re)connection has a new generation,
    // so what listens on the connection (ChangeWatcher) knows to listen again.
    bool ping() const;
    bool reconnect();
    int generation() const { return m_generation; }
    // The server's name for this connection's user (session_user), which the audit trail records there.
    QString login() const { return m_login; }
    // The password the server asked for, typed or read from the keyring by the app: held in memory for
    // this connection and its reconnections only, never written anywhere (not in path(), not in
    // settings). libpq's own ways (the password file, PGPASSWORD, Kerberos) need none.
    void setPassword(const QString &password) { m_password = password; }
    // The last connection failed because the server wants a password that was not given, or refused the
    // one given: the app asks for it (ServerSignIn) instead of only saying the connection failed.
    bool askedForPassword() const { return m_askedForPassword; }
    // Whether what is sent to the server crosses a network unencrypted (a server on another machine
    // reached without TLS: the window says so). A file, or a server on this machine, never does.
    bool sendsInTheClear() const { return isServer() && !m_local && !m_encrypted; }

    // A second connection to the same database, to read on another thread at the same time
    // (ParallelReads): the same file, read-only, or the same server with the same password. None for an
    // in-memory database (a second connection to ":memory:" is another, empty database) or inside a
    // transaction (the other connection would not see what it has written).
    struct Sibling
    {
        QString path;
        QString password;
        bool server = false;
    };
    std::optional<Sibling> sibling() const;
    bool openSibling(const Sibling &sibling);

    bool isOpen() const;
    // What open() takes to reach this database again: the file's path, or the server's keyword string
    // (never a password: ConnectionSpec refuses one).
    QString path() const { return m_path; }
    // How messages and the window name it: the file's path, or the server's host and database.
    QString displayName() const { return m_display; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    static QString defaultPath();

    // Used by Transaction to nest transactions as savepoints.
    int &transactionDepth() { return m_transactionDepth; }

private:
    bool checkExistingFile(const QString &path, int latestVersion);
    // The SQLite connection itself, with Qt's connect options; says why on failure.
    bool connect(const QString &path, const QString &options);
    bool migrate(const QList<Migration> &migrations);
    bool exec(const QString &sql);
    // The server (serverdatabase.cpp): connect; the schema version it holds (-1 if none); migrate it.
    bool connectServer(const ConnectionSpec &spec);
    int serverVersion(QString *error) const;
    bool migrateServer(const QList<Migration> &migrations);
    bool grantAccess();
    // Opens, connected and checked: `forAdmin` lets an older or missing schema through (to be made).
    bool openServer(const ConnectionSpec &spec, int *version, bool forAdmin);

    QString m_connectionName;
    QString m_path;
    QString m_display;
    QString m_error;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    Engine m_engine = Engine::Sqlite;
    int m_generation = 0;
    QString m_login;
    bool m_encrypted = false; // the server connection is TLS
    bool m_local = true; // the server is on this machine
    QString m_password;
    bool m_askedForPassword = false;
};

} // namespace Coproduce
