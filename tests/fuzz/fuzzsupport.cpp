// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "core/builtincharters.h"
#include "core/database.h"
#include "core/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Coproduce::FuzzSupport {

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        fail("count", table);
    return q.value(0).toLongLong();
}

} // namespace

Database &database()
{
    static int argc = 1;
    static char name[] = "coproduce-fuzz";
    static char *argv[] = { name, nullptr };
    // Never destroyed: libFuzzer ends with exit(), and a static Database would close its connection after
    // Qt Sql's own statics are gone.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    static Database *db = nullptr;
    if (!db) {
        Q_UNUSED(app);
        db = new Database;
        QString error;
        if (!db->open(u":memory:"_s) || !BuiltInCharters::install(*db, &error))
            fail("open", db->errorString() + error);
    }
    return *db;
}

void run(const uint8_t *data, size_t size,
         const std::function<bool(Database &, const QByteArray &, const QString &, QStringList *)> &import)
{
    Database &db = database();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString fileName = u"fuzz.json"_s;
    const qint64 meetings = count(db, u"meetings"_s);
    const qint64 charters = count(db, u"charters"_s);

    Transaction outer(db);
    if (!outer.isActive())
        fail("transaction", outer.errorString());
    QStringList errors;
    if (!import(db, bytes, fileName, &errors)) {
        if (errors.isEmpty())
            fail("no error given for a refused file", QString());
        for (const QString &error : std::as_const(errors))
            if (!error.startsWith(fileName + u": "_s))
                fail("an error does not name the file", error);
        if (count(db, u"meetings"_s) != meetings || count(db, u"charters"_s) != charters)
            fail("a refused file left rows behind", errors.join(u'\n'));
    }
    outer.rollback();
    if (count(db, u"meetings"_s) != meetings || count(db, u"charters"_s) != charters)
        fail("rolled back but rows remain", QString());
}

} // namespace Coproduce::FuzzSupport
