// SPDX-License-Identifier: GPL-3.0-or-later
#include "offline.h"

#include "auditlog.h"
#include "charterrepository.h"
#include "connectionspec.h"
#include "database.h"
#include "meetingrepository.h"
#include "sqldialect.h"
#include "sqlhelpers.h"
#include "teamrepository.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// The server's meeting, locked for this transaction: false (with why) if it is not there to change.
bool lock(Database &server, qint64 meetingId, QString *error)
{
    QSqlQuery q(server.connection());
    q.prepare(SqlDialect::lockMeeting(u"SELECT id FROM meetings WHERE id = ?"_s, server.engine()));
    q.addBindValue(meetingId);
    if (!SqlHelpers::exec(q, Offline::tr("wait for the meeting's other changes"), error))
        return false;
    if (q.next())
        return true;
    const QString refusal = TeamRepository(server).refusal(meetingId);
    *error = refusal.isEmpty() ? Offline::tr("there is no meeting %1 on the area's server").arg(meetingId)
                               : refusal;
    return false;
}

// The meeting's charter, copied to the laptop when only the server has it.
bool copyCharter(Database &server, Database &laptop, const QString &charter, QString *error)
{
    if (charter.isEmpty() || CharterRepository(laptop).find(charter))
        return true;
    const std::optional<Charter> theirs = CharterRepository(server).find(charter);
    return !theirs || CharterRepository(laptop).save(*theirs, error);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Offline::Offline(Database &server, Database &laptop)
    : m_server(server)
    , m_laptop(laptop)
{
}

QString Offline::serverOf(Database &laptop, qint64 laptopId)
{
    QSqlQuery l(laptop.connection());
    l.prepare(u"SELECT server FROM offline_meetings WHERE meeting_id = ?"_s);
    l.addBindValue(laptopId);
    return l.exec() && l.next() ? l.value(0).toString() : QString();
}

QString Offline::laptopNotice(Database &laptop, qint64 laptopId)
{
    if (laptop.isServer())
        return QString();
    QSqlQuery l(laptop.connection());
    l.prepare(u"SELECT server, audit_id, taken_at FROM offline_meetings WHERE meeting_id = ?"_s);
    l.addBindValue(laptopId);
    if (!l.exec() || !l.next())
        return QString();
    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(l.value(0).toString(), &error);
    const QString server = spec ? spec->display() : l.value(0).toString();
    const QString at
        = AuditLog::describeTime(QDateTime::fromString(l.value(2).toString(), Qt::ISODateWithMs));
    if (l.value(1).toLongLong() == 0)
        return tr("A copy of an earlier meeting of this series from %1, here to read the actions from last "
                  "time. Changes to it stay on this laptop, and it goes when the meeting taken offline is "
                  "published.")
            .arg(server);
    return tr("Taken offline from %1 at %2. Change it here; when you are done, Meeting → Publish to the "
              "area's server sends it back (nobody changes it on the server meanwhile).")
        .arg(server, at);
}

namespace {

// A row of taken_meetings as TakenColumns selects it.
const QString TakenColumns = u"SELECT meeting_id, taken_by, taken_at, copy_id FROM taken_meetings"_s;

TakenMeeting takenFrom(const QSqlQuery &q)
{
    return TakenMeeting { q.value(0).toLongLong(), q.value(1).toString(),
                          QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                          q.value(3).toLongLong() };
}

} // namespace

std::optional<TakenMeeting> Offline::taken(Database &server, qint64 meetingId)
{
    if (!server.isServer())
        return std::nullopt;
    QSqlQuery q(server.connection());
    q.prepare(TakenColumns + u" WHERE meeting_id = ?"_s);
    q.addBindValue(meetingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return takenFrom(q);
}

QHash<qint64, TakenMeeting> Offline::allTaken(Database &server)
{
    QHash<qint64, TakenMeeting> all;
    if (!server.isServer())
        return all;
    QSqlQuery q(server.connection());
    if (!q.exec(TakenColumns))
        return all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), takenFrom(q));
    return all;
}

QString Offline::refusal(Database &server, qint64 meetingId)
{
    const std::optional<TakenMeeting> t = taken(server, meetingId);
    if (!t || t->copyId != 0)
        return QString();
    return tr("%1 took this meeting offline at %2: it can be read here, and changed again once it is "
              "published back or released (an area admin can release it). Nothing was changed")
        .arg(t->takenBy, AuditLog::describeTime(t->takenAt));
}

