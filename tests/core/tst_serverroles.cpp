// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what on the area's server, enforced by the database itself: one login per person, in the
// groups `server init` makes (readers, facilitators, admins), and an audit trail that records the login
// that acted and refuses any other name. On the test suite's PostgreSQL cluster.
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/auditlog.h"
#include "core/erasure.h"
#include "core/importer.h"
#include "core/meetingedits.h"
#include "core/meetinglist.h"
#include "core/seriesrepository.h"
#include "core/teamrepository.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestServerRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db; // the area's admin who ran `server init` (the cluster's superuser)
    qint64 m_meeting = 0;
    QString m_name; // the database's name: its groups are named after it

    QString exec(const QString &sql, Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    // A person's own login, in one of the area's groups, as the area's admin makes it (README).
    QString person(const QString &who, const QString &group)
    {
        const QString login = m_name + u'_' + who;
        exec(u"SET client_min_messages = warning"_s, *m_db);
        exec(u"DROP ROLE IF EXISTS "_s + login, *m_db);
        const QString error = exec(u"CREATE ROLE %1 LOGIN IN ROLE %2_%3"_s.arg(login, m_name, group), *m_db);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return login;
    }
    // Another copy of the app, signed in as `login`.
    bool openAs(Database &db, const QString &login)
    {
        QString location = m_db->path();
        location.replace(u"user='postgres'"_s, u"user='"_s + login + u"'"_s);
        if (db.open(location))
            return true;
        qWarning("%s", qPrintable(db.errorString()));
        return false;
    }

private Q_SLOTS:
    void init()
    {
        if (!Test::onServer())
            QSKIP("who may do what on the area's server (a file is one person's)");
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT current_database()"_s) && q.next());
        m_name = q.value(0).toString();
        QStringList errors;
        m_meeting = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                   u"e"_s, &errors);
    }

    void aFacilitatorEditsAndTheTrailNamesHerLogin()
    {
        const QString priya = person(u"priya"_s, u"facilitators"_s);
        Database hers;
        QVERIFY(openAs(hers, priya));
        MeetingEdits edits(hers);
        QString error;
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, edits.value(Field::MeetingTitle, m_meeting),
                                u"Transport, again"_s, &error),
                 MeetingEdits::Result::Done);
        const AuditEntry last = AuditLog(*m_db).entries(m_meeting, 0, 1).first();
        QCOMPARE(last.who, priya);
        QCOMPARE(last.newValue, u"Transport, again"_s);
        QCOMPARE(AuditLog::verify(*m_db), QStringList());
    }

    void aFacilitatorCannotChangeChartersOrErase()
    {
        const QString priya = person(u"priya"_s, u"facilitators"_s);
        Database hers;
        QVERIFY(openAs(hers, priya));
        const QString charter = exec(u"UPDATE charters SET name = 'Mine now'"_s, hers);
        QVERIFY2(charter.contains(u"permission denied"_s), qPrintable(charter));
        QString error;
        QVERIFY(!Erasure::erase(hers, u"Jo Turner"_s, false, &error));
        QVERIFY2(error.contains(u"only the area's admins may erase"_s), qPrintable(error));
        // Nothing of the erasure was kept: the name is still where it was.
        QVERIFY(Erasure::recordedNames(*m_db).contains(u"Jo Turner"_s));
    }

    void aReaderChangesNothing()
    {
        const QString pat = person(u"pat"_s, u"readers"_s);
        Database theirs;
        QVERIFY(openAs(theirs, pat));
        QCOMPARE(MeetingList(theirs).find(QString(), QString()).size(), 1); // reads, and exports
        MeetingEdits edits(theirs);
        const QVariant before = edits.value(Field::MeetingTitle, m_meeting);
        QString error;
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, before, u"Changed"_s, &error),
                 MeetingEdits::Result::Failed);
        QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
        QCOMPARE(MeetingEdits(*m_db).value(Field::MeetingTitle, m_meeting), before);
    }

    void aForgedWhoIsRefused()
    {
        const QString priya = person(u"priya"_s, u"facilitators"_s);
        Database hers;
        QVERIFY(openAs(hers, priya));
        const int before = int(AuditLog(*m_db).entries().size());
        const QString forged = exec(u"INSERT INTO audit_log (id, at, who, action, entity) VALUES "
                                    "((SELECT max(id) + 1 FROM audit_log), '2026-12-01T10:00:00.000Z', "
                                    "'someone else', 'edit', 'meetings')"_s,
                                    hers);
        QVERIFY2(forged.contains(u"records who is signed in"_s), qPrintable(forged));
        // Nor may anyone but its functions rewrite the trail, the admin included.
        QVERIFY(!exec(u"UPDATE audit_log SET who = 'someone else'"_s, hers).isEmpty());
        QCOMPARE(int(AuditLog(*m_db).entries().size()), before);
    }

    void anAdminErases()
    {
        const QString ali = person(u"ali"_s, u"admins"_s);
        Database theirs;
        QVERIFY(openAs(theirs, ali));
        QVERIFY(Erasure::recordedNames(theirs).contains(u"Jo Turner"_s));
        QString error;
        QVERIFY2(Erasure::erase(theirs, u"Jo Turner"_s, false, &error), qPrintable(error));
        QVERIFY(!Erasure::recordedNames(*m_db).contains(u"Jo Turner"_s));
        QCOMPARE(AuditLog(*m_db).entries(0, 0, 1).first().who, ali);
        QCOMPARE(AuditLog::verify(*m_db), QStringList());
    }

    // Teams own series; the database itself keeps a team's meetings to its members (row-level security).
    void aFacilitatorIsRefusedAnotherTeamsMeeting()
    {
        const QString hana = person(u"hana"_s, u"facilitators"_s);
        const QString fay = person(u"fay"_s, u"facilitators"_s);
        TeamRepository teams(*m_db);
        QString error;
        QVERIFY2(teams.add(u"Transport"_s, &error) && teams.add(u"Parent forum"_s, &error),
                 qPrintable(error));
        QVERIFY2(teams.setMember(u"Transport"_s, hana, true, &error), qPrintable(error));
        QVERIFY2(teams.setMember(u"Parent forum"_s, fay, true, &error), qPrintable(error));
        QVERIFY2(teams.setOwner(u"Home to school transport"_s, u"Transport"_s, &error), qPrintable(error));
        QVERIFY(!teams.setMember(u"Transport"_s, u"nobody_of_this_name"_s, true, &error));
        QVERIFY2(error.contains(u"no login called"_s), qPrintable(error));

        Database hers;
        QVERIFY(openAs(hers, fay));
        // She reads the other team's meeting (one area, one record)…
        QCOMPARE(MeetingList(hers).find(QString(), QString()).size(), 1);
        // …and is refused a change to it, in words that say why and change nothing.
        MeetingEdits edits(hers);
        const QVariant before = edits.value(Field::MeetingTitle, m_meeting);
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, before, u"Mine now"_s, &error),
                 MeetingEdits::Result::Failed);
        QVERIFY2(error.contains(u"belongs to the team \"Transport\""_s) && error.contains(fay),
                 qPrintable(error));
        QSqlQuery action(m_db->connection());
        QVERIFY(action.exec(u"SELECT t.id FROM actions t JOIN activities a ON a.id = t.activity_id "
                            "WHERE a.meeting_id = %1 LIMIT 1"_s.arg(m_meeting))
                && action.next());
        QVERIFY(!ActionRepository(hers).setStatus(action.value(0).toLongLong(), u"done"_s, QString(),
                                                  QDate(2026, 12, 1), &error));
        QVERIFY2(error.contains(u"belongs to the team"_s), qPrintable(error));
        // The database itself, not only the app: her UPDATE finds no row, her INSERT is refused, and she
        // cannot give the series to her own team.
        QSqlQuery q(hers.connection());
        QVERIFY(q.exec(u"UPDATE meetings SET title = 'Mine now' WHERE id = %1"_s.arg(m_meeting)));
        QCOMPARE(q.numRowsAffected(), 0);
        const QString insert = exec(u"INSERT INTO attendees (meeting_id, position, name, role) "
                                    "VALUES (%1, 99, 'Fay', 'facilitator')"_s.arg(m_meeting),
                                    hers);
        QVERIFY2(insert.contains(u"row-level security"_s), qPrintable(insert));
        const QString take = exec(u"UPDATE series SET team_id = (SELECT id FROM teams WHERE name = "
                                  "'Parent forum')"_s,
                                  hers);
        QVERIFY2(take.contains(u"permission denied"_s), qPrintable(take));
        QVERIFY(!TeamRepository(hers).add(u"Fay's own"_s, &error));
        QCOMPARE(MeetingEdits(*m_db).value(Field::MeetingTitle, m_meeting), before);
        // A series she makes is her team's.
        QVERIFY2(SeriesRepository(hers).findOrCreate(u"Forum coffee mornings"_s, &error), qPrintable(error));
        const QList<Team> all = teams.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, u"Parent forum"_s);
        QCOMPARE(all.at(0).series, QStringList { u"Forum coffee mornings"_s });
        QCOMPARE(all.at(1).series, QStringList { u"Home to school transport"_s });

        // The team's member may, and the trail names her.
        Database members;
        QVERIFY(openAs(members, hana));
        QCOMPARE(MeetingEdits(members).setValue(Field::MeetingTitle, m_meeting, before, u"Transport, again"_s,
                                                &error),
                 MeetingEdits::Result::Done);
        QCOMPARE(AuditLog(*m_db).entries(m_meeting, 0, 1).first().who, hana);
        // The series back to the whole area: now Fay may too.
        QVERIFY2(teams.setOwner(u"Home to school transport"_s, QString(), &error), qPrintable(error));
        QCOMPARE(edits.setValue(Field::MeetingTitle, m_meeting, u"Transport, again"_s, u"Ours"_s, &error),
                 MeetingEdits::Result::Done);
    }

    void cleanup() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
