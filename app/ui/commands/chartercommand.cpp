// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/chartercommand.h"

#include "core/charterrepository.h"

namespace Coproduce {

CharterCommand::CharterCommand(Database &database, const QString &text, std::optional<Charter> before,
                               std::optional<Charter> after, Report report)
    : m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
    setText(text);
}

bool CharterCommand::change(const std::optional<Charter> &from, const std::optional<Charter> &to)
{
    QString error;
    CharterRepository charters(m_database);
    bool ok = false;
    if (to)
        ok = charters.save(*to, &error);
    else if (from)
        ok = charters.remove(from->id, &error);
    return m_report(ok, error);
}

void CharterCommand::undo()
{
    if (!change(m_after, m_before))
        setObsolete(true);
}

void CharterCommand::redo()
{
    if (!change(m_before, m_after))
        setObsolete(true);
}

} // namespace Coproduce
