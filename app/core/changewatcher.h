// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QSqlDriver;

namespace Coproduce {

class Database;

// Notices commits made to the database by any other connection (another window, another copy of the app,
// the command line). On a SQLite file it polls data_version, which changes only for other connections'
// commits. On the area's server every table tells the channel "coproduce_changes" of each committed change
// (NOTIFY, from a trigger: schemapostgres.cpp), and the watcher hears it as it arrives, ignoring its own
// connection's. On the server it also checks, at each tick, that the connection still answers: when it
// does not, it says so, reconnects (trying every fifth tick), listens again and tells of a change, as
// what others did meanwhile was not heard.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &database, int intervalMs = 1000, QObject *parent = nullptr);

    // Checks now rather than at the next tick; returns whether something changed. On the server a change
    // is told as it arrives (with the event loop running), and this tells of one heard since.
    bool poll();

    // The channel the server's triggers notify.
    static constexpr const char *Channel = "coproduce_changes";

Q_SIGNALS:
    void changedElsewhere();
    // The area's server stopped answering (at `since`); and answers again, reconnected.
    void connectionLost(const QDateTime &since);
    void connectionRestored();

private:
    void tick();
    void listen();
    // On the server: false while the connection is lost and could not be made again.
    bool checkConnection();
    int dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    int m_version = -1;
    bool m_heard = false; // on the server: a change was notified and not yet told
    bool m_lost = false;
    int m_generation = 0; // the connection listened to (Database::generation())
    qint64 m_nextTry = 0; // when to try to reconnect again (ms since the epoch)
    QSqlDriver *m_driver = nullptr;
};

} // namespace Coproduce
