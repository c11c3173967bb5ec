// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/statuscommand.h"

#include "core/actionrepository.h"
#include "core/vocabulary.h"

#include <QCoreApplication>

namespace Coproduce {

StatusCommand::StatusCommand(Database &database, const Change &change, Report report)
    : m_database(database)
    , m_change(change)
    , m_report(std::move(report))
{
    // What it did (said after an undo or a redo), a line break, what it will do (the Edit menu's words).
    setText(QCoreApplication::translate("StatusCommand", "marked an action %1\nmark an action %1")
                .arg(Vocabulary::statusLabel(change.status).toLower()));
}

bool StatusCommand::apply()
{
    QString error;
    m_updateId = 0;
    const bool ok = ActionRepository(m_database)
                        .setStatus(m_change.actionId, m_change.status, m_change.note, m_change.date, &error,
                                   &m_updateId);
    return m_report(ok, error);
}

void StatusCommand::undo()
{
    QString error;
    const bool ok
        = ActionRepository(m_database)
              .revertStatus(m_change.actionId, m_updateId, m_change.oldStatus, m_change.oldReason, &error);
    if (!m_report(ok, error))
        setObsolete(true);
}

void StatusCommand::redo()
{
    if (!apply())
        setObsolete(true);
}

} // namespace Coproduce
