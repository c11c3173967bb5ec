// SPDX-License-Identifier: GPL-3.0-or-later
// `coproduce meetings take|publish|release`: a meeting taken from the area's server (--database) to this
// laptop's own database (--laptop, else the usual file) and published back (core/offline.h).
#include "commandline.h"

#include "core/builtincharters.h"
#include "core/offline.h"

#include <QDir>
#include <QFileInfo>

namespace Coproduce {

using namespace Qt::StringLiterals;

int CommandLine::meetingsTake(const QStringList &args)
{
    return offline(u"take"_s, args);
}

int CommandLine::meetingsPublish(const QStringList &args)
{
    return offline(u"publish"_s, args);
}

int CommandLine::meetingsRelease(const QStringList &args)
{
    return offline(u"release"_s, args);
}

int CommandLine::offline(const QString &sub, const QStringList &args)
{
    const QString verb = u"meetings "_s + sub;
    const bool needsLaptop = sub != u"release";
    bool ok = false;
    const qint64 id = args.at(0).toLongLong(&ok);
    if (!ok || id < 1)
        return usageError(tr("\"%1\" takes a meeting's id (see `coproduce meetings list`)").arg(verb));
    if (!openDatabase())
        return 1;
    if (!m_database.isServer())
        return usageError(tr("%1 needs --database to name the area's server (the laptop's own database is "
                             "--laptop FILE, or %2)")
                              .arg(verb, QDir::toNativeSeparators(Database::defaultPath())));
    QString error;
    if (!needsLaptop) {
        if (!Offline::release(m_database, id, &error))
            return fail(error);
        m_out << tr("Released meeting %1: it can be changed on the server again.").arg(id) << u'\n';
        return 0;
    }
    QString path = value(u"laptop"_s);
    if (path.isEmpty())
        path = Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    Database laptop;
    if (!laptop.open(path) || !BuiltInCharters::install(laptop, &error))
        return fail(laptop.errorString().isEmpty() ? error : laptop.errorString());
    if (laptop.isServer())
        return usageError(tr("--laptop names this laptop's own database file, not a server"));
    Offline offline(m_database, laptop);
    if (sub == u"take") {
        const std::optional<qint64> local = offline.take(id, &error);
        if (!local)
            return fail(error);
        m_out << tr("Took meeting %1 offline: it is meeting %2 in %3. Publish it back with `coproduce "
                    "--database … meetings publish %2`.")
                     .arg(id)
                     .arg(*local)
                     .arg(QDir::toNativeSeparators(path))
              << u'\n';
        return 0;
    }
    const std::optional<Offline::Published> published = offline.publish(id, &error);
    if (!published)
        return fail(error);
    m_out << published->message << u' ' << tr("(Meeting %1 on the server.)").arg(published->serverId)
          << u'\n';
    return 0;
}

} // namespace Coproduce
