// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/builtincharters.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace Coproduce::Test {

using namespace Qt::StringLiterals;

QString dataPath(const QString &relative)
{
    return QStringLiteral(COPRODUCE_TEST_DATA) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QMap<QString, int> tableCounts(Database &database)
{
    QMap<QString, int> counts;
    QSqlQuery tables(database.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' "
                "ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(database.connection());
        count.exec(u"SELECT count(*) FROM "_s + name);
        count.next();
        counts.insert(name, count.value(0).toInt());
    }
    return counts;
}

bool openWithCharters(Database &database, const QString &path)
{
    if (!database.open(path)) {
        qWarning("%s", qPrintable(database.errorString()));
        return false;
    }
    QString error;
    if (!BuiltInCharters::install(database, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace Coproduce::Test
