// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the area's server, as two facilitators use it: another's change appears where it is
// shown, and a server that stops answering is said so in a banner until it answers again.
#include "testsupport.h"

#include "core/builtincharters.h"
#include "core/connectionspec.h"
#include "core/importer.h"
#include "core/keptedits.h"
#include "core/meetingedits.h"
#include "core/meetinglist.h"
#include "core/teamrepository.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/editor/meetingeditor.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"
#include "ui/sections/offlineactions.h"
#include "ui/settings.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestServerWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_meeting = 0;

    QLineEdit *titleEdit() const
    {
        return m_window->meetingsPage()->editor()->findChild<QLineEdit *>(u"titleEdit"_s);
    }
    static int zoom()
    {
        return qEnvironmentVariableIsSet("COPRODUCE_TEST_ZOOM")
            ? qEnvironmentVariableIntValue("COPRODUCE_TEST_ZOOM")
            : 100;
    }
    QFrame *banner() const { return m_window->findChild<QFrame *>(u"connectionBanner"_s); }
    void screenshot(const QString &name, QWidget *widget = nullptr)
    {
        if (!qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            return;
        QCoreApplication::sendPostedEvents(); // what was just shown is laid out, as the person would see it
        QCoreApplication::processEvents();
        (widget ? widget : static_cast<QWidget *>(m_window.get()))
            ->grab()
            .save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/"_s + name + u"-"_s
                  + QString::number(zoom()) + u".png"_s);
    }
    // The name of the test's database on the cluster (its groups and logins are named after it).
    QString databaseName() const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT current_database()"_s) && q.next() ? q.value(0).toString() : QString();
    }
    // As the server's admin, in psql.
    static QString admin(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private Q_SLOTS:
    void init()
    {
        if (!Test::onServer())
            QSKIP("the window on the area's server (a file is never lost: tst_mainwindow)");
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
        QStringList errors;
        m_meeting = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                   u"e"_s, &errors);
        // COPRODUCE_TEST_ZOOM=200: text at twice the system size, as the window starts with it.
        QSettings().setValue(u"view/zoom"_s, zoom());
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->meetingsPage()->openMeeting(m_meeting));
    }

    void anotherFacilitatorsChangeAppears()
    {
        QVERIFY(m_window->windowTitle().contains(m_db->displayName() + u" as "_s + m_db->login()));
        Database theirs;
        QVERIFY(theirs.open(m_db->path()));
        MeetingEdits edits(theirs);
        QString error;
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, edits.value(Field::MeetingTitle, m_meeting),
                                u"Changed by Priya"_s, &error),
                 MeetingEdits::Result::Done);
        QTRY_COMPARE_WITH_TIMEOUT(titleEdit()->text(), u"Changed by Priya"_s, 20000);
    }

    void aServerThatStopsAnsweringIsShownUntilItAnswers()
    {
        const QString name = databaseName();
        QString error;
        const QSqlDatabase psql = Test::clusterAdmin(u"psql"_s, &error);
        QVERIFY2(psql.isOpen(), qPrintable(error));
        // The database refuses new connections, and this window's is ended: as a server going down.
        QCOMPARE(admin(psql, u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(name)), QString());
        QCOMPARE(admin(psql,
                       u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                       "AND pid <> pg_backend_pid()"_s.arg(name)),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 30000);
        const QString said = m_window->findChild<QLabel *>(u"connectionText"_s)->text();
        QVERIFY2(said.contains(u"has not answered since"_s), qPrintable(said));
        screenshot(u"server-connection-lost"_s);
        QCOMPARE(admin(psql, u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(name)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), 60000);
        QVERIFY(m_db->ping());
        QCOMPARE(m_window->windowTitle().contains(m_db->displayName()), true);
    }

    // File → Connect: an address with a password, or a database with no Coproduce schema, is named and
    // nothing changes; a server that answers is remembered and the app starts again on it; and back.
    void connectChoosesAndRemembers()
    {
        Settings().setDatabase(QString());
        QSignalSpy chosen(m_window.get(), &MainWindow::databaseChosen);
        ConnectDialog *dialog = m_window->showConnect();
        QVERIFY(dialog->findChild<QRadioButton *>(u"serverChoice"_s)->isChecked()); // where it is now
        auto *address = dialog->findChild<QLineEdit *>(u"serverEdit"_s);
        address->setText(u"postgresql://priya:secret@db.council.example/send"_s);
        dialog->accept();
        QVERIFY2(dialog->problem().contains(u"password"_s) && !dialog->problem().contains(u"secret"_s),
                 qPrintable(dialog->problem()));
        QString error;
        const QString empty = Test::freshServerDatabase(u"connect_empty"_s, &error);
        QVERIFY2(!empty.isEmpty(), qPrintable(error));
        address->setText(empty);
        dialog->accept();
        QVERIFY2(dialog->problem().contains(u"server init"_s), qPrintable(dialog->problem()));
        screenshot(u"server-connect-dialog"_s, dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(Settings().database(), QString());

        Database admin;
        const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(empty, &error);
        QVERIFY(spec && admin.initServer(*spec));
        dialog->accept();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), admin.path());
        QCOMPARE(Settings().database(), admin.path());

        // Back to this laptop's file.
        dialog = m_window->showConnect();
        dialog->findChild<QRadioButton *>(u"fileChoice"_s)->setChecked(true);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"serverEdit"_s)->isEnabled());
        dialog->accept();
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().first().toString(), QString());
        QCOMPARE(Settings().database(), QString());
    }

    // Another team's meeting opens to read, saying why, before anything is typed; a reader's whole window
    // is read-only. Each as a person signed in with their own login.
    void anotherTeamsMeetingOpensToRead()
    {
        QString error;
        const QSqlDatabase psql = Test::clusterAdmin(u"psql"_s, &error);
        QVERIFY2(psql.isOpen(), qPrintable(error));
        const QString name = databaseName();
        const auto signIn = [&](const QString &who, const QString &group, Database &db) {
            const QString login = name + u'_' + who;
            admin(psql, u"SET client_min_messages = warning"_s);
            admin(psql, u"DROP ROLE IF EXISTS "_s + login);
            QCOMPARE(admin(psql, u"CREATE ROLE %1 LOGIN IN ROLE %2_%3"_s.arg(login, name, group)), QString());
            QVERIFY2(
                db.open(QString(m_db->path()).replace(u"user='postgres'"_s, u"user='"_s + login + u"'"_s)),
                qPrintable(db.errorString()));
        };
        TeamRepository teams(*m_db);
        QVERIFY2(teams.add(u"Transport"_s, &error), qPrintable(error));
        QVERIFY2(teams.setOwner(u"Home to school transport"_s, u"Transport"_s, &error), qPrintable(error));
        m_window.reset();

        Database hers;
        signIn(u"fay"_s, u"facilitators"_s, hers);
        m_window = std::make_unique<MainWindow>(hers);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->meetingsPage()->openMeeting(m_meeting));
        m_window->showSection(MainWindow::Meetings);
        auto *notice = m_window->findChild<QLabel *>(u"teamNotice"_s);
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(u"belongs to the team \"Transport\""_s), qPrintable(notice->text()));
        QVERIFY(titleEdit()->isReadOnly());
        QVERIFY(m_window->findChild<QFrame *>(u"readOnlyBanner"_s)->isHidden()); // her own meetings she edits
        screenshot(u"server-another-team"_s);
        // Put in the team by the admin, she may change it: the window hears of it as of any change.
        QVERIFY2(teams.setMember(u"Transport"_s, hers.login(), true, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isHidden(), 20000);
        QVERIFY(!titleEdit()->isReadOnly());
        m_window.reset();

        Database theirs;
        signIn(u"pat"_s, u"readers"_s, theirs);
        m_window = std::make_unique<MainWindow>(theirs);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->findChild<QFrame *>(u"readOnlyBanner"_s)->isHidden());
        QVERIFY2(m_window->findChild<QLabel *>(u"readOnlyText"_s)->text().contains(u"area's readers"_s),
                 qPrintable(m_window->findChild<QLabel *>(u"readOnlyText"_s)->text()));
        QVERIFY(m_window->meetingsPage()->openMeeting(m_meeting));
        m_window->showSection(MainWindow::Meetings);
        QVERIFY(titleEdit()->isReadOnly());
        QCOMPARE(m_window->width(), 1024); // however long what is announced
        screenshot(u"server-reader"_s);
        m_window.reset();
    }

    // The server goes away while someone types: what they typed stays in its field and is kept on the
    // laptop (closing the app meanwhile keeps it too), then stored when the server answers, with the same
    // compare-and-set: a change someone made meanwhile refuses it, and the window says so with the words.
    void typingWhileTheServerIsAwayIsKept()
    {
        QString error;
        const QSqlDatabase psql = Test::clusterAdmin(u"psql"_s, &error);
        QVERIFY2(psql.isOpen(), qPrintable(error));
        const QString name = databaseName();
        Database theirs; // another facilitator, connected all along
        QVERIFY(theirs.open(m_db->path()));
        const KeptEdits kept(KeptEdits::defaultFolder(), m_db->path());
        const auto goAway = [&] {
            QSqlQuery pid(m_db->connection());
            QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
            QCOMPARE(admin(psql, u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(name)), QString());
            QCOMPARE(admin(psql, u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())), QString());
        };
        const auto comeBack = [&] {
            QCOMPARE(admin(psql, u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(name)), QString());
        };
        const auto type = [&](const QString &text) {
            titleEdit()->setFocus();
            titleEdit()->selectAll();
            QTest::keyClicks(titleEdit(), text);
            m_window->meetingsPage()->editor()->flush();
        };
        auto *problem = m_window->findChild<QLabel *>(u"problem"_s);

        m_window->showSection(MainWindow::Meetings);
        goAway();
        type(u"Typed while away"_s);
        QCOMPARE(kept.list().size(), 1);
        QCOMPARE(titleEdit()->text(), u"Typed while away"_s);
        QVERIFY2(problem->text().contains(u"kept on this laptop"_s), qPrintable(problem->text()));
        screenshot(u"server-kept-typing"_s);
        // A person added on the entry line while away is kept too, and the line is ready for the next.
        const qsizetype attendees = MeetingEdits(theirs).rowIds(RowKind::Attendee, m_meeting).size();
        auto *attendeeEntry = m_window->findChild<QLineEdit *>(u"attendeeEntry"_s);
        attendeeEntry->setFocus();
        QTest::keyClicks(attendeeEntry, u"Nasreen Akhtar"_s);
        QTest::keyClick(attendeeEntry, Qt::Key_Return);
        QCOMPARE(kept.list().size(), 2);
        QCOMPARE(attendeeEntry->text(), QString());
        QVERIFY2(problem->text().contains(u"will be added"_s), qPrintable(problem->text()));
        m_window.reset(); // closed meanwhile
        comeBack();
        QVERIFY(m_db->reconnect());
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1024, 768);
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(kept.isEmpty(), 20000);
        QCOMPARE(MeetingEdits(*m_db).value(Field::MeetingTitle, m_meeting).toString(), u"Typed while away"_s);
        const QList<qint64> after = MeetingEdits(*m_db).rowIds(RowKind::Attendee, m_meeting);
        QCOMPARE(after.size(), attendees + 1);
        QCOMPARE(MeetingEdits(*m_db).value(Field::AttendeeName, after.last()).toString(),
                 u"Nasreen Akhtar"_s);
        QVERIFY(m_window->meetingsPage()->openMeeting(m_meeting));
        m_window->showSection(MainWindow::Meetings);
        problem = m_window->findChild<QLabel *>(u"problem"_s);

        // Away again; meanwhile another facilitator changes the same title.
        goAway();
        type(u"Mine, kept"_s);
        QCOMPARE(kept.list().size(), 1);
        QCOMPARE(MeetingEdits(theirs).setValue(Field::MeetingTitle, m_meeting, u"Typed while away"_s,
                                               u"Theirs, stored"_s, &error),
                 MeetingEdits::Result::Done);
        comeBack(); // the window connects again by itself
        QTRY_VERIFY_WITH_TIMEOUT(kept.isEmpty(), 60000);
        QCOMPARE(MeetingEdits(*m_db).value(Field::MeetingTitle, m_meeting).toString(), u"Theirs, stored"_s);
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"Mine, kept"_s), 20000);
        QVERIFY2(problem->text().contains(u"was not saved"_s) && problem->text().contains(theirs.login()),
                 qPrintable(problem->text()));
        QVERIFY(problem->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(titleEdit()->text(), u"Theirs, stored"_s, 20000);
        QVERIFY(m_window->meetingsPage()->editor()->isEnabled()); // the server was away, never the meeting
        screenshot(u"server-kept-refused"_s);
    }

    // Meeting → Take offline, in a window on the server; the meeting changed in a window on the laptop's
    // file; Meeting → Publish there: the server's meeting is the laptop's, and the laptop keeps no copy.
    void aMeetingTakenOfflineFromTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"laptop.sqlite"_s);
        m_window->offlineActions()->setLaptopPath(path);
        m_window->showSection(MainWindow::Meetings);
        QVERIFY(m_window->offlineActions()->take()->isVisible());
        QVERIFY(!m_window->offlineActions()->publish()->isVisible());
        m_window->offlineActions()->take()->trigger();
        auto *notice = m_window->findChild<QLabel *>(u"teamNotice"_s);
        // To the person who took it: where it is changed now, and how it goes back.
        QVERIFY2(notice->text().contains(u"You took this meeting offline"_s)
                     && notice->text().contains(u"Publish"_s),
                 qPrintable(notice->text()));
        QVERIFY(titleEdit()->isReadOnly());
        screenshot(u"server-taken-offline"_s);

        Database laptop;
        QVERIFY(laptop.open(path));
        MainWindow there(laptop);
        there.resize(1024, 768);
        there.show();
        QVERIFY(QTest::qWaitForWindowExposed(&there));
        QVERIFY(there.offlineActions()->publish()->isVisible());
        QVERIFY(!there.offlineActions()->take()->isVisible());
        const QList<MeetingSummary> onLaptop = MeetingList(laptop).find(QString(), QString());
        QCOMPARE(onLaptop.size(), 1);
        QVERIFY(there.meetingsPage()->openMeeting(onLaptop.first().id));
        there.showSection(MainWindow::Meetings);
        auto *title = there.meetingsPage()->editor()->findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(!title->isReadOnly());
        // The laptop's window says where it came from and how it goes back.
        const auto *laptopNotice = there.findChild<QLabel *>(u"teamNotice"_s);
        QVERIFY2(!laptopNotice->isHidden() && laptopNotice->text().contains(u"Taken offline from "_s)
                     && laptopNotice->text().contains(u"Publish"_s),
                 qPrintable(laptopNotice->text()));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, u"Changed on the laptop"_s);
        if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            there.grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/laptop-taken-"_s
                              + QString::number(zoom()) + u".png"_s);
        there.offlineActions()->publish()->trigger(); // saves what was typed first
        QCOMPARE(MeetingEdits(*m_db).value(Field::MeetingTitle, m_meeting).toString(),
                 u"Changed on the laptop"_s);
        QVERIFY(MeetingList(laptop).find(QString(), QString()).isEmpty());
        // The laptop's window has no meeting open, and says nothing more about the one that went.
        QTRY_VERIFY_WITH_TIMEOUT(there.findChild<QLabel *>(u"plainBadge"_s)->isHidden(), 20000);
        QVERIFY(laptopNotice->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!titleEdit()->isReadOnly(), 20000); // the server's window hears of it
        QTRY_COMPARE_WITH_TIMEOUT(titleEdit()->text(), u"Changed on the laptop"_s, 20000);
    }

    // A server on another machine reached without TLS (the user asked for sslmode=disable): said in the
    // title and in words at the foot of the window, for as long as it is so.
    void aConnectionInTheClearSaysSo()
    {
        QVERIFY(!m_window->findChild<QLabel *>(u"notEncrypted"_s)); // this machine's own socket
        m_window.reset();
        Database clear;
        QVERIFY2(clear.open(Test::overTcp(m_db->path(), u"coproduce.test"_s, u"sslmode=disable"_s)),
                 qPrintable(clear.errorString()));
        m_window = std::make_unique<MainWindow>(clear);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->windowTitle().contains(u"not encrypted"_s));
        const auto *said = m_window->findChild<QLabel *>(u"notEncrypted"_s);
        QVERIFY(said && said->isVisible());
        QVERIFY2(said->text().contains(u"Not encrypted"_s), qPrintable(said->text()));
        QVERIFY(m_window->meetingsPage()->openMeeting(m_meeting));
        m_window->showSection(MainWindow::Meetings);
        QCOMPARE(m_window->width(), 1024);
        screenshot(u"server-not-encrypted"_s);
        m_window.reset();
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        QSqlDatabase::removeDatabase(u"psql"_s);
        QSettings().remove(u"view/zoom"_s); // the tests share one home
        Settings().setDatabase(QString());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
