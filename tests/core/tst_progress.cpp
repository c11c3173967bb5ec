// SPDX-License-Identifier: GPL-3.0-or-later
// The progress numbers (issue 21) of the meetings of progressfixture.cpp, every one worked out by hand below,
// read by ProgressRepository, written as JSON and CSV by `coproduce progress`, and said in plain English.
#include "progressfixture.h"
#include "testsupport.h"

#include "core/ladder.h"
#include "core/progressformat.h"
#include "core/progressrepository.h"
#include "core/progresssentences.h"
#include "core/textcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestProgress : public QObject
{
    Q_OBJECT

    Database m_db;
    QTemporaryDir m_dir;

    static ProgressRequest request(const QString &series = QString())
    {
        return Test::progressFixtureRequest(series);
    }

    ProgressNumbers numbers(const ProgressRequest &r)
    {
        QString error;
        const std::optional<ProgressNumbers> n = ProgressRepository(m_db).numbers(r, &error);
        if (!n)
            qFatal("%s", qPrintable(error));
        return *n;
    }

private Q_SLOTS:
    void initTestCase();
    void periods();
    void ladder();
    void actions();
    void attendance();
    void charterCheck();
    void oneSeries();
    void sentences();
    void badRequests();
    void commandLine();
    void reports();
};

void TestProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Test::openWithCharters(m_db, m_dir.filePath(u"progress.sqlite"_s)));
    Test::addProgressFixture(m_db);
}

void TestProgress::periods()
{
    const ProgressNumbers n = numbers(request());
    QCOMPARE(n.periods.size(), 2);
    QCOMPARE(n.periods.at(0).id, u"2026-Q1"_s);
    QCOMPARE(n.periods.at(0).label(), u"January to March 2026"_s);
    QCOMPARE(n.periods.at(1).id, u"2026-Q2"_s);
    QCOMPARE(n.counts.at(0).meetings, 2);
    QCOMPARE(n.counts.at(1).meetings, 1);
    QCOMPARE(n.whole.meetings, 3);

    ProgressRequest monthly = request();
    monthly.step = ProgressRequest::Step::Month;
    monthly.from = QDate(2026, 2, 15);
    const QList<ProgressPeriod> months = ProgressNumbers::periodsOf(monthly);
    QCOMPARE(months.size(), 5);
    QCOMPARE(months.first().label(), u"15 to 28 February 2026"_s); // cut short by the range, and says so
    QCOMPARE(months.at(1).label(), u"March 2026"_s);
    QCOMPARE(months.first().during(), u"from 15 to 28 February 2026"_s);
    QCOMPARE(months.at(1).during(), u"in March 2026"_s);
    QCOMPARE(months.at(1).shortLabel(), u"Mar 2026"_s);
    QCOMPARE(n.periods.at(0).shortLabel(), u"Jan\u2013Mar 2026"_s);
    QCOMPARE(ProgressRequest::lastTwelveMonths(QDate(2026, 12, 1), ProgressRequest::Step::Quarter),
             QDate(2026, 1, 1));
    QCOMPARE(ProgressRequest::lastTwelveMonths(QDate(2026, 12, 1), ProgressRequest::Step::Month),
             QDate(2026, 1, 1));
    QCOMPARE(ProgressRequest::lastTwelveMonths(QDate(2026, 2, 14), ProgressRequest::Step::Month),
             QDate(2025, 3, 1));
    // By year: whole years but the first and last, which the dates cut short and say so.
    ProgressRequest yearly = request();
    yearly.step = ProgressRequest::Step::Year;
    yearly.from = QDate(2024, 6, 1);
    const QList<ProgressPeriod> years = ProgressNumbers::periodsOf(yearly);
    QCOMPARE(years.size(), 3);
    QCOMPARE(years.at(1).id, u"2025"_s);
    QCOMPARE(years.at(1).label(), u"2025"_s);
    QCOMPARE(years.at(1).during(), u"in 2025"_s);
    QCOMPARE(years.first().label(), u"1 June to 31 December 2024"_s);
    QCOMPARE(years.last().label(), u"1 January to 30 June 2026"_s);
    QCOMPARE(ProgressRequest::lastTwelveMonths(QDate(2026, 6, 30), ProgressRequest::Step::Year),
             QDate(2025, 7, 1));
    // "Every meeting" starts at the first, of the area or of a series.
    QCOMPARE(ProgressRepository(m_db).firstMeeting(QString()), std::optional<QDate>(QDate(2025, 11, 10)));
    QCOMPARE(ProgressRepository(m_db).firstMeeting(u"Forum"_s), std::optional<QDate>(QDate(2026, 3, 20)));
    QVERIFY(!ProgressRepository(m_db).firstMeeting(u"No such series"_s));
}

