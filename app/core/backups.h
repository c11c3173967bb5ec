// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

class Database;

// Consistent copies of a database (SQLite's VACUUM INTO, never a file copy of a live database), kept
// beside it in "<name>-backups/", owner-only: one a day when the app starts, one before every schema
// upgrade and before a restore. The newest 14 are kept. A file's alone: on the area's server each of these
// refuses, saying that the server's IT backs it up (onServer()), and the list is empty.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Backups)

public:
    static constexpr int Keep = 14;

    struct Entry
    {
        QString path;
        QDateTime made;
        qint64 bytes = 0;
        QString reason; // from the name: "daily", "before-restore", "before-upgrade-to-5", "by-hand"
    };

    // Why there are no backups of the area's server here, naming it.
    static QString onServer(const Database &database);
    // The folder for a database's backups: "/data/coproduce.sqlite" -> "/data/coproduce-backups".
    static QString folderFor(const QString &databasePath);
    // The backups of a database, newest first.
    static QList<Entry> list(const QString &databasePath);

    // Writes a consistent copy of the open database to `target`, which must not exist yet. On failure no
    // file is left behind.
    static bool write(Database &database, const QString &target, QString *error);
    // A new backup in the folder ("coproduce-20261123-091500-daily.sqlite"), then the oldest beyond Keep
    // are deleted. Returns its path.
    static std::optional<QString> make(Database &database, const QString &reason, QString *error);
    // A backup if none was made in the last day.
    static std::optional<QString> daily(Database &database, QString *error);
    static void prune(const QString &databasePath, int keep = Keep);
    // Deletes backups of this database (only files in its backups folder); on a problem, says which.
    static bool remove(const QString &databasePath, const QStringList &paths, QString *error);
    // The reason in words, for the app: "Daily", "Before a restore".
    static QString describeReason(const QString &reason);

    // Whether `path` is a whole Coproduce database this version can open: ours, not newer, and passing
    // SQLite's integrity check. Empty when it is; otherwise what is wrong, naming the file.
    static QString verify(const QString &path);
    // Replaces the open database's contents with the backup's: verified first, and the database as it
    // was is backed up before ("before-restore"). The database is open again afterwards either way.
    static bool restore(Database &database, const QString &backup, QString *error);
};

} // namespace Coproduce
