// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/statusdialog.h"

#include "ui/plainenglishassist.h"

#include "ui_statusdialog.h"

#include "core/vocabulary.h"

#include <QPushButton>

namespace Coproduce {

using namespace Qt::StringLiterals;

StatusDialog::StatusDialog(const QString &actionText, const QString &currentStatus, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StatusDialog>())
{
    m_ui->setupUi(this);
    m_ui->actionText->setText(actionText);
    for (const QString &status : Vocabulary::actionStatuses())
        m_ui->statusCombo->addItem(Vocabulary::statusLabel(status), status);
    // Offer the next step rather than the status it already has.
    const int current = int(Vocabulary::actionStatuses().indexOf(currentStatus));
    m_ui->statusCombo->setCurrentIndex(current == 0 ? 1 : current == 1 ? 2 : qMax(0, current));
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &StatusDialog::update);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &StatusDialog::update);
    PlainEnglishAssist::attach(m_ui->noteEdit, TextCheck::Mode::Formal);
    update();
}

StatusDialog::~StatusDialog() = default;

QString StatusDialog::status() const
{
    return m_ui->statusCombo->currentData().toString();
}

QString StatusDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void StatusDialog::setStatus(const QString &status)
{
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(status));
}

void StatusDialog::setNote(const QString &note)
{
    m_ui->noteEdit->setPlainText(note);
}

void StatusDialog::update()
{
    const bool cannotDo = status() == u"cannot-do";
    m_ui->noteLabel->setText(cannotDo ? tr("&Why can it not be done? (needed, kept with today's date)")
                                      : tr("&Note (kept with today's date):"));
    const bool missingReason = cannotDo && note().isEmpty();
    m_ui->why->setText(missingReason
                           ? tr("An action that cannot be done must say why. Write the reason above.")
                           : QString());
    m_ui->why->setVisible(missingReason);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!missingReason);
}

} // namespace Coproduce
