// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

class Database;

// A whole database as one JSON file (format coproduce-archive/1), for moving to another machine: the
// area's own charters, every meeting (in the meeting file format, oldest first) and the area's own hard
// words. Built-in charters are not written: every copy of Coproduce has them.
class Archive final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Archive)

public:
    struct Summary
    {
        int charters = 0;
        int meetings = 0;
        int words = 0;
    };

    static std::optional<QByteArray> write(Database &database, QString *error);
    // Reads an archive into a database that holds no meetings yet, all in one transaction: on any problem
    // nothing is kept, and every problem is listed as "FILE: place: what was expected".
    static std::optional<Summary> read(Database &database, const QByteArray &bytes, const QString &fileName,
                                       QStringList *errors);
};

} // namespace Coproduce
