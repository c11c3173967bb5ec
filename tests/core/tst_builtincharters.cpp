// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/builtincharters.h"
#include "core/charterrepository.h"
#include "core/ladder.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// The seed documents as the CEO gathered them (tests/data/seeds is a copy of shared/seeds).
QStringList seedLines(const QString &file)
{
    return QString::fromUtf8(Test::readFile(Test::dataPath(u"seeds/"_s + file))).split(u'\n');
}

Charter builtIn(const QString &id)
{
    for (const Charter &c : BuiltInCharters::all())
        if (c.id == id)
            return c;
    return {};
}

} // namespace

class TestBuiltInCharters : public QObject
{
    Q_OBJECT

    // Every principle's title is a heading line of the seed, its commitments are exactly the "- " lines
    // under it, and no commitment line of the seed is left out.
    void compareWithSeed(const Charter &charter, const QString &seed)
    {
        const QStringList lines = seedLines(seed);
        int seedCommitments = 0;
        for (const QString &line : lines)
            seedCommitments += line.startsWith(u"- "_s) ? 1 : 0;
        int ours = 0;
        for (const Principle &p : charter.principles) {
            const qsizetype heading = lines.indexOf(p.title);
            QVERIFY2(heading >= 0, qPrintable(u"not a heading in the seed: "_s + p.title));
            QStringList expected;
            for (qsizetype i = heading + 1; i < lines.size() && lines.at(i).startsWith(u"- "_s); ++i)
                expected << lines.at(i).mid(2);
            QCOMPARE(p.commitments, expected);
            ours += int(p.commitments.size());
            QVERIFY2(!p.easyRead.isEmpty(), qPrintable(p.id));
            QVERIFY(p.colour.startsWith(u'#'));
        }
        QCOMPARE(ours, seedCommitments);
    }

private Q_SLOTS:
    void derbyHasItsSixAreas()
    {
        const Charter derby = builtIn(u"derby"_s);
        QCOMPARE(derby.principleIds(),
                 (QStringList { u"honesty-transparency-accountability"_s, u"partnership"_s, u"respect"_s,
                                u"communication"_s, u"strengths"_s, u"accessibility"_s }));
        compareWithSeed(derby, u"000_9de95588355374ba.txt"_s);
        // Faithful to the letter, curly apostrophes and all.
        QVERIFY(
            derby.principle(u"respect"_s)->commitments.last().startsWith(u"Embrace other people’s roles"_s));
    }

    void doncasterHasItsFourPrinciples()
    {
        const Charter doncaster = builtIn(u"doncaster"_s);
        QCOMPARE(doncaster.principleIds(),
                 (QStringList { u"be-accountable"_s, u"value-each-other"_s, u"work-in-partnership"_s,
                                u"listen-and-communicate"_s }));
        compareWithSeed(doncaster, u"001_a7447f2c4fa70e34.txt"_s);
        QCOMPARE(doncaster.principle(u"listen-and-communicate"_s)->commitments.first(),
                 u"Communicate clearly and openly in plain English - no jargon"_s);
    }

    void easyReadLinesAreShort()
    {
        for (const Charter &c : BuiltInCharters::all())
            for (const Principle &p : c.principles)
                QVERIFY2(p.easyRead.split(u' ', Qt::SkipEmptyParts).size() <= 15, qPrintable(p.easyRead));
    }

    void installedOnceOnFirstUse()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db));
        CharterRepository charters(db);
        QCOMPARE(charters.list().size(), 2);
        QVERIFY(charters.find(u"derby"_s)->builtIn);
        // An area that deletes a built-in charter does not get it back next time.
        QString error;
        QVERIFY2(charters.remove(u"doncaster"_s, &error), qPrintable(error));
        QVERIFY(BuiltInCharters::install(db, &error));
        QCOMPARE(charters.list().size(), 1);
    }

    void ladderHasSevenRungsInThreeGroups()
    {
        const Ladder &ladder = Ladder::builtIn();
        QCOMPARE(ladder.rungIds(),
                 (QStringList { u"coercion"_s, u"education"_s, u"information"_s, u"consultation"_s,
                                u"engagement"_s, u"co-design"_s, u"co-production"_s }));
        QCOMPARE(ladder.groups().size(), 3);
        const QStringList groups { u"doing-to"_s,  u"doing-to"_s,   u"doing-for"_s, u"doing-for"_s,
                                   u"doing-for"_s, u"doing-with"_s, u"doing-with"_s };
        for (int i = 0; i < 7; ++i) {
            const LadderRung &rung = ladder.rungs().at(i);
            QCOMPARE(rung.group, groups.at(i));
            QCOMPARE(ladder.level(rung.id), i);
            QVERIFY(!rung.description.isEmpty());
            QVERIFY2(rung.description.split(u' ', Qt::SkipEmptyParts).size() <= 20,
                     qPrintable(rung.description));
        }
        QCOMPARE(ladder.group(u"doing-to"_s)->name, u"Doing to"_s);
    }

    void ladderGroupWordingIsTheSeeds()
    {
        const QString seed = seedLines(u"001_a7447f2c4fa70e34.txt"_s).join(u'\n');
        for (const LadderGroup &g : Ladder::builtIn().groups()) {
            QVERIFY2(seed.contains(g.name + u" | "_s), qPrintable(g.name));
            QVERIFY2(seed.contains(g.description), qPrintable(g.description));
        }
        for (const LadderRung &r : Ladder::builtIn().rungs())
            QVERIFY2(seed.contains(r.name, Qt::CaseInsensitive), qPrintable(r.name));
    }

    void ladderCreditsItsAuthors()
    {
        const QString credit = Ladder::builtIn().credit();
        QVERIFY(credit.contains(u"Think Local Act Personal"_s));
        QVERIFY(credit.contains(u"National Co-production Advisory Group"_s));
        QVERIFY(credit.contains(u"thinklocalactpersonal.org.uk"_s));
    }
};

QTEST_GUILESS_MAIN(TestBuiltInCharters)
#include "tst_builtincharters.moc"
