// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingformat.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "ladder.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Reads one meeting file. It keeps what later checks need: the charter, the attendees' names and the
// contribution ids, so that every cross-reference can be checked before anything is stored.
class MeetingReader
{
    Q_DECLARE_TR_FUNCTIONS(MeetingFormat)

public:
    MeetingReader(JsonReader &in, const MeetingFormat::CharterLookup &charters)
        : m_in(in)
        , m_charters(charters)
    {
    }

    std::optional<Meeting> read(const QJsonObject &root);

private:
    void readAttendees(const QJsonObject &root, Meeting &meeting);
    Activity readActivity(const QString &path, const QJsonObject &object);
    Action readAction(const QString &path, const QJsonObject &object);
    QString principle(const QJsonObject &object, const QString &path, const QString &key,
                      JsonReader::Need need);
    void checkPrinciple(const QString &id, const QString &path);

    JsonReader &m_in;
    const MeetingFormat::CharterLookup &m_charters;
    std::optional<Charter> m_charter;
    QString m_charterId;
    QSet<QString> m_attendeeNames;
    QSet<QString> m_contributionIds;
    QList<QPair<QString, QString>> m_responses; // (path, contribution id) to check at the end
};

std::optional<Meeting> MeetingReader::read(const QJsonObject &root)
{
    m_in.allowOnly(root, QString(),
                   { u"format"_s, u"title"_s, u"series"_s, u"date"_s, u"start"_s, u"end"_s, u"location"_s,
                     u"charter"_s, u"facilitator"_s, u"attendees"_s, u"activities"_s, u"charter_check"_s,
                     u"heard"_s });
    m_in.expectFormat(root, MeetingFormat::formatName());

    Meeting meeting;
    meeting.title = m_in.text(root, QString(), u"title"_s, JsonReader::Required);
    meeting.series = m_in.text(root, QString(), u"series"_s, JsonReader::Optional).trimmed();
    meeting.date = m_in.date(root, QString(), u"date"_s, JsonReader::Required);
    meeting.start = m_in.time(root, QString(), u"start"_s);
    meeting.end = m_in.time(root, QString(), u"end"_s);
    if (meeting.start.isValid() && meeting.end.isValid() && meeting.end < meeting.start)
        m_in.error(u"end"_s,
                   tr("\"%1\" is before the start, \"%2\"")
                       .arg(meeting.end.toString(u"HH:mm"_s), meeting.start.toString(u"HH:mm"_s)));
    meeting.location = m_in.text(root, QString(), u"location"_s, JsonReader::Optional);
    meeting.facilitator = m_in.text(root, QString(), u"facilitator"_s, JsonReader::Optional);

    m_charterId = m_in.text(root, QString(), u"charter"_s, JsonReader::Optional);
    if (!m_charterId.isEmpty()) {
        m_charter = m_charters(m_charterId);
        if (!m_charter)
            m_in.error(u"charter"_s,
                       tr("%1 is not a charter in this database (see `coproduce charters list`)")
                           .arg(JsonReader::quoted(m_charterId)));
        meeting.charter = m_charterId;
    }

    readAttendees(root, meeting);

    for (const auto &[path, object] : m_in.objects(root, QString(), u"activities"_s, JsonReader::Optional))
        meeting.activities << readActivity(path, object);

    for (const auto &[path, id] : std::as_const(m_responses)) {
        if (!m_contributionIds.contains(id))
            m_in.error(path,
                       tr("%1 is not the id of a contribution in this meeting").arg(JsonReader::quoted(id)));
    }

    QSet<QString> checked;
    for (const auto &[path, object] :
         m_in.objects(root, QString(), u"charter_check"_s, JsonReader::Optional)) {
        m_in.allowOnly(object, path, { u"principle"_s, u"score"_s, u"note"_s });
        CharterCheck check;
        check.principle = principle(object, path, u"principle"_s, JsonReader::Required);
        if (!check.principle.isEmpty() && checked.contains(check.principle))
            m_in.error(JsonReader::join(path, u"principle"_s),
                       tr("%1 is checked twice").arg(JsonReader::quoted(check.principle)));
        checked.insert(check.principle);
        check.score = m_in.choice(object, path, u"score"_s, Vocabulary::checkScores(), tr("a score"),
                                  JsonReader::Required);
        check.note = m_in.text(object, path, u"note"_s, JsonReader::Optional);
        meeting.charterCheck << check;
    }

    if (root.contains(u"heard"_s)) {
        const QJsonObject heard = m_in.object(root, QString(), u"heard"_s);
        m_in.allowOnly(heard, u"heard"_s, Vocabulary::heardAnswers());
        HeardCounts counts;
        counts.yes = m_in.count(heard, u"heard"_s, u"yes"_s);
        counts.partly = m_in.count(heard, u"heard"_s, u"partly"_s);
        counts.no = m_in.count(heard, u"heard"_s, u"no"_s);
        meeting.heard = counts;
    }

    if (!m_in.ok())
        return std::nullopt;
    return meeting;
}

