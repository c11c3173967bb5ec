// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charter.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;

class CharterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CharterRepository)

public:
    explicit CharterRepository(Database &database);

    // Built-in charters first, then by name; each with its principles and commitments.
    QList<Charter> list() const;
    std::optional<Charter> find(const QString &id) const;
    bool exists(const QString &id) const;

    // Adds the charter, or replaces the one with its id, in one transaction. Replacing is refused while
    // meetings still use a principle that the new version drops.
    bool save(const Charter &charter, QString *error);
    // Refused while a meeting uses the charter.
    bool remove(const QString &id, QString *error);

private:
    QList<Charter> load(const QString &onlyId) const;

    Database &m_database;
};

} // namespace Coproduce
