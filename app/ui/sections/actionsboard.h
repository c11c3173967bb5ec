// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace Ui {
class ActionsBoard;
}

namespace Coproduce {

class ActionsModel;
class ColumnShares;
class HistoryDialog;
class Database;

// The Actions section: every action in the database, filtered by series, person, status and overdue,
// sorted by due date. Status changes (with a dated note; "cannot do" asks why) can be undone.
class ActionsBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsBoard(Database &database, QWidget *parent = nullptr);
    ~ActionsBoard() override;

    QUndoStack *undoStack() { return &m_undoStack; }
    ActionsModel *model() const { return m_model; }
    // Reads the series list and the actions again (after changes elsewhere).
    void reload();
    void setToday(const QDate &today);
    void focusFilters();
    // Opens the status dialog for the chosen action.
    void changeStatus();
    // Opens the chosen action's history (window-modal, deletes itself on close).
    HistoryDialog *showHistory();

Q_SIGNALS:
    void openMeeting(qint64 meetingId);
    void problem(const QString &message);

private:
    void applyFilter();

    std::unique_ptr<Ui::ActionsBoard> m_ui;
    Database &m_database;
    ActionsModel *m_model;
    QUndoStack m_undoStack;
    QDate m_today = QDate::currentDate();
    ColumnShares *m_shares = nullptr; // made once the model has its columns
};

} // namespace Coproduce
