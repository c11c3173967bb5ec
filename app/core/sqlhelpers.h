// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Coproduce {

// Small helpers shared by the repositories.
class SqlHelpers final
{
public:
    // Qt binds a null QString as SQL NULL; our text columns are NOT NULL, so bind "" instead.
    static QVariant text(const QString &value);
    // Runs a prepared query; on failure sets *error (if given) to what went wrong, naming `what`.
    static bool exec(QSqlQuery &query, const QString &what, QString *error);
};

} // namespace Coproduce
