// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;

// Reads ProgressNumbers with a few aggregate queries (grouped by month in the database, folded into the
// periods here), never by loading meetings, so ten years of an area take as long as a few hundred rows:
// the same SQL on SQLite and on the area's server, two queries at a time (ParallelReads).
class ProgressRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRepository)

public:
    explicit ProgressRepository(Database &database);

    // The numbers for `request`; nothing, with the reason in `error`, when its dates are not a range or
    // its series does not exist, or the database could not be read. (`error` may be null.)
    std::optional<ProgressNumbers> numbers(const ProgressRequest &request, QString *error) const;

    // The day of the first meeting of `series` (or of the area, when empty): where "every meeting" starts.
    std::optional<QDate> firstMeeting(const QString &series) const;

private:
    Database &m_database;
};

} // namespace Coproduce
