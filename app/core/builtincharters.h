// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charter.h"

#include <QList>
#include <QString>

namespace Coproduce {

class Database;

// Derby's and Doncaster's charters, compiled in from resources/charters/.
class BuiltInCharters final
{
public:
    // Their ids, which name their resources.
    static QStringList ids();
    // Read from the resources, their words in the user's language where Coproduce has a translation
    // (BuiltInStrings); a database records them in the language it was made in.
    static QList<Charter> all();
    // Adds the built-in charters the first time a database is used. Once added they belong to the area:
    // a charter the area later deletes is not brought back.
    static bool install(Database &database, QString *error);
};

} // namespace Coproduce
