// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;

// A meeting taken offline: who took it from the area's server, when; or, once it came back as a
// separate copy because someone changed it meanwhile, that copy.
struct TakenMeeting
{
    qint64 meetingId = 0;
    QString takenBy;
    QDateTime takenAt;
    qint64 copyId = 0; // came back as this meeting (0: still taken)
};

// Meetings taken from the area's server to a laptop's own database (a SQLite file) and published back.
// Taking copies the meeting, and the earlier meetings of its series with actions still to do (to read,
// for the actions from last time), and marks it taken on the server: others can read it there, nobody
// changes it there until it comes back. Publishing sends it back in one transaction: if nobody changed it
// on the server meanwhile it replaces the server's, keeping its id, and its laptop history joins the
// server's audit trail; if someone did, it comes back as a separate "(offline copy)" meeting, and the
// original says so to everyone who opens it. A meeting made on the laptop is published as a new one.
class Offline final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::Offline)

public:
    Offline(Database &server, Database &laptop);

    // Gives the laptop's id of the taken meeting.
    std::optional<qint64> take(qint64 meetingId, QString *error);
    struct Published
    {
        qint64 serverId = 0;
        bool asCopy = false;
        QString message; // what happened, in words, for the person who published
    };
    std::optional<Published> publish(qint64 laptopId, QString *error);

    // On the laptop: the server a meeting was taken from (its Database::path()), or empty (made here).
    static QString serverOf(Database &laptop, qint64 laptopId);
    // On the laptop, what the editor says about a meeting that came from the server: one taken is changed
    // here and published back; an earlier one of its series came only to be read (empty for a meeting
    // made here).
    static QString laptopNotice(Database &laptop, qint64 laptopId);
    // On the server: whether the meeting is taken (or came back as a copy).
    static std::optional<TakenMeeting> taken(Database &server, qint64 meetingId);
    // Every meeting taken (or come back as a copy) on the server, by its id: `meetings list` says so.
    static QHash<qint64, TakenMeeting> allTaken(Database &server);
    // Gives a taken meeting back without its copy (the person who took it, or an area admin), or clears
    // the note that it came back as a copy.
    static bool release(Database &server, qint64 meetingId, QString *error);
    // Why the meeting cannot be changed on the server while it is taken, or empty (MeetingEdits).
    static QString refusal(Database &server, qint64 meetingId);
    // What the editor says about a taken meeting, or one whose offline copy came back beside it.
    static QString notice(Database &server, const TakenMeeting &taken);

private:
    bool recordHistory(qint64 laptopId, qint64 serverId, QString *error);
    void forgetOnLaptop(qint64 laptopId);

    Database &m_server;
    Database &m_laptop;
};

} // namespace Coproduce
