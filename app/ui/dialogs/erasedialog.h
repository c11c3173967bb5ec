// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class EraseDialog;
}

namespace Coproduce {

class Database;

// The right to erasure, from the app: the facilitator types (or picks) the name, sees where it is, chooses
// whether what the person said stays (without their name) or goes, and confirms. Afterwards the dialog
// says which backups still hold the name and offers to delete them.
class EraseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `erase` runs the erasure (the main window's, which saves open typing first and reads everything
    // again after); it returns the backups that still hold the name, or nothing on failure.
    using Erase = std::function<std::optional<QStringList>(const QString &name, bool deleteWords,
                                                           QString *summary, QString *error)>;
    EraseDialog(Database &database, Erase erase, QWidget *parent = nullptr);
    ~EraseDialog() override;

    void setName(const QString &name);
    void setDeleteWords(bool on);
    QString found() const;
    QString result() const;
    QStringList backupsWithName() const { return m_backups; }
    // What the buttons do once the facilitator has said yes.
    bool erase();
    bool deleteBackups();

private:
    void updateFound();

    std::unique_ptr<Ui::EraseDialog> m_ui;
    Database &m_database;
    Erase m_erase;
    QStringList m_backups;
};

} // namespace Coproduce
