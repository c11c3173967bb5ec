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

    // redo() makes the change, the first time when the command is pushed; if the repository refuses it,
    // `report` is told and the command makes itself obsolete, so the stack drops it.
    CharterCommand(Database &database, const QString &text, std::optional<Charter> before,
                   std::optional<Charter> after, Report report);

    void undo() override;
    void redo() override;

private:
    bool change(const std::optional<Charter> &from, const std::optional<Charter> &to);

    Database &m_database;
    std::optional<Charter> m_before;
    std::optional<Charter> m_after;
    Report m_report;
};

} // namespace Coproduce
