// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/connectionspec.h"
#include "core/database.h"
#include "core/schema.h"
#include "core/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// Database on the area's server (the test suite's throwaway PostgreSQL): the admin makes and upgrades the
// schema; a copy of the app opens only a server at its own version and says what to do otherwise; and a
// change that fails inside a transaction fails all of it (PostgreSQL's COMMIT then rolls back while the
// statement says it ran).
class TestServerDatabase : public QObject
{
    Q_OBJECT

    // A new, empty database on the cluster, as --database would name it.
    ConnectionSpec fresh()
    {
        const QString name = u"server_"_s + QString::fromLatin1(QTest::currentTestFunction()).toLower();
        QString error;
        const QString location = Test::freshServerDatabase(name, &error);
        if (location.isEmpty())
            qWarning() << error;
        return *ConnectionSpec::parse(location, &error);
    }

    static QString run(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private Q_SLOTS:
    void anEmptyServerIsMadeByTheAdminOnly()
    {
        const ConnectionSpec spec = fresh();
        Database db;
        QVERIFY(!db.openServer(spec));
        QVERIFY2(db.errorString().contains(u"coproduce server init"_s), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.initServer(spec), qPrintable(db.errorString()));
        QCOMPARE(db.engine(), Engine::Postgres);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        db.close();
        QVERIFY2(db.openServer(spec), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // Made once: a second init changes nothing and says how to upgrade instead.
        QVERIFY(!db.initServer(spec));
        QVERIFY2(db.errorString().contains(u"server upgrade"_s), qPrintable(db.errorString()));
    }

    void anOlderServerWaitsForItsAdmin()
    {
        const ConnectionSpec spec = fresh();
        Database db;
        const QList<Migration> all = Schema::postgresMigrations();
        QVERIFY2(db.initServer(spec, all.mid(0, all.size() - 1)), qPrintable(db.errorString()));
        db.close();
        QVERIFY(!db.openServer(spec)); // the app does not upgrade it behind the admin's back
        QVERIFY2(db.errorString().contains(u"older"_s)
                     && db.errorString().contains(u"coproduce server upgrade"_s),
                 qPrintable(db.errorString()));
        QVERIFY2(db.upgradeServer(spec), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        db.close();
        QVERIFY2(db.openServer(spec), qPrintable(db.errorString()));
    }

    void aNewerServerIsLeftAlone()
    {
        const ConnectionSpec spec = fresh();
        Database db;
        QVERIFY2(db.initServer(spec), qPrintable(db.errorString()));
        const int newer = Database::latestSchemaVersion() + 1;
        QCOMPARE(run(db, u"UPDATE app_state SET value = '%1' WHERE key = 'schema_version'"_s.arg(newer)),
                 QString());
        db.close();
        QVERIFY(!db.openServer(spec));
        QVERIFY2(db.errorString().contains(u"newer"_s) && db.errorString().contains(u"Update this copy"_s),
                 qPrintable(db.errorString()));
        QVERIFY(!db.upgradeServer(spec)); // nor does the admin's upgrade take it backwards
    }

    void aFailedChangeFailsTheWholeTransaction()
    {
        const ConnectionSpec spec = fresh();
        Database db;
        QVERIFY2(db.initServer(spec), qPrintable(db.errorString()));
        {
            Transaction transaction(db);
            QVERIFY2(transaction.isActive(), qPrintable(transaction.errorString()));
            QCOMPARE(run(db, u"INSERT INTO series (name) VALUES ('Kept?')"_s), QString());
            QVERIFY(!run(db, u"INSERT INTO series (name) VALUES ('')"_s).isEmpty()); // refused by its CHECK
            QVERIFY(!transaction.commit()); // the first insert is not kept either, and commit() says so
            QVERIFY2(!transaction.errorString().isEmpty(), "the reason is given");
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM series"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // And a transaction that goes right is kept.
        {
            Transaction transaction(db);
            QCOMPARE(run(db, u"INSERT INTO series (name) VALUES ('Kept')"_s), QString());
            QVERIFY2(transaction.commit(), qPrintable(transaction.errorString()));
        }
        QVERIFY(q.exec(u"SELECT name FROM series"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Kept"_s);
    }

    void aServerThatCannotBeReachedIsNamed()
    {
        QString error;
        const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(
            u"host=/nonexistent-socket-folder port=1 dbname=send user=nobody"_s, &error);
        QVERIFY(spec);
        Database db;
        QVERIFY(!db.openServer(*spec));
        QVERIFY2(db.errorString().contains(u"send on /nonexistent-socket-folder"_s)
                     && db.errorString().contains(u"cannot connect"_s),
                 qPrintable(db.errorString()));
    }

    // Another machine is reached with its certificate checked against its name (the cluster's is for
    // coproduce.test): any other name is refused before anything is sent, with what to do; and a
    // connection the user asked to be unencrypted says so.
    void verifyFullRefusesAWrongHostName()
    {
        const QString location = fresh().keywordString();
        Database db;
        QVERIFY(!db.open(Test::overTcp(location, u"localhost"_s, u"sslmode=verify-full"_s)));
        QVERIFY2(db.errorString().contains(u"does not match host name"_s)
                     && db.errorString().contains(u"sslrootcert"_s),
                 qPrintable(db.errorString()));
        // With no sslmode, another machine gets verify-full: without its authority's certificate, refused.
        QVERIFY(!db.open(QString(Test::overTcp(location, u"coproduce.test"_s, QString()))
                             .replace(QRegularExpression(u"sslrootcert=\\S+"_s), QString())));
        QVERIFY2(db.errorString().contains(u"certificate"_s), qPrintable(db.errorString()));
        QString error;
        const std::optional<ConnectionSpec> right
            = ConnectionSpec::parse(Test::overTcp(location, u"coproduce.test"_s, QString()), &error);
        QVERIFY2(right && right->verifiesServer(), qPrintable(error));
        QVERIFY2(db.initServer(*right), qPrintable(db.errorString()));
        QVERIFY(!db.sendsInTheClear());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY2(db.open(Test::overTcp(location, u"coproduce.test"_s, u"sslmode=disable"_s)),
                 qPrintable(db.errorString()));
        QVERIFY(db.sendsInTheClear());
        QVERIFY2(db.open(location), qPrintable(db.errorString()));
        QVERIFY(!db.sendsInTheClear()); // this machine's own socket
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
