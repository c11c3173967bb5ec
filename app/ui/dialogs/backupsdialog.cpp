// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/backupsdialog.h"
#include "ui_backupsdialog.h"

#include "ui/dialogs/dialogsize.h"

#include "core/backups.h"
#include "core/database.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace Coproduce {

using namespace Qt::StringLiterals;

BackupsDialog::BackupsDialog(Database &database, Restore restore, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_database(database)
    , m_restore(std::move(restore))
{
    m_ui->setupUi(this);
    DialogSize::fit(this, 110, 28);
    m_ui->table->setColumnCount(3);
    m_ui->table->setHorizontalHeaderLabels({ tr("Made"), tr("Why"), tr("Size") });
    m_ui->table->verticalHeader()->hide();
    // Sized by their contents, the last one taking what is left (and growing with the dialog).
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->message->hide();
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_ui->backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->restoreChosen, &QPushButton::clicked, this, [this] {
        const QStringList paths = chosenPaths();
        if (paths.size() != 1)
            return;
        const QString made = m_ui->table->item(m_ui->table->currentRow(), 0)->text();
        if (QMessageBox::question(
                this, tr("Restore this backup?"),
                tr("The database will be put back as it was on %1. Everything changed since "
                   "then will no longer show. A backup of the database as it is now is made "
                   "first, so this can be undone by restoring that.")
                    .arg(made),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            restoreFrom(paths.first());
    });
    connect(m_ui->restoreFile, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Restore from a backup file"), QDir::homePath(),
                                           tr("Coproduce databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return;
        if (QMessageBox::question(
                this, tr("Restore from this file?"),
                tr("The database will be replaced by %1, once it has been checked. A backup of "
                   "the database as it is now is made first.")
                    .arg(QDir::toNativeSeparators(path)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            restoreFrom(path);
    });
    connect(m_ui->deleteChosen, &QPushButton::clicked, this, [this] {
        const QStringList paths = chosenPaths();
        if (paths.isEmpty())
            return;
        if (QMessageBox::question(
                this, tr("Delete backups?"),
                tr("Delete these %n backups? They cannot be got back.", nullptr, paths.size()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            deleteChosen();
    });
    refresh();
    m_ui->table->setFocus();
}

BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::refresh()
{
    const QList<Backups::Entry> entries = Backups::list(m_database.path());
    m_ui->heading->setText(
        tr("Coproduce keeps the newest %1 backups of this database in %2: one each day it is used, and one "
           "before every upgrade and every restore. Each is a whole copy, readable only by you.")
            .arg(Backups::Keep)
            .arg(QDir::toNativeSeparators(Backups::folderFor(m_database.path()))));
    m_ui->table->clearContents();
    m_ui->table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int r = 0; r < entries.size(); ++r) {
        const Backups::Entry &e = entries.at(r);
        auto *made = new QTableWidgetItem(locale.toString(e.made, QLocale::LongFormat));
        made->setData(Qt::UserRole, e.path);
        made->setToolTip(QDir::toNativeSeparators(e.path));
        m_ui->table->setItem(r, 0, made);
        m_ui->table->setItem(r, 1, new QTableWidgetItem(Backups::describeReason(e.reason)));
        m_ui->table->setItem(r, 2, new QTableWidgetItem(locale.formattedDataSize(e.bytes)));
    }
    if (entries.isEmpty())
        say(tr("There are no backups yet. Choose \"Back up now\" to make one."));
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const qsizetype chosen = chosenPaths().size();
    m_ui->restoreChosen->setEnabled(chosen == 1);
    m_ui->deleteChosen->setEnabled(chosen > 0);
}

void BackupsDialog::say(const QString &text, bool problem)
{
    m_ui->message->setText(text);
    m_ui->message->setStyleSheet(problem ? u"font-weight: bold"_s : QString());
    m_ui->message->show();
}

QStringList BackupsDialog::chosenPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_ui->table->selectionModel()->selectedRows(0))
        paths << index.data(Qt::UserRole).toString();
    return paths;
}

int BackupsDialog::rowCount() const
{
    return m_ui->table->rowCount();
}

QString BackupsDialog::pathAt(int row) const
{
    return m_ui->table->item(row, 0)->data(Qt::UserRole).toString();
}

QString BackupsDialog::message() const
{
    return m_ui->message->isHidden() ? QString() : m_ui->message->text();
}

void BackupsDialog::choose(const QList<int> &rows)
{
    m_ui->table->clearSelection();
    for (int row : rows)
        m_ui->table->selectionModel()->select(m_ui->table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        m_ui->table->setCurrentCell(rows.first(), 0, QItemSelectionModel::NoUpdate);
}

bool BackupsDialog::backUpNow()
{
    QString error;
    const std::optional<QString> made = Backups::make(m_database, u"by-hand"_s, &error);
    refresh();
    if (!made) {
        say(tr("No backup was made: %1").arg(error), true);
        return false;
    }
    say(tr("Backed up to %1.").arg(QDir::toNativeSeparators(*made)));
    return true;
}

bool BackupsDialog::restoreFrom(const QString &backup)
{
    QString error;
    const bool ok = m_restore(backup, &error);
    refresh();
    if (!ok) {
        say(tr("Nothing was restored: %1").arg(error), true);
        return false;
    }
    say(tr("Restored from %1. The database as it was before is the newest backup in the list.")
            .arg(QDir::toNativeSeparators(backup)));
    return true;
}

bool BackupsDialog::deleteChosen()
{
    const QStringList paths = chosenPaths();
    QString error;
    const bool ok = Backups::remove(m_database.path(), paths, &error);
    refresh();
    if (!ok) {
        say(error, true);
        return false;
    }
    say(tr("Deleted %n backups.", nullptr, paths.size()));
    return true;
}

} // namespace Coproduce
