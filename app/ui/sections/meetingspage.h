// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace Ui {
class MeetingsPage;
}

namespace Coproduce {

class Database;
class MeetingEditor;
class MeetingListModel;

// The Series & meetings section: the meetings (newest first, by series, or found by any word in them)
// beside the editor of the one that is open.
class MeetingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPage(Database &database, QWidget *parent = nullptr);
    ~MeetingsPage() override;

    MeetingEditor *editor() const { return m_editor; }
    // Shows the list of meetings beside the open one, or folds it away (the keyboard, if it was in the
    // list, goes to the meeting).
    void setListShown(bool shown);
    bool listShown() const;
    bool openMeeting(qint64 meetingId);
    // Asks for a new meeting's details and opens it; returns its id, or 0 if none was made.
    qint64 newMeeting();
    // Deletes a meeting with everything in it, as one step that can be undone.
    bool deleteMeeting(qint64 meetingId);
    // Making and deleting meetings; edits inside a meeting are on its editor's own stack.
    QUndoStack *undoStack() { return &m_undoStack; }
    Database &database() { return m_database; }

    // Used by MeetingCommand around a meeting it deletes or puts back.
    void aboutToRemove(qint64 meetingId);
    void removed(qint64 meetingId);
    void restored(qint64 meetingId);
    // Tells of a change that could not be made (and remembers it for run()).
    void reportProblem(const QString &message);
    void reload();
    void focusSearch();
    void setToday(const QDate &today) { m_today = today; }
    int listedMeetings() const;

Q_SIGNALS:
    void meetingOpened(qint64 meetingId);
    // Nothing is open any more: the last meeting was deleted.
    void meetingClosed();
    void problem(const QString &message);
    void status(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Pushes `command`, whose redo() makes the change; the problem reported if it could not (the
    // command dropped), else an empty string.
    QString run(QUndoCommand *command);
    void refreshList();
    // The series column shows while a title still has room beside it (and no series is chosen).
    void fitListColumns();

    std::unique_ptr<Ui::MeetingsPage> m_ui;
    Database &m_database;
    MeetingEditor *m_editor;
    MeetingListModel *m_meetings;
    bool m_everySeries = true; // the list shows every series, so says which each meeting is in
    QDate m_today = QDate::currentDate();
    QString m_failure; // what reportProblem() said since run() began
    QUndoStack m_undoStack;
};

} // namespace Coproduce
