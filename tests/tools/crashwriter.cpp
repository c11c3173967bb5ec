// SPDX-License-Identifier: GPL-3.0-or-later
// The writer that tst_crashsafety kills: imports meetings and changes their actions' statuses in a loop,
// printing each change only after its transaction has committed.
//   crashwriter DATABASE MEETING.json
//   prints "meeting ID" and "update ACTION_ID TOKEN" lines, flushed one by one.

#include "core/actionrepository.h"
#include "core/builtincharters.h"
#include "core/database.h"
#include "core/importer.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

using namespace Coproduce;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: crashwriter DATABASE MEETING.json\n");
        return 2;
    }
    Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1])) || !BuiltInCharters::install(db, &error)) {
        std::fprintf(stderr, "%s %s\n", qPrintable(db.errorString()), qPrintable(error));
        return 1;
    }
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray meeting = file.readAll();
    const QStringList statuses { u"in-progress"_s, u"done"_s, u"open"_s };
    for (int i = 0;; ++i) {
        QStringList errors;
        const std::optional<qint64> id = Importer(db).importMeeting(meeting, u"meeting.json"_s, &errors);
        if (!id) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(errors.join(u'\n')));
            return 1;
        }
        std::printf("meeting %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
        QSqlQuery q(db.connection());
        q.prepare(
            u"SELECT a.id FROM actions a JOIN activities v ON v.id = a.activity_id WHERE v.meeting_id = ?"_s);
        q.addBindValue(*id);
        QList<qint64> actions;
        if (q.exec())
            while (q.next())
                actions << q.value(0).toLongLong();
        for (qint64 action : std::as_const(actions)) {
            // A token that names this change, so the test can find exactly it afterwards.
            const QString token = u"kill-test %1-%2"_s.arg(QCoreApplication::applicationPid()).arg(i);
            if (!ActionRepository(db).setStatus(action, statuses.at(i % statuses.size()), token,
                                                QDate::currentDate(), &error)) {
                std::fprintf(stderr, "status failed: %s\n", qPrintable(error));
                return 1;
            }
            std::printf("update %lld %s\n", static_cast<long long>(action), qPrintable(token));
            std::fflush(stdout);
        }
    }
}
