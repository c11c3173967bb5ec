// SPDX-License-Identifier: GPL-3.0-or-later
#include "charterrepository.h"

#include "database.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

CharterRepository::CharterRepository(Database &database)
    : m_database(database)
{
}

QList<Charter> CharterRepository::list() const
{
    return load(QString());
}

std::optional<Charter> CharterRepository::find(const QString &id) const
{
    const QList<Charter> found = load(id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool CharterRepository::exists(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM charters WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next();
}

QList<Charter> CharterRepository::load(const QString &onlyId) const
{
    const QString where = onlyId.isNull() ? QString() : u" WHERE c.id = :id"_s;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, c.name, c.area, c.source, c.builtin FROM charters c"_s + where
                  + u" ORDER BY c.builtin DESC, c.name, c.id"_s);
    if (!onlyId.isNull())
        query.bindValue(u":id"_s, onlyId);
    QList<Charter> charters;
    QHash<QString, qsizetype> index;
    if (!query.exec())
        return charters;
    while (query.next()) {
        Charter charter;
        charter.id = query.value(0).toString();
        charter.name = query.value(1).toString();
        charter.area = query.value(2).toString();
        charter.source = query.value(3).toString();
        charter.builtIn = query.value(4).toBool();
        index.insert(charter.id, charters.size());
        charters << charter;
    }

    query.prepare(
        u"SELECT p.pk, p.charter_id, p.id, p.title, p.easy_read, p.colour, pc.text FROM principles p "
        "JOIN charters c ON c.id = p.charter_id "
        "LEFT JOIN principle_commitments pc ON pc.principle_pk = p.pk"_s
        + where + u" ORDER BY p.charter_id, p.position, pc.position"_s);
    if (!onlyId.isNull())
        query.bindValue(u":id"_s, onlyId);
    if (!query.exec())
        return charters;
    qint64 lastPk = -1;
    while (query.next()) {
        Charter &charter = charters[index.value(query.value(1).toString())];
        const qint64 pk = query.value(0).toLongLong();
        if (pk != lastPk) {
            Principle principle;
            principle.id = query.value(2).toString();
            principle.title = query.value(3).toString();
            principle.easyRead = query.value(4).toString();
            principle.colour = query.value(5).toString();
            charter.principles << principle;
            lastPk = pk;
        }
        if (!query.isNull(6))
            charter.principles.last().commitments << query.value(6).toString();
    }
    return charters;
}

bool CharterRepository::save(const Charter &charter, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving the charter: %1").arg(transaction.errorString());
        return false;
    }
    QSqlQuery query(m_database.connection());

    // Meetings name principles by id: a new version may not drop one that is still in use.
    query.prepare(
        u"SELECT ap.principle FROM activity_principles ap JOIN activities a ON a.id = ap.activity_id "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.charter_id = :id "
        "UNION SELECT c.principle FROM commitments c JOIN activities a ON a.id = c.activity_id "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.charter_id = :id AND c.principle <> '' "
        "UNION SELECT cc.principle FROM charter_checks cc JOIN meetings m ON m.id = cc.meeting_id "
        "WHERE m.charter_id = :id"_s);
    query.bindValue(u":id"_s, charter.id);
    if (!SqlHelpers::exec(query, tr("check which principles meetings use"), error))
        return false;
    QStringList dropped;
    const QStringList keeping = charter.principleIds();
    while (query.next()) {
        if (!keeping.contains(query.value(0).toString()))
            dropped << query.value(0).toString();
    }
    if (!dropped.isEmpty()) {
        dropped.sort();
        *error
            = tr("the charter \"%1\" cannot be replaced: meetings still use the principles %2, which the new "
                 "version does not have")
                  .arg(charter.id, dropped.join(u", "_s));
        return false;
    }

    query.prepare(u"INSERT INTO charters (id, name, area, source, builtin) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET name = excluded.name, area = excluded.area, "
                  "source = excluded.source, builtin = excluded.builtin"_s);
    query.addBindValue(charter.id);
    query.addBindValue(SqlHelpers::text(charter.name));
    query.addBindValue(SqlHelpers::text(charter.area));
    query.addBindValue(SqlHelpers::text(charter.source));
    query.addBindValue(charter.builtIn ? 1 : 0);
    if (!SqlHelpers::exec(query, tr("save the charter"), error))
        return false;
    query.prepare(u"DELETE FROM principles WHERE charter_id = ?"_s);
    query.addBindValue(charter.id);
    if (!SqlHelpers::exec(query, tr("replace the charter's principles"), error))
        return false;

    QSqlQuery principleQuery(m_database.connection());
    principleQuery.prepare(u"INSERT INTO principles (charter_id, id, position, title, easy_read, colour) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING pk"_s);
    QSqlQuery commitmentQuery(m_database.connection());
    commitmentQuery.prepare(
        u"INSERT INTO principle_commitments (principle_pk, position, text) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < charter.principles.size(); ++i) {
        const Principle &principle = charter.principles.at(i);
        principleQuery.addBindValue(charter.id);
        principleQuery.addBindValue(principle.id);
        principleQuery.addBindValue(i);
        principleQuery.addBindValue(SqlHelpers::text(principle.title));
        principleQuery.addBindValue(SqlHelpers::text(principle.easyRead));
        principleQuery.addBindValue(SqlHelpers::text(principle.colour));
        const std::optional<qint64> pk
            = SqlHelpers::insert(principleQuery, tr("save the principle \"%1\"").arg(principle.id), error);
        if (!pk)
            return false;
        for (qsizetype j = 0; j < principle.commitments.size(); ++j) {
            commitmentQuery.addBindValue(*pk);
            commitmentQuery.addBindValue(j);
            commitmentQuery.addBindValue(principle.commitments.at(j));
            if (!SqlHelpers::exec(commitmentQuery, tr("save a commitment of \"%1\"").arg(principle.id),
                                  error))
                return false;
        }
    }
    if (!transaction.commit()) {
        *error = tr("could not save the charter: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool CharterRepository::remove(const QString &id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT count(*) FROM meetings WHERE charter_id = ?"_s);
    query.addBindValue(id);
    if (!SqlHelpers::exec(query, tr("check which meetings use the charter"), error) || !query.next())
        return false;
    if (const int used = query.value(0).toInt(); used > 0) {
        *error
            = tr("the charter \"%1\" is used by %n meetings, so it cannot be deleted", nullptr, used).arg(id);
        return false;
    }
    query.prepare(u"DELETE FROM charters WHERE id = ?"_s);
    query.addBindValue(id);
    return SqlHelpers::exec(query, tr("delete the charter"), error);
}

} // namespace Coproduce
