// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace Coproduce {

// Asks for the password the area's server wants (ServerSignIn), and whether to keep it in the system's
// keyring. What is typed is shown as dots and never leaves this dialog but to the connection and the
// keyring.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // `server`: how the window names it (host and database); `login`: the server login, if known.
    PasswordDialog(const QString &server, const QString &login, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString password() const;
    bool keep() const;
    // Why it is asked again (the server refused what was typed, or the kept one): shown above the buttons.
    void setProblem(const QString &problem);

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace Coproduce
