// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingedits.h"

#include "auditlog.h"

#include "database.h"
#include "isodate.h"
#include "ladder.h"
#include "offline.h"
#include "sqlhelpers.h"
#include "teamrepository.h"
#include "transaction.h"
#include "vocabulary.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

enum class Type {
    Text,
    RequiredText,
    Date,
    RequiredDate,
    Time,
    Count,
    Role,
    RoleOrEmpty,
    Attendance,
    Credit,
    Made,
    Principle,
    Attendee,
    Contribution,
    ReadOnly
};

struct FieldSpec
{
    Field field;
    const char *table;
    const char *column;
    Type type;
};

const FieldSpec Fields[] = {
    { Field::MeetingTitle, "meetings", "title", Type::RequiredText },
    { Field::MeetingDate, "meetings", "date", Type::RequiredDate },
    { Field::MeetingStart, "meetings", "start_time", Type::Time },
    { Field::MeetingEnd, "meetings", "end_time", Type::Time },
    { Field::MeetingLocation, "meetings", "location", Type::Text },
    { Field::MeetingFacilitator, "meetings", "facilitator", Type::Text },
    { Field::MeetingHeardYes, "meetings", "heard_yes", Type::Count },
    { Field::MeetingHeardPartly, "meetings", "heard_partly", Type::Count },
    { Field::MeetingHeardNo, "meetings", "heard_no", Type::Count },
    { Field::AttendeeName, "attendees", "name", Type::RequiredText },
    { Field::AttendeeRole, "attendees", "role", Type::Role },
    { Field::AttendeeOrganisation, "attendees", "organisation", Type::Text },
    { Field::AttendeeAttendance, "attendees", "attendance", Type::Attendance },
    { Field::AttendeeCredit, "attendees", "credit", Type::Credit },
    { Field::AttendeeAccessNeeds, "attendees", "access_needs", Type::Text },
    { Field::ActivityTitle, "activities", "title", Type::RequiredText },
    { Field::ActivityRaisedBy, "activities", "raised_by", Type::RoleOrEmpty },
    { Field::ActivityNotes, "activities", "notes", Type::Text },
    { Field::ContributionText, "contributions", "text", Type::RequiredText },
    { Field::ContributionAttendee, "contributions", "attendee_id", Type::Attendee },
    { Field::ContributionRole, "contributions", "by_role", Type::RoleOrEmpty },
    { Field::DecisionText, "decisions", "text", Type::RequiredText },
    { Field::DecisionEasyRead, "decisions", "easy_read", Type::Text },
    { Field::DecisionMade, "decisions", "made", Type::Made },
    { Field::CommitmentBy, "commitments", "by_whom", Type::Text },
    { Field::CommitmentText, "commitments", "text", Type::RequiredText },
    { Field::CommitmentPrinciple, "commitments", "principle", Type::Principle },
    { Field::ActionText, "actions", "text", Type::RequiredText },
    { Field::ActionEasyRead, "actions", "easy_read", Type::Text },
    { Field::ActionOwner, "actions", "owner", Type::Text },
    { Field::ActionDue, "actions", "due", Type::Date },
    { Field::ActionRespondsTo, "actions", "responds_to", Type::Contribution },
    { Field::ActionStatus, "actions", "status", Type::ReadOnly },
};

const FieldSpec &spec(Field field)
{
    for (const FieldSpec &s : Fields)
        if (s.field == field)
            return s;
    Q_UNREACHABLE();
}

// Foreign keys between the tables: what a deletion cascades to, and what it only clears (SET NULL).
struct Relation
{
    const char *child;
    const char *column;
    const char *parent;
    bool cascade;
};

const Relation Relations[] = {
    { "attendees", "meeting_id", "meetings", true },
    { "activities", "meeting_id", "meetings", true },
    { "charter_checks", "meeting_id", "meetings", true },
    { "activity_principles", "activity_id", "activities", true },
    { "ladder_ratings", "activity_id", "activities", true },
    { "ladder_votes", "activity_id", "activities", true },
    { "contributions", "activity_id", "activities", true },
    { "decisions", "activity_id", "activities", true },
    { "commitments", "activity_id", "activities", true },
    { "actions", "activity_id", "activities", true },
    { "action_updates", "action_id", "actions", true },
    { "contributions", "attendee_id", "attendees", false },
    { "actions", "responds_to", "contributions", false },
};

