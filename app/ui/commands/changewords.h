// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QUndoCommand;

namespace Coproduce {

// The words for a change to a meeting, so that the Edit menu names it ("Undo add decision “Open the
// library…”") and a screen reader hears what undo and redo did ("Undid: added decision “Open the
// library…”"). Each command gets two forms: what it will do, and what it did.
class ChangeWords final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWords)

public:
    // "person", "activity", "what was said", "decision", "commitment", "action".
    static QString thing(RowKind kind);
    // The field that names a row: a person's name, an activity's title, a decision's words…
    static Field labelField(RowKind kind);
    // The kind of row a field belongs to; none for the meeting's own fields.
    static std::optional<RowKind> rowOf(Field field);
    // Whether the field holds words as typed (so the change can quote them), not a choice or a count.
    static bool isText(Field field);
    // "title", "start time", "role", "easy-read words"…
    static QString field(Field field);
    // The start of a text, in curly quotes: enough to know which one.
    static QString quote(const QString &text);
    // Sets the menu's words (`doing`, after "Undo" or "Redo") and the words said after it happened.
    static void name(QUndoCommand *command, const QString &doing, const QString &done);
    // The words said after an undo or a redo of `command`.
    static QString undid(const QUndoCommand *command);
    static QString redid(const QUndoCommand *command);
};

} // namespace Coproduce
