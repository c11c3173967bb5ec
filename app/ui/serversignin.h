// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Coproduce {

class Database;
class Keyring;

// Opens the area's server as the person using the app. libpq's own ways come first (Kerberos, the
// password file, a service file); if the server still asks for a password, the one kept in the system's
// keyring is tried, then the person is asked (PasswordDialog) until the server takes it or they cancel.
// A password taken is kept in the keyring if they asked for that, and is otherwise held only in memory
// for this session (Database::setPassword). A file, or a server that fails for another reason, is opened
// or refused as Database::open() does.
class ServerSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::ServerSignIn)

public:
    ServerSignIn(Keyring &keyring, QWidget *parent);

    bool open(Database &database, const QString &location);
    // Why it did not open (the database's own error, or that no password was given).
    QString error() const { return m_error; }
    // Something to tell once it is open: the keyring could not keep the password.
    QString notice() const { return m_notice; }

private:
    Keyring &m_keyring;
    QWidget *m_parent;
    QString m_error;
    QString m_notice;
};

} // namespace Coproduce
