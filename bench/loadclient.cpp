// SPDX-License-Identifier: GPL-3.0-or-later
// One facilitator of bench/area-load: a process of its own with its own connections to the area's server,
// editing meeting titles for SECONDS seconds, mostly its own meetings and sometimes the shared ones, as the
// editor does (compare-and-set on what it last read). Every acknowledged edit is written to LOG (one JSON
// line each) for the check at the end; so is how long each edit took to be stored, and how long after
// another facilitator's edit of a shared meeting this one saw it (through LISTEN/NOTIFY, as a window does).
// Usage: coproduce-bench-load SERVER CLIENT SECONDS OWN_IDS SHARED_IDS LOG
#include "core/changewatcher.h"
#include "core/database.h"
#include "core/meetingedits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> ids(const QString &list)
{
    QList<qint64> result;
    for (const QString &id : list.split(u',', Qt::SkipEmptyParts))
        result << id.toLongLong();
    return result;
}

// "c3 e41 t1764583123456": who wrote it, which of their edits, when (ms since the epoch).
QString stamp(int client, int edit)
{
    return u"c%1 e%2 t%3"_s.arg(client).arg(edit).arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs("usage: coproduce-bench-load SERVER CLIENT SECONDS OWN_IDS SHARED_IDS LOG\n", stderr);
        return 2;
    }
    const QString server = args.at(1);
    const int client = args.at(2).toInt();
    const int seconds = args.at(3).toInt();
    const QList<qint64> own = ids(args.at(4));
    const QList<qint64> shared = ids(args.at(5));
    QFile log(args.at(6));
    Database db;
    Database watching; // the other window: its own connection, listening
    if (!log.open(QIODevice::WriteOnly) || !db.open(server) || !watching.open(server)) {
        std::fprintf(stderr, "client %d: %s\n", client,
                     qPrintable(db.errorString() + watching.errorString()));
        return 1;
    }
    const auto write
        = [&log](const QJsonObject &o) { log.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'); };

    MeetingEdits edits(db);
    int made = 0;
    QElapsedTimer running;
    running.start();
    QTimer next;
    next.setSingleShot(true);
    QObject::connect(&next, &QTimer::timeout, [&] {
        if (running.elapsed() >= qint64(seconds) * 1000) {
            app.quit();
            return;
        }
        // Four edits in five to one's own meetings, one to a shared one.
        const bool toShared = !shared.isEmpty() && QRandomGenerator::global()->bounded(5) == 0;
        const QList<qint64> &from = toShared ? shared : own;
        const qint64 meeting = from.at(QRandomGenerator::global()->bounded(int(from.size())));
        const QVariant seen = edits.value(Field::MeetingTitle, meeting);
        const QString value = stamp(client, ++made);
        QString error;
        QElapsedTimer took;
        took.start();
        const MeetingEdits::Result result = edits.setValue(Field::MeetingTitle, meeting, seen, value, &error);
        const qint64 us = took.nsecsElapsed() / 1000;
        if (result == MeetingEdits::Result::Done)
            write({ { u"ack"_s, true },
                    { u"meeting"_s, meeting },
                    { u"expected"_s, seen.toString() },
                    { u"value"_s, value },
                    { u"us"_s, us } });
        else
            write({ { u"ack"_s, false },
                    { u"meeting"_s, meeting },
                    { u"conflict"_s, result == MeetingEdits::Result::Conflict },
                    { u"error"_s, error },
                    { u"us"_s, us } });
        // As a person typing with the editor's autosave: an edit every 100 to 500 ms.
        next.start(100 + QRandomGenerator::global()->bounded(400));
    });

    // Another facilitator's edit of a shared meeting, as this client's window hears of it.
    QHash<qint64, QString> lastSeen;
    ChangeWatcher watcher(watching, 1000);
    MeetingEdits reading(watching);
    QObject::connect(&watcher, &ChangeWatcher::changedElsewhere, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const qint64 meeting : shared) {
            const QString value = reading.value(Field::MeetingTitle, meeting).toString();
            if (value == lastSeen.value(meeting))
                continue;
            lastSeen.insert(meeting, value);
            const QStringList parts = value.split(u' ');
            if (parts.size() == 3 && parts.at(0) != u"c%1"_s.arg(client) && parts.at(2).startsWith(u't'))
                write({ { u"seen"_s, true }, { u"ms"_s, now - parts.at(2).mid(1).toLongLong() } });
        }
    });
    next.start(0);
    return app.exec();
}
