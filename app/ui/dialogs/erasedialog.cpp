// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/erasedialog.h"
#include "ui_erasedialog.h"

#include "ui/dialogs/dialogsize.h"

#include "core/backups.h"
#include "core/database.h"
#include "core/erasure.h"
#include "core/vocabulary.h"

#include <QCompleter>
#include <QDir>
#include <QMessageBox>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

EraseDialog::EraseDialog(Database &database, Erase erase, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EraseDialog>())
    , m_database(database)
    , m_erase(std::move(erase))
{
    m_ui->setupUi(this);
    DialogSize::fit(this, 90, 24);
    auto *completer = new QCompleter(Erasure::recordedNames(m_database), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->nameEdit->setCompleter(completer);
    m_ui->result->hide();
    m_ui->deleteBackups->hide();
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EraseDialog::updateFound);
    connect(m_ui->eraseButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->nameEdit->text().simplified();
        const QString words = m_ui->deleteWords->isChecked()
            ? tr("What they said will be deleted.")
            : tr("What they said will be kept, without their name.");
        if (QMessageBox::warning(this, tr("Erase %1?").arg(name),
                                 tr("%1's name will be removed from every meeting. %2 This cannot be undone.")
                                     .arg(name, words),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            EraseDialog::erase();
    });
    connect(m_ui->deleteBackups, &QPushButton::clicked, this, [this] {
        if (QMessageBox::warning(this, tr("Delete backups?"),
                                 tr("Delete the %n backups that still hold the name? The database as it is "
                                    "now is not affected, but those older copies cannot be got back.",
                                    nullptr, int(m_backups.size())),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            deleteBackups();
    });
    updateFound();
}

EraseDialog::~EraseDialog() = default;

void EraseDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void EraseDialog::setDeleteWords(bool on)
{
    (on ? m_ui->deleteWords : m_ui->keepWords)->setChecked(true);
}

QString EraseDialog::found() const
{
    return m_ui->found->text();
}

QString EraseDialog::result() const
{
    return m_ui->result->isHidden() ? QString() : m_ui->result->text();
}

void EraseDialog::updateFound()
{
    const QString name = m_ui->nameEdit->text().simplified();
    int meetings = 0;
    QString role;
    QString stored; // the name as recorded, whatever case was typed
    if (!name.isEmpty()) {
        const Erasure::Found found = Erasure::find(m_database, name);
        meetings = found.meetings;
        role = found.role;
        stored = found.name;
    }
    if (name.isEmpty())
        m_ui->found->setText(tr("Type the name as it was recorded, in full."));
    else if (meetings == 0)
        m_ui->found->setText(
            tr("Nobody called \"%1\" is in the records. The name must match in full.").arg(name));
    else
        m_ui->found->setText(
            tr("%1 is in %n meetings, as %2.", nullptr, meetings).arg(stored, Vocabulary::rolePhrase(role)));
    m_ui->eraseButton->setEnabled(meetings > 0);
}

bool EraseDialog::erase()
{
    const QString name = m_ui->nameEdit->text().simplified();
    QString summary;
    QString error;
    const std::optional<QStringList> backups
        = m_erase(name, m_ui->deleteWords->isChecked(), &summary, &error);
    m_ui->result->show();
    if (!backups) {
        m_ui->result->setText(tr("Nothing was erased: %1").arg(error));
        return false;
    }
    m_backups = *backups;
    QString text = summary;
    if (!m_backups.isEmpty()) {
        text += u' '
            + tr("%n backups made before now still hold the name, in %1. Delete them too "
                 "unless your area must keep them.",
                 nullptr, int(m_backups.size()))
                  .arg(QDir::toNativeSeparators(Backups::folderFor(m_database.path())));
    }
    m_ui->result->setText(text);
    m_ui->deleteBackups->setVisible(!m_backups.isEmpty());
    // The name is gone: do not leave it in the field or the completer.
    m_ui->nameEdit->clear();
    m_ui->nameEdit->setCompleter(nullptr);
    return true;
}

bool EraseDialog::deleteBackups()
{
    QString error;
    if (!Backups::remove(m_database.path(), m_backups, &error)) {
        m_ui->result->setText(error);
        return false;
    }
    m_ui->result->setText(tr("Deleted the %n backups that held the name.", nullptr, m_backups.size()));
    m_backups.clear();
    m_ui->deleteBackups->hide();
    return true;
}

} // namespace Coproduce
