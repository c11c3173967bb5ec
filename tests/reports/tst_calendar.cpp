// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar invites (issue 23): written by libical, read back by libical (CalendarFile::read) and by a
// reader nobody here wrote (Python's icalendar, tests/tools/readics.py); a council's calendar read in;
// bad files refused with nothing changed; and the same through `coproduce meetings calendar` and
// `import-calendar`. Dates on both sides of the clocks changing in 2027 (28 March and 31 October).
#include "testsupport.h"

#include "core/calendarfile.h"
#include "core/importer.h"
#include "core/meetingrepository.h"
#include "reports/calendarinvite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

const QString Forum = u"Parent carer forum"_s;
const QString Place = u"Council House, Corporation Street, Derby"_s;

Attendee person(const QString &name, const QString &role, const QString &credit, const QString &needs)
{
    Attendee a;
    a.name = name;
    a.role = role;
    a.credit = credit;
    a.accessNeeds = needs;
    return a;
}

Meeting meeting(const QString &title, const QDate &date, const QTime &start, const QTime &end)
{
    Meeting m;
    m.title = title;
    m.series = Forum;
    m.date = date;
    m.start = start;
    m.end = end;
    m.location = Place;
    m.charter = u"derby"_s;
    return m;
}

QJsonObject pythonReads(const QString &path)
{
    // Debian's own Python, where python3-icalendar is installed (not one earlier on the PATH).
    QProcess python;
    python.start(QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s,
                 { QStringLiteral(COPRODUCE_READICS), path });
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        qFatal("readics.py failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// An Outlook-style invite: Windows' name for the zone, with its rules in the file.
const char *const CouncilCalendar = R"(BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16011028T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:-0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:-0000
TZOFFSETTO:+0100
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010
SUMMARY:SEND forum
DTSTART;TZID=GMT Standard Time:20271019T180000
DTEND;TZID=GMT Standard Time:20271019T193000
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE;TZID=GMT Standard Time:20271102T180000
LOCATION:Room 2\, Civic Centre
DTSTAMP:20261201T090000Z
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010
RECURRENCE-ID;TZID=GMT Standard Time:20271026T180000
SUMMARY:SEND forum (moved)
DTSTART;TZID=GMT Standard Time:20271027T170000
DTEND;TZID=GMT Standard Time:20271027T183000
LOCATION:Library
DTSTAMP:20261201T090000Z
END:VEVENT
BEGIN:VEVENT
UID:single-utc
SUMMARY:Short breaks review
DTSTART:20270512T130000Z
DURATION:PT1H
DTSTAMP:20261201T090000Z
END:VEVENT
BEGIN:VEVENT
UID:all-day
SUMMARY:Family fun day
DTSTART;VALUE=DATE:20270717
DTEND;VALUE=DATE:20270718
DTSTAMP:20261201T090000Z
END:VEVENT
BEGIN:VEVENT
UID:called-off
SUMMARY:Called off
STATUS:CANCELLED
DTSTART:20270601T100000Z
DTSTAMP:20261201T090000Z
END:VEVENT
END:VCALENDAR
)";

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

    Database m_db;
    QTemporaryDir m_dir;
    int m_runs = 0;

    void store(const Meeting &m)
    {
        QString error;
        QVERIFY2(MeetingRepository(m_db).insert(m, &error), qPrintable(error));
    }
    // The forum's last meeting, with who came and what they need; then four meetings planned, two on each
    // side of each change of the clocks, at no regular interval.
    void forum()
    {
        Meeting past = meeting(u"Forum"_s, QDate(2027, 2, 23), QTime(10, 0), QTime(12, 0));
        past.attendees = { person(u"Sam Patel"_s, u"professional"_s, u"named"_s, u"BSL interpreter"_s),
                           person(u"Lily Brown"_s, u"young-person"_s, u"named"_s, u"Uses a wheelchair"_s),
                           person(u"Amira Khan"_s, u"parent-carer"_s, u"anonymous"_s, u"Needs breaks"_s),
                           person(u"Jo Smith"_s, u"parent-carer"_s, u"role-only"_s, u"hearing loop"_s),
                           person(u"Pat Lee"_s, u"partner"_s, u"named"_s, QString()) };
        store(past);
        store(meeting(u"Forum: spring"_s, QDate(2027, 3, 23), QTime(10, 0), QTime(12, 0)));
        store(meeting(u"Forum: spring"_s, QDate(2027, 3, 30), QTime(10, 0), QTime(12, 0)));
        store(meeting(u"Forum: autumn"_s, QDate(2027, 10, 26), QTime(18, 0), QTime(19, 30)));
        store(meeting(u"Forum: autumn"_s, QDate(2027, 11, 2), QTime(18, 0), QTime(19, 30)));
    }
    QString write(const QList<CalendarEvent> &events, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Test::writeFile(
            path, CalendarFile::write(events, Forum, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)));
        return path;
    }

