// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace Coproduce {

class ActionsBoard;
class ProgressPage;
struct Document;
class Announcer;
class SpellingMenu;
class ReadAloudActions;
class SpeechEngine;
class BackupsDialog;
class ConnectDialog;
class ChangeWatcher;
class EraseDialog;
class HistoryDialog;
class RetentionDialog;
class CharterPage;
class Database;
class MeetingsPage;
class CalendarActions;
class OfflineActions;
class PresentationWindow;
class Settings;

// The main window: four sections (Charters, Series & meetings, Actions, Progress), menus and a toolbar with
// the standard shortcuts, undo and redo for whichever section is showing, text size and high contrast, and
// presentation on the projector. Where the facilitator was is restored on the next start.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { Charters, Meetings, Actions, Progress };

    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    // What reads aloud (main.cpp gives the system's speech; a test its stand-in).
    void setSpeech(SpeechEngine *engine);
    ReadAloudActions *readAloud() const { return m_readAloud; }
    ~MainWindow() override;

    void showSection(Section section);
    Section section() const;
    CharterPage *charterPage() const { return m_charters; }
    MeetingsPage *meetingsPage() const { return m_meetings; }
    OfflineActions *offlineActions() const { return m_offline; }
    CalendarActions *calendarActions() const { return m_calendar; }
    ActionsBoard *actionsBoard() const { return m_actions; }
    ProgressPage *progressPage() const { return m_progress; }
    // The stack Undo (or Redo) works on now: the showing section's; in Series and meetings, the open
    // meeting's edits first, then the making and deleting of meetings.
    QUndoStack *undoTarget(bool redo) const;
    // Undoes or redoes the last change of the section showing, and says what it did.
    void undoOrRedo(bool redo);
    PresentationWindow *presentation() const;
    // Re-reads every section (after a change made in another window or program).
    void reload();
    void present();
    void setZoom(int percent);
    void setToday(const QDate &today);
    // The dialog listing every command with its shortcut.
    void showShortcuts();
    // Records: the open meeting's history, backups and restore, erasure, retention (each window-modal,
    // deleted on close), and the name recorded with each change.
    HistoryDialog *showMeetingHistory();
    BackupsDialog *showBackups();
    EraseDialog *showErasure();
    RetentionDialog *showRetention();
    void setFacilitatorName(const QString &name);
    // File → Connect to the area's server…; on a new choice, remembered, databaseChosen() is emitted.
    ConnectDialog *showConnect();
    // Another copy of the app is writing to the database: a banner says so (`why`), nothing can be changed,
    // and "Try again" calls `tryAgain`, which reopens the database for writing if it can.
    void setReadOnly(const QString &why, std::function<bool(QString *error)> tryAgain);
    bool isReadOnly() const { return m_readOnly; }
    // Leaves read-only mode (after the database was opened for writing).
    void leaveReadOnly();

Q_SIGNALS:
    // Where the meetings are kept was changed (File → Connect): `location` is the server's keywords, or
    // empty for this laptop's own file. main.cpp starts the app again on it.
    void databaseChosen(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void setUpReadAloud();
    void restorePlace();
    // Opens the meeting, or the newest one if it is gone (or 0).
    void openMeetingOrNewest(qint64 meetingId);
    void sectionChanged(int index);
    void showProblem(const QString &message);
    // What was typed while the area's server was away, stored now it answers (KeptEdits), and said.
    void storeKept();
    void find();
    void print();
    // A print preview of `document`; `title` is the preview's, with %1 for the document's.
    void printDocument(const Document &document, const QString &title);
    void exportMeeting();
    void updateDocumentActions();
    void askFacilitatorName();
    // Around a change that replaces or removes records under the open views (restore, erasure, retention):
    // typing is saved first; after, every view is read again and undo starts afresh.
    void beforeBulkChange();
    void applyReadOnly();
    // The banner while the area's server does not answer (ChangeWatcher reconnects).
    void showConnectionLost(const QDateTime &since);
    // How the title names the database: the file's name, or the server's host and database.
    QString databaseName() const;
    void afterBulkChange();
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
    ProgressPage *m_progress;
    ChangeWatcher *m_watcher;
    Announcer *m_announcer = nullptr;
    SpellingMenu *m_spelling = nullptr;
    ReadAloudActions *m_readAloud = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteMeeting = nullptr;
    QAction *m_meetingHistory = nullptr;
    OfflineActions *m_offline = nullptr;
    CalendarActions *m_calendar = nullptr;
    QDate m_today = QDate::currentDate();
    bool m_readOnly = false;
    std::function<bool(QString *error)> m_tryAgain;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace Coproduce
