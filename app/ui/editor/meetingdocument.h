// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace Coproduce {

class Database;

// One open meeting: its edits and their undo stack. Every user edit is written to the database at once
// (there is no Save) and pushed as one undo command; undo and redo write to the database too.
// A change that cannot be made (a conflict with another window, a value that does not fit) changes
// nothing and is reported through problem().
class MeetingDocument final : public QObject
{
    Q_OBJECT

public:
    MeetingDocument(Database &database, qint64 meetingId, QObject *parent = nullptr);

    Database &database() { return m_database; }
    qint64 meetingId() const { return m_meetingId; }
    QUndoStack *undoStack() { return &m_undoStack; }
    MeetingEdits &edits() { return m_edits; }

    // `what` names the value in a problem report ("Title: this cannot be left empty").
    bool setValue(Field field, qint64 rowId, const QVariant &value, const QString &what = QString());
    // As setValue(), but only if the stored value is still `expected` (what the person saw): a change made
    // meanwhile in another window is reported as a conflict rather than overwritten.
    bool changeValue(Field field, qint64 rowId, const QVariant &expected, const QVariant &value,
                     const QString &what = QString());
    // The new row's id; KeptForLater if the server was away and it is kept on the laptop to add then.
    std::optional<qint64> addRow(RowKind kind, qint64 parentId, int position, const QVariantMap &values);
    static constexpr qint64 KeptForLater = -1;
    bool removeRow(RowKind kind, qint64 id);
    bool moveRow(RowKind kind, qint64 id, int position);
    bool setRating(qint64 activityId, const QString &perspective, const QString &rung);
    // How many people in `role` put the activity on `rung` in the room's poll; 0 clears it.
    bool setVotes(qint64 activityId, const QString &role, const QString &rung, int count);
    // An empty score clears the principle's check.
    bool setCharterCheck(const QString &principle, const QString &score, const QString &note);
    // Changes an action's status with a dated note (today); "cannot-do" needs the reason as the note.
    bool setStatus(qint64 actionId, const QString &status, const QString &note);

    // "decision “Open the library…”": the kind of row and the start of its words.
    QString rowLabel(RowKind kind, qint64 id) const;
    // Used by the undo commands: reports the outcome of an edit and tells the views to reload.
    bool report(MeetingEdits::Result result, const QString &error);
    bool report(bool ok, const QString &error);
    // "Title: this cannot be left empty": an error about a value, named.
    static QString named(const QString &what, MeetingEdits::Result result, const QString &error);
    // Used by ChangeValueCommand when a change could not be stored: if it is because the area's server is
    // not answering, keeps it on this laptop (KeptEdits) to be stored when the server answers, says so,
    // and gives true (the change stays on the undo stack, and in its field).
    bool keepForLater(Field field, qint64 rowId, const QVariant &expected, const QVariant &value);
    // Undoing a change that is still kept on the laptop: forgets it (true), touching nothing on the server.
    bool forgetKept(Field field, qint64 rowId);
    // The same for a row typed into a table's entry line: kept to be added at the end of its table.
    bool keepRowForLater(RowKind kind, qint64 parentId, const QVariantMap &values);
    // Before a new change: what was kept while the server was away is stored first, in order (a refusal is
    // reported through problem(), with what was typed).
    void storeKept();

Q_SIGNALS:
    void changed();
    void problem(const QString &message);

private:
    // Names a change of one value for the Edit menu and for what undo and redo say.
    void nameValueChange(QUndoCommand *command, Field field, qint64 rowId, const QVariant &value) const;
    // Pushes `command`, whose redo() makes the change; false (and the command dropped, obsolete) if it
    // could not be made.
    bool run(QUndoCommand *command);
    // One value changed and its undo step pushed.
    bool applyValue(Field field, qint64 rowId, const QVariant &expected, const QVariant &value,
                    const QString &what);

    Database &m_database;
    MeetingEdits m_edits;
    QUndoStack m_undoStack;
    qint64 m_meetingId;
    bool m_failed = false; // a report() since run() began said no
    bool m_keptRow = false; // the row run() was adding is kept for later
};

} // namespace Coproduce