void MeetingReader::readAttendees(const QJsonObject &root, Meeting &meeting)
{
    for (const auto &[path, object] : m_in.objects(root, QString(), u"attendees"_s, JsonReader::Optional)) {
        m_in.allowOnly(
            object, path,
            { u"name"_s, u"role"_s, u"organisation"_s, u"attendance"_s, u"credit"_s, u"access_needs"_s });
        Attendee attendee;
        attendee.name = m_in.text(object, path, u"name"_s, JsonReader::Required).trimmed();
        if (!attendee.name.isEmpty() && m_attendeeNames.contains(attendee.name))
            m_in.error(JsonReader::join(path, u"name"_s),
                       tr("%1 is listed twice (give each person a name that tells them apart)")
                           .arg(JsonReader::quoted(attendee.name)));
        m_attendeeNames.insert(attendee.name);
        attendee.role
            = m_in.choice(object, path, u"role"_s, Vocabulary::roles(), tr("a role"), JsonReader::Required);
        attendee.organisation = m_in.text(object, path, u"organisation"_s, JsonReader::Optional);
        attendee.attendance = m_in.choice(object, path, u"attendance"_s, Vocabulary::attendances(),
                                          tr("an attendance"), JsonReader::Optional, u"present"_s);
        // Without a stated wish, the default for the role: a young person in a file is never named by
        // accident.
        attendee.credit
            = m_in.choice(object, path, u"credit"_s, Vocabulary::credits(), tr("a credit preference"),
                          JsonReader::Optional, Vocabulary::defaultCredit(attendee.role));
        attendee.accessNeeds = m_in.text(object, path, u"access_needs"_s, JsonReader::Optional);
        meeting.attendees << attendee;
    }
}

QString MeetingReader::principle(const QJsonObject &object, const QString &path, const QString &key,
                                 JsonReader::Need need)
{
    const QString id = m_in.text(object, path, key, need);
    if (!id.isEmpty())
        checkPrinciple(id, JsonReader::join(path, key));
    return id;
}

void MeetingReader::checkPrinciple(const QString &id, const QString &path)
{
    if (m_charterId.isEmpty())
        m_in.error(
            path, tr("%1 names a principle, but the meeting has no \"charter\"").arg(JsonReader::quoted(id)));
    else if (m_charter && !m_charter->principle(id))
        m_in.error(path,
                   tr("%1 is not a principle of the charter \"%2\" (expected one of: %3)")
                       .arg(JsonReader::quoted(id), m_charterId, m_charter->principleIds().join(u", "_s)));
}

