// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serversignin.h"

#include "ui/dialogs/passworddialog.h"
#include "ui/keyring.h"

#include "core/connectionspec.h"
#include "core/database.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

ServerSignIn::ServerSignIn(Keyring &keyring, QWidget *parent)
    : m_keyring(keyring)
    , m_parent(parent)
{
}

bool ServerSignIn::open(Database &database, const QString &location)
{
    m_error.clear();
    m_notice.clear();
    if (database.open(location))
        return true;
    m_error = database.errorString();
    if (!database.askedForPassword())
        return false;
    // The keyring's entry is named by the server's keywords, which say the login too (never a password).
    const QString server = database.path();
    QString problem;
    if (const std::optional<QString> kept = m_keyring.password(server)) {
        database.setPassword(*kept);
        if (database.open(location))
            return true;
        if (!database.askedForPassword()) {
            m_error = database.errorString();
            return false;
        }
        problem = tr("The server refused the password kept in this computer's keyring; it may have been "
                     "changed. Type the new one.");
    } else if (!m_keyring.error().isEmpty()) {
        problem = m_keyring.error();
    }
    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(server, &error);
    const QString login = spec ? spec->option(u"user"_s) : QString();
    while (true) {
        PasswordDialog dialog(database.displayName(), login, m_parent);
        dialog.setProblem(problem);
        if (dialog.exec() != QDialog::Accepted) {
            m_error = tr("%1: not opened: the server asks for a password, and none was given.")
                          .arg(database.displayName());
            database.setPassword(QString());
            return false;
        }
        database.setPassword(dialog.password());
        if (database.open(location)) {
            if (dialog.keep() ? !m_keyring.keep(server, dialog.password()) : !m_keyring.forget(server))
                m_notice = m_keyring.error();
            return true;
        }
        if (!database.askedForPassword()) {
            m_error = database.errorString();
            database.setPassword(QString());
            return false;
        }
        problem = tr("The server refused that password. Check it and type it again; the area's IT team can "
                     "set a new one.");
    }
}

} // namespace Coproduce
