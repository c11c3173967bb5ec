// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Coproduce {

class Database;

// Read-only queries run two at a time: on the database's own connection and on a second one (a sibling)
// opened on a thread of its own, each taking the next query not yet taken. SQLite in WAL mode and the
// area's server both let two connections read at once, so a dozen aggregate queries (the Progress
// numbers) take about half as long on two cores. When no second connection can be had (":memory:", inside
// a transaction, or it fails to open) they all run here, one after another, with the same result.
class ParallelReads final
{
public:
    struct Query
    {
        QString sql;
        QVariantList values; // bound in order to its "?"
    };
    using Rows = QList<QVariantList>;

    // Each query's rows, in the order of `queries`; nothing if any failed, with the first failure in
    // `error`, naming `what` was being read. `onSibling`, if given, is how many ran on the second
    // connection (what the tests watch: the answer is the same either way).
    static std::optional<QList<Rows>> run(Database &database, const QList<Query> &queries,
                                          const QString &what, QString *error, int *onSibling = nullptr);
};

} // namespace Coproduce