Activity MeetingReader::readActivity(const QString &path, const QJsonObject &object)
{
    m_in.allowOnly(object, path,
                   { u"title"_s, u"raised_by"_s, u"notes"_s, u"principles"_s, u"ladder"_s, u"poll"_s,
                     u"contributions"_s, u"decisions"_s, u"commitments"_s, u"actions"_s });
    Activity activity;
    activity.title = m_in.text(object, path, u"title"_s, JsonReader::Required);
    activity.raisedBy
        = m_in.choice(object, path, u"raised_by"_s, Vocabulary::roles(), tr("a role"), JsonReader::Optional);
    activity.notes = m_in.text(object, path, u"notes"_s, JsonReader::Optional);

    const QJsonArray principles = m_in.array(object, path, u"principles"_s, JsonReader::Optional);
    for (qsizetype i = 0; i < principles.size(); ++i) {
        const QString itemPath = JsonReader::item(JsonReader::join(path, u"principles"_s), i);
        if (!principles.at(i).isString() || principles.at(i).toString().isEmpty()) {
            m_in.error(
                itemPath,
                tr("expected the id of a principle, found %1").arg(JsonReader::describe(principles.at(i))));
            continue;
        }
        const QString id = principles.at(i).toString();
        checkPrinciple(id, itemPath);
        if (activity.principles.contains(id))
            m_in.error(itemPath, tr("%1 is listed twice").arg(JsonReader::quoted(id)));
        else
            activity.principles << id;
    }

    const QJsonObject ladder = m_in.object(object, path, u"ladder"_s);
    const QString ladderPath = JsonReader::join(path, u"ladder"_s);
    for (auto it = ladder.begin(); it != ladder.end(); ++it) {
        if (!Vocabulary::roles().contains(it.key())) {
            m_in.error(JsonReader::join(ladderPath, it.key()),
                       tr("%1 is not a role (expected one of: %2)")
                           .arg(JsonReader::quoted(it.key()), Vocabulary::roles().join(u", "_s)));
            continue;
        }
        activity.ladder.insert(it.key(),
                               m_in.choice(ladder, ladderPath, it.key(), Ladder::builtIn().rungIds(),
                                           tr("a rung of the ladder"), JsonReader::Required));
    }

    // The room's poll: role -> rung -> how many people; a count of 0 is the same as leaving it out.
    const QJsonObject poll = m_in.object(object, path, u"poll"_s);
    const QString pollPath = JsonReader::join(path, u"poll"_s);
    for (auto it = poll.begin(); it != poll.end(); ++it) {
        const QString rolePath = JsonReader::join(pollPath, it.key());
        if (!Vocabulary::roles().contains(it.key())) {
            m_in.error(rolePath,
                       tr("%1 is not a role (expected one of: %2)")
                           .arg(JsonReader::quoted(it.key()), Vocabulary::roles().join(u", "_s)));
            continue;
        }
        const QJsonObject counts = m_in.object(poll, pollPath, it.key());
        m_in.allowOnly(counts, rolePath, Ladder::builtIn().rungIds());
        for (const QString &rung : Ladder::builtIn().rungIds()) {
            const int count = m_in.count(counts, rolePath, rung);
            if (count > 0)
                activity.poll[it.key()].insert(rung, count);
        }
    }

    for (const auto &[itemPath, item] :
         m_in.objects(object, path, u"contributions"_s, JsonReader::Optional)) {
        m_in.allowOnly(item, itemPath, { u"id"_s, u"by"_s, u"text"_s });
        Contribution contribution;
        contribution.ref = m_in.text(item, itemPath, u"id"_s, JsonReader::Optional);
        if (!contribution.ref.isEmpty() && m_contributionIds.contains(contribution.ref))
            m_in.error(
                JsonReader::join(itemPath, u"id"_s),
                tr("%1 is the id of another contribution already").arg(JsonReader::quoted(contribution.ref)));
        if (!contribution.ref.isEmpty())
            m_contributionIds.insert(contribution.ref);
        contribution.by = m_in.text(item, itemPath, u"by"_s, JsonReader::Optional).trimmed();
        if (!contribution.by.isEmpty() && !m_attendeeNames.contains(contribution.by)
            && !Vocabulary::roles().contains(contribution.by))
            m_in.error(
                JsonReader::join(itemPath, u"by"_s),
                tr("%1 is not an attendee of this meeting nor a role (expected an attendee's name, or one "
                   "of: %2)")
                    .arg(JsonReader::quoted(contribution.by), Vocabulary::roles().join(u", "_s)));
        contribution.text = m_in.text(item, itemPath, u"text"_s, JsonReader::Required);
        activity.contributions << contribution;
    }

    for (const auto &[itemPath, item] : m_in.objects(object, path, u"decisions"_s, JsonReader::Optional)) {
        m_in.allowOnly(item, itemPath, { u"text"_s, u"easy_read"_s, u"made"_s });
        Decision decision;
        decision.text = m_in.text(item, itemPath, u"text"_s, JsonReader::Required);
        decision.easyRead = m_in.text(item, itemPath, u"easy_read"_s, JsonReader::Optional);
        decision.made = m_in.choice(item, itemPath, u"made"_s, Vocabulary::decisionMade(),
                                    tr("where the decision was made"), JsonReader::Optional, u"in-meeting"_s);
        activity.decisions << decision;
    }

    for (const auto &[itemPath, item] : m_in.objects(object, path, u"commitments"_s, JsonReader::Optional)) {
        m_in.allowOnly(item, itemPath, { u"by"_s, u"text"_s, u"principle"_s });
        Commitment commitment;
        commitment.by = m_in.text(item, itemPath, u"by"_s, JsonReader::Optional);
        commitment.text = m_in.text(item, itemPath, u"text"_s, JsonReader::Required);
        commitment.principle = principle(item, itemPath, u"principle"_s, JsonReader::Optional);
        activity.commitments << commitment;
    }

    for (const auto &[itemPath, item] : m_in.objects(object, path, u"actions"_s, JsonReader::Optional))
        activity.actions << readAction(itemPath, item);
    return activity;
}

