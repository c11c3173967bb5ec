// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesrepository.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

SeriesRepository::SeriesRepository(Database &database)
    : m_database(database)
{
}

QList<Series> SeriesRepository::list() const
{
    QList<Series> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT s.id, s.name, (SELECT count(*) FROM meetings m WHERE m.series_id = s.id) "
                    "FROM series s ORDER BY s.name"_s))
        return result;
    while (query.next())
        result.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() });
    return result;
}

std::optional<qint64> SeriesRepository::find(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id FROM series WHERE name = ?"_s);
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> SeriesRepository::findOrCreate(const QString &name, QString *error)
{
    if (const std::optional<qint64> id = find(name))
        return id;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO series (name) VALUES (?) RETURNING id"_s);
    query.addBindValue(name);
    return SqlHelpers::insert(
        query, QCoreApplication::translate("SeriesRepository", "add the series \"%1\"").arg(name), error);
}

} // namespace Coproduce
