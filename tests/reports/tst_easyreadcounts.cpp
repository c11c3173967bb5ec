// SPDX-License-Identifier: GPL-3.0-or-later
// Every number in an easy-read document is right. For every meeting and every series of a ten-year demo,
// every telling of the easy-read minutes and of "you said, we did" (normal and large print) is read as a
// family reads it: each counting sentence is found and its number checked against the database, read with
// this test's own SQL. A count of statuses ("8 are done.") must follow the sentence that says what it
// counts, and add up to it. Some PDFs are written too, to check that what is printed is what was checked.
#include "testsupport.h"

#include "core/demogenerator.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/minutes.h"
#include "reports/yousaidwedid.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

using Statuses = QMap<QString, int>; // status -> how many

int total(const Statuses &statuses)
{
    int n = 0;
    for (int k : statuses)
        n += k;
    return n;
}

// The text of an HTML body as lines: one a paragraph, list item or cell; "## " starts a heading, "- " a
// list item.
QStringList lines(const QString &html)
{
    QString text;
    text.reserve(html.size());
    for (qsizetype i = 0; i < html.size();) {
        const qsizetype open = html.indexOf(u'<', i);
        text += QStringView(html).mid(i, (open < 0 ? html.size() : open) - i);
        if (open < 0)
            break;
        const qsizetype end = html.indexOf(u'>', open);
        const QStringView tag = QStringView(html).mid(open + 1, end - open - 1);
        if (tag.size() == 2 && tag.front() == u'h')
            text += u"\n## "_s;
        else if (tag == u"li")
            text += u"\n- "_s;
        else if (tag == u"/p" || tag == u"/li" || tag == u"/td" || tag == u"/th" || tag.startsWith(u"/h")
                 || tag.startsWith(u"br"))
            text += u'\n';
        i = end + 1;
    }
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (const QString simple = line.simplified(); !simple.isEmpty())
            out << simple;
    return out;
}

// The sentences of a line that could count something: they start with a digit, "We", "You" or "Last".
QStringList sentences(const QString &line)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool end = i == line.size()
            || (i + 1 < line.size() && line.at(i + 1) == u' ' && QStringView(u".!?:").contains(line.at(i)));
        if (!end)
            continue;
        const QStringView s = QStringView(line).mid(start, qMin(i + 1, line.size()) - start);
        if (!s.isEmpty()
            && (s.front().isDigit() || s.startsWith(u"We ") || s.startsWith(u"You ")
                || s.startsWith(u"Last ")))
            out << s.toString();
        start = i + 2;
        ++i;
    }
    return out;
}

bool hasDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// One document's reading: every counting sentence checked as it comes. Failures are collected, so that one
// run lists every wrong sentence.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {
    }

    // The sentences that follow may count `expected` by status.
    void expectStatuses(const Statuses &expected) { m_pending = expected; }

    // Whether `sentence` is a count of statuses; if so it is checked against the total before it.
    bool statuses(const QString &sentence)
    {
        if (!sentence.front().isDigit())
            return false;
        static const QList<QPair<QRegularExpression, QString>> forms {
            { QRegularExpression(u"^(\\d+) (?:is|are) done\\.$"_s), u"done"_s },
            { QRegularExpression(u"^(\\d+) (?:is|are) being done now\\.$"_s), u"in-progress"_s },
            { QRegularExpression(u"^(\\d+) cannot be done\\.$"_s), u"cannot-do"_s },
            { QRegularExpression(u"^(\\d+) (?:is|are) not started yet\\.$"_s), u"open"_s },
        };
        for (const auto &[form, status] : forms) {
            const QRegularExpressionMatch m = form.match(sentence);
            if (!m.hasMatch())
                continue;
            ++counted;
            if (!m_pending)
                fail(u"a count with nothing before it to say what it counts: \"%1\""_s.arg(sentence));
            else if (m_pending->value(status) != m.captured(1).toInt())
                fail(u"\"%1\": the database has %2"_s.arg(sentence).arg(m_pending->value(status)));
            m_told.insert(status);
            return true;
        }
        return false;
    }

    // Ends a run of counts: every status the database has must have been told.
    void closeStatuses()
    {
        if (m_pending)
            for (auto it = m_pending->cbegin(); it != m_pending->cend(); ++it)
                if (it.value() > 0 && !m_told.contains(it.key()))
                    fail(u"%1 of what was counted are %2, and no sentence says so"_s.arg(it.value())
                             .arg(it.key()));
        m_pending.reset();
        m_told.clear();
    }

    void check(const QString &sentence, int said, int expected)
    {
        ++counted;
        if (said != expected)
            fail(u"\"%1\": the database has %2"_s.arg(sentence).arg(expected));
    }

    void fail(const QString &what) { failures << m_where + u": "_s + what; }

    QStringList failures;
    int counted = 0;