bool hasIdColumn(const QString &table)
{
    return table != u"activity_principles" && table != u"ladder_ratings" && table != u"ladder_votes"
        && table != u"charter_checks";
}

// The order a table's rows under one parent are read in, so that putting them back keeps it: their id, or
// for a table without one, its position or its key (rowid is SQLite's alone).
QString readingOrder(const QString &table)
{
    if (hasIdColumn(table))
        return u"id"_s;
    if (table == u"ladder_ratings")
        return u"perspective"_s;
    if (table == u"ladder_votes")
        return u"role, rung"_s;
    return u"position"_s;
}

QString parentColumn(RowKind kind)
{
    return kind == RowKind::Attendee || kind == RowKind::Activity ? u"meeting_id"_s : u"activity_id"_s;
}

QStringList columnsOf(RowKind kind)
{
    switch (kind) {
    case RowKind::Attendee:
        return { u"name"_s, u"role"_s, u"organisation"_s, u"attendance"_s, u"credit"_s, u"access_needs"_s };
    case RowKind::Activity:
        return { u"title"_s, u"raised_by"_s, u"notes"_s };
    case RowKind::Contribution:
        return { u"attendee_id"_s, u"by_role"_s, u"text"_s };
    case RowKind::Decision:
        return { u"text"_s, u"easy_read"_s, u"made"_s };
    case RowKind::Commitment:
        return { u"by_whom"_s, u"text"_s, u"principle"_s };
    case RowKind::Action:
        return {
            u"text"_s, u"easy_read"_s, u"owner"_s, u"due"_s, u"status"_s, u"reason"_s, u"responds_to"_s
        };
    }
    return {};
}

// The meeting a row belongs to, so references can be checked to stay inside one meeting.
QString meetingOfRow(const QString &table)
{
    if (table == u"meetings")
        return u"SELECT id FROM meetings WHERE id = ?"_s;
    if (table == u"attendees" || table == u"activities")
        return u"SELECT meeting_id FROM "_s + table + u" WHERE id = ?"_s;
    return u"SELECT a.meeting_id FROM "_s + table
        + u" t JOIN activities a ON a.id = t.activity_id WHERE t.id = ?"_s;
}

// The table a row of this kind hangs from.
QString parentTable(RowKind kind)
{
    return kind == RowKind::Attendee || kind == RowKind::Activity ? u"meetings"_s : u"activities"_s;
}

} // namespace

MeetingEdits::MeetingEdits(Database &database)
    : m_database(database)
{
}

bool MeetingEdits::lockMeetingOf(const QString &table, qint64 rowId, QString *error) const
{
    const QString lock = SqlDialect::lockMeeting(meetingOfRow(table), m_database.engine());
    if (lock.isEmpty())
        return true;
    QSqlQuery q(m_database.connection());
    q.prepare(lock);
    q.addBindValue(rowId);
    if (!SqlHelpers::exec(q, tr("wait for the meeting's other changes"), error))
        return false;
    if (q.next()) {
        // Taken offline: it comes back whole from the laptop, so nobody changes it here meanwhile.
        const QString taken = Offline::refusal(m_database, q.value(0).toLongLong());
        if (!taken.isEmpty() && error)
            *error = taken;
        return taken.isEmpty();
    }
    // The server hides a meeting from this lock when it belongs to a team the signed-in person is not in
    // (row-level security); a row that is gone is the compare-and-set's to report.
    const QString refusal = TeamRepository(m_database).refusal(AuditLog(m_database).meetingOf(table, rowId));
    if (!refusal.isEmpty() && error)
        *error = refusal;
    return refusal.isEmpty();
}

QString MeetingEdits::tableOf(RowKind kind)
{
    switch (kind) {
    case RowKind::Attendee:
        return u"attendees"_s;
    case RowKind::Activity:
        return u"activities"_s;
    case RowKind::Contribution:
        return u"contributions"_s;
    case RowKind::Decision:
        return u"decisions"_s;
    case RowKind::Commitment:
        return u"commitments"_s;
    case RowKind::Action:
        return u"actions"_s;
    }
    return QString();
}

