// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingEdits' writers as the app calls them: each runs its one transaction again when the area's server
// stopped it to let another person's change through (a deadlock or a serialization failure), so a
// facilitator never sees a failure that was only bad timing. A conflict is never retried: it is an answer.
#include "meetingedits.h"

#include "sqlhelpers.h"

namespace Coproduce {

MeetingEdits::Result MeetingEdits::setValue(Field field, qint64 rowId, const QVariant &expected,
                                            const QVariant &value, QString *error)
{
    return SqlHelpers::retried(m_database,
                               [&] { return setValueOnce(field, rowId, expected, value, error); });
}

std::optional<qint64> MeetingEdits::addRow(RowKind kind, qint64 parentId, int position,
                                           const QVariantMap &values, QString *error)
{
    return SqlHelpers::retried(m_database,
                               [&] { return addRowOnce(kind, parentId, position, values, error); });
}

std::optional<RowSnapshot> MeetingEdits::remove(const QString &table, RowSnapshot snapshot, QString *error)
{
    // Each attempt starts from the snapshot as it was asked for (an attempt fills in a copy).
    return SqlHelpers::retried(m_database, [&] { return removeOnce(table, snapshot, error); });
}

bool MeetingEdits::restore(const RowSnapshot &snapshot, QString *error)
{
    return SqlHelpers::retried(m_database, [&] { return restoreOnce(snapshot, error); });
}

bool MeetingEdits::moveRow(RowKind kind, qint64 id, int position, QString *error)
{
    return SqlHelpers::retried(m_database, [&] { return moveRowOnce(kind, id, position, error); });
}

MeetingEdits::Result MeetingEdits::setRating(qint64 activityId, const QString &perspective,
                                             const QString &expected, const QString &rung, QString *error)
{
    return SqlHelpers::retried(m_database,
                               [&] { return setRatingOnce(activityId, perspective, expected, rung, error); });
}

MeetingEdits::Result MeetingEdits::setVotes(qint64 activityId, const QString &role, const QString &rung,
                                            int expected, int count, QString *error)
{
    return SqlHelpers::retried(m_database,
                               [&] { return setVotesOnce(activityId, role, rung, expected, count, error); });
}

MeetingEdits::Result MeetingEdits::setCharterCheck(qint64 meetingId, const QString &principle,
                                                   const QPair<QString, QString> &expected,
                                                   const QPair<QString, QString> &check, QString *error)
{
    return SqlHelpers::retried(
        m_database, [&] { return setCharterCheckOnce(meetingId, principle, expected, check, error); });
}

} // namespace Coproduce