private:
    QString m_where;
    std::optional<Statuses> m_pending;
    QSet<QString> m_told;
};

struct ActivityFacts
{
    int decisions = 0;
    Statuses actions;
    QList<int> steps; // the ladder's step (1 to 7) from each point of view
};

// What the database says about one meeting.
struct MeetingFacts
{
    qint64 series = 0;
    QString date;
    int present = 0;
    int apologies = 0;
    QMap<QString, int> byRole; // of those present
    QList<ActivityFacts> activities;
    Statuses actions;
    Statuses lastTime;
    QMap<QString, int> heard;
    QList<Statuses> contributions; // each with the statuses of the actions of this meeting that answer it
};

} // namespace

class TestEasyReadCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    QMap<qint64, MeetingFacts> m_facts; // by meeting id
    QStringList m_failures;
    int m_sentences = 0;
    int m_tellings = 0;

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            qFatal("%s", qPrintable(sql));
        return q;
    }

    // Everything the documents count, in a few queries over the whole database.
    void readFacts()
    {
        for (QSqlQuery q
             = query(u"SELECT id, coalesce(series_id, 0), date, heard_yes, heard_partly, heard_no "
                     "FROM meetings"_s);
             q.next();) {
            MeetingFacts &f = m_facts[q.value(0).toLongLong()];
            f.series = q.value(1).toLongLong();
            f.date = q.value(2).toString();
            f.heard = { { u"yes"_s, q.value(3).toInt() },
                        { u"partly"_s, q.value(4).toInt() },
                        { u"no"_s, q.value(5).toInt() } };
        }
        for (QSqlQuery q
             = query(u"SELECT meeting_id, role, attendance, count(*) FROM attendees GROUP BY 1, 2, 3"_s);
             q.next();) {
            MeetingFacts &f = m_facts[q.value(0).toLongLong()];
            if (q.value(2).toString() == u"present") {
                f.present += q.value(3).toInt();
                f.byRole[q.value(1).toString()] += q.value(3).toInt();
            } else if (q.value(2).toString() == u"apologies") {
                f.apologies += q.value(3).toInt();
            }
        }
        QHash<qint64, QPair<qint64, int>> activityAt; // activity -> meeting, index
        for (QSqlQuery q = query(u"SELECT id, meeting_id FROM activities ORDER BY meeting_id, position"_s);
             q.next();) {
            MeetingFacts &f = m_facts[q.value(1).toLongLong()];
            activityAt.insert(q.value(0).toLongLong(), { q.value(1).toLongLong(), int(f.activities.size()) });
            f.activities.append(ActivityFacts());
        }
        for (QSqlQuery q = query(u"SELECT activity_id, count(*) FROM decisions GROUP BY 1"_s); q.next();) {
            const auto [meeting, index] = activityAt.value(q.value(0).toLongLong());
            m_facts[meeting].activities[index].decisions = q.value(1).toInt();
        }
        const QStringList rungs { u"coercion"_s,   u"education"_s, u"information"_s,  u"consultation"_s,
                                  u"engagement"_s, u"co-design"_s, u"co-production"_s };
        for (QSqlQuery q = query(u"SELECT activity_id, rung FROM ladder_ratings"_s); q.next();) {
            const auto [meeting, index] = activityAt.value(q.value(0).toLongLong());
            m_facts[meeting].activities[index].steps << int(rungs.indexOf(q.value(1).toString())) + 1;
        }
        for (QSqlQuery q = query(u"SELECT activity_id, status, count(*) FROM actions GROUP BY 1, 2"_s);
             q.next();) {
            const auto [meeting, index] = activityAt.value(q.value(0).toLongLong());
            m_facts[meeting].activities[index].actions[q.value(1).toString()] += q.value(2).toInt();
            m_facts[meeting].actions[q.value(1).toString()] += q.value(2).toInt();
        }
        // What each contribution got: the actions of its own meeting that answer it.
        qint64 contribution = 0;
        for (QSqlQuery q = query(uR"(SELECT c.id, ca.meeting_id, x.status FROM contributions c
                                     JOIN activities ca ON ca.id = c.activity_id
                                     LEFT JOIN actions x ON x.responds_to = c.id
                                       AND x.activity_id IN (SELECT id FROM activities WHERE meeting_id = ca.meeting_id)
                                     ORDER BY ca.meeting_id, ca.position, c.position, c.id)"_s);
             q.next();) {
            MeetingFacts &f = m_facts[q.value(1).toLongLong()];
            if (q.value(0).toLongLong() != contribution)
                f.contributions.append(Statuses());
            contribution = q.value(0).toLongLong();
            if (!q.value(2).isNull())
                ++f.contributions.last()[q.value(2).toString()];
        }
        // Last time: the actions of the series' earlier meetings (earlier date, or the same date and a
        // smaller id) still to do, or with an update on or after the day of the meeting before this one.
        struct Carried
        {
            QString date;
            qint64 meeting;
            QString status;
            QString updated; // the latest update's date
        };
        QHash<qint64, QList<Carried>> bySeries;
        for (QSqlQuery q = query(uR"(SELECT m.series_id, m.date, m.id, x.status,
                                            (SELECT max(date) FROM action_updates WHERE action_id = x.id)
                                     FROM actions x JOIN activities a ON a.id = x.activity_id
                                     JOIN meetings m ON m.id = a.meeting_id WHERE m.series_id IS NOT NULL)"_s);
             q.next();)
            bySeries[q.value(0).toLongLong()].append({ q.value(1).toString(), q.value(2).toLongLong(),
                                                       q.value(3).toString(), q.value(4).toString() });
        QHash<qint64, QList<qint64>> seriesMeetings;
        for (QSqlQuery q
             = query(u"SELECT series_id, id FROM meetings WHERE series_id IS NOT NULL ORDER BY date, id"_s);
             q.next();)
            seriesMeetings[q.value(0).toLongLong()] << q.value(1).toLongLong();
        for (auto it = seriesMeetings.cbegin(); it != seriesMeetings.cend(); ++it) {
            const QList<qint64> &ids = it.value();
            for (qsizetype k = 1; k < ids.size(); ++k) {
                MeetingFacts &f = m_facts[ids.at(k)];
                const QString previous = m_facts.value(ids.at(k - 1)).date;
                for (const Carried &c : bySeries.value(it.key())) {
                    const bool earlier = c.date < f.date || (c.date == f.date && c.meeting < ids.at(k));
                    if (earlier
                        && (c.status == u"open" || c.status == u"in-progress"
                            || (!c.updated.isEmpty() && c.updated >= previous)))
                        ++f.lastTime[c.status];
                }
            }
        }
    }

    void readMinutes(const QString &where, const QString &html, const MeetingFacts &f)
    {
        static const QRegularExpression came(u"^(\\d+) (?:person|people) came\\.$"_s);
        static const QRegularExpression couldNot(u"^(\\d+) (?:person|people) could not come\\.$"_s);
        static const QRegularExpression role(u"^(\\d+) (facilitator|parent carer|young person|young people|"
                                             "professional|partner|other person|other people)s?$"_s);
        static const QRegularExpression talked(u"^We talked about (\\d+) things[:.]$"_s);
        // The fewest words: the ladder counted, not listed.
        static const QRegularExpression rated(u"^We put (\\d+) things? on the ladder\\.$"_s);
        static const QRegularExpression most(
            u"^For (\\d+) of them, most groups said step (\\d), [A-Za-z-]+\\.$"_s);
        static const QRegularExpression apart(u"^Not everyone agreed about (\\d+) of them\\.$"_s);
        static const QRegularExpression made(u"^We made (\\d+) decisions?\\.$"_s);
        static const QRegularExpression more(u"^We made (\\d+) more decisions?\\.$"_s);
        static const QRegularExpression last(u"^Last time we said we would do (\\d+) things?\\.$"_s);
        static const QRegularExpression agreed(u"^We agreed (\\d+) things? to do\\.$"_s);
        static const QRegularExpression toDo(u"^(\\d+) things? to do\\.$"_s);
        static const QRegularExpression heard(u"^(\\d+) (?:person|people) said (yes|partly|no)\\.$"_s);
        static const QRegularExpression numbered(u"^(\\d+)\\. "_s);
        static const QHash<QString, QString> roles {
            { u"facilitator"_s, u"facilitator"_s },   { u"parent carer"_s, u"parent-carer"_s },
            { u"young person"_s, u"young-person"_s }, { u"young people"_s, u"young-person"_s },
            { u"professional"_s, u"professional"_s }, { u"partner"_s, u"partner"_s },
            { u"other person"_s, u"other"_s },        { u"other people"_s, u"other"_s },
        };
        Reader r(where);
        int activity = -1; // the numbered activity the lines below belong to
        int listed = 0; // items still expected after "We talked about N things:"
        QRegularExpressionMatch m;
        const auto is = [&m](const QRegularExpression &form, const QString &text) {
            return (m = form.match(text)).hasMatch();
        };
        for (const QString &line : lines(html)) {
            if (line.startsWith(u"## "_s)) {
                r.closeStatuses();
                activity = -1;
                if (listed > 0)
                    r.fail(u"the list of what we talked about is %1 short"_s.arg(listed));
                listed = 0;
                continue;
            }
            const bool item = line.startsWith(u"- "_s);
            if (item && listed > 0) {
                --listed; // one of what we talked about, numbered by the list
                continue;
            }
            const QString text = item ? line.mid(2) : line;
            if (!hasDigit(text))
                continue;
            if (is(role, text)) {
                r.check(text, m.captured(1).toInt(), f.byRole.value(roles.value(m.captured(2))));
                continue;
            }
            if (is(numbered, text)) {
                activity = m.captured(1).toInt() - 1;
                continue;
            }
            for (const QString &s : sentences(text)) {
                if (r.statuses(s))
                    continue;
                r.closeStatuses();
                if (is(came, s)) {
                    r.check(s, m.captured(1).toInt(), f.present);
                } else if (is(couldNot, s)) {
                    r.check(s, m.captured(1).toInt(), f.apologies);
                } else if (is(talked, s)) {
                    r.check(s, m.captured(1).toInt(), int(f.activities.size()));
                    if (s.endsWith(u':'))
                        listed = m.captured(1).toInt();
                } else if (is(rated, s)) {
                    r.check(s, m.captured(1).toInt(),
                            int(std::count_if(f.activities.cbegin(), f.activities.cend(),
                                              [](const ActivityFacts &a) { return !a.steps.isEmpty(); })));
                } else if (is(most, s)) {
                    // For each activity, the step most points of view chose (the lower one on a tie).
                    const int step = m.captured(2).toInt();
                    int chose = 0;
                    for (const ActivityFacts &a : f.activities) {
                        int picked = 0, best = 0;
                        for (int k = 1; k <= 7; ++k) {
                            const int n = int(a.steps.count(k));
                            if (n > best) {
                                best = n;
                                picked = k;
                            }
                        }
                        chose += picked == step;
                    }
                    r.check(s, m.captured(1).toInt(), chose);
                } else if (is(apart, s)) {
                    const auto spread = [](const ActivityFacts &a) {
                        return a.steps.isEmpty() ? 0
                                                 : *std::max_element(a.steps.cbegin(), a.steps.cend())
                                - *std::min_element(a.steps.cbegin(), a.steps.cend());
                    };
                    r.check(s, m.captured(1).toInt(),
                            int(std::count_if(f.activities.cbegin(), f.activities.cend(),
                                              [&](const ActivityFacts &a) { return spread(a) >= 2; })));
                } else if (is(made, s)) {
                    int all = 0;
                    for (const ActivityFacts &a : f.activities)
                        all += a.decisions;
                    r.check(s, m.captured(1).toInt(), all);
                } else if (is(more, s) || is(toDo, s)) {
                    const bool decisions = s.contains(u"decision"_s);
                    if (activity < 0 || activity >= f.activities.size()) {
                        r.fail(u"\"%1\" is not under a numbered activity"_s.arg(s));
                    } else if (decisions) {
                        r.check(s, m.captured(1).toInt(), f.activities.at(activity).decisions - 1);
                    } else {
                        r.check(s, m.captured(1).toInt(), total(f.activities.at(activity).actions));
                        r.expectStatuses(f.activities.at(activity).actions);
                    }
                } else if (is(last, s)) {
                    r.check(s, m.captured(1).toInt(), total(f.lastTime));
                    r.expectStatuses(f.lastTime);
                } else if (is(agreed, s)) {
                    r.check(s, m.captured(1).toInt(), total(f.actions));
                    r.expectStatuses(f.actions);
                } else if (is(heard, s)) {
                    r.check(s, m.captured(1).toInt(), f.heard.value(m.captured(2)));
                }
            }
        }
        r.closeStatuses();
        m_failures += r.failures;
        m_sentences += r.counted;
        ++m_tellings;
    }

    void readYouSaidWeDid(const QString &where, const QString &html, const QList<qint64> &meetings)
    {
        static const QRegularExpression met(u"^We met (\\d+) times?\\.$"_s);
        static const QRegularExpression told(u"^You told us (\\d+) things?\\.$"_s);
        static const QRegularExpression something(u"^We agreed to do something about (\\d+) of them\\.$"_s);
        static const QRegularExpression toDo(u"^We agreed (\\d+) things? to do about them\\.$"_s);
        static const QRegularExpression heading(u"^## Our meeting on (.+)$"_s);
        // The meetings the document tells of, in order: those where something was said.
        QList<qint64> told_;
        for (qint64 id : meetings)
            if (!m_facts.value(id).contributions.isEmpty())
                told_ << id;
        Reader r(where);
        qsizetype at = -1; // which of them the lines belong to; -1: the whole series
        QList<Statuses> said; // what was said in scope
        for (qint64 id : std::as_const(meetings))
            said += m_facts.value(id).contributions;
        int youSaid = 0; // "You said:" lines under this heading
        const auto endMeeting = [&] {
            if (at >= 0 && youSaid > 0 && youSaid != said.size())
                r.fail(u"%1 things said under \"Our meeting\" %2; the database has %3"_s.arg(youSaid)
                           .arg(at)
                           .arg(said.size()));
            youSaid = 0;
        };
        QRegularExpressionMatch m;
        for (const QString &line : lines(html)) {
            if (line.startsWith(u"## "_s)) {
                r.closeStatuses();
                endMeeting();
                if ((m = heading.match(line)).hasMatch()) {
                    ++at;
                    if (at >= told_.size()) {
                        r.fail(u"more meetings than the database has: %1"_s.arg(line));
                        break;
                    }
                    const MeetingFacts &f = m_facts.value(told_.at(at));
                    if (QDate::fromString(m.captured(1), u"d MMMM yyyy"_s)
                        != QDate::fromString(f.date, Qt::ISODate))
                        r.fail(u"\"%1\" is meeting %2 of %3"_s.arg(line).arg(told_.at(at)).arg(f.date));
                    said = f.contributions;
                }
                continue;
            }
            if (line.startsWith(u"You said:"_s))
                ++youSaid;
            if (!hasDigit(line))
                continue;
            for (const QString &s : sentences(line)) {
                if (r.statuses(s))
                    continue;
                r.closeStatuses();
                if ((m = met.match(s)).hasMatch()) {
                    r.check(s, m.captured(1).toInt(), int(meetings.size()));
                } else if ((m = told.match(s)).hasMatch()) {
                    r.check(s, m.captured(1).toInt(), int(said.size()));
                } else if ((m = something.match(s)).hasMatch()) {
                    r.check(s, m.captured(1).toInt(),
                            int(std::count_if(said.cbegin(), said.cend(),
                                              [](const Statuses &a) { return total(a) > 0; })));
                } else if ((m = toDo.match(s)).hasMatch()) {
                    Statuses all;
                    for (const Statuses &a : std::as_const(said))
                        for (auto it = a.cbegin(); it != a.cend(); ++it)
                            all[it.key()] += it.value();
                    r.check(s, m.captured(1).toInt(), total(all));
                    r.expectStatuses(all);
                }
            }
        }
        r.closeStatuses();
        endMeeting();
        if (at + 1 != told_.size() && at >= 0)
            r.fail(u"%1 meetings told of; the database has %2 where something was said"_s.arg(at + 1).arg(
                told_.size()));
        m_failures += r.failures;
        m_sentences += r.counted;
        ++m_tellings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::openWithCharters(m_db, m_dir.filePath(u"ten-years.sqlite"_s)));
        QString error;
        QVERIFY2(DemoGenerator(m_db).generate(10, QDate(2026, 11, 30), &error), qPrintable(error));
        readFacts();
        QVERIFY(m_facts.size() > 1000);
    }

    void init()
    {
        m_failures.clear();
        m_sentences = 0;
        m_tellings = 0;
    }

    void everyNumberInTheEasyReadMinutesIsRight()
    {
        for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it) {
            const std::optional<Minutes> minutes = Minutes::load(m_db, it.key());
            QVERIFY(minutes);
            for (bool large : { false, true }) {
                ReportOptions options;
                options.largePrint = large;
                const Document d = EasyRead(*minutes).document(options);
                const QStringList tellings = QStringList { d.body } + d.shorterBodies;
                QCOMPARE(tellings.size(), 5);
                for (qsizetype t = 0; t < tellings.size(); ++t)
                    readMinutes(u"meeting %1%2, telling %3"_s.arg(it.key())
                                    .arg(large ? u" (large print)"_s : QString())
                                    .arg(t + 1),
                                tellings.at(t), it.value());
            }
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 40).join(u'\n')));
        qInfo("%d counting sentences in %d tellings, all right", m_sentences, m_tellings);
        QVERIFY(m_sentences > m_tellings * 3);
    }

    void everyNumberInTheEasyReadYouSaidWeDidIsRight()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT id, name FROM series ORDER BY name"_s));
        int series = 0;
        while (q.next()) {
            ++series;
            QList<qint64> meetings;
            for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
                if (it.value().series == q.value(0).toLongLong())
                    meetings << it.key();
            std::sort(meetings.begin(), meetings.end(), [&](qint64 a, qint64 b) {
                return std::make_pair(m_facts.value(a).date, a) < std::make_pair(m_facts.value(b).date, b);
            });
            const std::optional<YouSaidWeDid> report = YouSaidWeDid::load(m_db, q.value(1).toString());
            QVERIFY(report);
            for (bool large : { false, true }) {
                ReportOptions options;
                options.largePrint = large;
                const Document d = report->document(options, true);
                const QStringList tellings = QStringList { d.body } + d.shorterBodies;
                QCOMPARE(tellings.size(), 2);
                for (qsizetype t = 0; t < tellings.size(); ++t)
                    readYouSaidWeDid(u"%1%2, telling %3"_s
                                         .arg(q.value(1).toString(), large ? u" (large print)"_s : QString())
                                         .arg(t + 1),
                                     tellings.at(t), meetings);
            }
        }
        QCOMPARE(series, 12);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 40).join(u'\n')));
        qInfo("%d counting sentences in %d tellings, all right", m_sentences, m_tellings);
        QVERIFY(m_sentences > m_tellings * 50);
    }
};

QTEST_MAIN(TestEasyReadCounts)
#include "tst_easyreadcounts.moc"
