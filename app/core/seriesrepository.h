// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;

// A series is a workstream that meets again and again; open actions carry from one meeting to the next.
struct Series
{
    qint64 id = 0;
    QString name;
    int meetings = 0;
};

class SeriesRepository final
{
public:
    explicit SeriesRepository(Database &database);

    QList<Series> list() const;
    std::optional<qint64> find(const QString &name) const;
    std::optional<qint64> findOrCreate(const QString &name, QString *error);

private:
    Database &m_database;
};

} // namespace Coproduce
