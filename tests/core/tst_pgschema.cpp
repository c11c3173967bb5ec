// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/database.h"
#include "core/schema.h"
#include "core/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// The area server's schema on a real PostgreSQL (the test suite's throwaway cluster): every migration runs,
// ids come back from RETURNING, the search index follows every write and finds what SQLite's FTS5 finds for
// the same words, and the audit trail can only have its values forgotten.
class TestPgSchema : public QObject
{
    Q_OBJECT

    QSqlDatabase m_pg;
    Database m_sqlite;

    static QString run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db);
        if (values.isEmpty()) // PostgreSQL prepares no DDL: run it as it is
            return q.exec(sql) ? QString() : q.lastError().text();
        if (!q.prepare(sql))
            return q.lastError().text();
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() ? QString() : q.lastError().text();
    }

    static qint64 insert(QSqlDatabase db, const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db);
        q.prepare(sql + u" RETURNING id"_s);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The same meetings in both databases: a title, and an activity with notes and something said.
    void addMeeting(const QString &title, const QString &notes, const QString &said)
    {
        for (QSqlDatabase db : { m_pg, m_sqlite.connection() }) {
            const qint64 meeting
                = insert(db, u"INSERT INTO meetings (title, date) VALUES (?, '2026-12-01')"_s, { title });
            const qint64 activity = insert(
                db, u"INSERT INTO activities (meeting_id, position, title, notes) VALUES (?, 0, 'Talk', ?)"_s,
                { meeting, notes });
            insert(db, u"INSERT INTO contributions (activity_id, position, text) VALUES (?, 0, ?)"_s,
                   { activity, said });
            QVERIFY(meeting && activity);
        }
    }

    static QStringList found(QSqlDatabase db, Engine engine, const QString &words)
    {
        // Each word somewhere in the meeting, as MeetingList asks.
        const QStringList typed = words.split(u' ', Qt::SkipEmptyParts);
        QString sql = u"SELECT title FROM meetings WHERE true"_s;
        for (qsizetype i = 0; i < typed.size(); ++i)
            sql += u" AND id IN ("_s + SqlDialect::meetingsWithWords(engine) + u")"_s;
        QSqlQuery q(db);
        q.prepare(sql + u" ORDER BY title"_s);
        for (const QString &word : typed)
            q.addBindValue(SqlDialect::searchTerms({ word }, engine));
        QStringList titles;
        if (!q.exec())
            return { u"error: "_s + q.lastError().text() };
        while (q.next())
            titles << q.value(0).toString();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_pg = Test::freshPostgres(u"tst_pgschema"_s, &error);
        QVERIFY2(m_pg.isOpen(), qPrintable(error));
        QVERIFY(m_sqlite.open(u":memory:"_s));
    }

    void everyMigrationRunsOnPostgres()
    {
        const QList<Migration> &migrations = Schema::postgresMigrations();
        QCOMPARE(migrations.size(), Schema::migrations().size());
        for (const Migration &m : migrations) {
            QVERIFY(m_pg.transaction());
            for (const QString &statement : m.statements) {
                const QString problem = run(m_pg, statement);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(u"migration %1: %2\n%3"_s.arg(m.version).arg(problem, statement)));
            }
            QVERIFY2(m_pg.commit(), qPrintable(m_pg.lastError().text()));
        }
        // The same tables as the SQLite file, the search index aside.
        QSqlQuery q(m_pg);
        QVERIFY(q.exec(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s)
                && q.next());
        QSqlQuery s(m_sqlite.connection());
        QVERIFY(
            s.exec(
                u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
                "AND name NOT LIKE 'sqlite_%'"_s)
            && s.next());
        QCOMPARE(q.value(0).toInt(), s.value(0).toInt() + 1);
    }

    void theSearchIndexFollowsEveryWrite()
    {
        addMeeting(u"Café Zephyrine"_s, u"Bus times for after-school clubs"_s,
                   u"ÉLOÏSE's review of the letters"_s);
        addMeeting(u"Transport: the bus"_s, u"Naïve questions welcome"_s, u"We said the taxi was late"_s);
        addMeeting(u"Short breaks"_s, u"Quiet rooms"_s, u"Papers a week before"_s);
        QCOMPARE(found(m_pg, Engine::Postgres, u"zeph"_s), QStringList { u"Café Zephyrine"_s });
        // A title changed: its old words go, its new ones come.
        QVERIFY(run(m_pg, u"UPDATE meetings SET title = 'Café Quixote' WHERE title = 'Café Zephyrine'"_s)
                    .isEmpty());
        QVERIFY(found(m_pg, Engine::Postgres, u"zeph"_s).isEmpty());
        QCOMPARE(found(m_pg, Engine::Postgres, u"quix"_s), QStringList { u"Café Quixote"_s });
        QVERIFY(run(m_pg, u"UPDATE meetings SET title = 'Café Zephyrine' WHERE title = 'Café Quixote'"_s)
                    .isEmpty());
        // A meeting deleted takes its activities' and contributions' words with it (the cascade fires the
        // triggers).
        const qint64 gone
            = insert(m_pg, u"INSERT INTO meetings (title, date) VALUES ('Gone', '2026-01-01')"_s, {});
        insert(m_pg, u"INSERT INTO activities (meeting_id, position, title) VALUES (?, 0, 'Vanishing')"_s,
               { gone });
        QCOMPARE(found(m_pg, Engine::Postgres, u"vanish"_s), QStringList { u"Gone"_s });
        QVERIFY(run(m_pg, u"DELETE FROM meetings WHERE id = ?"_s, { gone }).isEmpty());
        QSqlQuery left(m_pg);
        QVERIFY(left.exec(u"SELECT count(*) FROM search_index WHERE meeting_id = %1"_s.arg(gone))
                && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        // What the comparison below stands on: SQLite finds these too.
        QCOMPARE(found(m_sqlite.connection(), Engine::Sqlite, u"cafe eloise"_s),
                 QStringList { u"Café Zephyrine"_s });
        QCOMPARE(found(m_sqlite.connection(), Engine::Sqlite, u"bus"_s),
                 (QStringList { u"Café Zephyrine"_s, u"Transport: the bus"_s }));
    }

    void theSearchFindsWhatSqliteFinds_data()
    {
        QTest::addColumn<QString>("words");
        for (const char *words : { "cafe", "CAFÉ", "zeph", "eloise", "éloïse rev", "after", "school clubs",
                                   "bus", "bus transport", "naive", "naïve QUESTIONS", "qu", "the",
                                   "taxi late", "papers week", "nothing", "letters eloise", "Transport:" })
            QTest::newRow(words) << QString::fromUtf8(words);
    }
    void theSearchFindsWhatSqliteFinds()
    {
        QFETCH(QString, words);
        QCOMPARE(found(m_pg, Engine::Postgres, words), found(m_sqlite.connection(), Engine::Sqlite, words));
    }

    void theAuditTrailOnlyForgets()
    {
        const qint64 entry
            = insert(m_pg,
                     u"INSERT INTO audit_log (at, who, action, entity, old_value, new_value, salt) "
                     "VALUES ('2026-12-01T10:00:00Z', session_user, 'edit', 'meetings', 'Old', 'New', 'x')"_s,
                     {});
        QVERIFY(entry);
        QVERIFY(run(m_pg, u"UPDATE audit_log SET who = 'someone else' WHERE id = ?"_s, { entry })
                    .contains(u"only its values may be forgotten"_s));
        QVERIFY(run(m_pg, u"DELETE FROM audit_log WHERE id = ?"_s, { entry }).contains(u"append-only"_s));
        QCOMPARE(run(m_pg,
                     u"UPDATE audit_log SET old_value = NULL, new_value = NULL, salt = NULL WHERE id = ?"_s,
                     { entry }),
                 QString()); // forgetting the values is allowed
        QVERIFY(run(m_pg, u"UPDATE audit_log SET old_value = 'back' WHERE id = ?"_s, { entry })
                    .contains(u"only its values may be forgotten"_s)); // and cannot be undone
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
