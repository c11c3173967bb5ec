// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/passworddialog.h"
#include "ui_passworddialog.h"

#include "ui/access/theme.h"
#include "ui/dialogs/dialogsize.h"

#include <QLayout>
#include <QPushButton>

namespace Coproduce {

PasswordDialog::PasswordDialog(const QString &server, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    DialogSize::fit(this, 64, 12);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    const QString intro = login.isEmpty()
        ? tr("The area's server %1 asks for your password.").arg(server)
        : tr("The area's server %1 asks for the password of %2.").arg(server, login);
    m_ui->intro->setText(intro);
    m_ui->passwordEdit->setAccessibleDescription(intro);
    m_ui->problem->setStyleSheet(Theme::problemStyle());
    m_ui->problem->hide();
    m_ui->passwordEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordDialog::keep() const
{
    return m_ui->keepBox->isChecked();
}

void PasswordDialog::setProblem(const QString &problem)
{
    m_ui->problem->setText(problem);
    m_ui->problem->setAccessibleDescription(problem);
    m_ui->problem->setVisible(!problem.isEmpty());
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    // Wrapped words take more lines at bigger text sizes: the dialog grows to show them all.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace Coproduce
