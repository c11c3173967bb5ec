// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace Coproduce {

// Small helpers shared by the repositories.
class SqlHelpers final
{
public:
    // Qt binds a null QString as SQL NULL; our text columns are NOT NULL, so bind "" instead.
    static QVariant text(const QString &value);
    // Runs a prepared query; on failure sets *error (if given) to what went wrong, naming `what`.
    static bool exec(QSqlQuery &query, const QString &what, QString *error);
    // Runs a prepared INSERT … RETURNING <key> and gives the key it made. (Never lastInsertId(): on
    // PostgreSQL it is the last value of any sequence, and a trigger that writes the audit trail or the
    // search index moves that on.)
    static std::optional<qint64> insert(QSqlQuery &query, const QString &what, QString *error);
};

} // namespace Coproduce
