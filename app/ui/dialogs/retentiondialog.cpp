// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/retentiondialog.h"
#include "ui_retentiondialog.h"

#include "ui/access/accessiblenames.h"
#include "ui/dialogs/dialogsize.h"

#include "core/backups.h"
#include "core/database.h"
#include "core/meetingrepository.h"
#include "core/retention.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace Coproduce {

using namespace Qt::StringLiterals;

RetentionDialog::RetentionDialog(Database &database, Remove remove, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RetentionDialog>())
    , m_database(database)
    , m_remove(std::move(remove))
    , m_today(today)
{
    m_ui->setupUi(this);
    AccessibleNames::nameInnerFields(this);
    DialogSize::fit(this, 100, 28);
    m_ui->table->setColumnCount(3);
    m_ui->table->setHorizontalHeaderLabels({ tr("Date"), tr("Meeting"), tr("Series") });
    m_ui->table->verticalHeader()->hide();
    // Sized by their contents, the last one taking what is left (and growing with the dialog).
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->result->hide();
    m_ui->deleteBackups->hide();
    connect(m_ui->years, &QSpinBox::valueChanged, this, &RetentionDialog::refresh);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::warning(
                this, tr("Delete old meetings?"),
                tr("Delete %n meetings held before %1, with everything in them? This cannot be undone.",
                   nullptr, int(m_ids.size()))
                    .arg(QLocale().toString(m_today.addYears(-m_ui->years->value()), QLocale::LongFormat)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            deleteMeetings();
    });
    connect(m_ui->deleteBackups, &QPushButton::clicked, this, [this] {
        if (QMessageBox::warning(
                this, tr("Delete backups?"),
                tr("Delete the backups made before the meetings were deleted (%1)? Those older copies "
                   "cannot be got back.")
                    .arg(m_backups.size()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            deleteBackups();
    });
    refresh();
}

RetentionDialog::~RetentionDialog() = default;

void RetentionDialog::setYears(int years)
{
    m_ui->years->setValue(years);
}

int RetentionDialog::rowCount() const
{
    return m_ui->table->rowCount();
}

QString RetentionDialog::result() const
{
    return m_ui->result->isHidden() ? QString() : m_ui->result->text();
}

void RetentionDialog::refresh()
{
    const QList<MeetingSummary> old = Retention::olderThan(m_database, m_ui->years->value(), m_today);
    const QLocale locale;
    m_ids.clear();
    m_ui->table->clearContents();
    m_ui->table->setRowCount(int(old.size()));
    for (int r = 0; r < old.size(); ++r) {
        const MeetingSummary &m = old.at(r);
        m_ids << m.id;
        m_ui->table->setItem(r, 0, new QTableWidgetItem(locale.toString(m.date, QLocale::ShortFormat)));
        m_ui->table->setItem(r, 1, new QTableWidgetItem(m.title));
        m_ui->table->setItem(r, 2, new QTableWidgetItem(m.series));
    }
    const QString before = locale.toString(m_today.addYears(-m_ui->years->value()), QLocale::LongFormat);
    m_ui->count->setText(old.isEmpty()
                             ? tr("No meeting was held before %1.").arg(before)
                             : tr("%n meetings were held before %1:", nullptr, int(old.size())).arg(before));
    m_ui->deleteButton->setEnabled(!old.isEmpty());
    m_ui->deleteButton->setText(old.isEmpty() ? tr("&Delete these meetings…")
                                              : tr("&Delete these %n meetings…", nullptr, old.size()));
}

bool RetentionDialog::deleteMeetings()
{
    QString error;
    const std::optional<int> removed = m_remove(m_ids, &error);
    m_ui->result->show();
    if (!removed) {
        m_ui->result->setText(tr("Nothing was deleted: %1").arg(error));
        return false;
    }
    // Every backup made before now holds the deleted meetings.
    m_backups.clear();
    for (const Backups::Entry &backup : Backups::list(m_database.path()))
        m_backups << backup.path;
    QString text
        = tr("Deleted %n meetings; nothing of them is left in the database file.", nullptr, *removed);
    if (!m_backups.isEmpty())
        text += u' '
            + tr("Backups made before now still hold them (%2), in %1. Delete them too if your policy says "
                 "so.")
                  .arg(QDir::toNativeSeparators(Backups::folderFor(m_database.path())))
                  .arg(m_backups.size());
    m_ui->result->setText(text);
    m_ui->deleteBackups->setVisible(!m_backups.isEmpty());
    refresh();
    return true;
}

bool RetentionDialog::deleteBackups()
{
    QString error;
    if (!Backups::remove(m_database.path(), m_backups, &error)) {
        m_ui->result->setText(error);
        return false;
    }
    m_ui->result->setText(tr("Deleted %n backups.", nullptr, m_backups.size()));
    m_backups.clear();
    m_ui->deleteBackups->hide();
    return true;
}

} // namespace Coproduce
