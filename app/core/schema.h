// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QList>

namespace Coproduce {

// The ordered schema migrations. A released migration never changes: a new one is appended.
class Schema final
{
public:
    static const QList<Migration> &migrations();
    // The same migrations, version for version, for the area's PostgreSQL server (schemapostgres.cpp).
    static const QList<Migration> &postgresMigrations();
    // The server's groups and what each may do, made (again) after its schema is made or upgraded.
    static QStringList serverAccess();

private:
    // The server's row-level security: who may change which team's meetings (schemasecurity.cpp).
    static QStringList teamPolicies();
    // Who may take a meeting offline, and give it back or release it.
    static QStringList takenPolicies();
};

} // namespace Coproduce
