// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/charterformat.h"
#include "core/charterrepository.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"

#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestCharterRepository : public QObject
{
    Q_OBJECT

    Charter york()
    {
        Charter c;
        c.id = u"york"_s;
        c.name = u"York SEND partnership charter"_s;
        c.area = u"York"_s;
        c.principles = { { u"listen"_s,
                           u"We listen"_s,
                           u"We listen to you."_s,
                           u"#1b5e9e"_s,
                           { u"Ask first"_s, u"Reply"_s } },
                         { u"share"_s, u"We share"_s, QString(), QString(), {} } };
        return c;
    }

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db));
    }

    void savesAndFindsACharter()
    {
        CharterRepository repo(*m_db);
        QString error;
        QVERIFY2(repo.save(york(), &error), qPrintable(error));
        const std::optional<Charter> found = repo.find(u"york"_s);
        QVERIFY(found);
        QCOMPARE(CharterFormat::write(*found), CharterFormat::write(york()));
        QVERIFY(!found->builtIn);
        QCOMPARE(repo.list().size(), 3);
        QCOMPARE(repo.list().first().builtIn, true); // built-in ones first
        QVERIFY(!repo.find(u"nowhere"_s));
    }

    void replacingKeepsOneCopy()
    {
        CharterRepository repo(*m_db);
        QString error;
        QVERIFY(repo.save(york(), &error));
        Charter changed = york();
        changed.principles.first().commitments = { u"Ask first, always"_s };
        QVERIFY(repo.save(changed, &error));
        QCOMPARE(repo.find(u"york"_s)->principles.first().commitments,
                 QStringList { u"Ask first, always"_s });
        QCOMPARE(Test::tableCounts(*m_db).value(u"principles"_s), 6 + 4 + 2);
    }

    void replacingCannotDropAPrincipleInUse()
    {
        CharterRepository repo(*m_db);
        QString error;
        QVERIFY(repo.save(york(), &error));
        Meeting meeting;
        meeting.title = u"A meeting"_s;
        meeting.date = QDate(2026, 1, 5);
        meeting.charter = u"york"_s;
        meeting.charterCheck = { { u"share"_s, u"yes"_s, QString() } };
        QVERIFY(MeetingRepository(*m_db).insert(meeting, &error));
        const auto before = Test::tableCounts(*m_db);

        Charter smaller = york();
        smaller.principles.removeLast();
        QVERIFY(!repo.save(smaller, &error));
        QVERIFY2(error.contains(u"share"_s), qPrintable(error));
        QCOMPARE(Test::tableCounts(*m_db), before);
        QCOMPARE(repo.find(u"york"_s)->principles.size(), 2);

        QVERIFY(!repo.remove(u"york"_s, &error));
        QVERIFY2(error.contains(u"used by 1 meeting"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCharterRepository)
#include "tst_charterrepository.moc"
