// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar invites from the app (issue 23): the Meeting menu saves the open meeting, or its series' dates
// from today, as a private .ics file that libical reads back with the access arrangements in it; and a
// council calendar's file adds planned meetings to a series the window then lists, while a bad file is
// refused with the reason and nothing changed.
#include "testsupport.h"

#include "ui/editor/meetingeditor.h"
#include "ui/sections/calendaractions.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"

#include "core/calendarfile.h"
#include "core/meetingrepository.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

const QString Forum = u"Young people's forum"_s;

// Weekly from a week after today, so "from today" always has them.
qint64 plan(Database &db, int weeksAhead, QList<Attendee> people = {})
{
    Meeting m;
    m.title = u"Forum"_s;
    m.series = Forum;
    m.date = QDate::currentDate().addDays(7 * weeksAhead);
    m.start = QTime(16, 0);
    m.end = QTime(17, 30);
    m.location = u"Youth centre, Osmaston Road"_s;
    m.charter = u"derby"_s;
    m.attendees = std::move(people);
    QString error;
    const std::optional<qint64> id = MeetingRepository(db).insert(m, &error);
    if (!id)
        qFatal("%s", qPrintable(error));
    return *id;
}

} // namespace

class TestCalendarActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theMeetingMenuSavesAndAdds()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"forum.sqlite"_s)));
        Attendee sam;
        sam.name = u"Sam Patel"_s;
        sam.role = u"professional"_s;
        sam.credit = u"named"_s;
        sam.accessNeeds = u"Uses a wheelchair"_s;
        const qint64 first = plan(db, 1, { sam });
        plan(db, 2);
        plan(db, 3);
        MainWindow window(db);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CalendarActions *calendar = window.calendarActions();
        QVERIFY(calendar);
        // In the Meeting menu, reachable by its name.
        for (const QString &name :
             { u"actionCalendarMeeting"_s, u"actionCalendarSeries"_s, u"actionImportCalendar"_s }) {
            auto *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            bool inMenu = false;
            for (QMenu *menu : window.findChildren<QMenu *>())
                inMenu = inMenu || menu->actions().contains(action);
            QVERIFY2(inMenu, qPrintable(name));
        }
        QVERIFY(window.meetingsPage()->openMeeting(first));
        QCOMPARE(calendar->seriesChoices().value(0), Forum);
        QSignalSpy done(calendar, &CalendarActions::done);
        QSignalSpy problem(calendar, &CalendarActions::problem);

        // The open meeting: one event, the arrangement in its description, readable by its owner only.
        const QString one = m_dir.filePath(u"forum.ics"_s);
        QVERIFY(calendar->saveTo(one, false));
        QCOMPARE(done.size(), 1);
        QCOMPARE(QFile(one).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QFile file(one);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList errors;
        std::optional<CalendarFile::Read> read = CalendarFile::read(file.readAll(), one, &errors);
        QVERIFY2(read, qPrintable(errors.join(u'\n')));
        QCOMPARE(read->events.size(), 1);
        QCOMPARE(read->events.at(0).date, QDate::currentDate().addDays(7));
        QCOMPARE(read->events.at(0).location, u"Youth centre, Osmaston Road"_s);
        QVERIFY2(read->events.at(0).description.contains(u"step-free"_s, Qt::CaseInsensitive),
                 qPrintable(read->events.at(0).description));

        // The series from today: its three dates (a weekly series: one repeating event).
        const QString series = m_dir.filePath(u"series.ics"_s);
        QVERIFY(calendar->saveTo(series, true));
        file.close();
        file.setFileName(series);
        QVERIFY(file.open(QIODevice::ReadOnly));
        read = CalendarFile::read(file.readAll(), series, &errors);
        QVERIFY2(read, qPrintable(errors.join(u'\n')));
        QCOMPARE(read->events.size(), 3);
        QVERIFY2(done.last().at(0).toString().contains(u"series.ics"_s),
                 qPrintable(done.last().at(0).toString()));

        // A bad file: the reason, naming the file, and nothing added.
        const QString bad = m_dir.filePath(u"bad.ics"_s);
        Test::writeFile(bad,
                        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        const auto counts = Test::tableCounts(db);
        QVERIFY(!calendar->importFrom(bad, Forum));
        QVERIFY2(problem.last().at(0).toString().contains(u"bad.ics"_s),
                 qPrintable(problem.last().at(0).toString()));
        QCOMPARE(Test::tableCounts(db), counts);
        QVERIFY(!calendar->importFrom(series, u"  "_s)); // no series: nothing
        QCOMPARE(Test::tableCounts(db), counts);

        // A council's calendar into a new series: the meetings are added and listed.
        const QString council = m_dir.filePath(u"council.ics"_s);
        Test::writeFile(council,
                        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Council//EN\r\nBEGIN:VEVENT\r\n"
                        "UID:a1\r\nDTSTAMP:20261201T090000Z\r\nSUMMARY:Short breaks review\r\n"
                        "DTSTART:20270512T130000Z\r\nDURATION:PT1H\r\nLOCATION:Library\r\nEND:VEVENT\r\n"
                        "END:VCALENDAR\r\n");
        QSignalSpy added(calendar, &CalendarActions::meetingsAdded);
        QVERIFY(calendar->importFrom(council, u"Short breaks"_s));
        QCOMPARE(added.size(), 1);
        QVERIFY2(done.last().at(0).toString().contains(u"Added 1 planned meeting to Short breaks."_s),
                 qPrintable(done.last().at(0).toString()));
        bool listed = false;
        for (const MeetingSummary &m : MeetingRepository(db).list())
            listed = listed || (m.series == u"Short breaks"_s && m.date == QDate(2027, 5, 12));
        QVERIFY(listed);
        QVERIFY(calendar->seriesChoices().contains(u"Short breaks"_s));
        window.close();
    }

    // For looking at: the Meeting menu with the calendar commands, at 1024×768 with text at 100 % and 200 %.
    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            QSKIP("set COPRODUCE_SCREENSHOTS to a folder to render the Meeting menu");
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"looks.sqlite"_s)));
        const qint64 first = plan(db, 1);
        for (const int zoom : { 100, 200 }) {
            MainWindow window(db);
            window.setZoom(zoom);
            window.resize(1024, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.meetingsPage()->openMeeting(first));
            QMenu *meeting = nullptr;
            for (QMenu *menu : window.findChildren<QMenu *>())
                if (menu->actions().contains(window.calendarActions()->saveMeeting()))
                    meeting = menu;
            QVERIFY(meeting);
            meeting->setActiveAction(window.calendarActions()->saveMeeting());
            meeting->popup(window.mapToGlobal(QPoint(100, 30)));
            QVERIFY(QTest::qWaitForWindowExposed(meeting));
            meeting->grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS")
                                 + u"/meeting-menu-%1.png"_s.arg(zoom));
            meeting->close();
        }
    }
};

QTEST_MAIN(TestCalendarActions)
#include "tst_calendaractions.moc"
