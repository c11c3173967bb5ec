// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Coproduce {

// What `--database` names: a SQLite file on this laptop, or the area's PostgreSQL server, written as libpq
// writes it: a URI (postgresql://coproduce.council.example/send?sslmode=verify-full) or keywords
// ("service=coproduce", "host=db.council.example dbname=send"). libpq does the rest as it always does:
// service files and PGSERVICE, the password file, Kerberos.
//
// Two rules of our own. A password is refused in the text itself: it would be kept in the list of recent
// databases and the shell's history; the keyring, libpq's password file or Kerberos hold it instead. And a
// host that is not this machine is reached with sslmode=verify-full (the server's certificate checked and
// its name matched) unless the text asks for another mode itself; a service, whose host only its file
// knows, is left to that file, and the window says when a connection is not encrypted.
class ConnectionSpec final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::ConnectionSpec)

public:
    enum class Kind { File, Server };

    // Any text that is not a PostgreSQL URI or keyword string is a file's path.
    static std::optional<ConnectionSpec> parse(const QString &text, QString *error);
    // Whether the text is meant for a server (a URI, or keywords), whether or not it is written right.
    static bool namesServer(const QString &text);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; } // a file's
    // The server's options, as libpq keywords, in the order given (sslmode added last where it was).
    const QList<QPair<QString, QString>> &options() const { return m_options; }
    QString option(const QString &keyword) const;
    // No host (libpq's default socket), a socket folder, or this machine by name or address.
    bool isLocal() const;
    // sslmode=verify-full was asked for or added.
    bool verifiesServer() const;
    // The options as one libpq keyword string, each value quoted: what a driver hands to PQconnectdb.
    QString keywordString() const;
    // How the window and messages name it: the file's path, or host/database (never a password).
    QString display() const;

private:
    static std::optional<QList<QPair<QString, QString>>> fromUri(const QString &text, QString *error);
    static std::optional<QList<QPair<QString, QString>>> fromKeywords(const QString &text, QString *error);

    Kind m_kind = Kind::File;
    QString m_path;
    QList<QPair<QString, QString>> m_options;
};

} // namespace Coproduce
