// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

class Database;

// The right to erasure: a person's name goes from every record. Where they came, they become their role
// ("Parent carer"); where their name, or their first name alone, was typed into text it becomes "a parent
// carer". What they said is kept, no longer theirs by name, or deleted if asked. Then the file is compacted
// so that the name is nowhere in it.
class Erasure final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Erasure)

public:
    struct Summary
    {
        int attendances = 0; // attendee rows made anonymous
        int textsChanged = 0; // text fields where the name was replaced
        int contributionsDeleted = 0;
        QStringList backupsWithName; // backups that still hold the name
    };

    // Where a name was recorded, matched whole and in any case.
    struct Found
    {
        int meetings = 0; // how many meetings it was recorded at
        QString role; // a role it was recorded with
        QString name; // as recorded, whatever case was typed
    };

    // Every name recorded at a meeting, once each, in order: for completing what is typed.
    static QStringList recordedNames(Database &database);
    static Found find(Database &database, const QString &name);

    static std::optional<Summary> erase(Database &database, const QString &name, bool deleteContributions,
                                        QString *error);
    // Whether a database file (or a backup) holds `text` anywhere, in any case and with any accents in
    // either case ("ÉLOÏSE" for "éloïse"): the search index keeps its words in lower case.
    static bool fileHolds(const QString &path, const QString &text);
};

} // namespace Coproduce