private Q_SLOTS:
    void init()
    {
        // A file (the command line reaches it too), one per test and row.
        m_db.close();
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QString::number(++m_runs);
        QVERIFY(Test::openWithCharters(m_db, m_dir.filePath(name + u".sqlite"_s)));
    }

    void aSeriesReadsBackTheSameInBothReaders()
    {
        forum();
        QString error;
        const auto events = CalendarInvite(m_db).series(Forum, QDate(2027, 3, 1), &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(events->size(), 4); // not regular: one event each
        const QString path = write(*events, u"forum.ics"_s);
        const QByteArray bytes = Test::readFile(path);
        QVERIFY(bytes.contains("\r\n")); // RFC 5545 lines
        for (const char *hidden : { "Lily", "Amira", "Jo Smith" })
            QVERIFY2(!bytes.contains(hidden), hidden);

        // libical.
        QStringList errors;
        const auto read = CalendarFile::read(bytes, path, &errors);
        QVERIFY2(read, qPrintable(errors.join(u'\n')));
        QCOMPARE(read->events.size(), 4);
        const QList<QPair<QDate, QTime>> when { { QDate(2027, 3, 23), QTime(10, 0) },
                                                { QDate(2027, 3, 30), QTime(10, 0) },
                                                { QDate(2027, 10, 26), QTime(18, 0) },
                                                { QDate(2027, 11, 2), QTime(18, 0) } };
        for (int i = 0; i < 4; ++i) {
            const CalendarEvent &e = read->events.at(i);
            QCOMPARE(e.date, when.at(i).first);
            QCOMPARE(e.start, when.at(i).second);
            QCOMPARE(e.end, i < 2 ? QTime(12, 0) : QTime(19, 30));
            QCOMPARE(e.location, Place);
            QCOMPARE(e.summary, events->at(i).summary);
            QCOMPARE(e.description, events->at(i).description);
        }
        const QString description = read->events.constFirst().description;
        QVERIFY2(description.startsWith(u"A meeting of the series \"Parent carer forum\"."_s),
                 qPrintable(description));
        for (const QString &line : { u"Please arrange:"_s, u"- An interpreter"_s, u"- Step-free access"_s,
                                     u"- Breaks"_s, u"- A hearing loop"_s, u"- Sam Patel: BSL interpreter"_s,
                                     u"- A young person: Uses a wheelchair"_s, u"- Someone: Needs breaks"_s,
                                     u"- A parent carer: hearing loop"_s })
            QVERIFY2(description.split(u'\n').contains(line), qPrintable(line + u"\n---\n"_s + description));
        QVERIFY(!description.contains(u"Pat Lee"_s)); // no needs, so not listed

        // Python's icalendar: the same fields, and the instants on each side of the clocks changing.
        const QJsonObject python = pythonReads(path);
        QCOMPARE(python.value(u"name"_s).toString(), Forum);
        const QJsonArray list = python.value(u"events"_s).toArray();
        QCOMPARE(list.size(), 4);
        const QStringList utc { u"2027-03-23T10:00Z"_s, u"2027-03-30T09:00Z"_s, u"2027-10-26T17:00Z"_s,
                                u"2027-11-02T18:00Z"_s };
        for (int i = 0; i < 4; ++i) {
            const QJsonObject e = list.at(i).toObject();
            QCOMPARE(e.value(u"uid"_s).toString(), events->at(i).uid);
            QCOMPARE(e.value(u"summary"_s).toString(), events->at(i).summary);
            QCOMPARE(e.value(u"location"_s).toString(), Place);
            QCOMPARE(e.value(u"description"_s).toString(), events->at(i).description);
            QCOMPARE(e.value(u"tzid"_s).toString(), u"Europe/London"_s);
            const QJsonArray dates = e.value(u"occurrences"_s).toArray();
            QCOMPARE(dates.size(), 1);
            const QJsonObject start = dates.at(0).toObject().value(u"start"_s).toObject();
            QCOMPARE(start.value(u"utc"_s).toString(), utc.at(i));
            QCOMPARE(start.value(u"local"_s).toString(),
                     when.at(i).first.toString(Qt::ISODate) + u'T' + when.at(i).second.toString(u"HH:mm"_s));
        }
    }

    void aRegularSeriesIsOneRepeatingEvent()
    {
        // Every other Tuesday at 10:00, across the start of summer time.
        for (const QDate &d :
             { QDate(2027, 3, 16), QDate(2027, 3, 30), QDate(2027, 4, 13), QDate(2027, 4, 27) })
            store(meeting(u"Forum"_s, d, QTime(10, 0), QTime(11, 30)));
        QString error;
        const auto events = CalendarInvite(m_db).series(Forum, QDate(2027, 3, 1), &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(events->size(), 1);
        const QString path = write(*events, u"regular.ics"_s);
        QStringList errors;
        const auto read = CalendarFile::read(Test::readFile(path), path, &errors);
        QVERIFY2(read, qPrintable(errors.join(u'\n')));
        QCOMPARE(read->events.size(), 4);
        for (const CalendarEvent &e : read->events) {
            QCOMPARE(e.start, QTime(10, 0));
            QCOMPARE(e.end, QTime(11, 30));
        }
        QCOMPARE(read->events.at(2).date, QDate(2027, 4, 13));

        const QJsonObject e = pythonReads(path).value(u"events"_s).toArray().at(0).toObject();
        QCOMPARE(e.value(u"rrule"_s).toString(), u"FREQ=WEEKLY;COUNT=4;INTERVAL=2"_s);
        const QJsonArray dates = e.value(u"occurrences"_s).toArray();
        QCOMPARE(dates.size(), 4);
        const QStringList utc { u"2027-03-16T10:00Z"_s, u"2027-03-30T09:00Z"_s, u"2027-04-13T09:00Z"_s,
                                u"2027-04-27T09:00Z"_s };
        for (int i = 0; i < 4; ++i) {
            const QJsonObject occurrence = dates.at(i).toObject();
            QCOMPARE(occurrence.value(u"start"_s).toObject().value(u"utc"_s).toString(), utc.at(i));
            QVERIFY(occurrence.value(u"end"_s).toObject().value(u"local"_s).toString().endsWith(u"T11:30"_s));
        }
    }

    // As an invitee reads it: each arrangement once, and a need two people share on one line.
    void theDescriptionSaysEachNeedOnce()
    {
        const Meeting m = meeting(u"Forum"_s, QDate(2027, 3, 23), QTime(10, 0), QTime(12, 0));
        const QString text = CalendarInvite::description(
            m,
            { person(u"Jo Smith"_s, u"parent-carer"_s, u"role-only"_s, u"Hearing loop"_s),
              person(u"Amy Ward"_s, u"parent-carer"_s, u"role-only"_s, u"Hearing loop"_s),
              person(u"Ruth Ibbotson"_s, u"professional"_s, u"named"_s, u"Easy-read papers"_s) });
        QCOMPARE(text.split(u'\n'),
                 (QStringList { u"A meeting of the series \"Parent carer forum\"."_s, QString(),
                                u"Please arrange:"_s, u"- A hearing loop"_s, u"- Easy-read papers"_s,
                                QString(), u"What people have told us they need:"_s,
                                u"- A parent carer: Hearing loop (2 people)"_s,
                                u"- Ruth Ibbotson: Easy-read papers"_s }));
    }

    void oneMeetingWithNobodyListedSaysSo()
    {
        store(meeting(u"First forum"_s, QDate(2027, 3, 23), QTime(), QTime()));
        const qint64 id = MeetingRepository(m_db).list().constFirst().id;
        QString error;
        const auto events = CalendarInvite(m_db).meeting(id, &error);
        QVERIFY2(events, qPrintable(error));
        QVERIFY(events->constFirst().description.contains(u"Nobody who comes to this meeting has told us"_s));
        // No time yet: an all-day event on its day.
        const QString path = write(*events, u"one.ics"_s);
        const QJsonObject e = pythonReads(path).value(u"events"_s).toArray().at(0).toObject();
        const QJsonObject occurrence = e.value(u"occurrences"_s).toArray().at(0).toObject();
        QCOMPARE(occurrence.value(u"start"_s).toObject().value(u"date"_s).toString(), u"2027-03-23"_s);
        QVERIFY(!CalendarInvite(m_db).meeting(id + 100, &error));
        QVERIFY(error.contains(u"no meeting"_s));
        QVERIFY(!CalendarInvite(m_db).series(u"Nobody's"_s, QDate(2027, 1, 1), &error));
        QVERIFY(error.contains(u"no series \"Nobody's\""_s));
        QVERIFY(!CalendarInvite(m_db).series(Forum, QDate(2028, 1, 1), &error));
        QVERIFY(error.contains(u"no meeting on or after 2028-01-01"_s));
    }

    void aCouncilCalendarMakesPlannedMeetings()
    {
        store(meeting(u"Forum"_s, QDate(2027, 2, 23), QTime(10, 0), QTime(12, 0))); // gives the charter
        QStringList errors;
        const auto done = Importer(m_db).importCalendar(CouncilCalendar, u"council.ics"_s, Forum, &errors);
        QVERIFY2(done, qPrintable(errors.join(u'\n')));
        // The weekly forum: the 19th, the 26th moved to the 27th, 2 November left out, the 9th.
        QCOMPARE(done->added.size(), 5);
        QVERIFY2(done->notes.join(u'\n').contains(u"Called off"_s), qPrintable(done->notes.join(u'\n')));
        struct Expected
        {
            QString title;
            QDate date;
            QTime start, end;
            QString location;
        };
        const QList<Expected> expected {
            { u"Short breaks review"_s, QDate(2027, 5, 12), QTime(14, 0), QTime(15, 0), QString() },
            { u"Family fun day"_s, QDate(2027, 7, 17), QTime(), QTime(), QString() },
            { u"SEND forum"_s, QDate(2027, 10, 19), QTime(18, 0), QTime(19, 30), u"Room 2, Civic Centre"_s },
            { u"SEND forum (moved)"_s, QDate(2027, 10, 27), QTime(17, 0), QTime(18, 30), u"Library"_s },
            { u"SEND forum"_s, QDate(2027, 11, 9), QTime(18, 0), QTime(19, 30), u"Room 2, Civic Centre"_s },
        };
        for (int i = 0; i < expected.size(); ++i) {
            const std::optional<Meeting> m = MeetingRepository(m_db).load(done->added.at(i));
            QVERIFY(m);
            QCOMPARE(m->title, expected.at(i).title);
            QCOMPARE(m->date, expected.at(i).date);
            QCOMPARE(m->start, expected.at(i).start);
            QCOMPARE(m->end, expected.at(i).end);
            QCOMPARE(m->location, expected.at(i).location);
            QCOMPARE(m->series, Forum);
            QCOMPARE(m->charter, u"derby"_s);
        }
        // Read again: all there already, nothing added.
        const auto counts = Test::tableCounts(m_db);
        const auto again = Importer(m_db).importCalendar(CouncilCalendar, u"council.ics"_s, Forum, &errors);
        QVERIFY(again);
        QCOMPARE(again->added.size(), 0);
        QCOMPARE(again->alreadyHere, 5);
        QCOMPARE(Test::tableCounts(m_db), counts);
    }

    void anEndlessRuleGivesAYear()
    {
        const QByteArray endless
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:e\r\n"
              "DTSTAMP:20261201T090000Z\r\nSUMMARY:Monthly forum\r\n"
              "DTSTART:20270104T100000\r\nRRULE:FREQ=MONTHLY;BYDAY=1MO\r\nEND:VEVENT\r\n"
              "END:VCALENDAR\r\n";
        QStringList errors;
        const auto read = CalendarFile::read(endless, u"endless.ics"_s, &errors);
        QVERIFY2(read, qPrintable(errors.join(u'\n')));
        // The first Monday of each month for a year, to 4 January 2028.
        QCOMPARE(read->events.size(), 13);
        QCOMPARE(read->events.constLast().date, QDate(2028, 1, 3));
        QCOMPARE(read->events.constLast().start, QTime(10, 0)); // a floating time is UK time
        QVERIFY(read->notes.join(u'\n').contains(u"repeats with no end date"_s));
    }

    void badFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
        const QByteArray tail = "END:VCALENDAR\r\n";
        QTest::newRow("empty") << QByteArray() << u"bad.ics: line 1: expected BEGIN:VCALENDAR"_s;
        QTest::newRow("json") << QByteArray(R"({"format": "coproduce-meeting/1"})")
                              << u"bad.ics: line 1: expected BEGIN:VCALENDAR"_s;
        QTest::newRow("not utf-8") << QByteArray("BEGIN:VCALENDAR\r\n\xff\xfe\r\n")
                                   << u"bad.ics: the file is not text in UTF-8"_s;
        QTest::newRow("no events") << head + tail << u"bad.ics: no events (VEVENT)"_s;
        QTest::newRow("no start") << head + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Forum\r\nEND:VEVENT\r\n" + tail
                                  << u"bad.ics: event 1 (\"Forum\"): DTSTART: missing or not a date"_s;
        QTest::newRow("bad start") << head
                + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Forum\r\nDTSTART:2027-13-45\r\nEND:VEVENT\r\n"
                + tail << u"bad.ics: event 1 (\"Forum\"): "_s;
        QTest::newRow("no title") << head
                + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270323T100000Z\r\nEND:VEVENT\r\n"
                + tail << u"bad.ics: event 1: SUMMARY: missing"_s;
        QTest::newRow("ends first") << head
                + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Forum\r\nDTSTART:20270323T100000Z\r\n"
                  "DTEND:20270323T090000Z\r\nEND:VEVENT\r\n"
                + tail << u"bad.ics: event 1 (\"Forum\"): DTEND: before DTSTART"_s;
        QTest::newRow("every day for ever") << head
                + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Forum\r\nDTSTART:20270323T100000Z\r\n"
                  "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
                + tail << u"; expected at most 200 meetings"_s;
        // One good event and one bad: neither is added.
        QTest::newRow("one bad of two") << head
                + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Fine\r\nDTSTART:20270323T100000Z\r\nEND:VEVENT\r\n"
                  "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Broken\r\nEND:VEVENT\r\n"
                + tail << u"bad.ics: event 2 (\"Broken\"): DTSTART: missing"_s;
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        store(meeting(u"Forum"_s, QDate(2027, 2, 23), QTime(10, 0), QTime(12, 0)));
        const auto counts = Test::tableCounts(m_db);
        QStringList errors;
        QVERIFY(!Importer(m_db).importCalendar(file, u"bad.ics"_s, Forum, &errors));
        QVERIFY2(errors.join(u'\n').contains(message), qPrintable(errors.join(u'\n')));
        QCOMPARE(Test::tableCounts(m_db), counts);
    }

    void theCommandLineWritesAndReads()
    {
        forum();
        const QString db = m_db.path();
        const QString council = m_dir.filePath(u"council.ics"_s);
        Test::writeFile(council, CouncilCalendar);
        Test::Run run = Test::coproduce({ u"--database"_s, db, u"meetings"_s, u"import-calendar"_s, council,
                                          u"--series"_s, u"Short breaks"_s });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), 5);
        QVERIFY2(run.err.contains(u"warning: council.ics"_s) || run.err.contains(u"Called off"_s),
                 qPrintable(run.err));

        const QString out = m_dir.filePath(u"short-breaks.ics"_s);
        run = Test::coproduce({ u"--database"_s, db, u"meetings"_s, u"calendar"_s, u"--series"_s,
                                u"Short breaks"_s, u"--from"_s, u"2027-01-01"_s, u"--output"_s, out });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(QFile(out).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const QJsonArray events = pythonReads(out).value(u"events"_s).toArray();
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(3).toObject().value(u"summary"_s).toString(), u"SEND forum (moved)"_s);

        const QString first = QString::number(MeetingRepository(m_db).list().constFirst().id);
        run = Test::coproduce({ u"--database"_s, db, u"meetings"_s, u"calendar"_s, first, u"--output"_s,
                                m_dir.filePath(u"one.ics"_s) });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QStringList &wrong : { QStringList { first, u"--series"_s, Forum }, QStringList {},
                                          QStringList { first, u"--from"_s, u"2027-01-01"_s } }) {
            run = Test::coproduce(QStringList { u"--database"_s, db, u"meetings"_s, u"calendar"_s,
                                                u"--output"_s, m_dir.filePath(u"x.ics"_s) }
                                  + wrong);
            QVERIFY2(run.code == 2, qPrintable(wrong.join(u' ') + u": "_s + run.err));
        }
        // A bad file: refused, naming it, and nothing added.
        const QString bad = m_dir.filePath(u"bad.ics"_s);
        Test::writeFile(bad,
                        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        const auto counts = Test::tableCounts(m_db);
        run = Test::coproduce(
            { u"--database"_s, db, u"meetings"_s, u"import-calendar"_s, bad, u"--series"_s, Forum });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"bad.ics: event 1 (\"x\"): DTSTART"_s), qPrintable(run.err));
        QCOMPARE(Test::tableCounts(m_db), counts);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
