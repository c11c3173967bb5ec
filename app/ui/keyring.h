// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Coproduce {

// The system's keyring (GNOME Keyring or KWallet through the Secret Service, by QtKeychain): where a
// password to the area's server is kept when the person asks for it to be, never in Coproduce's own
// settings. One entry per server and login, under the service "Coproduce". A computer with no keyring
// running says so (error()), and the password is used for this session only.
//
// Each call waits for the keyring's answer (it may ask the person to unlock it first): passwords are
// needed before the window can be built, and only at signing in.
class Keyring final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Keyring)

public:
    explicit Keyring(const QString &service = QStringLiteral("Coproduce"));

    // The password kept for `server` (ConnectionSpec::keywordString(), which never holds one): nothing if
    // none is kept or the keyring cannot be read, in which case error() says why.
    std::optional<QString> password(const QString &server);
    bool keep(const QString &server, const QString &password);
    // Nothing kept is not an error.
    bool forget(const QString &server);
    QString error() const { return m_error; }

private:
    QString m_service;
    QString m_error;
};

} // namespace Coproduce
