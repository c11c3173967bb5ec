// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Coproduce {

class Database;

// Notices commits made to the database by any other connection (another window, another copy of the app,
// the command line) by polling SQLite's data_version, which changes only for other connections' commits.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &database, int intervalMs = 1000, QObject *parent = nullptr);

    // Checks now rather than at the next tick; returns whether something changed.
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    int dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    int m_version = -1;
};

} // namespace Coproduce
