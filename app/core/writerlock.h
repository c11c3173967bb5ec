// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace Coproduce {

// One copy of the app writes to a database at a time: the first takes "<database>.lock"; a second copy
// opens the database read-only and says who has it. A lock left by a copy that crashed is taken over.
// (The command line does not take it: its writers rely on SQLite's own locking and busy timeout.)
class WriterLock final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::WriterLock)

public:
    explicit WriterLock(const QString &databasePath);
    // Takes the lock if no other live copy holds it; true if this copy may write.
    bool tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock() { m_lock.unlock(); }
    // Who holds it, in words: "another copy of Coproduce (process 4242 on laptop-7)".
    QString holder() const;

private:
    QLockFile m_lock;
};

} // namespace Coproduce