void TestProgress::ladder()
{
    const ProgressNumbers n = numbers(request());
    // Q1: B1 6, 2, 3; B2 3, 4; C1 0. Doing to: 0. Doing for: 2, 3, 3, 4. Doing with: 6.
    // Sorted 0 2 3 3 4 6: the lower middle of six is the third, 3 (consultation).
    const ProgressCounts &q1 = n.counts.at(0);
    QCOMPARE(q1.ladder.groups, (QList<int> { 1, 4, 1 }));
    QCOMPARE(q1.ladder.median, 3);
    QCOMPARE(q1.perspectives.value(u"facilitator"_s).groups, (QList<int> { 0, 1, 1 })); // 6 and 3
    QCOMPARE(q1.perspectives.value(u"facilitator"_s).median, 3);
    QCOMPARE(q1.perspectives.value(u"parent-carer"_s).groups, (QList<int> { 0, 2, 0 })); // 2 and 4
    QCOMPARE(q1.perspectives.value(u"parent-carer"_s).median, 2);
    QCOMPARE(q1.perspectives.value(u"young-person"_s).median, 0); // 3 and 0
    QVERIFY(!q1.perspectives.contains(u"professional"_s));
    // B1 and B2 rated from two points of view or more; B1's are 4 steps apart.
    QCOMPARE(q1.compared, 2);
    QCOMPARE(q1.apart, 1);
    // Q2: D1 5 and 6: the lower middle of two is 5 (co-design).
    const ProgressCounts &q2 = n.counts.at(1);
    QCOMPARE(q2.ladder.groups, (QList<int> { 0, 0, 2 }));
    QCOMPARE(q2.ladder.median, 5);
    QCOMPARE(q2.perspectives.value(u"professional"_s).median, 6);
    QCOMPARE(q2.compared, 1);
    QCOMPARE(q2.apart, 0);
    // The whole: 0 2 3 3 4 5 6 6, the fourth is 3.
    QCOMPARE(n.whole.ladder.groups, (QList<int> { 1, 4, 3 }));
    QCOMPARE(n.whole.ladder.median, 3);
    QCOMPARE(n.whole.compared, 3);
    QCOMPARE(n.whole.apart, 1);
}

void TestProgress::actions()
{
    const ProgressNumbers n = numbers(request());
    const ProgressCounts &q1 = n.counts.at(0);
    QCOMPARE(q1.actions, 5);
    QCOMPARE(q1.done, 2);
    QCOMPARE(q1.inProgress, 1);
    QCOMPARE(q1.open, 1);
    QCOMPARE(q1.cannotDo, 1);
    QCOMPARE(q1.overdue, 1); // due 1 April, open on 1 May
    QCOMPARE(q1.medianDaysToDone, 10); // 10 and 30 days: the lower middle
    QCOMPARE(q1.said, 3);
    QCOMPARE(q1.saidWithAction, 2);
    const ProgressCounts &q2 = n.counts.at(1);
    QCOMPARE(q2.actions, 2);
    QCOMPARE(q2.done, 1);
    QCOMPARE(q2.open, 1);
    QCOMPARE(q2.overdue, 0); // due 20 May
    QCOMPARE(q2.medianDaysToDone, 1);
    QCOMPARE(q2.said, 0);
    QCOMPARE(n.whole.actions, 7);
    QCOMPARE(n.whole.overdue, 1);
    QCOMPARE(n.whole.medianDaysToDone, 10); // 1, 10, 30
    QCOMPARE(n.cannotDoReasons, (QList<QPair<QString, int>> { { u"No budget for it this year"_s, 1 } }));
}

