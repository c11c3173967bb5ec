// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost: a child process types into the real meeting editor and is killed with SIGKILL
// (no chance to save on the way out); the database, reopened, holds everything typed up to a second before.

#include "testsupport.h"

#include "core/importer.h"
#include "ui/editor/meetingeditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// The child: opens the meeting in the editor, types as a facilitator would, says so, and keeps running
// until it is killed.
int runChild(const QString &path, qint64 meetingId)
{
    Database db;
    if (!db.open(path))
        return 3;
    MeetingEditor editor(db);
    editor.resize(1280, 800);
    if (!editor.open(meetingId))
        return 4;
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return 5;
    editor.activateWindow();
    auto *decision = editor.findChild<QLineEdit *>(u"decisionEntry"_s);
    decision->setFocus();
    QTest::keyClicks(decision, u"Meet again in January"_s);
    QTest::keyClick(decision, Qt::Key_Return);
    auto *notes = editor.findChild<QPlainTextEdit *>(u"notesEdit"_s);
    notes->setFocus();
    notes->selectAll();
    // Still typing, focus never leaves the notes: only the pause-after-typing save can keep this.
    QTest::keyClicks(notes, u"Parents asked for evening meetings."_s);
    std::printf("typed\n");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestKillReopen : public QObject
{
    Q_OBJECT

    // What another program reading the file sees of the first activity's notes.
    static QString notesOnDisk(const QString &path, qint64 meetingId)
    {
        Database db;
        if (!db.openReadOnly(path))
            return QString();
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT notes FROM activities WHERE meeting_id = %1 ORDER BY position LIMIT 1"_s.arg(
                meetingId))
            || !q.next())
            return QString();
        return q.value(0).toString();
    }

private Q_SLOTS:
    void nothingTypedIsLostWhenTheAppIsKilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"meeting.sqlite"_s);
        qint64 meetingId = 0;
        {
            Database db;
            QVERIFY(Test::openWithCharters(db, path));
            QStringList errors;
            meetingId = *Importer(db).importMeeting(
                Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"e"_s, &errors);
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    { u"--child"_s, path, QString::number(meetingId) });
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("typed"));
        // The child keeps typing's focus and never closes: the notes reach the file only by the save after
        // a pause in the typing. Wait for that (however long the machine takes), then kill it at once.
        QTRY_VERIFY_WITH_TIMEOUT(notesOnDisk(path, meetingId) == u"Parents asked for evening meetings."_s,
                                 60000);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM decisions WHERE text = 'Meet again in January'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT notes FROM activities WHERE meeting_id = %1 ORDER BY position LIMIT 1"_s.arg(
                    meetingId))
                && q.next());
        QCOMPARE(q.value(0).toString(), u"Parents asked for evening meetings."_s);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    TestKillReopen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killreopen.moc"
