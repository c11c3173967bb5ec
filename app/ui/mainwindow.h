// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Coproduce {

class ActionsBoard;
class ChangeWatcher;
class CharterPage;
class Database;
class MeetingsPage;
class PresentationWindow;
class Settings;

// The main window: three sections (Charters, Series & meetings, Actions), menus and a toolbar with the
// standard shortcuts, undo and redo for whichever section is showing, text size and high contrast, and
// presentation on the projector. Where the facilitator was is restored on the next start.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { Charters, Meetings, Actions };

    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section section() const;
    CharterPage *charterPage() const { return m_charters; }
    MeetingsPage *meetingsPage() const { return m_meetings; }
    ActionsBoard *actionsBoard() const { return m_actions; }
    // The stack Undo (or Redo) works on now: the showing section's; in Series and meetings, the open
    // meeting's edits first, then the making and deleting of meetings.
    QUndoStack *undoTarget(bool redo) const;
    PresentationWindow *presentation() const;
    // Re-reads every section (after a change made in another window or program).
    void reload();
    void present();
    void setZoom(int percent);
    void setToday(const QDate &today);
    // The dialog listing every command with its shortcut.
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void restorePlace();
    void sectionChanged(int index);
    void showProblem(const QString &message);
    void find();
    void print();
    void exportMeeting();
    void updateDocumentActions();
    void updateUndoActions();
    void watchUndoStack(QUndoStack *stack);
    PresentationWindow *newPresentation();
    // Applies the saved text size and contrast; returns `parent`, for the base class's constructor.
    static QWidget *themed(QWidget *parent);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Settings> m_settings;
    Database &m_database;
    CharterPage *m_charters;
    MeetingsPage *m_meetings;
    ActionsBoard *m_actions;
    ChangeWatcher *m_watcher;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteMeeting = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace Coproduce
