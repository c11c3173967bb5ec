// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariantMap>

#include <optional>

namespace Coproduce {

class MeetingDocument;

// A row added or removed (with everything under it). Nothing is written until it is pushed: redo() adds
// or removes, and a write that fails makes the command obsolete. Undoing a removal puts the row back with
// the same id, children and links; undoing an addition removes it and keeps what it took, for redo.
class RowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::RowCommand)

public:
    static RowCommand *adding(MeetingDocument *document, RowKind kind, qint64 parentId, int position,
                              const QVariantMap &values);
    static RowCommand *removing(MeetingDocument *document, RowKind kind, qint64 id);

    // The row's id: for an addition, once redo() has made it.
    qint64 rowId() const { return m_id; }
    void undo() override;
    void redo() override;

private:
    RowCommand(MeetingDocument *document, RowKind kind, qint64 id, bool adding);
    bool addNow();
    bool removeNow();
    bool restoreNow();

    MeetingDocument *m_document;
    RowKind m_kind;
    qint64 m_id;
    bool m_adding;
    qint64 m_parentId = 0;
    int m_position = 0;
    QVariantMap m_values;
    std::optional<RowSnapshot> m_snapshot;
};

} // namespace Coproduce
