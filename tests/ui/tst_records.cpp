// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/auditlog.h"
#include "core/backups.h"
#include "core/erasure.h"
#include "core/importer.h"
#include "core/transaction.h"
#include "core/writerlock.h"
#include "ui/access/theme.h"
#include "ui/dialogs/backupsdialog.h"
#include "ui/dialogs/erasedialog.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/retentiondialog.h"
#include "ui/editor/meetingeditor.h"
#include "ui/sections/actionsboard.h"
#include "ui/sections/actionsmodel.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// The Records menu as a facilitator uses it: history of a meeting and of an action, the name recorded with
// each change, backups and restore, erasing a person, deleting old meetings, and a second copy of the app
// that can only look.
class TestRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_names = 0; // the meeting with Jo Turner in it
    qint64 m_example = 0;

    QLineEdit *titleEdit() const
    {
        return m_window->meetingsPage()->editor()->findChild<QLineEdit *>(u"titleEdit"_s);
    }

    QString storedTitle(qint64 meeting) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT title FROM meetings WHERE id = ?"_s);
        q.addBindValue(meeting);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    void typeTitle(const QString &title)
    {
        QLineEdit *edit = titleEdit();
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, title);
        QTest::keyClick(edit, Qt::Key_Tab); // leaving the field saves it
        QTRY_COMPARE(storedTitle(m_window->meetingsPage()->editor()->meetingId()), title);
    }

    // Answers the next question box with Yes, as the facilitator would.
    static void answerYes()
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
                timer->deleteLater();
            }
        });
        timer->start();
    }

    static void screenshot(const QString &name, QWidget *widget)
    {
        if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            widget->grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        // COPRODUCE_TEST_ZOOM=200 renders the dialogs with text at twice the system size.
        if (qEnvironmentVariableIsSet("COPRODUCE_TEST_ZOOM"))
            QSettings().setValue(u"view/zoom"_s, qEnvironmentVariableIntValue("COPRODUCE_TEST_ZOOM"));
        m_path = m_dir.filePath(u"records.sqlite"_s);
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_path));
        QStringList errors;
        m_example
            = Importer(*m_db)
                  .importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"e"_s, &errors)
                  .value_or(0);
        m_names
            = Importer(*m_db)
                  .importMeeting(Test::readFile(Test::dataPath(u"meetings/names.json"_s)), u"n"_s, &errors)
                  .value_or(0);
        QVERIFY2(m_example && m_names, qPrintable(errors.join(u'\n')));
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->setToday(QDate(2026, 11, 22));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showSection(MainWindow::Meetings);
        QVERIFY(m_window->meetingsPage()->openMeeting(m_names));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        AuditLog::setActor(QString());
        Theme::apply(100, false);
    }

    void meetingHistoryNamesTheFacilitator()
    {
        m_window->setFacilitatorName(u"  Sam   Facilitator "_s);
        QCOMPARE(QSettings().value(u"facilitator/name"_s).toString(), u"Sam Facilitator"_s);
        const QString before = storedTitle(m_names);
        typeTitle(u"Evening forum, changed"_s);

        m_window->activateWindow();
        QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+H"_s));
        auto *history = m_window->findChild<HistoryDialog *>();
        QVERIFY(history);
        QTRY_VERIFY(history->isVisible());
        QVERIFY(history->rowCount() > 1);
        const QStringList newest = history->row(0);
        // On the server, who acted is the login the server knows (the name asked for is the file's).
        QCOMPARE(newest.at(1), Test::onServer() ? m_db->login() : u"Sam Facilitator"_s);
        QCOMPARE(newest.at(2), u"Changed the meeting: title"_s);
        QCOMPARE(newest.at(3), before);
        QCOMPARE(newest.at(4), u"Evening forum, changed"_s);
        // The import that made the meeting is the oldest entry.
        QCOMPARE(history->row(history->rowCount() - 1).at(2), u"Added the meeting"_s);
        screenshot(u"records-history"_s, history);
        history->close();
        QTRY_VERIFY(!m_window->findChild<HistoryDialog *>());
    }

    void actionHistory()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            u"SELECT a.id FROM actions a JOIN activities v ON v.id = a.activity_id WHERE v.meeting_id = %1 "
            "ORDER BY a.id LIMIT 1"_s.arg(m_names)));
        QVERIFY(q.next());
        const qint64 action = q.value(0).toLongLong();
        QString error;
        QVERIFY2(ActionRepository(*m_db).setStatus(action, u"in-progress"_s, u"sent to every family"_s,
                                                   QDate(2026, 11, 21), &error),
                 qPrintable(error));

        m_window->showSection(MainWindow::Actions);
        ActionsBoard *board = m_window->actionsBoard();
        board->reload();
        auto *table = board->findChild<QTableView *>(u"table"_s);
        int row = -1;
        for (int r = 0; r < board->model()->rowCount(); ++r)
            if (board->model()->actionId(r) == action)
                row = r;
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, ActionsModel::Text));
        board->findChild<QPushButton *>(u"historyButton"_s)->click();
        auto *history = board->findChild<HistoryDialog *>();
        QVERIFY(history);
        // Only this action's changes (the import is recorded once, for the meeting).
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->row(0).at(2), u"Changed the status of an action"_s);
        QCOMPARE(history->row(0).at(1), Test::onServer() ? m_db->login() : u"Sam Facilitator"_s);
        QCOMPARE(history->row(0).at(4), u"in-progress: sent to every family"_s);
        history->close();
        m_window->showSection(MainWindow::Meetings);
    }

    void backupThenRestoreFromTheApp()
    {
        ONLY_ON_A_FILE("the area's server is backed up by its IT team (tst_serverdatabase: backups refused)");
        QVERIFY(m_window->meetingsPage()->openMeeting(m_names));
        const QString backedUp = storedTitle(m_names);
        BackupsDialog *dialog = m_window->showBackups();
        QCOMPARE(dialog->rowCount(), 0);
        dialog->findChild<QPushButton *>(u"backUpNow"_s)->click();
        QCOMPARE(dialog->rowCount(), 1);
        QVERIFY(QFile::exists(dialog->pathAt(0)));
        QCOMPARE(QFile::permissions(dialog->pathAt(0)) & 0x0077, QFileDevice::Permissions());
        screenshot(u"records-backups"_s, dialog);

        typeTitle(u"Typed after the backup"_s);
        QVERIFY(m_window->undoTarget(false)->canUndo());

        // A file that is not a database: refused, named, nothing changed.
        const QString notes = m_dir.filePath(u"notes.sqlite"_s);
        Test::writeFile(notes, "these are not meeting records");
        QVERIFY(!dialog->restoreFrom(notes));
        QVERIFY2(dialog->message().contains(notes), qPrintable(dialog->message()));
        QCOMPARE(storedTitle(m_names), u"Typed after the backup"_s);

        dialog->choose({ 0 });
        answerYes();
        dialog->findChild<QPushButton *>(u"restoreChosen"_s)->click();
        QCOMPARE(storedTitle(m_names), backedUp);
        QTRY_COMPARE(titleEdit()->text(), backedUp);
        // Undo would write the typing back over the restored records.
        QVERIFY(!m_window->undoTarget(false)->canUndo());
        // The database as it was is the newest backup; the restore is in the history.
        QCOMPARE(dialog->rowCount(), 2);
        QVERIFY(Backups::list(m_path).first().reason == u"before-restore"_s);
        QCOMPARE(AuditLog(*m_db).entries(0, 0, 1).first().action, u"restore"_s);
        QVERIFY(AuditLog::verify(m_db->connection()).isEmpty());
        dialog->close();
    }

    void erasePersonFromTheApp()
    {
        QVERIFY(Test::onServer() || !Backups::list(m_path).isEmpty()); // they hold Jo Turner's name
        EraseDialog *dialog = m_window->showErasure();
        auto *erase = dialog->findChild<QPushButton *>(u"eraseButton"_s);
        dialog->setName(u"Nobody Here"_s);
        QVERIFY(dialog->found().contains(u"Nobody called"_s));
        QVERIFY(!erase->isEnabled());
        dialog->setName(u"jo turner"_s);
        // Shown as recorded, whatever case was typed.
        QCOMPARE(dialog->found(), u"Jo Turner is in 2 meetings, as a parent carer."_s);
        QVERIFY(erase->isEnabled());
        screenshot(u"records-erase"_s, dialog);

        answerYes();
        erase->click();
        QVERIFY2(dialog->result().startsWith(u"Erased."_s), qPrintable(dialog->result()));
        const QStringList holding = dialog->backupsWithName();
        QCOMPARE(holding.size(), Backups::list(m_path).size());
        QVERIFY(Test::onServer() || !Erasure::fileHolds(m_path, u"Turner"_s));
        QCOMPARE(AuditLog(*m_db).entries(0, 0, 1).first().action, u"erase"_s);
        screenshot(u"records-erased"_s, dialog);

        auto *deleteBackups = dialog->findChild<QPushButton *>(u"deleteBackups"_s);
        QCOMPARE(deleteBackups->isVisible(), !Test::onServer()); // the server keeps none of its own
        if (Test::onServer())
            return dialog->close(), void();
        answerYes();
        deleteBackups->click();
        for (const QString &path : holding)
            QVERIFY(!QFile::exists(path));
        QVERIFY(Backups::list(m_path).isEmpty());
        dialog->close();
    }

    void deleteOldMeetingsFromTheApp()
    {
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(u"UPDATE meetings SET date = '2015-03-02' WHERE id = %1"_s.arg(m_example)));
        }
        QString error;
        QVERIFY2(Test::onServer() || Backups::make(*m_db, u"daily"_s, &error), qPrintable(error));
        RetentionDialog *dialog = m_window->showRetention();
        dialog->setYears(20);
        QCOMPARE(dialog->rowCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton *>(u"deleteButton"_s)->isEnabled());
        dialog->setYears(7);
        QCOMPARE(dialog->rowCount(), 1);
        screenshot(u"records-retention"_s, dialog);
        answerYes();
        dialog->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QVERIFY2(dialog->result().startsWith(u"Deleted 1 meeting;"_s), qPrintable(dialog->result()));
        QCOMPARE(storedTitle(m_example), QString());
        QCOMPARE(dialog->rowCount(), 0);
        QCOMPARE(dialog->backupsHolding().isEmpty(), Test::onServer());
        QCOMPARE(dialog->backupsHolding().size(), Backups::list(m_path).size());
        dialog->close();
    }

    void secondCopyIsReadOnly()
    {
        ONLY_ON_A_FILE("a file has one writer at a time; the server has many (tst_concurrency)");
        // This test's window is the first copy; the second opens the same file while the lock is held.
        WriterLock first(m_path);
        QVERIFY(first.tryLock());
        WriterLock second(m_path);
        QVERIFY(!second.tryLock());
        QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));

        // The next meeting of the series, so that "Actions from last time" has rows and buttons to disable.
        QByteArray later = Test::readFile(Test::dataPath(u"meetings/names.json"_s));
        later.replace("\"date\": \"2026-11-20\"", "\"date\": \"2026-11-27\"");
        QStringList errors;
        const qint64 next = Importer(*m_db).importMeeting(later, u"later.json"_s, &errors).value_or(0);
        QVERIFY2(next, qPrintable(errors.join(u'\n')));

        Database db;
        QVERIFY2(db.openReadOnly(m_path), qPrintable(db.errorString()));
        MainWindow window(db);
        window.setReadOnly(u"Read-only: %1 has this database open."_s.arg(second.holder()),
                           [&](QString *error) {
                               if (!second.tryLock()) {
                                   *error = u"still open"_s;
                                   return false;
                               }
                               return db.open(m_path);
                           });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.meetingsPage()->openMeeting(next));
        auto *banner = window.findChild<QWidget *>(u"readOnlyBanner"_s);
        QVERIFY(banner->isVisible());
        auto *title = window.meetingsPage()->editor()->findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(title->isReadOnly());
        QVERIFY(window.windowTitle().contains(u"read-only"_s));
        screenshot(u"records-readonly"_s, &window);

        // Nothing can be written, and saying so is the message.
        {
            Transaction t(db);
            QVERIFY(!t.isActive());
            QVERIFY(t.errorString().contains(u"read-only"_s));
        }
        // The first copy changes something: this window reads it, and stays read-only.
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(u"UPDATE meetings SET location = 'Council House' WHERE id = %1"_s.arg(next)));
        }
        window.meetingsPage()->editor()->reload();
        QTRY_COMPARE(window.meetingsPage()->editor()->findChild<QLineEdit *>(u"locationEdit"_s)->text(),
                     u"Council House"_s);
        QVERIFY(title->isReadOnly());
        for (const char *name : { "lastTimeStatusButton", "actionStatusButton" })
            QVERIFY2(!window.meetingsPage()
                          ->editor()
                          ->findChild<QWidget *>(QString::fromLatin1(name))
                          ->isEnabled(),
                     name);
        const QString before = storedTitle(next);
        title->setFocus();
        QTest::keyClicks(title, u"typed in the second copy"_s);
        QTest::keyClick(title, Qt::Key_Tab);
        QCOMPARE(storedTitle(next), before);

        auto *retry = window.findChild<QPushButton *>(u"readOnlyRetry"_s);
        retry->click();
        QVERIFY(banner->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), u"still open"_s);

        first.unlock(); // the first copy closes
        retry->click();
        QVERIFY(!banner->isVisible());
        QVERIFY(!db.isReadOnly());
        QVERIFY(!window.meetingsPage()->editor()->findChild<QLineEdit *>(u"titleEdit"_s)->isReadOnly());
    }

    void theAppTakesTheLock()
    {
        ONLY_ON_A_FILE("a file has one writer at a time; the server has many (tst_concurrency)");
        // The real app on a database: while it runs no other copy can write; once it is killed the lock
        // left behind is taken over.
        QProcess app;
        app.setProgram(QStringLiteral(COPRODUCE_BINARY));
        app.setArguments({ u"--database"_s, m_path });
        app.start();
        QVERIFY(app.waitForStarted());
        WriterLock other(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_path + u".lock"_s), 20000);
        // The lock file is made first and says who holds it a moment later: wait for that, not just for
        // the file (on a busy machine the holder was read in between and was not yet the app).
        QTRY_VERIFY2_WITH_TIMEOUT(other.holder().contains(QString::number(app.processId())),
                                  qPrintable(other.holder()), 20000);
        QVERIFY(!other.tryLock());
        app.kill();
        app.waitForFinished();
        QVERIFY(other.tryLock());
    }
};

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
