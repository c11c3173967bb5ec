// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Coproduce {

class MeetingDocument;

// One perspective's place on the ladder for one activity, set, changed or cleared.
class RatingCommand final : public QUndoCommand
{
public:
    // Nothing is written until it is pushed: redo() writes, and a write that fails makes it obsolete.
    RatingCommand(MeetingDocument *document, qint64 activityId, const QString &perspective,
                  const QString &before, const QString &after);

    void undo() override;
    void redo() override;

private:
    void set(const QString &expected, const QString &rung);

    MeetingDocument *m_document;
    qint64 m_activityId;
    QString m_perspective;
    QString m_before;
    QString m_after;
};

} // namespace Coproduce
