// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestTransaction : public QObject
{
    Q_OBJECT

    QStringList seriesNames()
    {
        QStringList names;
        QSqlQuery q(m_db.connection());
        q.exec(u"SELECT name FROM series ORDER BY name"_s);
        while (q.next())
            names << q.value(0).toString();
        return names;
    }
    void add(const QString &name)
    {
        QVERIFY(QSqlQuery(m_db.connection()).exec(u"INSERT INTO series (name) VALUES ('"_s + name + u"')"_s));
    }

    Database m_db;

private Q_SLOTS:
    void init() { QVERIFY(Test::openEmpty(m_db)); }

    void commitKeeps()
    {
        Transaction t(m_db);
        QVERIFY(t.isActive());
        add(u"a"_s);
        QVERIFY(t.commit());
        QCOMPARE(seriesNames(), QStringList { u"a"_s });
        QCOMPARE(m_db.transactionDepth(), 0);
    }

    void leavingWithoutCommitRollsBack()
    {
        {
            Transaction t(m_db);
            add(u"a"_s);
        }
        QVERIFY(seriesNames().isEmpty());
        QCOMPARE(m_db.transactionDepth(), 0);
    }

    void innerRollbackKeepsOuterWork()
    {
        Transaction outer(m_db);
        add(u"outer"_s);
        {
            Transaction inner(m_db);
            QVERIFY(inner.isActive());
            add(u"inner"_s);
        } // rolled back
        {
            Transaction inner(m_db);
            add(u"second"_s);
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
        QCOMPARE(seriesNames(), (QStringList { u"outer"_s, u"second"_s }));
    }

    void outerRollbackUndoesCommittedInner()
    {
        {
            Transaction outer(m_db);
            Transaction inner(m_db);
            add(u"inner"_s);
            QVERIFY(inner.commit());
        }
        QVERIFY(seriesNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
