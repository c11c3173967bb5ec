// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QUndoCommand>

namespace Coproduce {

class MeetingDocument;

// One principle's charter check (score and note) changed. Typing more of the same note merges into one
// undo step.
class CharterCheckCommand final : public QUndoCommand
{
public:
    using Check = QPair<QString, QString>; // (score, note)

    // Nothing is written until it is pushed: redo() writes, and a write that fails makes it obsolete.
    CharterCheckCommand(MeetingDocument *document, const QString &principle, const Check &before,
                        const Check &after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MeetingDocument *m_document;
    QString m_principle;
    Check m_before;
    Check m_after;
};

} // namespace Coproduce