void TestProgress::attendance()
{
    const ProgressNumbers n = numbers(request());
    const ProgressCounts &q1 = n.counts.at(0);
    QCOMPARE(q1.present,
             (QMap<QString, int> {
                 { u"parent-carer"_s, 2 }, { u"young-person"_s, 2 }, { u"professional"_s, 1 } }));
    QCOMPARE(q1.apologies, 1);
    QCOMPARE(q1.accessNeeds, 1);
    QCOMPARE(q1.firstTime, 3); // Bo, Cy, Eve: Ann came in 2025, Di sent apologies
    const ProgressCounts &q2 = n.counts.at(1);
    QCOMPARE(q2.present, (QMap<QString, int> { { u"young-person"_s, 1 }, { u"partner"_s, 1 } }));
    QCOMPARE(q2.firstTime, 1); // Gil
    QCOMPARE(n.whole.presentTotal(), 7);
    QCOMPARE(n.whole.firstTime, 4);
    QCOMPARE(q1.heard.yes, 3);
    QCOMPARE(q1.heard.partly, 1);
    QCOMPARE(q1.heard.notYet, 1);
    QCOMPARE(q2.heard.total(), 0);
}

void TestProgress::charterCheck()
{
    const ProgressNumbers n = numbers(request());
    // Checked principles only, in the charter's order, with their titles.
    QCOMPARE(n.principles.size(), 2);
    QCOMPARE(n.principles.at(0).key, u"derby/communication"_s);
    QCOMPARE(n.principles.at(0).title, u"Communication"_s);
    QCOMPARE(n.principles.at(1).key, u"derby/accessibility"_s);
    QCOMPARE(n.counts.at(0).principles.value(u"derby/communication"_s).notYet, 2);
    QCOMPARE(n.counts.at(0).principles.value(u"derby/accessibility"_s).yes, 1);
    QCOMPARE(n.counts.at(1).principles.value(u"derby/communication"_s).partly, 1);
    QCOMPARE(n.whole.principles.value(u"derby/communication"_s).total(), 3);
}

void TestProgress::oneSeries()
{
    const ProgressNumbers n = numbers(request(u"Board"_s));
    QCOMPARE(n.counts.at(0).meetings, 1);
    // B only: 2 3 3 4 6, the third is 3.
    QCOMPARE(n.counts.at(0).ladder.groups, (QList<int> { 0, 4, 1 }));
    QCOMPARE(n.counts.at(0).ladder.median, 3);
    // New to the board: Bo and Cy (Ann came to it in 2025); Gil in Q2.
    QCOMPARE(n.counts.at(0).firstTime, 2);
    QCOMPARE(n.counts.at(1).firstTime, 1);
    QCOMPARE(n.whole.actions, 5);
    QCOMPARE(n.whole.said, 2);
    QCOMPARE(n.whole.heard.total(), 3);
    const ProgressNumbers forum = numbers(request(u"Forum"_s));
    QCOMPARE(forum.whole.firstTime, 2); // Ann's and Eve's first Forum meeting
}

void TestProgress::sentences()
{
    const ProgressNumbers n = numbers(request());
    const QStringList expected {
        u"Doing with was 1 of 6 ratings in January to March 2026 and 2 of 2 in April to June 2026."_s,
        u"The points of view were 2 or more steps apart on 1 of 3 activities."_s,
        u"7 actions were agreed: 3 done, 1 being done, 1 that cannot be done and 2 not started yet. 1 is late."_s,
        u"Half of the done actions were done in 10 days or less."_s,
        u"2 of 3 things people said got an action."_s,
        u"Young people were at meetings twice in January to March 2026 and once in April to June 2026."_s,
        u"\u201cCommunication\u201d was marked \u201cnot yet\u201d most often: twice."_s,
        u"3 of 5 people said they were heard in January to March 2026."_s,
    };
    const QStringList got { ProgressSentences::ladder(n),       ProgressSentences::apart(n),
                            ProgressSentences::actions(n),      ProgressSentences::daysToDone(n),
                            ProgressSentences::said(n),         ProgressSentences::attendance(n),
                            ProgressSentences::charterCheck(n), ProgressSentences::heard(n) };
    QCOMPARE(got, expected);
    // Plain English by the project's own checker, in the formal limits.
    const TextCheck check;
    for (const QString &sentence : got)
        QVERIFY2(check.check(sentence, TextCheck::Mode::Formal).isEmpty(), qPrintable(sentence));
}

