// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrepository.h"

#include "auditlog.h"
#include "database.h"
#include "seriesrepository.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// A whole team's rows of (team, text), A to Z, into each team's list.
void collect(QSqlQuery &q, QList<Team> &teams, QStringList Team::*into)
{
    while (q.next()) {
        const qint64 team = q.value(0).toLongLong();
        for (Team &t : teams) {
            if (t.id == team)
                (t.*into) << q.value(1).toString();
        }
    }
}

} // namespace

TeamRepository::TeamRepository(Database &database)
    : m_database(database)
{
}

QList<Team> TeamRepository::list() const
{
    QList<Team> teams;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name FROM teams ORDER BY name"_s))
        return teams;
    while (q.next())
        teams.append({ q.value(0).toLongLong(), q.value(1).toString(), {}, {} });
    if (q.exec(u"SELECT team_id, login FROM team_members ORDER BY login"_s))
        collect(q, teams, &Team::members);
    if (q.exec(u"SELECT team_id, name FROM series WHERE team_id IS NOT NULL ORDER BY name"_s))
        collect(q, teams, &Team::series);
    return teams;
}

std::optional<qint64> TeamRepository::find(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM teams WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> TeamRepository::add(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("a team needs a name");
        return std::nullopt;
    }
    if (find(trimmed)) {
        *error = tr("there is already a team called \"%1\"").arg(trimmed);
        return std::nullopt;
    }
    Transaction transaction(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO teams (name) VALUES (?) RETURNING id"_s);
    q.addBindValue(trimmed);
    const std::optional<qint64> id = SqlHelpers::insert(q, tr("add the team \"%1\"").arg(trimmed), error);
    if (!id
        || !AuditLog(m_database)
                .record(u"create"_s, u"teams"_s, *id, 0, QString(), QString(), trimmed, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    return id;
}

bool TeamRepository::isLogin(const QString &login) const
{
    if (!m_database.isServer())
        return true;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"_s);
    q.addBindValue(login);
    return q.exec() && q.next();
}

bool TeamRepository::setMember(const QString &team, const QString &login, bool member, QString *error)
{
    const std::optional<qint64> teamId = find(team);
    if (!teamId) {
        *error = tr("there is no team called \"%1\" (see `coproduce team list`)").arg(team);
        return false;
    }
    const QString who = login.trimmed();
    if (who.isEmpty()) {
        *error = tr("a team member is named by their login");
        return false;
    }
    // On the server a member is a login the server knows: a misspelt one would let nobody in.
    if (member && !isLogin(who)) {
        *error = tr("the server has no login called \"%1\" (the area's admin makes one for each person: "
                    "see the README)")
                     .arg(who);
        return false;
    }
    QSqlQuery q(m_database.connection());
    Transaction transaction(m_database);
    q.prepare(member ? u"INSERT INTO team_members (team_id, login) VALUES (?, ?) ON CONFLICT DO NOTHING"_s
                     : u"DELETE FROM team_members WHERE team_id = ? AND login = ?"_s);
    q.addBindValue(*teamId);
    q.addBindValue(who);
    if (!SqlHelpers::exec(q, tr("change who is in the team \"%1\"").arg(team), error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (member)
            return true; // in the team already: nothing to record
        *error = tr("%1 is not in the team \"%2\"").arg(who, team);
        return false;
    }
    if (!AuditLog(m_database)
             .record(member ? u"create"_s : u"delete"_s, u"team_members"_s, *teamId, 0, team,
                     member ? QString() : who, member ? who : QString(), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

bool TeamRepository::setOwner(const QString &series, const QString &team, QString *error)
{
    const std::optional<qint64> seriesId = SeriesRepository(m_database).find(series);
    if (!seriesId) {
        *error = tr("there is no series called \"%1\" (see `coproduce meetings list`)").arg(series);
        return false;
    }
    std::optional<qint64> teamId;
    if (!team.isEmpty() && !(teamId = find(team))) {
        *error = tr("there is no team called \"%1\" (see `coproduce team list`)").arg(team);
        return false;
    }
    Transaction transaction(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT coalesce((SELECT t.name FROM series s JOIN teams t ON t.id = s.team_id "
              "WHERE s.id = ?), '')"_s);
    q.addBindValue(*seriesId);
    const QString before = q.exec() && q.next() ? q.value(0).toString() : QString();
    if (before == team)
        return true; // already so: nothing to change or to record
    q.prepare(u"UPDATE series SET team_id = ? WHERE id = ?"_s);
    q.addBindValue(teamId ? QVariant(*teamId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(*seriesId);
    if (!SqlHelpers::exec(q, tr("give the series \"%1\" to a team").arg(series), error)
        || !AuditLog(m_database).record(u"edit"_s, u"series"_s, *seriesId, 0, u"team"_s, before, team, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

std::optional<QPair<QString, QString>> TeamRepository::ownerHoldingBack(qint64 meetingId) const
{
    if (!m_database.isServer())
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT s.name, t.name, coproduce_may_change_series(s.id) FROM meetings m "
              "JOIN series s ON s.id = m.series_id JOIN teams t ON t.id = s.team_id WHERE m.id = ?"_s);
    q.addBindValue(meetingId);
    if (!q.exec() || !q.next() || q.value(2).toBool())
        return std::nullopt;
    return QPair<QString, QString> { q.value(0).toString(), q.value(1).toString() };
}

QString TeamRepository::refusal(qint64 meetingId) const
{
    const auto owner = ownerHoldingBack(meetingId);
    if (!owner)
        return QString();
    return tr("this meeting is in the series \"%1\", which belongs to the team \"%2\": only its members and "
              "the area's admins may change it, and %3 is not in the team. Nothing was changed; an area "
              "admin can add you to it")
        .arg(owner->first, owner->second, m_database.login());
}

QString TeamRepository::readOnlyNotice(qint64 meetingId) const
{
    const auto owner = ownerHoldingBack(meetingId);
    if (!owner)
        return QString();
    return tr("You can read this meeting but not change it: its series, \"%1\", belongs to the team \"%2\", "
              "and only the team's members and the area's admins change its meetings.")
        .arg(owner->first, owner->second);
}

bool TeamRepository::mayChangeMeetings() const
{
    if (!m_database.isServer())
        return true;
    QSqlQuery q(m_database.connection());
    return !q.exec(u"SELECT has_table_privilege('meetings', 'UPDATE')"_s) || !q.next() || q.value(0).toBool();
}

} // namespace Coproduce
