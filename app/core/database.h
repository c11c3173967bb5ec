// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Coproduce {

// One schema step: run in order, each in its own transaction, then user_version = version.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// Owns one SQLite connection to a Coproduce database. Opening refuses files that are not ours, or that
// a newer version wrote, before anything is written to them.
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

    // Opens (creating if need be, with owner-only permissions) and migrates. ":memory:" works too.
    bool open(const QString &path);
    // As open(), with another list of migrations: tests use it to check how migration failures behave.
    bool open(const QString &path, const QList<Migration> &migrations);
    // Opens an existing database for reading only (a second copy of the app while the first writes): no
    // upgrade, and every Transaction refuses with a message saying why.
    bool openReadOnly(const QString &path);
    bool isReadOnly() const { return m_readOnly; }
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
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

    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};

} // namespace Coproduce
