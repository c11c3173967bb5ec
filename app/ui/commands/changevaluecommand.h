// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QUndoCommand>
#include <QVariant>

namespace Coproduce {

class MeetingDocument;

// Ids that let the undo stack merge a run of edits into one step.
enum class MergeId { ChangeValue = 1, CharterCheck };

// One value changed in place. Typing into the same field again merges into one undo step.
class ChangeValueCommand final : public QUndoCommand
{
public:
    // Nothing is written until it is pushed: redo() writes, and a write that fails makes it obsolete.
    // `what` names the value in a problem report ("Title: this cannot be left empty").
    ChangeValueCommand(MeetingDocument *document, Field field, qint64 rowId, const QVariant &before,
                       const QVariant &after, const QString &what = QString());

    void undo() override;
    void redo() override;
    int id() const override { return int(MergeId::ChangeValue); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MeetingDocument *m_document;
    Field m_field;
    qint64 m_rowId;
    QVariant m_before;
    QVariant m_after;
    QString m_what;
};

} // namespace Coproduce
