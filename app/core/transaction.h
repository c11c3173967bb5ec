// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Coproduce {

class Database;

// A write transaction that rolls back unless commit() is called. Nested transactions become savepoints,
// so a repository call can be part of a bigger user-level operation and still be all-or-nothing alone.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);

    Database &m_database;
    int m_level = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace Coproduce
