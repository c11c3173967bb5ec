// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;

// One line of the meetings list.
struct MeetingSummary
{
    qint64 id = 0;
    QString title;
    QString series;
    QDate date;
    QString charter;
    QString facilitator;
    int activities = 0;
    int actions = 0;
    int openActions = 0;
};

class MeetingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database &database);

    // Stores a whole meeting in one transaction (inside a caller's transaction it is a savepoint).
    // Returns the new meeting's id.
    std::optional<qint64> insert(const Meeting &meeting, QString *error);
    // Makes meeting `id` hold `meeting` instead of what it held, keeping its id (a meeting published back
    // from a laptop), in one transaction.
    bool replace(qint64 id, const Meeting &meeting, QString *error);
    // Loads a whole meeting. Contribution refs are numbered "c1", "c2"… in meeting order, so a
    // meeting's export is the same however often it is imported and exported again.
    std::optional<Meeting> load(qint64 id) const;
    // Oldest first.
    QList<MeetingSummary> list() const;
    bool remove(qint64 id, QString *error);

private:
    std::optional<qint64> store(const Meeting &meeting, std::optional<qint64> replacing, QString *error);

    Database &m_database;
};

} // namespace Coproduce