QString Offline::notice(Database &server, const TakenMeeting &taken)
{
    const TakenMeeting *t = &taken;
    if (t->copyId == 0 && t->takenBy == server.login())
        return tr("You took this meeting offline at %1: it is changed in this laptop's own file now (File → "
                  "Connect → this laptop's file), and sent back with Meeting → Publish to the area's server. "
                  "Here it can be read.")
            .arg(AuditLog::describeTime(t->takenAt));
    if (t->copyId == 0)
        return tr("You can read this meeting but not change it: %1 took it offline at %2. It can be changed "
                  "again once it is published back, or released by an area admin.")
            .arg(t->takenBy, AuditLog::describeTime(t->takenAt));
    QSqlQuery q(server.connection());
    q.prepare(u"SELECT title FROM meetings WHERE id = ?"_s);
    q.addBindValue(t->copyId);
    const QString title = q.exec() && q.next() ? q.value(0).toString() : QString::number(t->copyId);
    return tr("%1's offline copy of this meeting came back as a separate meeting, \"%2\", because this one "
              "was changed while it was offline. Compare the two and keep what you need; then delete the "
              "copy, "
              "and this note goes with it.")
        .arg(t->takenBy, title);
}

std::optional<qint64> Offline::take(qint64 meetingId, QString *error)
{
    if (!m_server.isServer() || m_laptop.isServer()) {
        *error = tr("a meeting is taken from the area's server to this laptop's own database");
        return std::nullopt;
    }
    Transaction onServer(m_server);
    if (!onServer.isActive()) {
        *error = tr("could not start taking the meeting: %1").arg(onServer.errorString());
        return std::nullopt;
    }
    if (!lock(m_server, meetingId, error))
        return std::nullopt;
    if (const std::optional<TakenMeeting> t = taken(m_server, meetingId); t && t->copyId == 0) {
        *error = tr("%1 has already taken this meeting offline (at %2)")
                     .arg(t->takenBy, AuditLog::describeTime(t->takenAt));
        return std::nullopt;
    }
    QSqlQuery q(m_server.connection());
    q.prepare(u"DELETE FROM taken_meetings WHERE meeting_id = ?"_s); // a note that a copy came back
    q.addBindValue(meetingId);
    if (!SqlHelpers::exec(q, tr("take the meeting offline"), error)
        || !AuditLog(m_server).record(u"take"_s, u"meetings"_s, meetingId, meetingId, QString(), QString(),
                                      m_server.login(), error))
        return std::nullopt;
    // Publishing compares the meeting's trail with this entry: anything after it is someone's change.
    q.prepare(u"SELECT max(id) FROM audit_log WHERE meeting_id = ?"_s);
    q.addBindValue(meetingId);
    if (!SqlHelpers::exec(q, tr("take the meeting offline"), error) || !q.next())
        return std::nullopt;
    const qint64 auditId = q.value(0).toLongLong();
    const QString takenAt = now();
    q.prepare(u"INSERT INTO taken_meetings (meeting_id, taken_by, taken_at, audit_id) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(meetingId);
    q.addBindValue(m_server.login());
    q.addBindValue(takenAt);
    q.addBindValue(auditId);
    if (!SqlHelpers::exec(q, tr("mark the meeting as taken offline"), error))
        return std::nullopt;
    // The earlier meetings of its series whose actions are still to do: the actions from last time.
    QList<qint64> earlier;
    q.prepare(u"SELECT DISTINCT m.id FROM meetings m JOIN activities a ON a.meeting_id = m.id "
              "JOIN actions t ON t.activity_id = a.id JOIN meetings this ON this.id = ? "
              "WHERE m.series_id = this.series_id AND m.id <> this.id AND m.date <= this.date "
              "AND t.status IN ('open', 'in-progress')"_s);
    q.addBindValue(meetingId);
    if (!SqlHelpers::exec(q, tr("find the actions from last time"), error))
        return std::nullopt;
    while (q.next())
        earlier << q.value(0).toLongLong();

    MeetingRepository fromServer(m_server);
    MeetingRepository toLaptop(m_laptop);
    Transaction onLaptop(m_laptop);
    if (!onLaptop.isActive()) {
        *error = tr("could not start copying the meeting to this laptop: %1").arg(onLaptop.errorString());
        return std::nullopt;
    }
    QSqlQuery l(m_laptop.connection());
    const auto copy = [&](qint64 id, qint64 audit) -> std::optional<qint64> {
        const std::optional<Meeting> meeting = fromServer.load(id);
        if (!meeting) {
            *error = tr("could not read meeting %1 on the area's server").arg(id);
            return std::nullopt;
        }
        if (!copyCharter(m_server, m_laptop, meeting->charter, error))
            return std::nullopt;
        const std::optional<qint64> local = toLaptop.insert(*meeting, error);
        if (!local)
            return std::nullopt;
        l.prepare(u"INSERT INTO offline_meetings (meeting_id, server, server_meeting_id, audit_id, taken_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
        l.addBindValue(*local);
        l.addBindValue(m_server.path());
        l.addBindValue(id);
        l.addBindValue(audit);
        l.addBindValue(takenAt);
        if (!SqlHelpers::exec(l, tr("note where the meeting came from"), error))
            return std::nullopt;
        return local;
    };
    for (const qint64 id : std::as_const(earlier)) {
        l.prepare(u"SELECT 1 FROM offline_meetings WHERE server = ? AND server_meeting_id = ?"_s);
        l.addBindValue(m_server.path());
        l.addBindValue(id);
        if (!SqlHelpers::exec(l, tr("copy the actions from last time"), error))
            return std::nullopt;
        if (!l.next() && !copy(id, 0)) // 0: there to read, never published
            return std::nullopt;
    }
    const std::optional<qint64> local = copy(meetingId, auditId);
    if (!local)
        return std::nullopt;
    if (!onLaptop.commit()) {
        *error = tr("could not copy the meeting to this laptop: %1").arg(onLaptop.errorString());
        return std::nullopt;
    }
    if (!onServer.commit()) {
        *error = tr("could not mark the meeting as taken on the area's server, so it was not taken: %1")
                     .arg(onServer.errorString());
        forgetOnLaptop(*local);
        return std::nullopt;
    }
    return local;
}

std::optional<Offline::Published> Offline::publish(qint64 laptopId, QString *error)
{
    if (!m_server.isServer() || m_laptop.isServer()) {
        *error = tr("a meeting is published from this laptop's own database to the area's server");
        return std::nullopt;
    }
    QSqlQuery l(m_laptop.connection());
    l.prepare(u"SELECT server, server_meeting_id, audit_id FROM offline_meetings WHERE meeting_id = ?"_s);
    l.addBindValue(laptopId);
    if (!SqlHelpers::exec(l, tr("find where the meeting came from"), error))
        return std::nullopt;
    const bool wasTaken = l.next();
    const qint64 serverId = wasTaken ? l.value(1).toLongLong() : 0;
    const qint64 auditId = wasTaken ? l.value(2).toLongLong() : 0;
    if (wasTaken && auditId == 0) {
        *error = tr("this is a copy of an earlier meeting, there to show its actions from last time: it is "
                    "not published (change those actions on the server)");
        return std::nullopt;
    }
    if (wasTaken && l.value(0).toString() != m_server.path()) {
        *error = tr("this meeting was taken from another server (%1): publish it there")
                     .arg(l.value(0).toString());
        return std::nullopt;
    }
    std::optional<Meeting> meeting = MeetingRepository(m_laptop).load(laptopId);
    if (!meeting) {
        *error = tr("there is no meeting %1 on this laptop").arg(laptopId);
        return std::nullopt;
    }

    Transaction onServer(m_server);
    if (!onServer.isActive()) {
        *error = tr("could not start publishing the meeting: %1").arg(onServer.errorString());
        return std::nullopt;
    }
    Published published;
    QSqlQuery q(m_server.connection());
    bool there = false;
    QString changedBy;
    if (wasTaken) {
        QString gone;
        there = lock(m_server, serverId, &gone);
        if (!there && gone.contains(u"belongs to the team"_s)) {
            *error = gone;
            return std::nullopt;
        }
        // Anyone's change since it was taken (taking and releasing change nothing in it).
        q.prepare(u"SELECT who, at FROM audit_log WHERE meeting_id = ? AND id > ? "
                  "AND action NOT IN ('take', 'release') ORDER BY id DESC LIMIT 1"_s);
        q.addBindValue(serverId);
        q.addBindValue(auditId);
        if (!SqlHelpers::exec(q, tr("see whether the meeting changed meanwhile"), error))
            return std::nullopt;
        if (q.next())
            changedBy = tr("%1 changed it at %2")
                            .arg(q.value(0).toString(),
                                 AuditLog::describeTime(
                                     QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)));
        else if (!there)
            changedBy = tr("it was deleted");
    }
    MeetingRepository toServer(m_server);
    if (wasTaken && there && changedBy.isEmpty()) {
        if (!toServer.replace(serverId, *meeting, error))
            return std::nullopt;
        published.serverId = serverId;
        published.message
            = tr("Published \"%1\": the area's server holds your copy, with what you changed offline.")
                  .arg(meeting->title);
    } else {
        if (wasTaken) {
            meeting->title = tr("%1 (offline copy)").arg(meeting->title);
            published.asCopy = true;
        }
        const std::optional<qint64> made = toServer.insert(*meeting, error);
        if (!made)
            return std::nullopt;
        published.serverId = *made;
        published.message = wasTaken
            ? tr("Someone changed the meeting on the server while you had it offline (%1), so "
                 "yours was not put over it: it was published beside it as \"%2\", and the "
                 "original says so to everyone who opens it.")
                  .arg(changedBy, meeting->title)
            : tr("Published \"%1\" to the area's server as a new meeting.").arg(meeting->title);
    }
    if (!recordHistory(laptopId, published.serverId, error)
        || !AuditLog(m_server).record(u"publish"_s, u"meetings"_s, published.serverId, published.serverId,
                                      QString(), QString(), meeting->title, error))
        return std::nullopt;
    if (wasTaken && there) {
        // Given back: the mark goes, or, beside a copy, says so.
        q.prepare(published.asCopy ? u"UPDATE taken_meetings SET copy_id = ? WHERE meeting_id = ?"_s
                                   : u"DELETE FROM taken_meetings WHERE meeting_id = ?"_s);
        if (published.asCopy)
            q.addBindValue(published.serverId);
        q.addBindValue(serverId);
        if (!SqlHelpers::exec(q, tr("give the meeting back"), error))
            return std::nullopt;
        if (published.asCopy && q.numRowsAffected() == 0) { // released meanwhile: the note anew
            q.prepare(u"INSERT INTO taken_meetings (meeting_id, taken_by, taken_at, audit_id, copy_id) "
                      "VALUES (?, ?, ?, 0, ?)"_s);
            q.addBindValue(serverId);
            q.addBindValue(m_server.login());
            q.addBindValue(now());
            q.addBindValue(published.serverId);
            if (!SqlHelpers::exec(q, tr("note that the meeting came back as a copy"), error))
                return std::nullopt;
        }
    }
    if (!onServer.commit()) {
        *error = tr("could not publish the meeting: %1").arg(onServer.errorString());
        return std::nullopt;
    }
    forgetOnLaptop(laptopId);
    return published;
}

bool Offline::recordHistory(qint64 laptopId, qint64 serverId, QString *error)
{
    // The laptop's trail of the meeting, oldest first, after the copy that taking made.
    QList<AuditEntry> entries = AuditLog(m_laptop).entries(laptopId);
    std::reverse(entries.begin(), entries.end());
    QSqlQuery l(m_laptop.connection());
    l.prepare(u"SELECT 1 FROM offline_meetings WHERE meeting_id = ?"_s);
    l.addBindValue(laptopId);
    if (l.exec() && l.next() && !entries.isEmpty() && entries.first().action == u"create")
        entries.removeFirst();
    AuditLog trail(m_server);
    for (const AuditEntry &e : std::as_const(entries)) {
        const QString field = e.field.isEmpty() ? tr("(offline)") : tr("%1 (offline)").arg(e.field);
        if (!trail.recordMadeAt(e.at, e.action, e.entity, serverId, field, e.oldValue, e.newValue, error))
            return false;
    }
    return true;
}

void Offline::forgetOnLaptop(qint64 laptopId)
{
    // Back on the server, the laptop keeps no copy (what may name a child stays where it belongs); the
    // earlier meetings copied to read go too once no meeting from that server is left here.
    QString error;
    MeetingRepository laptop(m_laptop);
    laptop.remove(laptopId, &error);
    QSqlQuery l(m_laptop.connection());
    l.prepare(u"SELECT meeting_id FROM offline_meetings WHERE server = ? AND audit_id = 0 AND NOT EXISTS "
              "(SELECT 1 FROM offline_meetings o WHERE o.server = ? AND o.audit_id > 0)"_s);
    l.addBindValue(m_server.path());
    l.addBindValue(m_server.path());
    QList<qint64> earlier;
    if (l.exec())
        while (l.next())
            earlier << l.value(0).toLongLong();
    for (const qint64 id : std::as_const(earlier))
        laptop.remove(id, &error);
}

bool Offline::release(Database &server, qint64 meetingId, QString *error)
{
    Transaction transaction(server);
    QSqlQuery q(server.connection());
    q.prepare(u"DELETE FROM taken_meetings WHERE meeting_id = ?"_s);
    q.addBindValue(meetingId);
    if (!SqlHelpers::exec(q, tr("release the meeting"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = taken(server, meetingId)
            ? tr("only the person who took meeting %1 offline, or an area admin, may release it")
                  .arg(meetingId)
            : tr("meeting %1 is not taken offline").arg(meetingId);
        return false;
    }
    if (!AuditLog(server).record(u"release"_s, u"meetings"_s, meetingId, meetingId, QString(), QString(),
                                 QString(), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace Coproduce