Action MeetingReader::readAction(const QString &path, const QJsonObject &object)
{
    m_in.allowOnly(object, path,
                   { u"text"_s, u"easy_read"_s, u"owner"_s, u"due"_s, u"status"_s, u"reason"_s,
                     u"responds_to"_s, u"updates"_s });
    Action action;
    action.text = m_in.text(object, path, u"text"_s, JsonReader::Required);
    action.easyRead = m_in.text(object, path, u"easy_read"_s, JsonReader::Optional);
    action.owner = m_in.text(object, path, u"owner"_s, JsonReader::Optional);
    action.due = m_in.date(object, path, u"due"_s, JsonReader::Optional);
    action.status = m_in.choice(object, path, u"status"_s, Vocabulary::actionStatuses(),
                                tr("an action status"), JsonReader::Optional, u"open"_s);
    action.reason = m_in.text(object, path, u"reason"_s, JsonReader::Optional);
    if (action.status == u"cannot-do" && action.reason.trimmed().isEmpty())
        m_in.error(JsonReader::join(path, u"reason"_s),
                   tr("is missing: an action that cannot be done must say why (status is \"cannot-do\")"));
    action.respondsTo = m_in.text(object, path, u"responds_to"_s, JsonReader::Optional);
    if (!action.respondsTo.isEmpty())
        m_responses.append({ JsonReader::join(path, u"responds_to"_s), action.respondsTo });
    for (const auto &[itemPath, item] : m_in.objects(object, path, u"updates"_s, JsonReader::Optional)) {
        m_in.allowOnly(item, itemPath, { u"date"_s, u"status"_s, u"note"_s });
        ActionUpdate update;
        update.date = m_in.date(item, itemPath, u"date"_s, JsonReader::Required);
        update.status = m_in.choice(item, itemPath, u"status"_s, Vocabulary::actionStatuses(),
                                    tr("an action status"), JsonReader::Required);
        update.note = m_in.text(item, itemPath, u"note"_s, JsonReader::Optional);
        action.updates << update;
    }
    return action;
}

void writeAction(JsonWriter &out, const Action &a)
{
    out.field(u"text"_s, a.text);
    out.optionalField(u"easy_read"_s, a.easyRead);
    out.optionalField(u"owner"_s, a.owner);
    if (a.due.isValid())
        out.field(u"due"_s, a.due.toString(Qt::ISODate));
    out.field(u"status"_s, a.status);
    out.optionalField(u"reason"_s, a.reason);
    out.optionalField(u"responds_to"_s, a.respondsTo);
    out.objectList(u"updates"_s, a.updates, [&](const ActionUpdate &u) {
        out.field(u"date"_s, u.date.toString(Qt::ISODate));
        out.field(u"status"_s, u.status);
        out.optionalField(u"note"_s, u.note);
    });
}