QString MeetingEdits::columnOf(Field field)
{
    return QString::fromLatin1(spec(field).column);
}

QList<QPair<qint64, QVariantList>> MeetingEdits::rows(RowKind kind, qint64 parentId,
                                                      const QList<Field> &fields) const
{
    QStringList columns { u"id"_s };
    for (Field field : fields) {
        Q_ASSERT(QString::fromLatin1(spec(field).table) == tableOf(kind));
        columns << columnOf(field);
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + tableOf(kind) + u" WHERE "_s
              + parentColumn(kind) + u" = ? ORDER BY position, id"_s);
    q.addBindValue(parentId);
    QList<QPair<qint64, QVariantList>> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        QVariantList values;
        for (int i = 1; i < columns.size(); ++i)
            values << q.value(i);
        result.append({ q.value(0).toLongLong(), values });
    }
    return result;
}

QVariant MeetingEdits::value(Field field, qint64 rowId) const
{
    const FieldSpec &s = spec(field);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + QString::fromLatin1(s.column) + u" FROM "_s + QString::fromLatin1(s.table)
              + u" WHERE id = ?"_s);
    q.addBindValue(rowId);
    if (q.exec() && q.next())
        return q.value(0);
    return QVariant();
}

bool MeetingEdits::checkValue(Field field, const QVariant &value, QString *error) const
{
    const FieldSpec &s = spec(field);
    const QString text = value.toString();
    const auto choice = [&](const QStringList &allowed, bool emptyAllowed) {
        if ((emptyAllowed && text.isEmpty()) || allowed.contains(text))
            return true;
        *error = tr("\"%1\" is not one of: %2").arg(text, allowed.join(u", "_s));
        return false;
    };
    switch (s.type) {
    case Type::Text:
        return true;
    case Type::RequiredText:
        if (!text.trimmed().isEmpty())
            return true;
        *error = tr("this cannot be left empty");
        return false;
    case Type::Date:
    case Type::RequiredDate:
        // Exactly YYYY-MM-DD: the text is stored as it is, and compared as text in SQL.
        if ((s.type == Type::Date && text.isEmpty()) || IsoDate::format(IsoDate::parse(text)) == text)
            return true;
        *error = tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text);
        return false;
    case Type::Time: {
        static const QRegularExpression pattern(u"^\\d{2}:\\d{2}$"_s);
        if (text.isEmpty()
            || (pattern.match(text).hasMatch() && QTime::fromString(text, u"HH:mm"_s).isValid()))
            return true;
        *error = tr("\"%1\" is not a time of day (HH:MM)").arg(text);
        return false;
    }
    case Type::Count:
        if (value.isNull() || (value.canConvert<int>() && value.toInt() >= 0))
            return true;
        *error = tr("a count of people must be 0 or more");
        return false;
    case Type::Role:
        return choice(Vocabulary::roles(), false);
    case Type::RoleOrEmpty:
        return choice(Vocabulary::roles(), true);
    case Type::Attendance:
        return choice(Vocabulary::attendances(), false);
    case Type::Credit:
        return choice(Vocabulary::credits(), false);
    case Type::Made:
        return choice(Vocabulary::decisionMade(), false);
    case Type::ReadOnly:
        *error = tr("this cannot be changed here (a status changes with a dated note)");
        return false;
    case Type::Principle:
    case Type::Attendee:
    case Type::Contribution:
        return true; // checked against the row's own meeting in setValue()
    }
    return true;
}

