// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing committed is lost: a writer killed at random moments, and a disk that fills up.
#include "testsupport.h"

#include "core/backups.h"
#include "core/importer.h"
#include "core/transaction.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothingCommitted()
    {
        const QString path = m_dir.filePath(u"killed.sqlite"_s);
        const QString meeting = Test::dataPath(u"meetings/example.json"_s);
        QList<qint64> meetings;
        QStringList tokens;
        // A fixed seed, printed, so that a failure can be run again exactly.
        const quint32 seed = qEnvironmentVariableIsSet("COPRODUCE_KILL_SEED")
            ? quint32(qEnvironmentVariableIntValue("COPRODUCE_KILL_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        const int kills = qEnvironmentVariableIsSet("COPRODUCE_KILLS")
            ? qEnvironmentVariableIntValue("COPRODUCE_KILLS")
            : 50;
        int activitiesPerMeeting = -1;
        for (int kill = 0; kill < kills; ++kill) {
            QProcess writer;
            writer.start(QStringLiteral(COPRODUCE_CRASHWRITER), { path, meeting });
            QVERIFY(writer.waitForStarted());
            // Let it get going (opening and migrating can take a moment the first time), then kill it
            // somewhere in the middle of its work.
            QVERIFY(writer.waitForReadyRead(60000));
            // A random moment to kill it at (not a wait for something: whatever it has reached is checked).
            QTest::qWait(int(random.bounded(5, 150)));
            writer.kill(); // SIGKILL: no clean-up runs
            QVERIFY(writer.waitForFinished(60000));
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            // The last piece has no newline when the kill cut the line short: it does not count.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> words = lines.at(i).split(' ');
                if (words.value(0) == "meeting")
                    meetings << words.value(1).toLongLong();
                else if (words.value(0) == "update")
                    tokens << QString::fromUtf8(lines.at(i).mid(lines.at(i).indexOf("kill-test")));
            }
            // After every kill: the file is whole, and holds every change reported as committed.
            QCOMPARE(Backups::verify(path), QString());
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            for (qint64 id : std::as_const(meetings)) {
                const int activities
                    = count(db, u"SELECT count(*) FROM activities WHERE meeting_id = %1"_s.arg(id));
                if (activitiesPerMeeting < 0)
                    activitiesPerMeeting = activities;
                QVERIFY2(activities > 0 && activities == activitiesPerMeeting,
                         qPrintable(u"meeting %1 after kill %2 (seed %3)"_s.arg(id).arg(kill).arg(seed)));
            }
            QSet<QString> kept;
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT note FROM action_updates WHERE note LIKE 'kill-test %'"_s));
            while (q.next())
                kept.insert(q.value(0).toString());
            for (const QString &token : std::as_const(tokens))
                QVERIFY2(kept.contains(token), qPrintable(token + u" lost (seed %1)"_s.arg(seed)));
            // Meetings are whole or absent: none half-imported.
            QCOMPARE(count(db,
                           u"SELECT count(*) FROM meetings m WHERE (SELECT count(*) FROM activities a "
                           "WHERE a.meeting_id = m.id) <> %1"_s.arg(activitiesPerMeeting)),
                     0);
        }
        qInfo(
            "%d kills survived (seed %u); %lld committed meetings and %lld committed status changes checked "
            "after each",
            kills, seed, static_cast<long long>(meetings.size()), static_cast<long long>(tokens.size()));
        QVERIFY(meetings.size() >= kills / 2); // the writer really was writing when killed
    }

    void twoWritersAtOnceNeverCorrupt()
    {
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        const QString meeting = Test::dataPath(u"meetings/example.json"_s);
        {
            Database db; // made before, so that neither writer has to create it
            QVERIFY(Test::openWithCharters(db, path));
        }
        QProcess first, second;
        for (QProcess *writer : { &first, &second }) {
            writer->start(QStringLiteral(COPRODUCE_CRASHWRITER), { path, meeting });
            QVERIFY(writer->waitForStarted());
        }
        // Both write until each has committed three meetings, taking turns: however slow the machine, a
        // writer gets its turns (a fixed two seconds once ended before a writer on a busy machine had one).
        QByteArray out[2];
        const auto committed = [&](int i) { return out[i].count("meeting "); };
        const QDeadlineTimer deadline(std::chrono::minutes(3));
        while ((committed(0) < 3 || committed(1) < 3) && !deadline.hasExpired()) {
            int i = 0;
            for (QProcess *writer : { &first, &second }) {
                writer->waitForReadyRead(100);
                out[i++] += writer->readAllStandardOutput();
            }
            QVERIFY2(first.state() == QProcess::Running && second.state() == QProcess::Running,
                     QByteArray(first.readAllStandardError() + second.readAllStandardError()).constData());
        }
        QList<qint64> meetings;
        int i = 0;
        for (QProcess *writer : { &first, &second }) {
            writer->kill();
            QVERIFY(writer->waitForFinished(60000));
            // Both wrote, taking turns; neither gave up waiting for the other.
            QCOMPARE(writer->readAllStandardError(), QByteArray());
            out[i] += writer->readAllStandardOutput();
            int mine = 0;
            for (const QByteArray &line : out[i++].split('\n'))
                if (line.startsWith("meeting ")) {
                    meetings << line.mid(8).toLongLong();
                    ++mine;
                }
            QVERIFY2(mine >= 3, "a writer did not get its turns");
        }
        QCOMPARE(Backups::verify(path), QString());
        Database db;
        QVERIFY(db.open(path));
        for (qint64 id : std::as_const(meetings))
            QVERIFY(count(db, u"SELECT count(*) FROM meetings WHERE id = %1"_s.arg(id)) == 1);
        QCOMPARE(QSet<qint64>(meetings.cbegin(), meetings.cend()).size(), meetings.size()); // no id twice
        qInfo("two writers: %lld meetings committed between them", static_cast<long long>(meetings.size()));
    }

    void aWriterThatWaitsTooLongIsToldWhyAndChangesNothing()
    {
        const QString path = m_dir.filePath(u"busy.sqlite"_s);
        Database holder;
        QVERIFY(Test::openWithCharters(holder, path));
        Transaction hold(holder); // the write lock, kept past the other's 5-second wait
        QVERIFY(hold.isActive());
        QProcess other;
        other.start(QStringLiteral(COPRODUCE_BINARY),
                    { u"--database"_s, path, u"meetings"_s, u"import"_s,
                      Test::dataPath(u"meetings/example.json"_s) });
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 1);
        const QString err = QString::fromUtf8(other.readAllStandardError());
        QVERIFY2(err.contains(u"the database is busy: another program, perhaps another copy of Coproduce"_s),
                 qPrintable(err));
        hold.rollback();
        QCOMPARE(count(holder, u"SELECT count(*) FROM meetings"_s), 0);
    }

    void aFullDiskIsAClearErrorAndLosesNothing()
    {
        const QString path = m_dir.filePath(u"full.sqlite"_s);
        Database db;
        QVERIFY(Test::openWithCharters(db, path));
        const QByteArray meeting = Test::readFile(Test::dataPath(u"meetings/example.json"_s));
        QStringList errors;
        QVERIFY(Importer(db).importMeeting(meeting, u"a.json"_s, &errors));
        // The disk fills: SQLite may grow the file only a few pages more, as if there were no space left.
        const int pages = count(db, u"PRAGMA page_count"_s);
        QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));
        int added = 1;
        std::optional<qint64> id;
        for (int i = 0; i < 200; ++i) {
            errors.clear();
            id = Importer(db).importMeeting(meeting, u"b.json"_s, &errors);
            if (!id)
                break;
            ++added;
        }
        QVERIFY2(!id, "the limit was never reached");
        QVERIFY2(errors.join(u' ').contains(u"full"_s, Qt::CaseInsensitive), qPrintable(errors.join(u'\n')));
        QCOMPARE(count(db, u"SELECT count(*) FROM meetings"_s), added); // the failed one is not half there
        db.close();
        // Space again (a new connection has no limit): it opens, whole, with everything committed.
        QCOMPARE(Backups::verify(path), QString());
        Database again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QCOMPARE(count(again, u"SELECT count(*) FROM meetings"_s), added);
        QVERIFY(Importer(again).importMeeting(meeting, u"c.json"_s, &errors));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
