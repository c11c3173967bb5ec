// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Coproduce {

class Database;

// An area's retention policy: meetings older than so many years are listed, and deleted on request so that
// nothing of them is left in the database file.
class Retention final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Retention)

public:
    // Meetings held before `today` less `years`, oldest first.
    static QList<MeetingSummary> olderThan(Database &database, int years, const QDate &today);
    // Deletes the meetings in one transaction, then compacts the file. Returns how many were deleted.
    static std::optional<int> remove(Database &database, const QList<qint64> &meetingIds, QString *error);
    // Leaves no trace of deleted records in the file: merges the search index (which otherwise keeps
    // deleted words until its next merge), rewrites the file without its free pages (VACUUM) and empties
    // the write-ahead log.
    static bool compact(Database &database, QString *error);
};

} // namespace Coproduce
