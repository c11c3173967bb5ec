// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/database.h"
#include "core/importer.h"
#include "core/meetinglist.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// What the window and the reports ask of the meetings table, on a real SQLite file: the list and its search,
// one meeting's heading, the newest meeting, a series' last meeting and its people.
class TestMeetingList : public QObject
{
    Q_OBJECT

    Database m_db;
    qint64 m_first = 0; // "Home to school transport" series, 18 Nov 2026
    qint64 m_later = 0; // the same series, 2099
    qint64 m_other = 0; // another series, 2030, with a title in capitals and accents

    qint64 import(const QString &date, const QString &title, const QString &series)
    {
        QString json = QString::fromUtf8(Test::readFile(Test::dataPath(u"meetings/example.json"_s)));
        json.replace(QRegularExpression(u"\"date\": \"[0-9-]+\""_s), u"\"date\": \"%1\""_s.arg(date));
        json.replace(QRegularExpression(u"\"title\": \"Home to school[^\"]*\""_s),
                     u"\"title\": \"%1\""_s.arg(title));
        json.replace(u"\"series\": \"Home to school transport\""_s, u"\"series\": \"%1\""_s.arg(series));
        QStringList errors;
        const qint64 id = Importer(m_db).importMeeting(json.toUtf8(), date, &errors).value_or(0);
        if (!id)
            qWarning() << errors;
        return id;
    }

    QList<qint64> ids(const QList<MeetingSummary> &found)
    {
        QList<qint64> result;
        for (const MeetingSummary &m : found)
            result << m.id;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::openWithCharters(m_db));
        m_first = import(u"2026-11-18"_s, u"Home to school transport: co-production workshop"_s,
                         u"Home to school transport"_s);
        m_later = import(u"2099-01-01"_s, u"Zephyrine transport review"_s, u"Home to school transport"_s);
        m_other = import(u"2030-05-05"_s, u"CAFÉ QUIXOTIQUE for Éloïse"_s, u"Short breaks"_s);
        QVERIFY(m_first && m_later && m_other);
    }

    void listsNewestFirstInASeriesOrAll()
    {
        const MeetingList list(m_db);
        QCOMPARE(ids(list.find(QString(), QString())), (QList<qint64> { m_later, m_other, m_first }));
        QCOMPARE(ids(list.find(u"Home to school transport"_s, QString())),
                 (QList<qint64> { m_later, m_first }));
        QVERIFY(list.find(u"No such series"_s, QString()).isEmpty());
    }

    // The list shows its first rows at once and reads the rest as it scrolls.
    void theListIsReadAsItIsNeeded()
    {
        const std::unique_ptr<Cursor<MeetingSummary>> cursor = MeetingList(m_db).open(QString(), QString());
        QCOMPARE(ids(cursor->next(2)), (QList<qint64> { m_later, m_other }));
        QVERIFY(!cursor->atEnd());
        QCOMPARE(ids(cursor->next(2)), QList<qint64> { m_first });
        QVERIFY(cursor->atEnd());
        QVERIFY(cursor->next(2).isEmpty());
    }

    void findsEveryWordAsAWordOrItsStart()
    {
        const MeetingList list(m_db);
        QString error;
        QCOMPARE(ids(list.find(QString(), u"zephyrine"_s, &error)), QList<qint64> { m_later });
        QCOMPARE(ids(list.find(QString(), u"zeph transp"_s, &error)), QList<qint64> { m_later }); // starts
        QCOMPARE(ids(list.find(QString(), u"cafe eloise"_s, &error)), QList<qint64> { m_other }); // accents
        QCOMPARE(ids(list.find(QString(), u"quixotique"_s, &error)), QList<qint64> { m_other }); // case
        QVERIFY(list.find(QString(), u"zephyrine eloise"_s, &error).isEmpty()); // every word, not any
        // The words may be in different parts of the meeting: the title and what someone said.
        QCOMPARE(ids(list.find(QString(), u"zephyrine taxi"_s, &error)), QList<qint64> { m_later });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Search syntax typed by a person is only words: no error, and nothing found.
        QVERIFY(list.find(QString(), u"\"NEAR( - AND"_s, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void oneMeetingTheNewestAndASeriesLast()
    {
        const MeetingList list(m_db);
        const std::optional<MeetingSummary> first = list.summary(m_first);
        QVERIFY(first);
        QCOMPARE(first->title, u"Home to school transport: co-production workshop"_s);
        QCOMPARE(first->date, QDate(2026, 11, 18));
        QCOMPARE(first->series, u"Home to school transport"_s);
        QCOMPARE(first->charter, u"derby"_s);
        QCOMPARE(first->facilitator, u"Priya Shah"_s);
        QVERIFY(!list.summary(-1));
        QCOMPARE(list.newest(), m_later);
        QCOMPARE(list.latestInSeries(u"Home to school transport"_s)->id, m_later);
        QCOMPARE(list.latestInSeries(u"Short breaks"_s)->id, m_other);
        QVERIFY(!list.latestInSeries(u"No such series"_s));
        QVERIFY(!list.latestInSeries(QString()));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT series_id FROM meetings WHERE id = %1"_s.arg(m_first)) && q.next());
        QCOMPARE(list.inSeries(q.value(0).toLongLong()),
                 (QList<qint64> { m_first, m_later })); // oldest first
    }

    void aMeetingsPeopleAsRecorded()
    {
        const QList<Attendee> people = MeetingList(m_db).people(m_first);
        QSqlQuery q(m_db.connection());
        QVERIFY(
            q.exec(u"SELECT name, role, credit FROM attendees WHERE meeting_id = %1 ORDER BY position"_s.arg(
                m_first)));
        int n = 0;
        while (q.next()) {
            QVERIFY(n < people.size());
            QCOMPARE(people.at(n).name, q.value(0).toString());
            QCOMPARE(people.at(n).role, q.value(1).toString());
            QCOMPARE(people.at(n).credit, q.value(2).toString());
            ++n;
        }
        QVERIFY(n > 1);
        QCOMPARE(people.size(), n);
        QVERIFY(MeetingList(m_db).people(-1).isEmpty());
    }
};

QTEST_MAIN(TestMeetingList)
#include "tst_meetinglist.moc"
