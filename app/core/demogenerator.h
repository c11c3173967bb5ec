// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charter.h"
#include "meeting.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace Coproduce {

class Database;
struct DemoSeries;

// Writes believable sample series and meetings: every role, attendance, credit preference, action status
// and ladder rung, jargon in some notes, open actions carried between meetings. The same seed and date
// always give the same meetings, so benchmarks and screenshots can be repeated.
class DemoGenerator final
{
public:
    struct Summary
    {
        int series = 0;
        int meetings = 0;
        int actions = 0;
    };

    explicit DemoGenerator(Database &database, quint32 seed = 20261118);

    // Meetings from `years` years before `today` up to `today`, in one transaction.
    std::optional<Summary> generate(int years, const QDate &today, QString *error);

private:
    Meeting makeMeeting(const DemoSeries &series, const QDate &date, const QDate &today);
    Activity makeActivity(const DemoSeries &series, const Meeting &meeting, int index, const QDate &today);
    const Charter &charterFor(const DemoSeries &series) const;
    QString pick(const QStringList &list);
    bool chance(int percent);
    int between(int low, int high);

    Database &m_database;
    QRandomGenerator m_random;
    QDate m_first; // the demo's first day
    QList<Charter> m_charters;
};

} // namespace Coproduce
