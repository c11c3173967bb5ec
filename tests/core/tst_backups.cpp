// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/backups.h"
#include "core/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestBackups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    int meetings(Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT count(*) FROM meetings"_s) && q.next() ? q.value(0).toInt() : -1;
    }
    static bool ownerOnly(const QString &path)
    {
        const QFileDevice::Permissions p = QFileInfo(path).permissions();
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
    }
    void importExample()
    {
        QStringList errors;
        QVERIFY(Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                              u"e"_s, &errors));
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                + QString::fromLatin1(QTest::currentDataTag()).remove(u' ') + u".sqlite"_s);
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_path));
        importExample();
    }

    void aBackupIsAWholeOwnerOnlyDatabase()
    {
        const QString target = m_dir.filePath(u"copy.sqlite"_s);
        QString error;
        QVERIFY2(Backups::write(*m_db, target, &error), qPrintable(error));
        QCOMPARE(Backups::verify(target), QString());
        QVERIFY(ownerOnly(target));
        Database copy;
        QVERIFY(copy.open(target));
        QCOMPARE(meetings(copy), 1);
        // Never over an existing file.
        QVERIFY(!Backups::write(*m_db, target, &error));
        QVERIFY(error.contains(u"already exists"_s));
    }

    void dailyBackupsAreOneADayAndTheNewest14Kept()
    {
        QString error;
        const std::optional<QString> first = Backups::daily(*m_db, &error);
        QVERIFY2(first && !first->isEmpty(), qPrintable(error));
        QVERIFY(first->startsWith(Backups::folderFor(m_path)));
        QCOMPARE(Backups::daily(*m_db, &error), QString()); // not twice in a day
        QCOMPARE(Backups::list(m_path).size(), 1);
        for (int i = 0; i < 20; ++i)
            QVERIFY(Backups::make(*m_db, u"test"_s, &error));
        QCOMPARE(Backups::list(m_path).size(), Backups::Keep);
        QVERIFY(ownerOnly(Backups::folderFor(m_path)));
        for (const Backups::Entry &e : Backups::list(m_path))
            QVERIFY(ownerOnly(e.path));
    }

    void restorePutsTheBackupBackAndKeepsWhatWasThere()
    {
        const QString target = m_dir.filePath(u"restore-me.sqlite"_s);
        QString error;
        QVERIFY(Backups::write(*m_db, target, &error));
        importExample();
        QCOMPARE(meetings(*m_db), 2);
        QVERIFY2(Backups::restore(*m_db, target, &error), qPrintable(error));
        QVERIFY(m_db->isOpen());
        QCOMPARE(meetings(*m_db), 1);
        // What was there before is in the newest backup.
        const QList<Backups::Entry> backups = Backups::list(m_path);
        QVERIFY(backups.first().path.endsWith(u"before-restore.sqlite"_s));
        Database before;
        QVERIFY(before.open(backups.first().path));
        QCOMPARE(meetings(before), 2);
    }

    void badBackupsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("random bytes") << QByteArray(4096, 'x') << u"not an SQLite database file"_s;
        QTest::newRow("empty") << QByteArray() << u"not an SQLite database file"_s;
    }

    void badBackupsAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString bad = m_dir.filePath(u"bad.sqlite"_s);
        Test::writeFile(bad, bytes);
        QString error;
        QVERIFY(!Backups::restore(*m_db, bad, &error));
        QVERIFY2(error.startsWith(bad + u": "_s) && error.contains(says), qPrintable(error));
        QCOMPARE(meetings(*m_db), 1);
        QVERIFY(Backups::list(m_path).isEmpty()); // refused before anything was done
    }

    void truncatedOrForeignDatabasesAreRefused()
    {
        const QString copy = m_dir.filePath(u"whole.sqlite"_s);
        QString error;
        QVERIFY(Backups::write(*m_db, copy, &error));
        QByteArray bytes = Test::readFile(copy);
        const QString truncated = m_dir.filePath(u"truncated.sqlite"_s);
        Test::writeFile(truncated, bytes.left(bytes.size() / 2));
        QVERIFY2(!Backups::verify(truncated).isEmpty(), "a truncated file passed");
        const QString foreign = m_dir.filePath(u"foreign.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        QVERIFY(Backups::verify(foreign).contains(u"another program"_s));
        const QString newer = m_dir.filePath(u"newer.sqlite"_s);
        QVERIFY(Backups::write(*m_db, newer, &error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        QVERIFY(Backups::verify(newer).contains(u"newer version"_s));
    }

    void anUpgradeIsBackedUpFirst()
    {
        m_db->close();
        // The database as version 1 of a made-up schema, then opened by a version that adds a table.
        const QString path = m_dir.filePath(u"upgrade.sqlite"_s);
        Migration one { 1, u"one"_s, { u"CREATE TABLE a (x)"_s, u"INSERT INTO a VALUES (42)"_s } };
        Migration two { 2, u"two"_s, { u"CREATE TABLE b (y)"_s } };
        {
            Database db;
            QVERIFY(db.open(path, { one }));
        }
        QVERIFY(Backups::list(path).isEmpty()); // a new database has nothing to keep
        Database db;
        QVERIFY2(db.open(path, { one, two }), qPrintable(db.errorString()));
        const QList<Backups::Entry> backups = Backups::list(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().path.endsWith(u"before-upgrade-to-2.sqlite"_s));
        Database old;
        QVERIFY(old.open(backups.first().path, { one }));
        QCOMPARE(old.schemaVersion(), 1);
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(u"SELECT x FROM a"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 42);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
