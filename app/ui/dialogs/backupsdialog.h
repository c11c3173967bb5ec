// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class BackupsDialog;
}

namespace Coproduce {

class Database;

// The database's backups, newest first: make one now, put the database back as a backup had it (the
// chosen one or any file, checked first), or delete backups. Restoring is done by the main window, which
// must save what is being typed first and read everything again after.
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    using Restore = std::function<bool(const QString &backup, QString *error)>;
    BackupsDialog(Database &database, Restore restore, QWidget *parent = nullptr);
    ~BackupsDialog() override;

    int rowCount() const;
    QString pathAt(int row) const;
    QString message() const;
    void choose(const QList<int> &rows);
    // What the buttons do once the facilitator has said yes.
    bool backUpNow();
    bool restoreFrom(const QString &backup);
    bool deleteChosen();

private:
    void refresh();
    void updateButtons();
    void say(const QString &text, bool problem = false);
    QStringList chosenPaths() const;

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    Database &m_database;
    Restore m_restore;
};

} // namespace Coproduce
