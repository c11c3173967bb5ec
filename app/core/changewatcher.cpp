// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"

#include "database.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <utility>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// After a failed attempt to reach the server again, the next waits this many ticks: each attempt can hold
// the window for up to the connection's timeout.
constexpr int RetryAfterTicks = 5;

} // namespace

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    listen();
    m_version = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::tick);
    m_timer.start();
}

void ChangeWatcher::listen()
{
    m_generation = m_database.generation();
    if (!m_database.isServer() || !m_database.isOpen())
        return;
    // Each connection has a driver of its own: after a reconnection, the new one is listened to.
    QSqlDriver *driver = m_database.connection().driver();
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    m_driver = driver;
    const QString channel = QString::fromLatin1(Channel);
    // Several watchers can share one connection: it listens once, and each hears.
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            this, [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name != QLatin1String(Channel) || source != QSqlDriver::OtherSource)
                    return;
                // One commit notifies once for each table it changed: they arrive together, and are
                // told as one change once they have all been read.
                m_heard = true;
                QTimer::singleShot(0, this, &ChangeWatcher::poll);
            });
    connect(driver, &QObject::destroyed, this, [this] { m_driver = nullptr; });
}

void ChangeWatcher::tick()
{
    if (m_database.isServer() && !checkConnection())
        return;
    poll();
}

bool ChangeWatcher::checkConnection()
{
    // The driver says nothing when the server drops a connection: a query finds out.
    if (m_database.generation() == m_generation && !m_database.ping()) {
        if (!m_lost) {
            m_lost = true;
            m_nextTry = 0;
            Q_EMIT connectionLost(QDateTime::currentDateTime());
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now < m_nextTry)
            return false;
        if (!m_database.reconnect()) {
            m_nextTry = now + qint64(RetryAfterTicks) * m_timer.interval();
            return false;
        }
    }
    if (m_database.generation() != m_generation) {
        // Reconnected (here or by another watcher on the same database): listen again, and reload, as
        // changes made meanwhile were not heard.
        listen();
        m_heard = true;
        if (std::exchange(m_lost, false))
            Q_EMIT connectionRestored();
    }
    return true;
}

bool ChangeWatcher::poll()
{
    if (m_database.isServer()) {
        const bool heard = std::exchange(m_heard, false);
        if (heard)
            Q_EMIT changedElsewhere();
        return heard;
    }
    const int version = dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    Q_EMIT changedElsewhere();
    return true;
}

int ChangeWatcher::dataVersion() const
{
    if (m_database.isServer())
        return -1;
    QSqlQuery q(m_database.connection());
    return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace Coproduce
