// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cursor.h"
#include "meeting.h"
#include "meetingrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Coproduce {

class Database;

// Finding meetings without loading them: the meetings list and its search, a meeting's heading, the newest
// meeting, the last meeting of a series. What the window and the reports ask of the meetings table, so
// that its SQL stays in core. (Counts of activities and actions are left at 0: MeetingRepository::list()
// has them.)
class MeetingList final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::MeetingList)

public:
    explicit MeetingList(Database &database);

    // Newest first; in one series (by name) or, if `series` is empty, in all; with every one of `words`
    // somewhere in the meeting, as a word or the start of one (case and accents aside). Empty `words`:
    // every meeting. Whatever is typed is words, never search syntax; `error`, if given, says why the
    // search could not be made (and none is found).
    QList<MeetingSummary> find(const QString &series, const QString &words, QString *error = nullptr) const;
    // As find(), read as it is needed (the list shows its first rows at once); not counted.
    std::unique_ptr<Cursor<MeetingSummary>> open(const QString &series, const QString &words,
                                                 QString *error = nullptr) const;
    // One meeting's title, date, series, charter and facilitator, if it is there.
    std::optional<MeetingSummary> summary(qint64 meetingId) const;
    // The newest meeting (the latest date, then the latest made); 0 if there are none.
    qint64 newest() const;
    // The latest meeting of the series named `series`, if it has one.
    std::optional<MeetingSummary> latestInSeries(const QString &series) const;
    // The ids of a series' meetings, oldest first.
    QList<qint64> inSeries(qint64 seriesId) const;
    // Who was recorded at a meeting: name, role and how each asked to be credited.
    QList<Attendee> people(qint64 meetingId) const;

private:
    std::optional<MeetingSummary> first(const QString &where, const QVariant &value) const;

    Database &m_database;
};

} // namespace Coproduce
