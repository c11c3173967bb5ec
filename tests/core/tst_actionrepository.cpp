// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/meetingrepository.h"

#include "core/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestActionRepository : public QObject
{
    Q_OBJECT

    qint64 addMeeting(const QString &series, const QList<Action> &actions)
    {
        Meeting m;
        m.title = series + u" meeting"_s;
        m.series = series;
        m.date = QDate(2026, 1, 10);
        Activity a;
        a.title = u"Item"_s;
        a.actions = actions;
        m.activities << a;
        QString error;
        const auto id = MeetingRepository(*m_db).insert(m, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return *id;
    }
    static Action action(const QString &text, const QString &status, const QDate &due)
    {
        Action a;
        a.text = text;
        a.status = status;
        a.due = due;
        a.reason = status == u"cannot-do" ? u"No budget"_s : QString();
        return a;
    }
    static ActionFilter filtered(bool openOnly, const QString &series)
    {
        ActionFilter filter;
        filter.openOnly = openOnly;
        filter.series = series;
        return filter;
    }
    QStringList texts(const ActionFilter &filter)
    {
        QStringList result;
        for (const ActionRow &row : ActionRepository(*m_db).list(filter))
            result << row.text;
        return result;
    }

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
        addMeeting(u"Transport"_s,
                   { action(u"late"_s, u"open"_s, QDate(2026, 3, 1)),
                     action(u"undated"_s, u"in-progress"_s, QDate()),
                     action(u"early"_s, u"done"_s, QDate(2026, 2, 1)) });
        addMeeting(u"Short breaks"_s,
                   { action(u"middle"_s, u"cannot-do"_s, QDate(2026, 2, 15)),
                     action(u"soon"_s, u"open"_s, QDate(2026, 1, 20)) });
    }

    void sortedByDueDateWithUndatedLast()
    {
        QCOMPARE(texts({}), (QStringList { u"soon"_s, u"early"_s, u"middle"_s, u"late"_s, u"undated"_s }));
    }

    void openOnlyMeansOpenOrInProgress()
    {
        QCOMPARE(texts(filtered(true, QString())), (QStringList { u"soon"_s, u"late"_s, u"undated"_s }));
    }

    void filteredBySeries()
    {
        QCOMPARE(texts(filtered(false, u"Short breaks"_s)), (QStringList { u"soon"_s, u"middle"_s }));
        QCOMPARE(texts(filtered(true, u"Transport"_s)), (QStringList { u"late"_s, u"undated"_s }));
        const ActionRow row = ActionRepository(*m_db).list(filtered(false, u"Short breaks"_s)).last();
        QCOMPARE(row.reason, u"No budget"_s);
        QCOMPARE(row.series, u"Short breaks"_s);
        QCOMPARE(row.meetingTitle, u"Short breaks meeting"_s);
    }

    void filteredByOwnerStatusAndOverdue()
    {
        ActionRepository repo(*m_db);
        QString error;
        for (const ActionRow &row : repo.list({})) {
            const QString owner = row.text == u"late" ? u"Sam 100%_Jones"_s : u"Priya"_s;
            QSqlQuery q(m_db->connection());
            q.prepare(u"UPDATE actions SET owner = ? WHERE id = ?"_s);
            q.addBindValue(owner);
            q.addBindValue(row.id);
            QVERIFY(q.exec());
        }
        ActionFilter filter;
        filter.owner = u"sam"_s;
        QCOMPARE(texts(filter), QStringList { u"late"_s });
        filter.owner = u"100%_"_s; // typed characters, not patterns
        QCOMPARE(texts(filter), QStringList { u"late"_s });
        filter.owner = u"%"_s;
        QCOMPARE(texts(filter), QStringList { u"late"_s });
        filter = {};
        filter.status = u"done"_s;
        QCOMPARE(texts(filter), QStringList { u"early"_s });
        filter = {};
        // Overdue on 1 March: open or in progress, with a due date before that day.
        filter.overdueOn = QDate(2026, 3, 1);
        QCOMPARE(texts(filter), QStringList { u"soon"_s });
        filter.overdueOn = QDate(2026, 3, 2);
        QCOMPARE(texts(filter), (QStringList { u"soon"_s, u"late"_s }));
    }

    void theCountMatchesTheList()
    {
        QList<ActionFilter> filters { {}, filtered(true, QString()), filtered(false, u"Transport"_s) };
        ActionFilter overdue;
        overdue.overdueOn = QDate(2026, 3, 2);
        ActionFilter owner;
        owner.owner = u"x"_s;
        ActionFilter status;
        status.status = u"cannot-do"_s;
        filters << overdue << owner << status;
        for (const ActionFilter &filter : std::as_const(filters)) {
            // The cursor the board reads as it scrolls: its total, and its rows a few at a time, are
            // list()'s.
            const QList<ActionRow> listed = ActionRepository(*m_db).list(filter);
            const std::unique_ptr<ActionCursor> cursor = ActionRepository(*m_db).open(filter);
            QCOMPARE(cursor->total(), listed.size());
            QList<qint64> read;
            while (!cursor->atEnd())
                for (const ActionRow &row : cursor->next(2))
                    read << row.id;
            QList<qint64> ids;
            for (const ActionRow &row : listed)
                ids << row.id;
            QCOMPARE(read, ids);
        }
    }

    void aStatusChangeCanBeUndone()
    {
        ActionRepository repo(*m_db);
        const ActionRow before = repo.list({}).first();
        const auto counts = Test::tableCounts(*m_db);
        QString error;
        qint64 update = 0;
        QVERIFY2(repo.setStatus(before.id, u"cannot-do"_s, u"No bus"_s, QDate(2026, 2, 2), &error, &update),
                 qPrintable(error));
        QVERIFY(update > 0);
        QCOMPARE(repo.list({}).first().status, u"cannot-do"_s);
        QCOMPARE(repo.find(before.id)->reason, u"No bus"_s); // one action, as it is now
        QVERIFY(!repo.find(-1));
        QVERIFY2(repo.revertStatus(before.id, update, before.status, before.reason, &error),
                 qPrintable(error));
        QCOMPARE(repo.list({}).first().status, before.status);
        QCOMPARE(repo.list({}).first().reason, before.reason);
        QCOMPARE(Test::tableCounts(*m_db), counts);
        // Undoing twice finds nothing to undo and says so.
        QVERIFY(!repo.revertStatus(before.id, update, before.status, before.reason, &error));
        QVERIFY2(error.contains(u"no longer there"_s), qPrintable(error));
    }

    void aMeetingHearsOfTheActionsFromLastTime()
    {
        ActionRepository repo(*m_db);
        // A second Transport meeting: it hears of the first meeting's open actions (late, undated), not of
        // the one done before then, nor of Short breaks' actions.
        Meeting next;
        next.title = u"Transport again"_s;
        next.series = u"Transport"_s;
        next.date = QDate(2026, 3, 10);
        QString error;
        const qint64 nextId = *MeetingRepository(*m_db).insert(next, &error);
        QStringList heard;
        for (const ActionRow &row : repo.fromLastTime(nextId))
            heard << row.text;
        QCOMPARE(heard, (QStringList { u"late"_s, u"undated"_s }));

        // Closed since the series last met (10 January): still heard, so the room learns it was done.
        const qint64 late = repo.fromLastTime(nextId).first().id;
        QVERIFY(repo.setStatus(late, u"done"_s, u"New route"_s, QDate(2026, 2, 1), &error));
        heard.clear();
        for (const ActionRow &row : repo.fromLastTime(nextId))
            heard << row.text + u":"_s + row.status;
        QCOMPARE(heard, (QStringList { u"late:done"_s, u"undated:in-progress"_s }));

        // The first meeting of a series has nothing from last time.
        QVERIFY(repo.fromLastTime(repo.list({}).first().meetingId).isEmpty());
    }

    void statusChangesAreKeptAsDatedUpdates()
    {
        ActionRepository repo(*m_db);
        qint64 id = 0;
        for (const ActionRow &row : repo.list(filtered(false, u"Transport"_s)))
            id = row.text == u"late" ? row.id : id;
        QString error;
        QVERIFY2(repo.setStatus(id, u"in-progress"_s, u"Started"_s, QDate(2026, 2, 2), &error),
                 qPrintable(error));
        QVERIFY2(repo.setStatus(id, u"cannot-do"_s, u"The contract is national"_s, QDate(2026, 2, 9), &error),
                 qPrintable(error));
        const ActionRow row = repo.list(filtered(false, u"Transport"_s)).at(1);
        QCOMPARE(row.id, id);
        QCOMPARE(row.status, u"cannot-do"_s);
        QCOMPARE(row.reason, u"The contract is national"_s);

        const Meeting m = *MeetingRepository(*m_db).load(row.meetingId);
        const Action &a = m.activities.first().actions.first();
        QCOMPARE(a.updates.size(), 2);
        QCOMPARE(a.updates.at(0).date, QDate(2026, 2, 2));
        QCOMPARE(a.updates.at(1).status, u"cannot-do"_s);
    }

    void refusedStatusChangesChangeNothing()
    {
        ActionRepository repo(*m_db);
        const qint64 id = repo.list({}).first().id;
        const auto before = Test::tableCounts(*m_db);
        QString error;
        QVERIFY(!repo.setStatus(id, u"cannot-do"_s, u"  "_s, QDate(2026, 2, 2), &error));
        QVERIFY2(error.contains(u"must say why"_s), qPrintable(error));
        QVERIFY(!repo.setStatus(id, u"finished"_s, QString(), QDate(2026, 2, 2), &error));
        QVERIFY(error.contains(u"not an action status"_s));
        QVERIFY(!repo.setStatus(424242, u"done"_s, QString(), QDate(2026, 2, 2), &error));
        QVERIFY(error.contains(u"no action 424242"_s));
        QCOMPARE(Test::tableCounts(*m_db), before);
        QCOMPARE(repo.list({}).first().status, u"open"_s);
    }

    void aBusyDatabaseRefusesCleanly()
    {
        // Two connections to one file: while one holds the write lock, the other's change must fail whole
        // (after the busy timeout) rather than half-apply outside a transaction.
        ONLY_ON_A_FILE("SQLite locks the whole file for a writer; the server locks the meeting's rows");
        QTemporaryDir dir;
        Database first;
        QVERIFY(Test::openWithCharters(first, dir.filePath(u"busy.sqlite"_s)));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(dir.filePath(u"busy.sqlite"_s)));
        addMeeting(u"Transport"_s, { action(u"late"_s, u"open"_s, QDate(2026, 3, 1)) });
        const qint64 id = ActionRepository(*m_db).list({}).first().id;

        Transaction holder(first);
        QVERIFY(holder.isActive());
        const auto before = Test::tableCounts(*m_db);
        QString error;
        QVERIFY(!ActionRepository(*m_db).setStatus(id, u"done"_s, u"Finished"_s, QDate(2026, 2, 2), &error));
        QVERIFY2(error.contains(u"could not start"_s), qPrintable(error));
        holder.rollback();
        QCOMPARE(Test::tableCounts(*m_db), before);
        QCOMPARE(ActionRepository(*m_db).list({}).first().status, u"open"_s);
    }
};

QTEST_GUILESS_MAIN(TestActionRepository)
#include "tst_actionrepository.moc"
