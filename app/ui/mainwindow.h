// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QSqlQueryModel;
class QStandardItemModel;

namespace Ui {
class MainWindow;
}

namespace Coproduce {

class Database;

// The main window. At this stage it opens the database and lists its charters and meetings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();

private:
    void showCharter(int row);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database &m_database;
    QList<Charter> m_charterList; // as loaded by reload(), in the list's order
    QStandardItemModel *m_charters = nullptr;
    QSqlQueryModel *m_meetings = nullptr;
};

} // namespace Coproduce
