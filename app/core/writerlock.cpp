// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerlock.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

WriterLock::WriterLock(const QString &databasePath)
    : m_lock(databasePath + u".lock"_s)
{
    // Never stale by age: a long meeting keeps the app open for hours. A lock whose process has gone is
    // still taken over (QLockFile checks the process id).
    m_lock.setStaleLockTime(0);
}

bool WriterLock::tryLock()
{
    return m_lock.isLocked() || m_lock.tryLock(0);
}

QString WriterLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return tr("another copy of Coproduce");
    return tr("another copy of Coproduce (process %1 on %2)").arg(pid).arg(host);
}

} // namespace Coproduce
