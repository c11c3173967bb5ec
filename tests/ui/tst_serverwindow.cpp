// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the area's server, as two facilitators use it: another's change appears where it is
// shown, and a server that stops answering is said so in a banner until it answers again.
#include "testsupport.h"

#include "core/connectionspec.h"
#include "core/importer.h"
#include "core/meetingedits.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/editor/meetingeditor.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"
#include "ui/settings.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
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
        if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            (widget ? widget : static_cast<QWidget *>(m_window.get()))
                ->grab()
                .save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/"_s + name + u"-"_s
                      + QString::number(zoom()) + u".png"_s);
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
        QVERIFY(m_window->windowTitle().contains(m_db->displayName()));
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
        const QString name = [&] {
            QSqlQuery q(m_db->connection());
            return q.exec(u"SELECT current_database()"_s) && q.next() ? q.value(0).toString() : QString();
        }();
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
