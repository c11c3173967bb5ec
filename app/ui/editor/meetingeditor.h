// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QUndoStack;

namespace Ui {
class MeetingEditor;
}

namespace Coproduce {

class ChangeWatcher;
class Database;
class EditorPane;
class MeetingDocument;

// The meeting log: details and people, the agenda with each activity's notes, what people said,
// decisions, commitments, actions and ladder ratings, the actions from last time, and the charter check.
// Every edit is saved as it is made (text within AutoSave::DelayMs of a pause) and can be undone.
class MeetingEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingEditor(Database &database, QWidget *parent = nullptr);
    ~MeetingEditor() override;

    bool open(qint64 meetingId);
    // Shows the details and puts the keyboard in the first of them.
    void focusDetails();
    // Saves what was typed and shows no meeting (the open one is about to be deleted).
    void close();
    // A read-only window (another copy is writing): every field shows, nothing can be changed.
    void setReadOnly(bool readOnly);
    qint64 meetingId() const;
    qint64 activityId() const;
    MeetingDocument *document() const { return m_document.get(); }
    QUndoStack *undoStack() const;
    // The fast-entry commands with their shortcuts, for the window's Meeting menu.
    QList<QAction *> entryActions() const { return m_entryActions; }
    // Saves anything typed and not yet saved.
    void flush();
    // Reads everything again from the database (after an undo, or a change made elsewhere).
    void reload();
    // Puts the open activity's ladder on the projector: the poll if that tab is showing, else the ratings.
    void present();
    // Says something about this meeting's changes that the person must see (kept typing that was refused).
    void tell(const QString &message);

Q_SIGNALS:
    void problem(const QString &message);
    // Something a screen reader should say that is not a problem (why the meeting is read-only).
    void announce(const QString &message);
    // The activity's ladder ratings, or the room's poll, for the projector.
    void presentLadder(qint64 activityId, bool poll);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitToFont();
    // The parts with their own class and form, for what every part is asked to do.
    QList<EditorPane *> panes() const;
    void setUpControls();
    void setUpEntryActions();
    QString meetingText() const;
    void updatePlainBadge();
    void scheduleReload();
    void showProblem(const QString &message);
    void reloadDetails();
    // Another team's meeting on the area's server opens to read only, and says why.
    void showWhoMayChange();
    void applyReadOnly();
    void askForRoom();
    void changeStatus(qint64 actionId);
    QAction *addEntryAction(const QString &text, const QKeySequence &key, const QString &description,
                            QWidget *target);
    QAction *addEntryAction(const QString &text, const QKeySequence &key, const QString &description,
                            std::function<QWidget *()> target);

    std::unique_ptr<Ui::MeetingEditor> m_ui;
    Database &m_database;
    std::unique_ptr<MeetingDocument> m_document;
    ChangeWatcher *m_watcher = nullptr;
    QList<QAction *> m_entryActions;
    Charter m_charter;
    bool m_readOnly = false; // the whole window is (MainWindow::setReadOnly)
    bool m_appliedReadOnly = false; // what the fields show
    bool m_heldBack = false; // this meeting: another team's, or taken offline
    bool m_reloadScheduled = false;
    QTimer m_plainTimer;
};

} // namespace Coproduce
