// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

class Database;

// A whole database as one JSON file (format coproduce-archive/1), for moving to another machine or onto
// the area's server: the area's own charters, every meeting (in the meeting file format, oldest first),
// the area's own hard words, and its teams (members by login, and the series each owns). Built-in charters
// are not written: every copy of Coproduce has them.
class Archive final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Archive)

public:
    struct Summary
    {
        int charters = 0;
        int meetings = 0;
        int words = 0;
        int teams = 0;
        // Meetings the database held already (the same series, date and title): left as they were, so that
        // reading one archive twice doubles nothing.
        int alreadyHere = 0;
        // Team members whose login this server does not have: the admin adds them when it does.
        QStringList membersLeftOut;
    };

    static std::optional<QByteArray> write(Database &database, QString *error);
    // Reads an archive into a database, all in one transaction: on any problem nothing is kept, and every
    // problem is listed as "FILE: place: what was expected". Into one that holds meetings already (several
    // laptops moving onto the area's server), series are merged by name, a charter of the same id is
    // replaced by the archive's, teams are merged by name, and a meeting already there is left alone.
    static std::optional<Summary> read(Database &database, const QByteArray &bytes, const QString &fileName,
                                       QStringList *errors);

private:
    static void readTeams(Database &database, const QJsonValue &value, const QString &fileName,
                          Summary *summary, QStringList *errors);
};

} // namespace Coproduce