void TestProgress::badRequests()
{
    QString error;
    ProgressRequest r = request(u"No such series"_s);
    QVERIFY(!ProgressRepository(m_db).numbers(r, &error));
    QVERIFY2(error.contains(u"No such series"_s), qPrintable(error));
    r = request();
    r.to = r.from.addDays(-1);
    QVERIFY(!ProgressRepository(m_db).numbers(r, &error));
    QVERIFY2(error.contains(u"not a range"_s), qPrintable(error));
}

void TestProgress::commandLine()
{
    const QString db = m_db.path();
    const QStringList range { u"--database"_s, db,        u"progress"_s,  u"--from"_s,
                              u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s };
    Test::Run run = Test::coproduce(range + QStringList { u"--json"_s });
    QCOMPARE(run.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"coproduce-progress/1"_s);
    const QJsonArray periods = json.value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), 2);
    const QJsonObject q1 = periods.at(0).toObject();
    QCOMPARE(q1.value(u"id"_s).toString(), u"2026-Q1"_s);
    QCOMPARE(q1.value(u"ladder"_s)[u"all"_s][u"doing-for"_s].toInt(), 4);
    QCOMPARE(q1.value(u"ladder"_s)[u"all"_s][u"median"_s].toString(), u"consultation"_s);
    QCOMPARE(q1.value(u"ladder"_s)[u"parent-carer"_s][u"median"_s].toString(), u"information"_s);
    QCOMPARE(q1.value(u"actions"_s)[u"agreed"_s].toInt(), 5);
    QCOMPARE(q1.value(u"actions"_s)[u"median-days-to-done"_s].toInt(), 10);
    QCOMPARE(q1.value(u"you-said"_s)[u"with-action"_s].toInt(), 2);
    QCOMPARE(q1.value(u"attendance"_s)[u"present"_s][u"young-person"_s].toInt(), 2);
    QCOMPARE(q1.value(u"attendance"_s)[u"first-time"_s].toInt(), 3);
    QCOMPARE(q1.value(u"charter-check"_s)[u"derby/communication"_s][u"not-yet"_s].toInt(), 2);
    QCOMPARE(json.value(u"whole"_s)[u"heard"_s][u"yes"_s].toInt(), 3);
    QCOMPARE(json.value(u"cannot-do-reasons"_s)[0][u"reason"_s].toString(), u"No budget for it this year"_s);
    // Counted, never named.
    for (const QString &name : { u"Ann"_s, u"Bo Chan"_s, u"Gil"_s })
        QVERIFY2(!run.out.contains(name), qPrintable(name));

    run = Test::coproduce(range + QStringList { u"--csv"_s, u"--no-bom"_s, u"--by"_s, u"month"_s });
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"period,from,to,measure,group,value"_s);
    QVERIFY(lines.contains(u"2026-02,2026-02-01,2026-02-28,ladder-doing-with,facilitator,1"_s));
    QVERIFY(lines.contains(u"2026-03,2026-03-01,2026-03-31,attendance-first-time,,1"_s));
    QVERIFY(lines.contains(u"2026-05,2026-05-01,2026-05-31,actions-median-days-to-done,,1"_s));
    QVERIFY(lines.contains(u"all,2026-01-01,2026-06-30,meetings,,3"_s));
    QVERIFY(lines.contains(u"2026-04,2026-04-01,2026-04-30,actions-median-days-to-done,,"_s)); // none done

    run = Test::coproduce(range);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"January to March 2026"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"3 of 5 people said they were heard"_s), qPrintable(run.out));

    // Wrong command lines change nothing and say what was wrong.
    for (const QStringList &wrong :
         { QStringList { u"--by"_s, u"week"_s }, QStringList { u"--from"_s, u"2026-13-01"_s },
           QStringList { u"--from"_s, u"2026-07-01"_s }, QStringList { u"--json"_s, u"--csv"_s },
           QStringList { u"--easy-read"_s } }) {
        run = Test::coproduce(QStringList { u"--database"_s, db, u"progress"_s, u"--to"_s, u"2026-06-30"_s }
                              + wrong);
        QVERIFY2(run.code == 2, qPrintable(wrong.join(u' ') + u": "_s + run.err));
        QVERIFY(!run.err.isEmpty());
    }
    run = Test::coproduce({ u"--database"_s, db, u"progress"_s, u"--series"_s, u"Nobody's"_s });
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"Nobody's"_s), qPrintable(run.err));
}

