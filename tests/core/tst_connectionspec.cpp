// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/connectionspec.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// What --database names: a file, or the area's server as libpq writes it (a URI or keywords); a password
// refused in the text; another machine reached only with its certificate checked unless asked otherwise.
// The keyword string is handed to a real libpq, on the test suite's throwaway PostgreSQL.
class TestConnectionSpec : public QObject
{
    Q_OBJECT

    static QString option(const QString &text, const QString &keyword)
    {
        QString error;
        const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(text, &error);
        return spec ? spec->option(keyword) : u"error: "_s + error;
    }

private Q_SLOTS:
    void filesStayFiles()
    {
        QString error;
        for (const QString &path : { u"coproduce.sqlite"_s, u"/home/sam/Meetings/area=north.sqlite"_s,
                                     u"C:\\Users\\sam\\send.sqlite"_s, u"postgresql.sqlite"_s }) {
            const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(path, &error);
            QVERIFY2(spec, qPrintable(error));
            QCOMPARE(spec->kind(), ConnectionSpec::Kind::File);
            QCOMPARE(spec->path(), path);
            QCOMPARE(spec->display(), path);
        }
    }

    void aUriAsLibpqReadsIt()
    {
        QString error;
        const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(
            u"postgresql://priya@coproduce.council.example:6432/send?application_name=Coproduce"_s, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->kind(), ConnectionSpec::Kind::Server);
        QCOMPARE(spec->option(u"host"_s), u"coproduce.council.example"_s);
        QCOMPARE(spec->option(u"port"_s), u"6432"_s);
        QCOMPARE(spec->option(u"dbname"_s), u"send"_s);
        QCOMPARE(spec->option(u"user"_s), u"priya"_s);
        QCOMPARE(spec->option(u"application_name"_s), u"Coproduce"_s);
        QVERIFY(!spec->isLocal());
        QVERIFY(spec->verifiesServer()); // another machine: its certificate checked, its name matched
        QCOMPARE(spec->display(), u"send on coproduce.council.example"_s);
        QCOMPARE(option(u"postgres://db.example/send"_s, u"dbname"_s), u"send"_s);
    }

    void keywordsAsLibpqReadsThem()
    {
        QCOMPARE(option(u"service=coproduce"_s, u"service"_s), u"coproduce"_s);
        QCOMPARE(option(u"host=db.example dbname = send  user=sam"_s, u"user"_s), u"sam"_s);
        QCOMPARE(option(u"host=db.example dbname='north send' user=sam"_s, u"dbname"_s), u"north send"_s);
        QCOMPARE(option(u"host=db.example application_name='it\\'s \\\\ ours'"_s, u"application_name"_s),
                 u"it's \\ ours"_s);
    }

    void sslModeIsVerifyFullUnlessAsked()
    {
        QCOMPARE(option(u"host=db.example dbname=send"_s, u"sslmode"_s), u"verify-full"_s);
        QCOMPARE(option(u"host=db.example sslmode=require"_s, u"sslmode"_s), u"require"_s); // asked for
        QCOMPARE(option(u"postgresql://db.example/send?sslmode=disable"_s, u"sslmode"_s), u"disable"_s);
        // This machine, by socket or name: no certificate to check.
        QCOMPARE(option(u"host=/run/postgresql dbname=send"_s, u"sslmode"_s), QString());
        QCOMPARE(option(u"postgresql://localhost/send"_s, u"sslmode"_s), QString());
        QCOMPARE(option(u"dbname=send"_s, u"sslmode"_s), QString());
        // A service's host is in its file, with the settings the area's IT chose.
        QCOMPARE(option(u"service=coproduce"_s, u"sslmode"_s), QString());
    }

    void mistakesAreNamed()
    {
        QString error;
        QVERIFY(!ConnectionSpec::parse(u"postgresql://sam:secret@db.example/send"_s, &error));
        QVERIFY2(error.contains(u"password"_s) && error.contains(u"db.example"_s)
                     && !error.contains(u"secret"_s),
                 qPrintable(error));
        QVERIFY(!ConnectionSpec::parse(u"host=db.example password=secret"_s, &error));
        QVERIFY2(!error.contains(u"secret"_s), qPrintable(error));
        QVERIFY(!ConnectionSpec::parse(u"host=db.example colour=blue"_s, &error));
        QVERIFY2(error.contains(u"colour"_s), qPrintable(error));
        QVERIFY(!ConnectionSpec::parse(u"host=db.example dbname='send"_s, &error));
        QVERIFY2(error.contains(u"dbname"_s) && error.contains(u"quote"_s), qPrintable(error));
        QVERIFY(!ConnectionSpec::parse(u"host=db.example dbname"_s, &error));
        QVERIFY2(error.contains(u"dbname=…"_s), qPrintable(error));
        QVERIFY(!ConnectionSpec::parse(u"postgresql://db.example/send?colour=blue"_s, &error));
        QVERIFY2(error.contains(u"colour"_s), qPrintable(error));
    }

    // The keyword string, quoting and all, as the driver hands it to libpq: it reaches the real server.
    void libpqConnectsWithTheKeywordString()
    {
        QFile file(qEnvironmentVariable("COPRODUCE_TEST_PG"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the test suite's PostgreSQL cluster is not running");
        QString error;
        const std::optional<ConnectionSpec> spec
            = ConnectionSpec::parse(QString::fromUtf8(file.readAll()).trimmed()
                                        + u" dbname=postgres application_name='Coproduce test'"_s,
                                    &error);
        QVERIFY2(spec, qPrintable(error));
        QVERIFY(spec->isLocal());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"spec"_s);
            db.setConnectOptions(spec->keywordString());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT current_setting('application_name')"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"Coproduce test"_s);
        }
        QSqlDatabase::removeDatabase(u"spec"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
