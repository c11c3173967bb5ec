// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "auditlog.h"
#include "connectionspec.h"
#include "database.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cstdio>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &path)
{
    return u'\'' + QString(path).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-backups"_s);
}

QString Backups::onServer(const Database &database)
{
    return tr("%1: the area's server is backed up by its IT team (with pg_dump), not by each copy of "
              "Coproduce: ask them for a copy, or to put one back.")
        .arg(database.displayName());
}

QList<Backups::Entry> Backups::list(const QString &databasePath)
{
    QList<Entry> entries;
    if (ConnectionSpec::namesServer(databasePath))
        return entries; // a server's path is its connection keywords: no backups folder beside it
    const QDir folder(folderFor(databasePath));
    const QString prefix = QFileInfo(databasePath).completeBaseName() + u'-';
    for (const QFileInfo &file : folder.entryInfoList({ prefix + u"*.sqlite"_s }, QDir::Files, QDir::Name)) {
        // The time is in the name, so copying the folder elsewhere keeps the order.
        const QDateTime made
            = QDateTime::fromString(file.fileName().mid(prefix.size(), 15), u"yyyyMMdd-HHmmss"_s);
        // "coproduce-20261123-091500-before-restore-2.sqlite" -> "before-restore"
        QString reason = file.completeBaseName().mid(prefix.size() + 16);
        static const QRegularExpression repeat(u"-[0-9]+$"_s);
        reason.remove(repeat);
        entries.append(
            { file.absoluteFilePath(), made.isValid() ? made : file.lastModified(), file.size(), reason });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.made > b.made; });
    return entries;
}

bool Backups::remove(const QString &databasePath, const QStringList &paths, QString *error)
{
    if (ConnectionSpec::namesServer(databasePath)) {
        *error = tr("the area's server keeps no backups of Coproduce's own");
        return false;
    }
    const QString folder = QFileInfo(folderFor(databasePath)).canonicalFilePath();
    QStringList failed;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        if (file.canonicalPath() != folder) {
            *error = tr("%1: is not one of this database's backups, so it was not deleted").arg(path);
            return false;
        }
    }
    for (const QString &path : paths)
        if (!QFile::remove(path))
            failed << path;
    if (!failed.isEmpty()) {
        *error = tr("These backups could not be deleted: %1").arg(failed.join(u", "_s));
        return false;
    }
    return true;
}

QString Backups::describeReason(const QString &reason)
{
    if (reason == u"daily")
        return tr("Daily");
    if (reason == u"before-restore")
        return tr("Before a restore");
    if (reason.startsWith(u"before-upgrade"))
        return tr("Before an upgrade");
    if (reason == u"by-hand")
        return tr("Made by hand");
    return reason;
}

bool Backups::write(Database &database, const QString &target, QString *error)
{
    if (database.isServer()) {
        *error = onServer(database);
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = tr("%1: already exists; choose a new file for the backup").arg(target);
        return false;
    }
    // VACUUM INTO fills an empty file: made owner-only first, it stays so.
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("%1: cannot write the backup: %2").arg(target, file.errorString());
            return false;
        }
    }
    QSqlQuery query(database.connection());
    if (!query.exec(u"VACUUM INTO "_s + quoted(target))) {
        *error = tr("%1: cannot write the backup: %2").arg(target, query.lastError().text());
        QFile::remove(target);
        return false;
    }
    return true;
}

std::optional<QString> Backups::make(Database &database, const QString &reason, QString *error)
{
    if (database.isServer()) {
        *error = onServer(database);
        return std::nullopt;
    }
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: cannot make the backups folder").arg(folder);
        return std::nullopt;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString name = QFileInfo(database.path()).completeBaseName() + u'-'
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + reason;
    QString target = QDir(folder).filePath(name + u".sqlite"_s);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(name + u'-' + QString::number(n) + u".sqlite"_s);
    if (!write(database, target, error))
        return std::nullopt;
    prune(database.path());
    return target;
}

std::optional<QString> Backups::daily(Database &database, QString *error)
{
    if (database.isServer())
        return QString(); // the server's IT backs it up
    const QList<Entry> existing = list(database.path());
    if (!existing.isEmpty() && existing.first().made.secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return QString(); // one today already
    return make(database, u"daily"_s, error);
}

void Backups::prune(const QString &databasePath, int keep)
{
    const QList<Entry> entries = list(databasePath);
    for (qsizetype i = keep; i < entries.size(); ++i)
        QFile::remove(entries.at(i).path);
}

QString Backups::verify(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return tr("%1: there is no such file").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot read the file: %2").arg(path, file.errorString());
    if (!file.read(16).startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("%1: is not a Coproduce database (it is not an SQLite database file)").arg(path);
    file.close();
    const QString name = u"verify-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = tr("%1: SQLite cannot open it: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
                problem = tr("%1: SQLite cannot read it: %2").arg(path, q.lastError().text());
            else if (q.value(0).toInt() != Database::ApplicationId)
                problem = tr("%1: is not a Coproduce database (it is an SQLite database of another program)")
                              .arg(path);
            else if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
                problem = tr("%1: SQLite cannot read it: %2").arg(path, q.lastError().text());
            else if (q.value(0).toInt() > Database::latestSchemaVersion())
                problem = tr("%1: was written by a newer version of Coproduce (database version %2)")
                              .arg(path)
                              .arg(q.value(0).toInt());
            else if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
                problem = tr("%1: SQLite cannot check it: %2").arg(path, q.lastError().text());
            else if (q.value(0).toString() != u"ok")
                problem = tr("%1: is damaged (SQLite's integrity check says: %2)")
                              .arg(path, q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool Backups::restore(Database &database, const QString &backup, QString *error)
{
    if (database.isServer()) {
        *error = onServer(database);
        return false;
    }
    if (const QString problem = verify(backup); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString path = database.path();
    const std::optional<QString> safety = make(database, u"before-restore"_s, error);
    if (!safety)
        return false;
    // Copy beside the database, then swap it in by renaming: the database file is whole at every moment.
    // The old write-ahead log must go too, or SQLite would replay it onto the restored file.
    const QString incoming = path + u".restoring"_s;
    QFile::remove(incoming);
    QSqlQuery(database.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    database.close();
    const auto reopen = [&](bool ok) {
        if (!database.open(path) && ok) {
            *error = database.errorString();
            return false;
        }
        return ok;
    };
    if (!QFile::copy(backup, incoming)) {
        *error = tr("%1: cannot copy the backup beside the database").arg(incoming);
        return reopen(false);
    }
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = tr("%1: cannot put the backup in place").arg(path);
        QFile::remove(incoming);
        return reopen(false);
    }
    if (!reopen(true))
        return false;
    // The restored file's own trail ends where the backup was made; it says what happened since.
    Transaction transaction(database);
    if (!AuditLog(database).record(u"restore"_s, u"meetings"_s, 0, 0, QFileInfo(backup).fileName(), QString(),
                                   tr("the database as it was before is in %1").arg(*safety), error)
        || !transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace Coproduce
