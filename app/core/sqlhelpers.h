// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlError;

namespace Coproduce {

class Database;

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

    // On the server a transaction can be stopped to let another through (SQLSTATE 40P01, a deadlock, or
    // 40001, a serialization failure): nothing of it was kept, and the whole of it may simply run again.
    // `work` is one whole transaction (it begins and ends inside); it runs again, up to three times in
    // all, while it failed that way. Inside an outer transaction it runs once: that one is lost already.
    template<typename Work> static auto retried(Database &database, Work &&work)
    {
        for (int attempt = 1;; ++attempt) {
            stoppedForAnother() = false;
            auto result = work();
            if (!stoppedForAnother() || attempt == 3 || !atTopLevel(database))
                return result;
        }
    }
    // After a bulk load: brings the server's planner statistics up to date (SqlDialect::refreshStatistics).
    // What it cannot do (a login that owns no table is only warned) changes nothing and is no error.
    static void refreshStatistics(Database &database);
    // Says the last statement or commit failed: remembered when it was stopped for another's sake.
    static void noteFailure(const QSqlError &error);

private:
    static bool &stoppedForAnother();
    static bool atTopLevel(Database &database);
};

} // namespace Coproduce
