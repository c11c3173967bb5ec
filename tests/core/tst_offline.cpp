// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting taken from the area's server to a laptop and published back (core/offline.h), on the test
// suite's PostgreSQL cluster and a real SQLite file: cleanly (the server's meeting becomes the laptop's,
// with its history), after someone changed it meanwhile (a separate offline copy, and the original says
// so), and a meeting made on the laptop (a new one).
#include "testsupport.h"

#include "core/auditlog.h"
#include "core/builtincharters.h"
#include "core/importer.h"
#include "core/meetingedits.h"
#include "core/meetinglist.h"
#include "core/meetingrepository.h"
#include "core/offline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_server;
    std::unique_ptr<Database> m_laptop;
    qint64 m_earlier = 0; // a meeting of the same series before, with an action still to do
    qint64 m_meeting = 0;

    qint64 import(Database &db)
    {
        QStringList errors;
        const std::optional<qint64> id = Importer(db).importMeeting(
            Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"e"_s, &errors);
        return id.value_or(0);
    }
    QString title(Database &db, qint64 id)
    {
        return MeetingEdits(db).value(Field::MeetingTitle, id).toString();
    }

private Q_SLOTS:
    void init()
    {
        if (!Test::onServer())
            QSKIP("meetings taken from the area's server (a file is the laptop's own)");
        m_server = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_server));
        m_earlier = import(*m_server);
        m_meeting = import(*m_server);
        QVERIFY(m_earlier && m_meeting);
        m_laptop = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(u"laptop.sqlite"_s));
        QString error;
        QVERIFY(m_laptop->open(m_dir.filePath(u"laptop.sqlite"_s)));
        QVERIFY2(BuiltInCharters::install(*m_laptop, &error), qPrintable(error));
    }

    void takenEditedAndPublishedBack()
    {
        Offline offline(*m_server, *m_laptop);
        QString error;
        const std::optional<qint64> local = offline.take(m_meeting, &error);
        QVERIFY2(local, qPrintable(error));
        // On the laptop: the meeting, and the earlier one to read its actions from last time.
        QCOMPARE(MeetingList(*m_laptop).find(QString(), QString()).size(), 2);
        QVERIFY(!offline.take(m_meeting, &error));
        QVERIFY2(error.contains(u"already taken"_s), qPrintable(error));
        // On the server it is taken: read, not changed, by anyone.
        const std::optional<TakenMeeting> taken = Offline::taken(*m_server, m_meeting);
        QVERIFY(taken && taken->takenBy == m_server->login() && taken->copyId == 0);
        MeetingEdits onServer(*m_server);
        const QVariant before = onServer.value(Field::MeetingTitle, m_meeting);
        QCOMPARE(onServer.setValue(Field::MeetingTitle, m_meeting, before, u"Changed here"_s, &error),
                 MeetingEdits::Result::Failed);
        QVERIFY2(error.contains(u"took this meeting offline"_s), qPrintable(error));
        // Said to whoever took it (here), where it is changed now; to anyone else, who has it.
        QVERIFY(Offline::notice(*m_server, *Offline::taken(*m_server, m_meeting))
                    .contains(u"You took this meeting offline"_s));
        TakenMeeting someoneElse = *Offline::taken(*m_server, m_meeting);
        someoneElse.takenBy = u"priya"_s;
        QVERIFY(Offline::notice(*m_server, someoneElse).contains(u"priya took it offline"_s));

        MeetingEdits onLaptop(*m_laptop);
        QCOMPARE(onLaptop.setValue(Field::MeetingTitle, *local, before, u"Changed on the laptop"_s, &error),
                 MeetingEdits::Result::Done);
        QVERIFY(!offline.publish(*local - 1, &error)); // the earlier meeting is there to read
        QVERIFY2(error.contains(u"actions from last time"_s), qPrintable(error));
        const std::optional<Offline::Published> published = offline.publish(*local, &error);
        QVERIFY2(published, qPrintable(error));
        QCOMPARE(published->serverId, m_meeting);
        QVERIFY(!published->asCopy);
        QCOMPARE(title(*m_server, m_meeting), u"Changed on the laptop"_s);
        QVERIFY(!Offline::taken(*m_server, m_meeting));
        // Its history joined the server's trail, as the login that published it, and the chain holds.
        const QList<AuditEntry> trail = AuditLog(*m_server).entries(m_meeting);
        QCOMPARE(trail.at(0).action, u"publish"_s);
        const auto offlineEdit = std::find_if(trail.cbegin(), trail.cend(), [](const AuditEntry &e) {
            return e.field == u"title (offline)"_s && e.newValue == u"Changed on the laptop"_s;
        });
        QVERIFY(offlineEdit != trail.cend());
        QCOMPARE(offlineEdit->who, m_server->login());
        QCOMPARE(offlineEdit->entityId, m_meeting); // a change to the meeting itself names it
        QCOMPARE(AuditLog::verify(*m_server), QStringList());
        // The laptop keeps no copy, nor the earlier meeting copied to read.
        QCOMPARE(MeetingList(*m_laptop).find(QString(), QString()).size(), 0);
        QCOMPARE(onServer.setValue(Field::MeetingTitle, m_meeting, u"Changed on the laptop"_s,
                                   u"Again here"_s, &error),
                 MeetingEdits::Result::Done);
    }

    void changedMeanwhileComesBackAsACopy()
    {
        Offline offline(*m_server, *m_laptop);
        QString error;
        const std::optional<qint64> local = offline.take(m_meeting, &error);
        QVERIFY2(local, qPrintable(error));
        // An area admin releases it, and someone changes it on the server.
        QVERIFY2(Offline::release(*m_server, m_meeting, &error), qPrintable(error));
        const QVariant before = MeetingEdits(*m_server).value(Field::MeetingTitle, m_meeting);
        QCOMPARE(
            MeetingEdits(*m_server).setValue(Field::MeetingTitle, m_meeting, before, u"Theirs"_s, &error),
            MeetingEdits::Result::Done);
        QCOMPARE(MeetingEdits(*m_laptop).setValue(Field::MeetingTitle, *local, before, u"Mine"_s, &error),
                 MeetingEdits::Result::Done);
        const std::optional<Offline::Published> published = offline.publish(*local, &error);
        QVERIFY2(published, qPrintable(error));
        QVERIFY(published->asCopy);
        QVERIFY(published->serverId != m_meeting);
        QVERIFY2(published->message.contains(u"changed it at"_s), qPrintable(published->message));
        QCOMPARE(title(*m_server, m_meeting), u"Theirs"_s); // nothing overwritten
        QCOMPARE(title(*m_server, published->serverId), u"Mine (offline copy)"_s);
        // Everyone who opens the original is told, until the copy goes.
        const QString notice = Offline::notice(*m_server, *Offline::taken(*m_server, m_meeting));
        QVERIFY2(notice.contains(u"Mine (offline copy)"_s), qPrintable(notice));
        QVERIFY(Offline::refusal(*m_server, m_meeting).isEmpty()); // changed as any meeting
        QVERIFY(MeetingRepository(*m_server).remove(published->serverId, &error));
        QVERIFY(!Offline::taken(*m_server, m_meeting)); // and with it the note
        QCOMPARE(AuditLog::verify(*m_server), QStringList());
    }

    void madeOnTheLaptopIsPublishedAsNew()
    {
        const qint64 local = import(*m_laptop);
        QString error;
        const std::optional<Offline::Published> published
            = Offline(*m_server, *m_laptop).publish(local, &error);
        QVERIFY2(published, qPrintable(error));
        QVERIFY(published->serverId != m_meeting && published->serverId != m_earlier);
        QVERIFY(!published->asCopy);
        QCOMPARE(MeetingList(*m_server).find(QString(), QString()).size(), 3);
        QCOMPARE(MeetingList(*m_laptop).find(QString(), QString()).size(), 0);
        // Taking and publishing need the server on one side and a file on the other.
        QVERIFY(!Offline(*m_laptop, *m_server).take(m_meeting, &error));
    }

    void cleanup()
    {
        m_laptop.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
