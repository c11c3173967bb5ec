// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Coproduce {

class Database;

// A charter created, changed, imported or deleted. Undo puts back the version before (or removes a new
// one); both directions go through CharterRepository, so its refusals (a principle still used by a
// meeting) are reported rather than forced.
class CharterCommand final : public QUndoCommand
{
public:
    using Report = std::function<bool(bool ok, const QString &error)>;

    // Makes the change now; check done() before pushing the command.
    CharterCommand(Database &database, const QString &text, std::optional<Charter> before,
                   std::optional<Charter> after, Report report);
    bool done() const { return m_done; }

    void undo() override;
    void redo() override;

private:
    bool change(const std::optional<Charter> &from, const std::optional<Charter> &to);

    Database &m_database;
    std::optional<Charter> m_before;
    std::optional<Charter> m_after;
    Report m_report;
    bool m_done = false;
    bool m_applied = false;
};

} // namespace Coproduce
