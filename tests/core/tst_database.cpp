// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/database.h"
#include "core/schema.h"
#include "core/transaction.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QVariant pragma(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA "_s + name);
        q.next();
        return q.value(0);
    }
    // Makes an SQLite file with another program's table, outside Coproduce.
    void makeForeignSqlite(const QString &file)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO recipes VALUES ('scones')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
    }
    void expectRefusedUntouched(const QString &file, const QString &expected)
    {
        const QByteArray before = Test::sha256(file);
        Database db;
        QVERIFY(!db.open(file));
        QVERIFY2(db.errorString().contains(expected), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(file), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QCOMPARE(Test::sha256(file), before);
    }

    static int mode(const QString &file)
    {
        struct stat info;
        if (::stat(QFile::encodeName(file).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 0777);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void newDatabaseIsOwnerOnlyWalWithForeignKeys()
    {
        Database db;
        QVERIFY2(db.open(path(u"new.sqlite"_s)), qPrintable(db.errorString()));
        QCOMPARE(mode(path(u"new.sqlite"_s)), 0600);
        QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(db, u"application_id"_s).toInt(), Database::ApplicationId);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // SQLite gives the WAL files the database's permissions.
        QSqlQuery(db.connection()).exec(u"INSERT INTO series (name) VALUES ('x')"_s);
        QVERIFY(QFileInfo::exists(path(u"new.sqlite-wal"_s)));
        QCOMPARE(mode(path(u"new.sqlite-wal"_s)), 0600);
    }

    void reopensItsOwnDatabase()
    {
        {
            Database db;
            QVERIFY(db.open(path(u"a.sqlite"_s)));
            QVERIFY(QSqlQuery(db.connection()).exec(u"INSERT INTO series (name) VALUES ('Short breaks')"_s));
        }
        Database db;
        QVERIFY2(db.open(path(u"a.sqlite"_s)), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT name FROM series"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Short breaks"_s);
    }

    void readOnlySeesEverythingAndWritesNothing()
    {
        Database writer;
        QVERIFY(writer.open(path(u"shared.sqlite"_s)));
        QVERIFY(QSqlQuery(writer.connection()).exec(u"INSERT INTO series (name) VALUES ('Short breaks')"_s));

        Database reader;
        QVERIFY2(reader.openReadOnly(path(u"shared.sqlite"_s)), qPrintable(reader.errorString()));
        QVERIFY(reader.isReadOnly());
        QSqlQuery q(reader.connection());
        QVERIFY(q.exec(u"SELECT name FROM series"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Short breaks"_s);
        {
            Transaction t(reader);
            QVERIFY(!t.isActive());
            QVERIFY2(t.errorString().contains(u"another copy of Coproduce"_s), qPrintable(t.errorString()));
        }
        // Even past the Transaction, SQLite itself refuses.
        QVERIFY(!QSqlQuery(reader.connection()).exec(u"INSERT INTO series (name) VALUES ('x')"_s));
        reader.close();
        QVERIFY(!reader.isReadOnly());

        // Nothing to open read-only is an error, and creates nothing.
        QVERIFY(!reader.openReadOnly(path(u"missing.sqlite"_s)));
        QVERIFY(reader.errorString().contains(path(u"missing.sqlite"_s)));
        QVERIFY(!QFileInfo::exists(path(u"missing.sqlite"_s)));
        // Not ours: refused untouched, as open() does.
        Test::writeFile(path(u"notes.txt"_s), "Minutes of the meeting\n");
        const QByteArray before = Test::sha256(path(u"notes.txt"_s));
        QVERIFY(!reader.openReadOnly(path(u"notes.txt"_s)));
        QVERIFY(reader.errorString().contains(u"is not a Coproduce database"_s));
        QCOMPARE(Test::sha256(path(u"notes.txt"_s)), before);
    }

    void emptyFileBecomesADatabase()
    {
        Test::writeFile(path(u"empty.sqlite"_s), QByteArray());
        Database db;
        QVERIFY2(db.open(path(u"empty.sqlite"_s)), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesATextFile()
    {
        Test::writeFile(path(u"notes.txt"_s), "Minutes of the meeting\nNothing to see here.\n");
        expectRefusedUntouched(path(u"notes.txt"_s), u"is not a Coproduce database"_s);
        QVERIFY(!QFileInfo::exists(path(u"notes.txt-wal"_s)));
    }

    void refusesRandomBytes()
    {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator random(7);
        for (char &c : bytes)
            c = char(random.bounded(256));
        Test::writeFile(path(u"random.bin"_s), bytes);
        expectRefusedUntouched(path(u"random.bin"_s), u"is not a Coproduce database"_s);
    }

    void refusesAnotherProgramsSqlite()
    {
        makeForeignSqlite(path(u"recipes.sqlite"_s));
        expectRefusedUntouched(path(u"recipes.sqlite"_s), u"another program"_s);
    }

    void refusesATruncatedDatabase()
    {
        {
            Database db;
            QVERIFY(db.open(path(u"cut.sqlite"_s)));
            QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile file(path(u"cut.sqlite"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.resize(5000);
        file.close();
        expectRefusedUntouched(path(u"cut.sqlite"_s), u"Coproduce database"_s);
    }

    void refusesANewerVersion()
    {
        {
            Database db;
            QVERIFY(db.open(path(u"future.sqlite"_s)));
            QVERIFY(QSqlQuery(db.connection())
                        .exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
            QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        expectRefusedUntouched(path(u"future.sqlite"_s), u"newer version of Coproduce"_s);
    }

    void refusesAFolder()
    {
        Database db;
        QVERIFY(!db.open(m_dir->path()));
        QVERIFY(db.errorString().contains(u"is a folder"_s));
    }

    void missingFolderIsAClearError()
    {
        Database db;
        QVERIFY(!db.open(path(u"no/such/folder/x.sqlite"_s)));
        QVERIFY2(db.errorString().contains(u"does not exist"_s), qPrintable(db.errorString()));
        QVERIFY(!QFileInfo::exists(path(u"no"_s)));
    }

    void migrationsRunInOrderOnce()
    {
        QList<Migration> migrations = Schema::migrations();
        const int next = Database::latestSchemaVersion() + 1;
        migrations.append({ next, u"add a table"_s, { u"CREATE TABLE extra (x TEXT)"_s } });
        migrations.append({ next + 1, u"fill it"_s, { u"INSERT INTO extra VALUES ('from the next')"_s } });
        {
            Database db;
            QVERIFY2(db.open(path(u"m.sqlite"_s), migrations), qPrintable(db.errorString()));
            QCOMPARE(db.schemaVersion(), next + 1);
        }
        Database db;
        QVERIFY2(db.open(path(u"m.sqlite"_s), migrations), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM extra"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // migration 3 did not run twice
    }

    void aFirstVersionFileIsBroughtUpToDate()
    {
        {
            Database db;
            QVERIFY(db.open(path(u"v1.sqlite"_s), Schema::migrations().mid(0, 1)));
            QCOMPARE(db.schemaVersion(), 1);
        }
        Database db;
        QVERIFY2(db.open(path(u"v1.sqlite"_s)), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'actions_due_order'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aFailedMigrationChangesNothing()
    {
        {
            Database db;
            QVERIFY(db.open(path(u"f.sqlite"_s)));
        }
        QList<Migration> migrations = Schema::migrations();
        const int next = Database::latestSchemaVersion() + 1;
        migrations.append({ next,
                            u"broken"_s,
                            { u"CREATE TABLE half (x TEXT)"_s, u"INSERT INTO no_such_table VALUES (1)"_s } });
        {
            Database db;
            QVERIFY(!db.open(path(u"f.sqlite"_s), migrations));
            QVERIFY2(db.errorString().contains(u"version %1"_s.arg(next)), qPrintable(db.errorString()));
            QVERIFY(db.errorString().contains(u"broken"_s));
        }
        Database db;
        QVERIFY(db.open(path(u"f.sqlite"_s)));
        QCOMPARE(db.schemaVersion(), next - 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'half'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void memoryDatabaseWorks()
    {
        Database db;
        QVERIFY(db.open(u":memory:"_s));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void twoConnectionsToOneFile()
    {
        Database a;
        Database b;
        QVERIFY(a.open(path(u"two.sqlite"_s)));
        QVERIFY(b.open(path(u"two.sqlite"_s)));
        QVERIFY(QSqlQuery(a.connection()).exec(u"INSERT INTO series (name) VALUES ('From A')"_s));
        QSqlQuery q(b.connection());
        QVERIFY(q.exec(u"SELECT name FROM series"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"From A"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
