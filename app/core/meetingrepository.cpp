// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingrepository.h"

#include "auditlog.h"

#include "database.h"
#include "seriesrepository.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QVariant dateValue(const QDate &date)
{
    return SqlHelpers::text(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

QVariant timeValue(const QTime &time)
{
    return SqlHelpers::text(time.isValid() ? time.toString(u"HH:mm"_s) : QString());
}

QVariant optionalInt(bool set, int value)
{
    return set ? QVariant(value) : QVariant();
}

// The statements that store a meeting, prepared once per insert and bound once per row.
struct InsertStatements
{
    explicit InsertStatements(const QSqlDatabase &db)
        : meeting(db)
        , attendee(db)
        , activity(db)
        , principle(db)
        , rating(db)
        , vote(db)
        , contribution(db)
        , decision(db)
        , commitment(db)
        , action(db)
        , update(db)
        , check(db)
        , respond(db)
    {
        meeting.prepare(u"INSERT INTO meetings (series_id, title, date, start_time, end_time, location, "
                        "charter_id, facilitator, heard_yes, heard_partly, heard_no) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        attendee.prepare(
            u"INSERT INTO attendees (meeting_id, position, name, role, organisation, attendance, "
            "credit, access_needs) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        activity.prepare(u"INSERT INTO activities (meeting_id, position, title, raised_by, notes) "
                         "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        principle.prepare(
            u"INSERT INTO activity_principles (activity_id, position, principle) VALUES (?, ?, ?)"_s);
        rating.prepare(u"INSERT INTO ladder_ratings (activity_id, perspective, rung) VALUES (?, ?, ?)"_s);
        vote.prepare(u"INSERT INTO ladder_votes (activity_id, role, rung, count) VALUES (?, ?, ?, ?)"_s);
        contribution.prepare(u"INSERT INTO contributions (activity_id, position, attendee_id, by_role, text) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        decision.prepare(u"INSERT INTO decisions (activity_id, position, text, easy_read, made) "
                         "VALUES (?, ?, ?, ?, ?)"_s);
        commitment.prepare(u"INSERT INTO commitments (activity_id, position, by_whom, text, principle) "
                           "VALUES (?, ?, ?, ?, ?)"_s);
        action.prepare(
            u"INSERT INTO actions (activity_id, position, text, easy_read, owner, due, status, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        update.prepare(u"INSERT INTO action_updates (action_id, position, date, status, note) "
                       "VALUES (?, ?, ?, ?, ?)"_s);
        check.prepare(u"INSERT INTO charter_checks (meeting_id, position, principle, score, note) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
        respond.prepare(u"UPDATE actions SET responds_to = ? WHERE id = ?"_s);
    }

    QSqlQuery meeting, attendee, activity, principle, rating, vote, contribution, decision, commitment,
        action, update, check, respond;
};

} // namespace

MeetingRepository::MeetingRepository(Database &database)
    : m_database(database)
{
}

std::optional<qint64> MeetingRepository::insert(const Meeting &meeting, QString *error)
{
    return store(meeting, std::nullopt, error);
}

bool MeetingRepository::replace(qint64 id, const Meeting &meeting, QString *error)
{
    return store(meeting, id, error).has_value();
}

std::optional<qint64> MeetingRepository::store(const Meeting &meeting, std::optional<qint64> replacing,
                                               QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving the meeting: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    std::optional<qint64> seriesId;
    if (!meeting.series.isEmpty()) {
        seriesId = SeriesRepository(m_database).findOrCreate(meeting.series, error);
        if (!seriesId)
            return std::nullopt;
    }

    InsertStatements sql(m_database.connection());
    QString before; // the title it had, for the audit trail
    if (replacing) {
        // The same meeting, everything in it anew: its rows go (their parts with them) and come again.
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT title FROM meetings WHERE id = ?"_s);
        q.addBindValue(*replacing);
        if (!SqlHelpers::exec(q, tr("find the meeting to replace"), error))
            return std::nullopt;
        if (!q.next()) {
            *error = tr("there is no meeting %1 to replace").arg(*replacing);
            return std::nullopt;
        }
        before = q.value(0).toString();
        for (const QString &table : { u"attendees"_s, u"activities"_s, u"charter_checks"_s }) {
            q.prepare(u"DELETE FROM %1 WHERE meeting_id = ?"_s.arg(table));
            q.addBindValue(*replacing);
            if (!SqlHelpers::exec(q, tr("clear the meeting to replace"), error))
                return std::nullopt;
        }
        sql.meeting.prepare(u"UPDATE meetings SET series_id = ?, title = ?, date = ?, start_time = ?, "
                            "end_time = ?, location = ?, charter_id = ?, facilitator = ?, heard_yes = ?, "
                            "heard_partly = ?, heard_no = ? WHERE id = ? RETURNING id"_s);
    }
    QSqlQuery &m = sql.meeting;
    m.addBindValue(seriesId ? QVariant(*seriesId) : QVariant());
    m.addBindValue(SqlHelpers::text(meeting.title));
    m.addBindValue(dateValue(meeting.date));
    m.addBindValue(timeValue(meeting.start));
    m.addBindValue(timeValue(meeting.end));
    m.addBindValue(SqlHelpers::text(meeting.location));
    m.addBindValue(meeting.charter.isEmpty() ? QVariant() : QVariant(meeting.charter));
    m.addBindValue(SqlHelpers::text(meeting.facilitator));
    m.addBindValue(optionalInt(meeting.heard.has_value(), meeting.heard ? meeting.heard->yes : 0));
    m.addBindValue(optionalInt(meeting.heard.has_value(), meeting.heard ? meeting.heard->partly : 0));
    m.addBindValue(optionalInt(meeting.heard.has_value(), meeting.heard ? meeting.heard->no : 0));
    if (replacing)
        m.addBindValue(*replacing);
    const std::optional<qint64> made = SqlHelpers::insert(m, tr("save the meeting"), error);
    if (!made)
        return std::nullopt;
    const qint64 meetingId = *made;

    QHash<QString, qint64> attendeeIds;
    for (qsizetype i = 0; i < meeting.attendees.size(); ++i) {
        const Attendee &a = meeting.attendees.at(i);
        QSqlQuery &q = sql.attendee;
        q.addBindValue(meetingId);
        q.addBindValue(i);
        q.addBindValue(SqlHelpers::text(a.name));
        q.addBindValue(a.role);
        q.addBindValue(SqlHelpers::text(a.organisation));
        q.addBindValue(a.attendance);
        q.addBindValue(a.credit);
        q.addBindValue(SqlHelpers::text(a.accessNeeds));
        const std::optional<qint64> attendee
            = SqlHelpers::insert(q, tr("save the attendee %1").arg(i + 1), error);
        if (!attendee)
            return std::nullopt;
        attendeeIds.insert(a.name, *attendee);
    }

    QHash<QString, qint64> contributionIds;
    QList<QPair<qint64, QString>> responses; // resolved once every contribution has an id
    for (qsizetype i = 0; i < meeting.activities.size(); ++i) {
        const Activity &activity = meeting.activities.at(i);
        const QString where = tr("activity %1").arg(i + 1);
        QSqlQuery &q = sql.activity;
        q.addBindValue(meetingId);
        q.addBindValue(i);
        q.addBindValue(SqlHelpers::text(activity.title));
        q.addBindValue(SqlHelpers::text(activity.raisedBy));
        q.addBindValue(SqlHelpers::text(activity.notes));
        const std::optional<qint64> saved = SqlHelpers::insert(q, tr("save %1").arg(where), error);
        if (!saved)
            return std::nullopt;
        const qint64 activityId = *saved;

        for (qsizetype j = 0; j < activity.principles.size(); ++j) {
            sql.principle.addBindValue(activityId);
            sql.principle.addBindValue(j);
            sql.principle.addBindValue(activity.principles.at(j));
            if (!SqlHelpers::exec(sql.principle, tr("save the principles of %1").arg(where), error))
                return std::nullopt;
        }
        for (auto it = activity.ladder.begin(); it != activity.ladder.end(); ++it) {
            sql.rating.addBindValue(activityId);
            sql.rating.addBindValue(it.key());
            sql.rating.addBindValue(it.value());
            if (!SqlHelpers::exec(sql.rating, tr("save the ladder ratings of %1").arg(where), error))
                return std::nullopt;
        }
        for (auto role = activity.poll.begin(); role != activity.poll.end(); ++role) {
            for (auto it = role->begin(); it != role->end(); ++it) {
                sql.vote.addBindValue(activityId);
                sql.vote.addBindValue(role.key());
                sql.vote.addBindValue(it.key());
                sql.vote.addBindValue(it.value());
                if (!SqlHelpers::exec(sql.vote, tr("save the ladder poll of %1").arg(where), error))
                    return std::nullopt;
            }
        }
        for (qsizetype j = 0; j < activity.contributions.size(); ++j) {
            const Contribution &c = activity.contributions.at(j);
            const bool byAttendee = attendeeIds.contains(c.by);
            QSqlQuery &cq = sql.contribution;
            cq.addBindValue(activityId);
            cq.addBindValue(j);
            cq.addBindValue(byAttendee ? QVariant(attendeeIds.value(c.by)) : QVariant());
            cq.addBindValue(SqlHelpers::text(byAttendee ? QString() : c.by));
            cq.addBindValue(SqlHelpers::text(c.text));
            const std::optional<qint64> said
                = SqlHelpers::insert(cq, tr("save what people said in %1").arg(where), error);
            if (!said)
                return std::nullopt;
            if (!c.ref.isEmpty())
                contributionIds.insert(c.ref, *said);
        }
        for (qsizetype j = 0; j < activity.decisions.size(); ++j) {
            const Decision &d = activity.decisions.at(j);
            QSqlQuery &dq = sql.decision;
            dq.addBindValue(activityId);
            dq.addBindValue(j);
            dq.addBindValue(SqlHelpers::text(d.text));
            dq.addBindValue(SqlHelpers::text(d.easyRead));
            dq.addBindValue(d.made);
            if (!SqlHelpers::exec(dq, tr("save the decisions of %1").arg(where), error))
                return std::nullopt;
        }
        for (qsizetype j = 0; j < activity.commitments.size(); ++j) {
            const Commitment &c = activity.commitments.at(j);
            QSqlQuery &cq = sql.commitment;
            cq.addBindValue(activityId);
            cq.addBindValue(j);
            cq.addBindValue(SqlHelpers::text(c.by));
            cq.addBindValue(SqlHelpers::text(c.text));
            cq.addBindValue(SqlHelpers::text(c.principle));
            if (!SqlHelpers::exec(cq, tr("save the commitments of %1").arg(where), error))
                return std::nullopt;
        }
        for (qsizetype j = 0; j < activity.actions.size(); ++j) {
            const Action &a = activity.actions.at(j);
            QSqlQuery &aq = sql.action;
            aq.addBindValue(activityId);
            aq.addBindValue(j);
            aq.addBindValue(SqlHelpers::text(a.text));
            aq.addBindValue(SqlHelpers::text(a.easyRead));
            aq.addBindValue(SqlHelpers::text(a.owner));
            aq.addBindValue(dateValue(a.due));
            aq.addBindValue(a.status);
            aq.addBindValue(SqlHelpers::text(a.reason));
            const std::optional<qint64> action
                = SqlHelpers::insert(aq, tr("save the actions of %1").arg(where), error);
            if (!action)
                return std::nullopt;
            const qint64 actionId = *action;
            if (!a.respondsTo.isEmpty())
                responses.append({ actionId, a.respondsTo });
            for (qsizetype k = 0; k < a.updates.size(); ++k) {
                const ActionUpdate &u = a.updates.at(k);
                sql.update.addBindValue(actionId);
                sql.update.addBindValue(k);
                sql.update.addBindValue(dateValue(u.date));
                sql.update.addBindValue(u.status);
                sql.update.addBindValue(SqlHelpers::text(u.note));
                if (!SqlHelpers::exec(sql.update, tr("save the updates of an action in %1").arg(where),
                                      error))
                    return std::nullopt;
            }
        }
    }

    for (const auto &[actionId, ref] : std::as_const(responses)) {
        if (!contributionIds.contains(ref)) {
            *error = tr("an action answers the contribution \"%1\", which is not in this meeting").arg(ref);
            return std::nullopt;
        }
        sql.respond.addBindValue(contributionIds.value(ref));
        sql.respond.addBindValue(actionId);
        if (!SqlHelpers::exec(sql.respond, tr("link an action to what it answers"), error))
            return std::nullopt;
    }

    for (qsizetype i = 0; i < meeting.charterCheck.size(); ++i) {
        const CharterCheck &c = meeting.charterCheck.at(i);
        sql.check.addBindValue(meetingId);
        sql.check.addBindValue(i);
        sql.check.addBindValue(c.principle);
        sql.check.addBindValue(c.score);
        sql.check.addBindValue(SqlHelpers::text(c.note));
        if (!SqlHelpers::exec(sql.check, tr("save the charter check"), error))
            return std::nullopt;
    }

    if (!AuditLog(m_database)
             .record(replacing ? u"replace"_s : u"create"_s, u"meetings"_s, meetingId, meetingId, QString(),
                     before, meeting.title, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = tr("could not save the meeting: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    return meetingId;
}

std::optional<Meeting> MeetingRepository::load(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT m.title, s.name, m.date, m.start_time, m.end_time, m.location, m.charter_id, m.facilitator, "
        "m.heard_yes, m.heard_partly, m.heard_no FROM meetings m LEFT JOIN series s ON s.id = m.series_id "
        "WHERE m.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Meeting meeting;
    meeting.id = id;
    meeting.title = q.value(0).toString();
    meeting.series = q.value(1).toString();
    meeting.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    meeting.start = QTime::fromString(q.value(3).toString(), u"HH:mm"_s);
    meeting.end = QTime::fromString(q.value(4).toString(), u"HH:mm"_s);
    meeting.location = q.value(5).toString();
    meeting.charter = q.value(6).toString();
    meeting.facilitator = q.value(7).toString();
    if (!q.isNull(8))
        meeting.heard = HeardCounts { q.value(8).toInt(), q.value(9).toInt(), q.value(10).toInt() };

    QHash<qint64, QString> attendeeNames;
    q.prepare(u"SELECT id, name, role, organisation, attendance, credit, access_needs FROM attendees "
              "WHERE meeting_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        Attendee a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.role = q.value(2).toString();
        a.organisation = q.value(3).toString();
        a.attendance = q.value(4).toString();
        a.credit = q.value(5).toString();
        a.accessNeeds = q.value(6).toString();
        attendeeNames.insert(a.id, a.name);
        meeting.attendees << a;
    }

    QHash<qint64, qsizetype> activityIndex;
    q.prepare(u"SELECT id, title, raised_by, notes FROM activities WHERE meeting_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.title = q.value(1).toString();
        a.raisedBy = q.value(2).toString();
        a.notes = q.value(3).toString();
        activityIndex.insert(a.id, meeting.activities.size());
        meeting.activities << a;
    }
    // Each child table is read in one query for the whole meeting and dealt out to its activity.
    const auto children = [&](const QString &columns, const QString &table, const QString &order,
                              const std::function<void(Activity &, const QSqlQuery &)> &take) {
        q.prepare(
            u"SELECT t.activity_id, "_s + columns + u" FROM "_s + table
            + u" t JOIN activities a ON a.id = t.activity_id WHERE a.meeting_id = ? ORDER BY a.position, "_s
            + order);
        q.addBindValue(id);
        q.exec();
        while (q.next())
            take(meeting.activities[activityIndex.value(q.value(0).toLongLong())], q);
    };
    children(u"t.principle"_s, u"activity_principles"_s, u"t.position"_s,
             [](Activity &a, const QSqlQuery &r) { a.principles << r.value(1).toString(); });
    children(u"t.perspective, t.rung"_s, u"ladder_ratings"_s, u"t.perspective"_s,
             [](Activity &a, const QSqlQuery &r) {
                 a.ladder.insert(r.value(1).toString(), r.value(2).toString());
             });
    children(u"t.role, t.rung, t.count"_s, u"ladder_votes"_s, u"t.role"_s,
             [](Activity &a, const QSqlQuery &r) {
                 a.poll[r.value(1).toString()].insert(r.value(2).toString(), r.value(3).toInt());
             });
    QHash<qint64, QString> refs;
    children(u"t.id, t.attendee_id, t.by_role, t.text"_s, u"contributions"_s, u"t.position"_s,
             [&](Activity &a, const QSqlQuery &r) {
                 Contribution c;
                 c.id = r.value(1).toLongLong();
                 c.ref = u"c"_s + QString::number(refs.size() + 1);
                 c.by = r.isNull(2) ? r.value(3).toString() : attendeeNames.value(r.value(2).toLongLong());
                 c.text = r.value(4).toString();
                 refs.insert(c.id, c.ref);
                 a.contributions << c;
             });
    children(u"t.id, t.text, t.easy_read, t.made"_s, u"decisions"_s, u"t.position"_s,
             [](Activity &a, const QSqlQuery &r) {
                 a.decisions.append({ r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                                      r.value(4).toString() });
             });
    children(u"t.id, t.by_whom, t.text, t.principle"_s, u"commitments"_s, u"t.position"_s,
             [](Activity &a, const QSqlQuery &r) {
                 a.commitments.append({ r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                                        r.value(4).toString() });
             });
    QHash<qint64, QPair<qsizetype, qsizetype>> actionIndex;
    children(
        u"t.id, t.text, t.easy_read, t.owner, t.due, t.status, t.reason, t.responds_to"_s, u"actions"_s,
        u"t.position"_s, [&](Activity &a, const QSqlQuery &r) {
            Action action;
            action.id = r.value(1).toLongLong();
            action.text = r.value(2).toString();
            action.easyRead = r.value(3).toString();
            action.owner = r.value(4).toString();
            action.due = QDate::fromString(r.value(5).toString(), Qt::ISODate);
            action.status = r.value(6).toString();
            action.reason = r.value(7).toString();
            if (!r.isNull(8))
                action.respondsTo = refs.value(r.value(8).toLongLong());
            actionIndex.insert(action.id, { activityIndex.value(r.value(0).toLongLong()), a.actions.size() });
            a.actions << action;
        });
    q.prepare(
        u"SELECT u.action_id, u.date, u.status, u.note FROM action_updates u JOIN actions t ON t.id = "
        "u.action_id JOIN activities a ON a.id = t.activity_id WHERE a.meeting_id = ? ORDER BY u.action_id, "
        "u.position"_s);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        const auto [activity, action] = actionIndex.value(q.value(0).toLongLong());
        meeting.activities[activity].actions[action].updates.append(
            { QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
              q.value(3).toString() });
    }

    // In the charter's order, whatever order the room scored the principles in.
    q.prepare(u"SELECT cc.principle, cc.score, cc.note FROM charter_checks cc JOIN meetings m ON m.id = "
              u"cc.meeting_id "
              "LEFT JOIN principles p ON p.charter_id = m.charter_id AND p.id = cc.principle "
              "WHERE cc.meeting_id = ? ORDER BY p.position, cc.position"_s);
    q.addBindValue(id);
    q.exec();
    while (q.next())
        meeting.charterCheck.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return meeting;
}

QList<MeetingSummary> MeetingRepository::list() const
{
    QList<MeetingSummary> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Counted once for all meetings and joined: a count per meeting, as three subqueries, took 32 seconds
    // on SQLite for a ten-year database's 2,051 meetings (bench/server).
    if (!q.exec(u"SELECT m.id, m.title, s.name, m.date, m.charter_id, coalesce(a.n, 0), coalesce(t.n, 0), "
                "coalesce(t.open, 0) FROM meetings m LEFT JOIN series s ON s.id = m.series_id "
                "LEFT JOIN (SELECT meeting_id, count(*) AS n FROM activities GROUP BY meeting_id) a "
                "ON a.meeting_id = m.id "
                "LEFT JOIN (SELECT v.meeting_id, count(*) AS n, "
                "sum(CASE WHEN t.status IN ('open', 'in-progress') THEN 1 ELSE 0 END) AS open "
                "FROM actions t JOIN activities v ON v.id = t.activity_id GROUP BY v.meeting_id) t "
                "ON t.meeting_id = m.id ORDER BY m.date, m.start_time, m.id"_s))
        return result;
    while (q.next()) {
        MeetingSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.series = q.value(2).toString();
        s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.charter = q.value(4).toString();
        s.activities = q.value(5).toInt();
        s.actions = q.value(6).toInt();
        s.openActions = q.value(7).toInt();
        result << s;
    }
    return result;
}

bool MeetingRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start deleting the meeting: %1").arg(transaction.errorString());
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM meetings WHERE id = ?"_s);
    q.addBindValue(id);
    if (!SqlHelpers::exec(q, tr("delete the meeting"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no meeting %1").arg(id);
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("could not delete the meeting: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

} // namespace Coproduce