// The report for the board and its easy-read version, read back by poppler: every sentence and the table's
// numbers; the easy read by the plain-English checker's easy-read rules; nobody named in any of them.
void TestProgress::reports()
{
    const QString pdf = m_dir.filePath(u"progress.pdf"_s);
    const QString easy = m_dir.filePath(u"progress-easy.pdf"_s);
    const QStringList range { u"--database"_s, m_db.path(), u"progress"_s,  u"--from"_s,
                              u"2026-01-01"_s, u"--to"_s,   u"2026-06-30"_s };
    Test::Run run = Test::coproduce(range + QStringList { u"--output"_s, pdf });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = Test::coproduce(range + QStringList { u"--output"_s, easy, u"--easy-read"_s });
    QVERIFY2(run.code == 0, qPrintable(run.err));

    // (The sentences' dates follow the command's today, not the fixture's: only those without late actions.)
    const QString text = Test::pdfText(pdf).simplified();
    const ProgressNumbers n = numbers(request());
    for (const QString &sentence :
         { ProgressSentences::ladder(n), ProgressSentences::apart(n), ProgressSentences::daysToDone(n),
           ProgressSentences::said(n), ProgressSentences::attendance(n), ProgressSentences::charterCheck(n),
           ProgressSentences::heard(n) })
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    // (The period's name may wrap in its cell, its second line read after the row.)
    QVERIFY2(text.contains(QRegularExpression(u"January to (March 2026 )?1 4 1 Consultation 1 of 2"_s)),
             qPrintable(text));
    QVERIFY2(text.contains(u"No budget for it this year 1"_s), qPrintable(text));

    // (A word broken at its hyphen at the end of a line comes back as "Co- design".)
    const QString easyText = Test::pdfText(easy).simplified().replace(u"- "_s, u"-"_s);
    for (const QString &said : QStringList {
             u"We had 3 meetings."_s, u"We agreed 7 things to do."_s, u"3 are done."_s,
             u"You told us 3 things."_s, u"We did something about 2 of them."_s, u"3 of 5 people said yes."_s,
             u"In January to March 2026 we were on step 4: Consultation."_s,
             QString(u"In April to June 2026 we were on step 6: Co-design. "_s
                     + Ladder::builtIn().rung(u"co-design"_s)->description), // a hard word explained at once
             u"We need to do better at this: Communication."_s })
        QVERIFY2(easyText.contains(said), qPrintable(said + u"\n"_s + easyText));
    // Each paragraph of the easy read keeps the easy-read rules, but for the ladder's words that "Words to
    // know" explains.
    const QString html = m_dir.filePath(u"progress-easy.html"_s);
    run = Test::coproduce(range + QStringList { u"--output"_s, html, u"--easy-read"_s });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    static const QRegularExpression paragraph(u"<p(?:\\s[^>]*)?>(.*?)</p>"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]+>"_s);
    const TextCheck check;
    int paragraphs = 0;
    for (const QRegularExpressionMatch &m : paragraph.globalMatch(QString::fromUtf8(Test::readFile(html)))) {
        const QString words = QString(m.captured(1)).remove(tag).simplified();
        ++paragraphs;
        for (const Finding &f : check.check(words, TextCheck::Mode::EasyRead))
            QVERIFY2(f.kind == Finding::Kind::HardWord
                         && easyText.contains(f.text + u" is step"_s, Qt::CaseInsensitive),
                     qPrintable(words + u": "_s + TextCheck::message(f, TextCheck::Mode::EasyRead)));
    }
    QVERIFY(paragraphs > 10);
    for (const QString &file : { pdf, easy })
        for (const QString &name : { u"Ann"_s, u"Bo Chan"_s, u"Cy Dee"_s, u"Eve Fox"_s, u"Gil"_s })
            QVERIFY2(!Test::everythingIn(file).contains(name), qPrintable(file + u": "_s + name));
}

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