void writeActivity(JsonWriter &out, const Activity &activity)
{
    out.field(u"title"_s, activity.title);
    out.optionalField(u"raised_by"_s, activity.raisedBy);
    out.optionalField(u"notes"_s, activity.notes);
    out.textList(u"principles"_s, activity.principles);
    if (!activity.ladder.isEmpty()) {
        out.key(u"ladder"_s);
        out.beginObject();
        for (const QString &role : Vocabulary::roles()) // roles in their usual order, not alphabetical
            if (activity.ladder.contains(role))
                out.field(role, activity.ladder.value(role));
        out.endObject();
    }
    if (!activity.poll.isEmpty()) {
        out.key(u"poll"_s);
        out.beginObject();
        for (const QString &role : Vocabulary::roles()) {
            if (!activity.poll.contains(role))
                continue;
            out.key(role);
            out.beginObject();
            const QMap<QString, int> &counts = activity.poll[role];
            for (const QString &rung : Ladder::builtIn().rungIds()) // lowest rung first
                if (counts.value(rung) > 0)
                    out.field(rung, qint64(counts.value(rung)));
            out.endObject();
        }
        out.endObject();
    }
    out.objectList(u"contributions"_s, activity.contributions, [&](const Contribution &c) {
        out.optionalField(u"id"_s, c.ref);
        out.optionalField(u"by"_s, c.by);
        out.field(u"text"_s, c.text);
    });
    out.objectList(u"decisions"_s, activity.decisions, [&](const Decision &d) {
        out.field(u"text"_s, d.text);
        out.optionalField(u"easy_read"_s, d.easyRead);
        out.field(u"made"_s, d.made);
    });
    out.objectList(u"commitments"_s, activity.commitments, [&](const Commitment &c) {
        out.optionalField(u"by"_s, c.by);
        out.field(u"text"_s, c.text);
        out.optionalField(u"principle"_s, c.principle);
    });
    out.objectList(u"actions"_s, activity.actions, [&](const Action &a) { writeAction(out, a); });
}

} // namespace

QString MeetingFormat::formatName()
{
    return u"coproduce-meeting/1"_s;
}

std::optional<Meeting> MeetingFormat::read(const QByteArray &bytes, const QString &fileName,
                                           const CharterLookup &charters, QStringList *errors)
{
    JsonReader in(fileName);
    const std::optional<QJsonObject> root = in.parse(bytes);
    std::optional<Meeting> meeting;
    if (root)
        meeting = MeetingReader(in, charters).read(*root);
    if (!in.ok()) {
        *errors = in.errors();
        return std::nullopt;
    }
    return meeting;
}

QByteArray MeetingFormat::write(const Meeting &meeting)
{
    JsonWriter out;
    out.beginObject();
    out.field(u"format"_s, formatName());
    out.field(u"title"_s, meeting.title);
    out.optionalField(u"series"_s, meeting.series);
    out.field(u"date"_s, meeting.date.toString(Qt::ISODate));
    if (meeting.start.isValid())
        out.field(u"start"_s, meeting.start.toString(u"HH:mm"_s));
    if (meeting.end.isValid())
        out.field(u"end"_s, meeting.end.toString(u"HH:mm"_s));
    out.optionalField(u"location"_s, meeting.location);
    out.optionalField(u"charter"_s, meeting.charter);
    out.optionalField(u"facilitator"_s, meeting.facilitator);

    out.objectList(
        u"attendees"_s, meeting.attendees,
        [&](const Attendee &a) {
            out.field(u"name"_s, a.name);
            out.field(u"role"_s, a.role);
            out.optionalField(u"organisation"_s, a.organisation);
            out.field(u"attendance"_s, a.attendance);
            out.field(u"credit"_s, a.credit);
            out.optionalField(u"access_needs"_s, a.accessNeeds);
        },
        true);
    out.objectList(
        u"activities"_s, meeting.activities, [&](const Activity &activity) { writeActivity(out, activity); },
        true);
    out.objectList(u"charter_check"_s, meeting.charterCheck, [&](const CharterCheck &check) {
        out.field(u"principle"_s, check.principle);
        out.field(u"score"_s, check.score);
        out.optionalField(u"note"_s, check.note);
    });
    if (meeting.heard) {
        out.key(u"heard"_s);
        out.beginObject();
        out.field(u"yes"_s, meeting.heard->yes);
        out.field(u"partly"_s, meeting.heard->partly);
        out.field(u"no"_s, meeting.heard->no);
        out.endObject();
    }
    out.endObject();
    return out.data();
}

} // namespace Coproduce
