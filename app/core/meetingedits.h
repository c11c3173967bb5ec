// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladder.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace Coproduce {

class Database;

// The parts of a meeting that are rows of their own: they are added, removed and reordered.
enum class RowKind { Attendee, Activity, Contribution, Decision, Commitment, Action };

// Every value a person can change in place. Each maps to one column of one table.
enum class Field {
    MeetingTitle,
    MeetingDate,
    MeetingStart,
    MeetingEnd,
    MeetingLocation,
    MeetingFacilitator,
    MeetingHeardYes,
    MeetingHeardPartly,
    MeetingHeardNo,
    AttendeeName,
    AttendeeRole,
    AttendeeOrganisation,
    AttendeeAttendance,
    AttendeeCredit,
    AttendeeAccessNeeds,
    ActivityTitle,
    ActivityRaisedBy,
    ActivityNotes,
    ContributionText,
    ContributionAttendee,
    ContributionRole,
    DecisionText,
    DecisionEasyRead,
    DecisionMade,
    CommitmentBy,
    CommitmentText,
    CommitmentPrinciple,
    ActionText,
    ActionEasyRead,
    ActionOwner,
    ActionDue,
    ActionRespondsTo,
    ActionStatus, // read only here: a status changes with a dated note (ActionRepository::setStatus)
};

// A reference that a deletion set to NULL: `table`.`column` of row `rowId` pointed at `target`.
struct ClearedLink
{
    QString table;
    QString column;
    qint64 rowId = 0;
    qint64 target = 0;
};

// One stored row, column by column: what a snapshot keeps of each row it took.
struct StoredRow
{
    QStringList columns;
    QVariantList values;

    QVariant value(const QString &column) const
    {
        const qsizetype at = columns.indexOf(column);
        return at < 0 ? QVariant() : values.at(at);
    }
};

// Everything a deletion took with it (the row, its cascaded children, and the references to it that were
// cleared), so that undo can put it all back with the same ids.
struct RowSnapshot
{
    RowKind kind = RowKind::Attendee;
    bool wholeMeeting = false; // the row is a meeting, not one of its parts
    qint64 id = 0;
    QList<QPair<QString, StoredRow>> rows; // (table, row), parents before children
    QList<ClearedLink> cleared;
};

// Small, separate writes to a stored meeting: what the editor and its undo commands are made of.
// Every write is one transaction. A change names the value it expects to replace, so an edit made in
// another window is never silently overwritten: the result is Conflict and nothing is written.
class MeetingEdits final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEdits)

public:
    enum class Result { Done, Conflict, Failed };
    static constexpr int MaxVotes = 9999; // people in one room's poll, per role and rung

    explicit MeetingEdits(Database &database);

    // A field's value as stored (null when the row is gone).
    QVariant value(Field field, qint64 rowId) const;
    Result setValue(Field field, qint64 rowId, const QVariant &expected, const QVariant &value,
                    QString *error);

    // Adds a row under `parentId` (a meeting for attendees and activities, an activity for the rest) at
    // `position` (-1: at the end); `values` are column values. Returns the new id.
    std::optional<qint64> addRow(RowKind kind, qint64 parentId, int position, const QVariantMap &values,
                                 QString *error);
    std::optional<RowSnapshot> removeRow(RowKind kind, qint64 id, QString *error);
    // Deletes a whole meeting with everything in it, keeping it all for restore().
    std::optional<RowSnapshot> removeMeeting(qint64 meetingId, QString *error);
    bool restore(const RowSnapshot &snapshot, QString *error);
    // Moves a row to `position` among its siblings (0 = first).
    bool moveRow(RowKind kind, qint64 id, int position, QString *error);
    QList<qint64> rowIds(RowKind kind, qint64 parentId) const;
    // The meeting (attendees, activities) or activity (the rest) a row belongs to; 0 if it is gone.
    qint64 parentOf(RowKind kind, qint64 id) const;

    // Every perspective's rating of an activity: role -> rung.
    QMap<QString, QString> ratings(qint64 activityId) const;
    // The ladder rating from one perspective; an empty rung clears it.
    QString rating(qint64 activityId, const QString &perspective) const;
    Result setRating(qint64 activityId, const QString &perspective, const QString &expected,
                     const QString &rung, QString *error);
    // The room's poll for an activity: role -> rung -> how many people in that role chose it.
    LadderPoll poll(qint64 activityId) const;
    int votes(qint64 activityId, const QString &role, const QString &rung) const;
    // How many people in `role` put the activity on `rung`; 0 clears it.
    Result setVotes(qint64 activityId, const QString &role, const QString &rung, int expected, int count,
                    QString *error);
    // The charter check for one principle: (score, note); an empty score clears it.
    QPair<QString, QString> charterCheck(qint64 meetingId, const QString &principle) const;
    Result setCharterCheck(qint64 meetingId, const QString &principle,
                           const QPair<QString, QString> &expected, const QPair<QString, QString> &check,
                           QString *error);

    // The rows of one kind under a parent, in order: each row's id and the values of `fields`.
    QList<QPair<qint64, QVariantList>> rows(RowKind kind, qint64 parentId, const QList<Field> &fields) const;

    static QString tableOf(RowKind kind);
    static QString columnOf(Field field);

private:
    // Every write to a meeting first takes the meeting's own lock on the server (SqlDialect::lockMeeting):
    // `rowId` is a row of `table`, or the meeting itself.
    bool lockMeetingOf(const QString &table, qint64 rowId, QString *error) const;
    bool capture(const QString &table, qint64 id, RowSnapshot &snapshot, QString *error) const;
    std::optional<RowSnapshot> remove(const QString &table, RowSnapshot snapshot, QString *error);
    // Each write once, in one transaction; the public writers run it again when the server stopped it
    // for another's sake (SqlHelpers::retried, meetingeditsretry.cpp).
    Result setValueOnce(Field field, qint64 rowId, const QVariant &expected, const QVariant &value,
                        QString *error);
    std::optional<qint64> addRowOnce(RowKind kind, qint64 parentId, int position, const QVariantMap &values,
                                     QString *error);
    std::optional<RowSnapshot> removeOnce(const QString &table, RowSnapshot snapshot, QString *error);
    bool restoreOnce(const RowSnapshot &snapshot, QString *error);
    bool moveRowOnce(RowKind kind, qint64 id, int position, QString *error);
    Result setRatingOnce(qint64 activityId, const QString &perspective, const QString &expected,
                         const QString &rung, QString *error);
    Result setVotesOnce(qint64 activityId, const QString &role, const QString &rung, int expected, int count,
                        QString *error);
    Result setCharterCheckOnce(qint64 meetingId, const QString &principle,
                               const QPair<QString, QString> &expected, const QPair<QString, QString> &check,
                               QString *error);
    bool checkValue(Field field, const QVariant &value, QString *error) const;

    Database &m_database;
};

} // namespace Coproduce
