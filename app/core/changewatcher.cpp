// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"

#include "database.h"

#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_version = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

bool ChangeWatcher::poll()
{
    const int version = dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    Q_EMIT changedElsewhere();
    return true;
}

int ChangeWatcher::dataVersion() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace Coproduce
