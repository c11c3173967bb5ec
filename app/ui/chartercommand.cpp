// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartercommand.h"

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
    m_done = change(m_before, m_after);
    m_applied = m_done;
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
    m_applied = false;
}

void CharterCommand::redo()
{
    if (m_applied)
        return;
    if (!change(m_before, m_after))
        setObsolete(true);
    m_applied = true;
}

} // namespace Coproduce
