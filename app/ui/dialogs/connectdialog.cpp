// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/connectdialog.h"
#include "ui_connectdialog.h"

#include "ui/access/theme.h"
#include "ui/dialogs/dialogsize.h"

#include "core/connectionspec.h"
#include "core/database.h"

#include <QLayout>
#include <QPushButton>

namespace Coproduce {

ConnectDialog::ConnectDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    DialogSize::fit(this, 80, 16);
    growToFit();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->problem->setStyleSheet(Theme::problemStyle());
    m_ui->problem->hide();
    const bool server = ConnectionSpec::namesServer(current);
    (server ? m_ui->serverChoice : m_ui->fileChoice)->setChecked(true);
    if (server)
        m_ui->serverEdit->setText(current);
    connect(m_ui->fileChoice, &QRadioButton::toggled, this, &ConnectDialog::updateChoice);
    updateChoice();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::problem() const
{
    return m_ui->problem->isVisible() ? m_ui->problem->text() : QString();
}

void ConnectDialog::growToFit()
{
    // Its wrapped words take more lines at bigger text sizes, and a problem adds some: the dialog grows
    // to show them all rather than cut them off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::updateChoice()
{
    const bool server = m_ui->serverChoice->isChecked();
    m_ui->serverEdit->setEnabled(server);
    m_ui->serverLabel->setEnabled(server);
    m_ui->problem->hide();
}

void ConnectDialog::accept()
{
    if (m_ui->fileChoice->isChecked()) {
        m_location.clear();
        QDialog::accept();
        return;
    }
    const QString text = m_ui->serverEdit->text().trimmed();
    QString error;
    if (!ConnectionSpec::namesServer(text)) {
        error = tr("“%1” is not a server's address. Write it as your area's IT team gave it: "
                   "postgresql://server/database, or service=name.")
                    .arg(text);
    } else {
        // Tried now, so that a typing mistake is found here and not when the app starts again.
        // A server that asks for a password is reached: the app asks for it as it opens the server
        // (ServerSignIn), once.
        Database probe;
        if (probe.open(text) || probe.askedForPassword())
            m_location = probe.path();
        else
            error = probe.errorString();
    }
    if (!error.isEmpty()) {
        m_ui->problem->setText(error);
        m_ui->problem->setAccessibleDescription(error);
        m_ui->problem->show();
        growToFit();
        m_ui->serverEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Coproduce
