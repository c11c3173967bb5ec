// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

class Database;

// Reads a charter or meeting file, checks all of it against the database, and only then stores it, in
// one transaction. Every problem comes back as "FILE: path: what was expected"; on any problem nothing
// is written.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Database &database);

    std::optional<qint64> importMeeting(const QByteArray &bytes, const QString &fileName,
                                        QStringList *errors);
    // Adds the charter, or replaces an imported one with the same id; a built-in charter is never replaced.
    std::optional<Charter> importCharter(const QByteArray &bytes, const QString &fileName,
                                         QStringList *errors, bool *replaced = nullptr);

    // calendarimport.cpp: each meeting of an iCalendar file (a council's calendar) as a planned meeting of
    // `series` (made if new), with the charter and facilitator of the series' newest meeting. A meeting
    // the series has already (the same title on the same day) is left as it is, so a file can be read
    // again as the council's calendar grows.
    struct CalendarImport
    {
        QList<qint64> added;
        int alreadyHere = 0;
        QStringList notes; // what the reader left out, and why (CalendarFile::Read)
    };
    std::optional<CalendarImport> importCalendar(const QByteArray &bytes, const QString &fileName,
                                                 const QString &series, QStringList *errors);

private:
    Database &m_database;
};

} // namespace Coproduce
