// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class RetentionDialog;
}

namespace Coproduce {

class Database;

// An area's retention policy, from the app: choose how many years meetings are kept, see which meetings
// are older, and delete them (after a yes). Afterwards it offers to delete the backups that still hold them.
class RetentionDialog final : public QDialog
{
    Q_OBJECT

public:
    // `remove` deletes the meetings (the main window's, which saves open typing first and reads everything
    // again after) and returns how many went.
    using Remove = std::function<std::optional<int>(const QList<qint64> &meetingIds, QString *error)>;
    RetentionDialog(Database &database, Remove remove, const QDate &today, QWidget *parent = nullptr);
    ~RetentionDialog() override;

    void setYears(int years);
    int rowCount() const;
    QString result() const;
    QStringList backupsHolding() const { return m_backups; }
    bool deleteMeetings();
    bool deleteBackups();

private:
    void refresh();

    std::unique_ptr<Ui::RetentionDialog> m_ui;
    Database &m_database;
    Remove m_remove;
    QDate m_today;
    QList<qint64> m_ids;
    QStringList m_backups;
};

} // namespace Coproduce
