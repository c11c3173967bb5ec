// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/importer.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

QJsonObject example()
{
    return QJsonDocument::fromJson(Test::readFile(Test::dataPath(u"meetings/example.json"_s))).object();
}

// Sets (or, with an undefined value, removes) the value at a path such as "activities/0/actions/0/due".
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = path.isEmpty() ? value : setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = path.isEmpty() ? value : setAt(object.value(step), path, value);
    return object;
}

QByteArray exampleWith(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(setAt(example(), path.split(u'/'), value).toObject()).toJson();
}

} // namespace

class TestMeetingFormat : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
    }

    void readsTheDocumentedExample()
    {
        QStringList errors;
        const std::optional<qint64> id = Importer(*m_db).importMeeting(
            Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"example.json"_s, &errors);
        QVERIFY2(id, qPrintable(errors.join(u'\n')));
        const Meeting m = *MeetingRepository(*m_db).load(*id);
        QCOMPARE(m.title, u"Home to school transport: co-production workshop"_s);
        QCOMPARE(m.series, u"Home to school transport"_s);
        QCOMPARE(m.date, QDate(2026, 11, 18));
        QCOMPARE(m.start, QTime(10, 0));
        QCOMPARE(m.end, QTime(12, 30));
        QCOMPARE(m.attendees.size(), 3);
        QCOMPARE(m.attendees.at(1).credit, u"role-only"_s);
        QCOMPARE(m.attendees.at(1).accessNeeds, u"Large print papers"_s);
        QCOMPARE(m.attendees.at(2).organisation, QString());
        const Activity &a = m.activities.first();
        QCOMPARE(a.principles, (QStringList { u"communication"_s, u"accessibility"_s }));
        QCOMPARE(a.ladder.value(u"parent-carer"_s), u"information"_s);
        QCOMPARE(a.poll.value(u"parent-carer"_s).value(u"information"_s), 4);
        QCOMPARE(a.poll.value(u"young-person"_s), (QMap<QString, int> { { u"education"_s, 1 } }));
        QCOMPARE(a.poll.size(), 3);
        QCOMPARE(a.contributions.first().by, u"Jo Turner"_s);
        QCOMPARE(a.decisions.first().easyRead, u"We will write the letter again with parents."_s);
        QCOMPARE(a.commitments.first().principle, u"honesty-transparency-accountability"_s);
        QCOMPARE(a.actions.first().due, QDate(2026, 12, 16));
        QCOMPARE(a.actions.first().respondsTo, a.contributions.first().ref);
        QCOMPARE(m.charterCheck.first().score, u"partly"_s);
        QCOMPARE(m.heard->yes, 7);
        QCOMPARE(m.heard->partly, 2);
    }

    // A file that does not say how a person wants to be credited gets the default for their role.
    void aMissingCreditFollowsTheRole()
    {
        const QByteArray json = R"({"format": "coproduce-meeting/1", "title": "Credits", "date": "2026-11-30",
            "attendees": [{"name": "A", "role": "young-person"}, {"name": "B", "role": "parent-carer"},
                          {"name": "C", "role": "professional"}, {"name": "D", "role": "partner"},
                          {"name": "E", "role": "facilitator"}, {"name": "F", "role": "other"},
                          {"name": "G", "role": "young-person", "credit": "role-only"}]})";
        QStringList errors;
        const std::optional<qint64> id = Importer(*m_db).importMeeting(json, u"credits.json"_s, &errors);
        QVERIFY2(id, qPrintable(errors.join(u'\n')));
        const std::optional<Meeting> meeting = MeetingRepository(*m_db).load(*id);
        QVERIFY(meeting);
        QStringList credits;
        for (const Attendee &a : meeting->attendees)
            credits << a.credit;
        QCOMPARE(credits,
                 (QStringList { u"anonymous"_s, u"role-only"_s, u"named"_s, u"named"_s, u"named"_s,
                                u"role-only"_s, u"role-only"_s }));
    }

    void exportImportExportIsByteIdentical()
    {
        QStringList errors;
        Importer importer(*m_db);
        MeetingRepository meetings(*m_db);
        const auto first = importer.importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                  u"e"_s, &errors);
        const QByteArray exported = MeetingFormat::write(*meetings.load(*first));
        const auto second = importer.importMeeting(exported, u"exported.json"_s, &errors);
        QVERIFY2(second, qPrintable(errors.join(u'\n')));
        QVERIFY(*second != *first);
        QCOMPARE(MeetingFormat::write(*meetings.load(*second)), exported);
    }

    void anyTextOfAnyLengthRoundTrips()
    {
        QJsonObject meeting = example();
        const QString names[] = { u"Zoë Ní Bhriain"_s, u"محمد عبد الله"_s, u"李梅"_s, u"Łukasz 🙂"_s };
        QJsonArray attendees = meeting.value(u"attendees"_s).toArray();
        for (const QString &name : names)
            attendees.append(QJsonObject { { u"name"_s, name }, { u"role"_s, u"parent-carer"_s } });
        meeting[u"attendees"_s] = attendees;
        QString longNotes;
        while (longNotes.size() < 300000)
            longNotes += u"Line with tab\t, quote \", backslash \\ and emoji 👩‍👧 — "_s
                + QString::number(longNotes.size()) + u'\n';
        meeting = setAt(meeting, { u"activities"_s, u"0"_s, u"notes"_s }, longNotes).toObject();
        meeting = setAt(meeting, { u"activities"_s, u"0"_s, u"contributions"_s, u"0"_s, u"by"_s }, names[1])
                      .toObject();

        QStringList errors;
        const auto id = Importer(*m_db).importMeeting(QJsonDocument(meeting).toJson(), u"u.json"_s, &errors);
        QVERIFY2(id, qPrintable(errors.join(u'\n')));
        const Meeting loaded = *MeetingRepository(*m_db).load(*id);
        QCOMPARE(loaded.activities.first().notes, longNotes);
        QCOMPARE(loaded.activities.first().contributions.first().by, names[1]);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(loaded.attendees.at(3 + i).name, names[i]);
        const QByteArray out = MeetingFormat::write(loaded);
        QVERIFY(out.contains(u"محمد عبد الله"_s.toUtf8()));
        QVERIFY(out.contains(u"👩‍👧"_s.toUtf8()));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QByteArray &json, const QString &expected) {
            QTest::newRow(name) << json << expected;
        };
        row("not a date", exampleWith(u"activities/0/actions/0/due"_s, u"2026-13-01"_s),
            u"bad.json: activities[0].actions[0].due: \"2026-13-01\" is not a date (YYYY-MM-DD)"_s);
        row("date in another form", exampleWith(u"date"_s, u"18/11/2026"_s),
            u"date: \"18/11/2026\" is not a date"_s);
        row("no date", exampleWith(u"date"_s, QJsonValue::Undefined), u"date: is missing (expected a date"_s);
        row("no title", exampleWith(u"title"_s, QJsonValue::Undefined),
            u"title: is missing (expected text)"_s);
        row("blank title", exampleWith(u"title"_s, u"   "_s), u"title: is empty"_s);
        row("title a number", exampleWith(u"title"_s, 42), u"title: expected text, found the number 42"_s);
        row("not a time", exampleWith(u"start"_s, u"10am"_s),
            u"start: \"10am\" is not a time of day (HH:MM"_s);
        row("ends before it starts", exampleWith(u"end"_s, u"09:00"_s),
            u"end: \"09:00\" is before the start, \"10:00\""_s);
        row("unknown charter", exampleWith(u"charter"_s, u"leeds"_s),
            u"charter: \"leeds\" is not a charter in this database"_s);
        row("unknown role", exampleWith(u"attendees/1/role"_s, u"parent"_s),
            u"attendees[1].role: \"parent\" is not a role (expected one of: facilitator, parent-carer"_s);
        row("no role", exampleWith(u"attendees/0/role"_s, QJsonValue::Undefined),
            u"attendees[0].role: is missing (expected a role"_s);
        row("unknown attendance", exampleWith(u"attendees/0/attendance"_s, u"late"_s),
            u"attendees[0].attendance: \"late\" is not an attendance (expected one of: present, apologies, absent)"_s);
        row("unknown credit", exampleWith(u"attendees/2/credit"_s, u"initials"_s),
            u"attendees[2].credit: \"initials\" is not a credit preference"_s);
        row("same name twice", exampleWith(u"attendees/2/name"_s, u"Jo Turner"_s),
            u"attendees[2].name: \"Jo Turner\" is listed twice"_s);
        row("unknown rung", exampleWith(u"activities/0/ladder/facilitator"_s, u"coproduction"_s),
            u"activities[0].ladder.facilitator: \"coproduction\" is not a rung of the ladder (expected one of: coercion"_s);
        row("unknown perspective", exampleWith(u"activities/0/ladder/teacher"_s, u"information"_s),
            u"activities[0].ladder.teacher: \"teacher\" is not a role"_s);
        row("unknown rung in the poll", exampleWith(u"activities/0/poll/parent-carer/top"_s, 3),
            u"activities[0].poll.parent-carer.top: is not a field here (expected one of: coercion, education"_s);
        row("negative count in the poll", exampleWith(u"activities/0/poll/parent-carer/consultation"_s, -1),
            u"activities[0].poll.parent-carer.consultation: expected a whole number of people (0 or more), found the number -1"_s);
        row("unknown role in the poll", exampleWith(u"activities/0/poll/teacher"_s, QJsonObject()),
            u"activities[0].poll.teacher: \"teacher\" is not a role"_s);
        row("poll not an object", exampleWith(u"activities/0/poll/professional"_s, 3),
            u"activities[0].poll.professional: expected an object, found the number 3"_s);
        row("unknown raised_by", exampleWith(u"activities/0/raised_by"_s, u"mum"_s),
            u"activities[0].raised_by: \"mum\" is not a role"_s);
        row("unknown principle", exampleWith(u"activities/0/principles/1"_s, u"kindness"_s),
            u"activities[0].principles[1]: \"kindness\" is not a principle of the charter \"derby\" (expected one of: honesty-transparency-accountability"_s);
        row("principle twice", exampleWith(u"activities/0/principles/1"_s, u"communication"_s),
            u"activities[0].principles[1]: \"communication\" is listed twice"_s);
        row("commitment principle",
            exampleWith(u"activities/0/commitments/0/principle"_s, u"be-accountable"_s),
            u"activities[0].commitments[0].principle: \"be-accountable\" is not a principle of the charter \"derby\""_s);
        row("check principle", exampleWith(u"charter_check/0/principle"_s, u"listen-and-communicate"_s),
            u"charter_check[0].principle: \"listen-and-communicate\" is not a principle"_s);
        row("principle without charter", exampleWith(u"charter"_s, QJsonValue::Undefined),
            u"activities[0].principles[0]: \"communication\" names a principle, but the meeting has no \"charter\""_s);
        row("unknown score", exampleWith(u"charter_check/0/score"_s, u"good"_s),
            u"charter_check[0].score: \"good\" is not a score (expected one of: yes, partly, not-yet)"_s);
        row("unknown status", exampleWith(u"activities/0/actions/0/status"_s, u"finished"_s),
            u"activities[0].actions[0].status: \"finished\" is not an action status (expected one of: open, in-progress, done, cannot-do)"_s);
        row("cannot do without a reason", exampleWith(u"activities/0/actions/0/status"_s, u"cannot-do"_s),
            u"activities[0].actions[0].reason: is missing: an action that cannot be done must say why"_s);
        row("answers nothing", exampleWith(u"activities/0/actions/0/responds_to"_s, u"c9"_s),
            u"activities[0].actions[0].responds_to: \"c9\" is not the id of a contribution in this meeting"_s);
        row("said by a stranger", exampleWith(u"activities/0/contributions/0/by"_s, u"Jon Turner"_s),
            u"activities[0].contributions[0].by: \"Jon Turner\" is not an attendee of this meeting nor a role"_s);
        row("unknown made", exampleWith(u"activities/0/decisions/0/made"_s, u"outside"_s),
            u"activities[0].decisions[0].made: \"outside\" is not where the decision was made (expected one of: in-meeting, elsewhere)"_s);
        row("bad update",
            exampleWith(
                u"activities/0/actions/0/updates"_s,
                QJsonArray { QJsonObject { { u"date"_s, u"2026-12-01"_s }, { u"status"_s, u"closed"_s } } }),
            u"activities[0].actions[0].updates[0].status: \"closed\" is not an action status"_s);
        row("typo in a field", exampleWith(u"activities/0/actions/0/staus"_s, u"done"_s),
            u"activities[0].actions[0].staus: is not a field here (expected one of: text, easy_read, owner, due, status"_s);
        row("negative count", exampleWith(u"heard/yes"_s, -1),
            u"heard.yes: expected a whole number of people (0 or more), found the number -1"_s);
        row("activities not a list", exampleWith(u"activities"_s, QJsonObject()),
            u"activities: expected a list, found an object"_s);
        row("activity not an object", exampleWith(u"activities/0"_s, u"Transport"_s),
            u"activities[0]: expected an object, found the text \"Transport\""_s);
        row("wrong format", exampleWith(u"format"_s, u"coproduce-charter/1"_s),
            u"format: expected \"coproduce-meeting/1\""_s);
        row("newer format", exampleWith(u"format"_s, u"coproduce-meeting/2"_s),
            u"format: \"coproduce-meeting/2\" is a newer or unknown version"_s);
        row("no format", exampleWith(u"format"_s, QJsonValue::Undefined),
            u"format: is missing (expected \"coproduce-meeting/1\")"_s);
        row("cut short", Test::readFile(Test::dataPath(u"meetings/example.json"_s)).left(400),
            u"bad.json: line "_s);
        row("invalid UTF-8", QByteArray("{\"format\": \"coproduce-meeting/1\", \"title\": \"caf\xff\"}"),
            u"not valid JSON"_s);
        row("empty file", QByteArray(), u"not valid JSON"_s);
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto before = Test::tableCounts(*m_db);
        QStringList errors;
        QVERIFY(!Importer(*m_db).importMeeting(json, u"bad.json"_s, &errors));
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(expected), qPrintable(u"got:\n"_s + all));
        for (const QString &line : errors)
            QVERIFY2(line.startsWith(u"bad.json: "_s), qPrintable(line));
        QCOMPARE(Test::tableCounts(*m_db), before);
    }

    void everyProblemIsReportedAtOnce()
    {
        QJsonObject meeting = example();
        meeting = setAt(meeting, { u"date"_s }, u"tomorrow"_s).toObject();
        meeting = setAt(meeting, { u"activities"_s, u"0"_s, u"actions"_s, u"0"_s, u"status"_s }, u"nope"_s)
                      .toObject();
        QStringList errors;
        QVERIFY(!Importer(*m_db).importMeeting(QJsonDocument(meeting).toJson(), u"two.json"_s, &errors));
        QCOMPARE(errors.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMeetingFormat)
#include "tst_meetingformat.moc"