MeetingEdits::Result MeetingEdits::setValueOnce(Field field, qint64 rowId, const QVariant &expected,
                                                const QVariant &value, QString *error)
{
    if (!checkValue(field, value, error))
        return Result::Failed;
    const FieldSpec &s = spec(field);
    const QString table = QString::fromLatin1(s.table);
    const QString column = QString::fromLatin1(s.column);
    const bool isText = s.type != Type::Count && s.type != Type::Attendee && s.type != Type::Contribution;
    const auto bindable = [&](const QVariant &v) { return isText ? SqlHelpers::text(v.toString()) : v; };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    if (!lockMeetingOf(table, rowId, error))
        return Result::Failed;
    QSqlQuery q(m_database.connection());
    // References must stay inside the row's own meeting, and principles must be its charter's.
    if ((s.type == Type::Attendee || s.type == Type::Contribution) && !value.isNull()) {
        const QString target = s.type == Type::Attendee ? u"attendees"_s : u"contributions"_s;
        q.prepare(u"SELECT ("_s + meetingOfRow(table) + u") = ("_s + meetingOfRow(target) + u")"_s);
        q.addBindValue(rowId);
        q.addBindValue(value);
        if (!q.exec() || !q.next() || !q.value(0).toBool()) {
            *error = tr("that is not part of the same meeting");
            return Result::Failed;
        }
    }
    if (s.type == Type::Principle && !value.toString().isEmpty()) {
        q.prepare(
            u"SELECT 1 FROM commitments c JOIN activities a ON a.id = c.activity_id JOIN meetings m ON m.id "
            u"= "
            "a.meeting_id JOIN principles p ON p.charter_id = m.charter_id WHERE c.id = ? AND p.id = ?"_s);
        q.addBindValue(rowId);
        q.addBindValue(value.toString());
        if (!q.exec() || !q.next()) {
            *error = tr("\"%1\" is not a principle of this meeting's charter").arg(value.toString());
            return Result::Failed;
        }
    }

    q.prepare(u"UPDATE "_s + table + u" SET "_s + column + u" = ? WHERE id = ? AND "_s + column
              + u" IS NOT DISTINCT FROM ?"_s);
    q.addBindValue(bindable(value));
    q.addBindValue(rowId);
    q.addBindValue(bindable(expected));
    if (!SqlHelpers::exec(q, tr("save the change"), error))
        return Result::Failed;
    if (q.numRowsAffected() == 0) {
        q.prepare(u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s);
        q.addBindValue(rowId);
        const bool exists = q.exec() && q.next();
        // Who changed it, and when, from the audit trail: so the person can ask them, or choose.
        const std::optional<AuditEntry> last
            = exists ? AuditLog(m_database).lastChange(table, rowId, column) : std::nullopt;
        if (last && !last->who.isEmpty() && last->at.isValid())
            *error = tr("%1 changed this at %2, since you last saw it; your change was not saved, so as not "
                        "to overwrite theirs")
                         .arg(last->who, AuditLog::describeTime(last->at));
        else
            *error = exists ? tr("this was changed somewhere else (another window?) since you last saw it; "
                                 "your change was not saved, so as not to overwrite it")
                            : tr("this was deleted somewhere else (another window?)");
        return Result::Conflict;
    }
    AuditLog audit(m_database);
    if (!audit.record(u"edit"_s, table, rowId, audit.meetingOf(table, rowId), column, expected.toString(),
                      value.toString(), error))
        return Result::Failed;
    if (!transaction.commit()) {
        *error = tr("could not save the change: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    return Result::Done;
}

std::optional<qint64> MeetingEdits::addRowOnce(RowKind kind, qint64 parentId, int position,
                                               const QVariantMap &given, QString *error)
{
    QVariantMap values = given;
    // A new person is credited as their role suggests unless a wish is given (the table's default would
    // name everyone, a young person too).
    if (kind == RowKind::Attendee && !values.contains(u"credit"_s))
        values.insert(u"credit"_s, Vocabulary::defaultCredit(values.value(u"role"_s).toString()));
    const QString table = tableOf(kind);
    const QString parent = parentColumn(kind);
    const QStringList allowed = columnsOf(kind);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = tr("\"%1\" is not a field of %2").arg(it.key(), table);
            return std::nullopt;
        }
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    if (!lockMeetingOf(parentTable(kind), parentId, error))
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    if (position < 0) {
        q.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM "_s + table + u" WHERE "_s + parent
                  + u" = ?"_s);
        q.addBindValue(parentId);
        if (!SqlHelpers::exec(q, tr("find the end of the list"), error) || !q.next())
            return std::nullopt;
        position = q.value(0).toInt();
    } else {
        q.prepare(u"UPDATE "_s + table + u" SET position = position + 1 WHERE "_s + parent
                  + u" = ? AND position >= ?"_s);
        q.addBindValue(parentId);
        q.addBindValue(position);
        if (!SqlHelpers::exec(q, tr("make room in the list"), error))
            return std::nullopt;
    }
    QStringList columns { parent, u"position"_s };
    QVariantList bound { parentId, position };
    for (auto it = values.begin(); it != values.end(); ++it) {
        columns << it.key();
        bound << (it.value().typeId() == QMetaType::QString ? SqlHelpers::text(it.value().toString())
                                                            : it.value());
    }
    q.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
              + QStringList(columns.size(), u"?"_s).join(u", "_s) + u") RETURNING id"_s);
    for (const QVariant &v : std::as_const(bound))
        q.addBindValue(v);
    const std::optional<qint64> added = SqlHelpers::insert(q, tr("add to %1").arg(table), error);
    if (!added)
        return std::nullopt;
    const qint64 id = *added;
    AuditLog audit(m_database);
    QStringList said;
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().toString().isEmpty())
            said << it.key() + u": "_s + it.value().toString();
    if (!audit.record(u"create"_s, table, id, audit.meetingOf(table, id), QString(), QString(),
                      said.join(u"; "_s), error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = tr("could not save: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    return id;
}

namespace {

StoredRow storedRow(const QSqlRecord &record)
{
    StoredRow row;
    for (int c = 0; c < record.count(); ++c) {
        row.columns << record.fieldName(c);
        row.values << record.value(c);
    }
    return row;
}

} // namespace

bool MeetingEdits::capture(const QString &table, qint64 id, RowSnapshot &snapshot, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!SqlHelpers::exec(q, tr("read what is to be deleted"), error))
        return false;
    if (!q.next()) {
        *error = tr("it was already deleted (in another window?)");
        return false;
    }
    snapshot.rows.append({ table, storedRow(q.record()) });
    for (const Relation &r : Relations) {
        if (QString::fromLatin1(r.parent) != table)
            continue;
        const QString child = QString::fromLatin1(r.child);
        const QString column = QString::fromLatin1(r.column);
        QSqlQuery children(m_database.connection());
        children.prepare(u"SELECT * FROM "_s + child + u" WHERE "_s + column + u" = ? ORDER BY "_s
                         + readingOrder(child));
        children.addBindValue(id);
        if (!SqlHelpers::exec(children, tr("read what is to be deleted"), error))
            return false;
        QList<qint64> ids;
        while (children.next()) {
            if (!r.cascade)
                snapshot.cleared.append({ child, column, children.value(u"id"_s).toLongLong(), id });
            else if (hasIdColumn(child))
                ids << children.value(u"id"_s).toLongLong();
            else
                snapshot.rows.append({ child, storedRow(children.record()) });
        }
        for (qint64 childId : std::as_const(ids))
            if (!capture(child, childId, snapshot, error))
                return false;
    }
    return true;
}

std::optional<RowSnapshot> MeetingEdits::removeRow(RowKind kind, qint64 id, QString *error)
{
    RowSnapshot snapshot;
    snapshot.kind = kind;
    snapshot.id = id;
    return remove(tableOf(kind), std::move(snapshot), error);
}

std::optional<RowSnapshot> MeetingEdits::removeMeeting(qint64 meetingId, QString *error)
{
    RowSnapshot snapshot;
    snapshot.wholeMeeting = true;
    snapshot.id = meetingId;
    return remove(u"meetings"_s, std::move(snapshot), error);
}

std::optional<RowSnapshot> MeetingEdits::removeOnce(const QString &table, RowSnapshot snapshot,
                                                    QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start deleting: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    if (!lockMeetingOf(table, snapshot.id, error))
        return std::nullopt;
    if (!capture(table, snapshot.id, snapshot, error))
        return std::nullopt;
    AuditLog audit(m_database);
    {
        // What went, in words: the deleted row's own fields (not the rows under it).
        QStringList said;
        if (!snapshot.rows.isEmpty()) {
            const StoredRow &row = snapshot.rows.first().second;
            for (qsizetype c = 0; c < row.columns.size(); ++c)
                if (row.columns.at(c) != u"id" && !row.values.at(c).toString().isEmpty())
                    said << row.columns.at(c) + u": "_s + row.values.at(c).toString();
        }
        if (!audit.record(u"delete"_s, table, snapshot.id, audit.meetingOf(table, snapshot.id), QString(),
                          said.join(u"; "_s), QString(), error))
            return std::nullopt;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(snapshot.id);
    if (!SqlHelpers::exec(q, tr("delete"), error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = tr("could not delete: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    return snapshot;
}

bool MeetingEdits::restoreOnce(const RowSnapshot &snapshot, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start restoring: %1").arg(transaction.errorString());
        return false;
    }
    // What is put back under a meeting that is still there waits its turn with the meeting's other writes.
    if (!snapshot.wholeMeeting && !snapshot.rows.isEmpty()
        && !lockMeetingOf(parentTable(snapshot.kind),
                          snapshot.rows.first().second.value(parentColumn(snapshot.kind)).toLongLong(),
                          error))
        return false;
    QSqlQuery q(m_database.connection());
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
        const auto &[table, record] = snapshot.rows.at(i);
        if (i == 0 && !snapshot.wholeMeeting) {
            // Siblings added since may hold the old place: make room so the order comes back as it was.
            const QString parent = parentColumn(snapshot.kind);
            q.prepare(u"UPDATE "_s + table + u" SET position = position + 1 WHERE "_s + parent
                      + u" = ? AND position >= ?"_s);
            q.addBindValue(record.value(parent));
            q.addBindValue(record.value(u"position"_s));
            if (!SqlHelpers::exec(q, tr("make room to restore"), error))
                return false;
        }
        q.prepare(u"INSERT INTO "_s + table + u" ("_s + record.columns.join(u", "_s) + u") VALUES ("_s
                  + QStringList(record.columns.size(), u"?"_s).join(u", "_s) + u")"_s);
        for (const QVariant &value : record.values)
            q.addBindValue(value);
        if (!SqlHelpers::exec(q, tr("restore what was deleted"), error))
            return false;
    }
    for (const ClearedLink &link : snapshot.cleared) {
        q.prepare(u"UPDATE "_s + link.table + u" SET "_s + link.column + u" = ? WHERE id = ? AND "_s
                  + link.column + u" IS NULL"_s);
        q.addBindValue(link.target);
        q.addBindValue(link.rowId);
        if (!SqlHelpers::exec(q, tr("restore a link to what was deleted"), error))
            return false;
    }
    if (!snapshot.rows.isEmpty()) {
        const QString table = snapshot.rows.first().first;
        AuditLog audit(m_database);
        if (!audit.record(u"undelete"_s, table, snapshot.id, audit.meetingOf(table, snapshot.id), QString(),
                          QString(), QString(), error))
            return false;
    }
    if (!transaction.commit()) {
        *error = tr("could not restore: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

QList<qint64> MeetingEdits::rowIds(RowKind kind, qint64 parentId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM "_s + tableOf(kind) + u" WHERE "_s + parentColumn(kind)
              + u" = ? ORDER BY position, id"_s);
    q.addBindValue(parentId);
    q.exec();
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 MeetingEdits::parentOf(RowKind kind, qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + parentColumn(kind) + u" FROM "_s + tableOf(kind) + u" WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool MeetingEdits::moveRowOnce(RowKind kind, qint64 id, int position, QString *error)
{
    const QString table = tableOf(kind);
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start moving: %1").arg(transaction.errorString());
        return false;
    }
    if (!lockMeetingOf(table, id, error))
        return false;
    const qint64 parent = parentOf(kind, id);
    if (parent == 0) {
        *error = tr("it was deleted (in another window?)");
        return false;
    }
    QList<qint64> ids = rowIds(kind, parent);
    QSqlQuery q(m_database.connection());
    const qsizetype from = ids.indexOf(id);
    ids.removeOne(id);
    const int to = qBound(0, position, int(ids.size()));
    ids.insert(to, id);
    q.prepare(u"UPDATE "_s + table + u" SET position = ? WHERE id = ?"_s);
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(ids.at(i));
        if (!SqlHelpers::exec(q, tr("move"), error))
            return false;
    }
    // Places as people count them: first is 1.
    AuditLog audit(m_database);
    if (from != to
        && !audit.record(u"move"_s, table, id, audit.meetingOf(table, id), u"position"_s,
                         QString::number(from + 1), QString::number(to + 1), error))
        return false;
    if (!transaction.commit()) {
        *error = tr("could not move: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

QMap<QString, QString> MeetingEdits::ratings(qint64 activityId) const
{
    QMap<QString, QString> ratings;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT perspective, rung FROM ladder_ratings WHERE activity_id = ?"_s);
    q.addBindValue(activityId);
    if (q.exec())
        while (q.next())
            ratings.insert(q.value(0).toString(), q.value(1).toString());
    return ratings;
}

QString MeetingEdits::rating(qint64 activityId, const QString &perspective) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT rung FROM ladder_ratings WHERE activity_id = ? AND perspective = ?"_s);
    q.addBindValue(activityId);
    q.addBindValue(perspective);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

MeetingEdits::Result MeetingEdits::setRatingOnce(qint64 activityId, const QString &perspective,
                                                 const QString &expected, const QString &rung, QString *error)
{
    if (!Vocabulary::roles().contains(perspective)) {
        *error = tr("\"%1\" is not a role").arg(perspective);
        return Result::Failed;
    }
    if (!rung.isEmpty() && Ladder::builtIn().level(rung) < 0) {
        *error = tr("\"%1\" is not a rung of the ladder").arg(rung);
        return Result::Failed;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    if (!lockMeetingOf(u"activities"_s, activityId, error))
        return Result::Failed;
    if (rating(activityId, perspective) != expected) {
        *error = tr("this rating was changed somewhere else (another window?); your change was not saved");
        return Result::Conflict;
    }
    QSqlQuery q(m_database.connection());
    if (rung.isEmpty()) {
        q.prepare(u"DELETE FROM ladder_ratings WHERE activity_id = ? AND perspective = ?"_s);
        q.addBindValue(activityId);
        q.addBindValue(perspective);
    } else {
        q.prepare(u"INSERT INTO ladder_ratings (activity_id, perspective, rung) VALUES (?, ?, ?) "
                  "ON CONFLICT (activity_id, perspective) DO UPDATE SET rung = excluded.rung"_s);
        q.addBindValue(activityId);
        q.addBindValue(perspective);
        q.addBindValue(rung);
    }
    if (!SqlHelpers::exec(q, tr("save the rating"), error))
        return Result::Failed;
    if (AuditLog audit(m_database);
        !audit.record(u"edit"_s, u"activities"_s, activityId, audit.meetingOf(u"activities"_s, activityId),
                      u"ladder: "_s + perspective, expected, rung, error))
        return Result::Failed;
    if (!transaction.commit()) {
        *error = tr("could not save the rating: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    return Result::Done;
}

LadderPoll MeetingEdits::poll(qint64 activityId) const
{
    LadderPoll counts;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT role, rung, count FROM ladder_votes WHERE activity_id = ?"_s);
    q.addBindValue(activityId);
    if (q.exec())
        while (q.next())
            counts[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toInt());
    return counts;
}

int MeetingEdits::votes(qint64 activityId, const QString &role, const QString &rung) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count FROM ladder_votes WHERE activity_id = ? AND role = ? AND rung = ?"_s);
    q.addBindValue(activityId);
    q.addBindValue(role);
    q.addBindValue(rung);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

MeetingEdits::Result MeetingEdits::setVotesOnce(qint64 activityId, const QString &role, const QString &rung,
                                                int expected, int count, QString *error)
{
    if (!Vocabulary::roles().contains(role)) {
        *error = tr("\"%1\" is not a role").arg(role);
        return Result::Failed;
    }
    if (Ladder::builtIn().level(rung) < 0) {
        *error = tr("\"%1\" is not a rung of the ladder").arg(rung);
        return Result::Failed;
    }
    if (count < 0 || count > MaxVotes) {
        *error = tr("%1 is not a number of people (expected 0 to %2)").arg(count).arg(MaxVotes);
        return Result::Failed;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    if (!lockMeetingOf(u"activities"_s, activityId, error))
        return Result::Failed;
    if (votes(activityId, role, rung) != expected) {
        *error = tr("this count was changed somewhere else (another window?); your change was not saved");
        return Result::Conflict;
    }
    QSqlQuery q(m_database.connection());
    if (count == 0) {
        q.prepare(u"DELETE FROM ladder_votes WHERE activity_id = ? AND role = ? AND rung = ?"_s);
    } else {
        q.prepare(u"INSERT INTO ladder_votes (activity_id, role, rung, count) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (activity_id, role, rung) DO UPDATE SET count = excluded.count"_s);
    }
    q.addBindValue(activityId);
    q.addBindValue(role);
    q.addBindValue(rung);
    if (count > 0)
        q.addBindValue(count);
    if (!SqlHelpers::exec(q, tr("save the count"), error))
        return Result::Failed;
    if (AuditLog audit(m_database); !audit.record(
            u"edit"_s, u"activities"_s, activityId, audit.meetingOf(u"activities"_s, activityId),
            u"poll: %1 on %2"_s.arg(role, rung), QString::number(expected), QString::number(count), error))
        return Result::Failed;
    if (!transaction.commit()) {
        *error = tr("could not save the count: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    return Result::Done;
}

QPair<QString, QString> MeetingEdits::charterCheck(qint64 meetingId, const QString &principle) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT score, note FROM charter_checks WHERE meeting_id = ? AND principle = ?"_s);
    q.addBindValue(meetingId);
    q.addBindValue(principle);
    if (q.exec() && q.next())
        return { q.value(0).toString(), q.value(1).toString() };
    return {};
}

MeetingEdits::Result MeetingEdits::setCharterCheckOnce(qint64 meetingId, const QString &principle,
                                                       const QPair<QString, QString> &expected,
                                                       const QPair<QString, QString> &check, QString *error)
{
    if (!check.first.isEmpty() && !Vocabulary::checkScores().contains(check.first)) {
        *error = tr("\"%1\" is not a score (yes, partly or not-yet)").arg(check.first);
        return Result::Failed;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = tr("could not start saving: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    if (!lockMeetingOf(u"meetings"_s, meetingId, error))
        return Result::Failed;
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT 1 FROM principles p JOIN meetings m ON m.charter_id = p.charter_id WHERE m.id = ? AND p.id = ?"_s);
    q.addBindValue(meetingId);
    q.addBindValue(principle);
    if (!q.exec() || !q.next()) {
        *error = tr("\"%1\" is not a principle of this meeting's charter").arg(principle);
        return Result::Failed;
    }
    const QPair<QString, QString> current = charterCheck(meetingId, principle);
    if (current.first != expected.first || current.second != expected.second) {
        *error = tr("this check was changed somewhere else (another window?); your change was not saved");
        return Result::Conflict;
    }
    if (check.first.isEmpty()) {
        q.prepare(u"DELETE FROM charter_checks WHERE meeting_id = ? AND principle = ?"_s);
        q.addBindValue(meetingId);
        q.addBindValue(principle);
    } else {
        // Kept in the charter's order, whatever order the room scored them in.
        q.prepare(
            u"INSERT INTO charter_checks (meeting_id, position, principle, score, note) VALUES (?, "
            "(SELECT p.position FROM principles p JOIN meetings m ON m.charter_id = p.charter_id "
            " WHERE m.id = ? AND p.id = ?), ?, ?, ?) "
            "ON CONFLICT (meeting_id, principle) DO UPDATE SET score = excluded.score, note = excluded.note"_s);
        q.addBindValue(meetingId);
        q.addBindValue(meetingId);
        q.addBindValue(principle);
        q.addBindValue(principle);
        q.addBindValue(check.first);
        q.addBindValue(SqlHelpers::text(check.second));
    }
    if (!SqlHelpers::exec(q, tr("save the charter check"), error))
        return Result::Failed;
    if (!AuditLog(m_database)
             .record(u"edit"_s, u"meetings"_s, meetingId, meetingId, u"charter check: "_s + principle,
                     QString(expected.first + u' ' + expected.second).trimmed(),
                     QString(check.first + u' ' + check.second).trimmed(), error))
        return Result::Failed;
    if (!transaction.commit()) {
        *error = tr("could not save the charter check: %1").arg(transaction.errorString());
        return Result::Failed;
    }
    return Result::Done;
}

} // namespace Coproduce
