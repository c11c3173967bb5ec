// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressrepository.h"

#include "database.h"
#include "ladder.h"
#include "parallelreads.h"
#include "seriesrepository.h"
#include "sqldialect.h"
#include "sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

using Histogram = QMap<int, int>; // value -> how many times

// The lower middle value, so that it is one that was given.
int median(const Histogram &histogram)
{
    int total = 0;
    for (const int n : histogram)
        total += n;
    if (total == 0)
        return -1;
    const int middle = (total + 1) / 2;
    int seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= middle)
            return it.key();
    }
    return -1;
}

// The rows of each query go to their month's period and to the whole; medians are taken at the end from
// the histograms kept on the way.
class Fold
{
public:
    explicit Fold(ProgressNumbers &numbers)
        : m_numbers(numbers)
        , m_ladder(numbers.periods.size() + 1)
        , m_days(numbers.periods.size() + 1)
    {
        m_numbers.counts.resize(numbers.periods.size());
    }

    // `month` is "yyyy-MM"; `add` runs on its period's counts and on the whole's.
    void add(const QString &month, const std::function<void(ProgressCounts &, int bucket)> &add)
    {
        // Thousands of rows name the same hundred months: each month's period is found once.
        auto known = m_periods.constFind(month);
        if (known == m_periods.cend()) {
            const QDate start(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
            known = m_periods.insert(month, m_numbers.periodOf(qMax(start, m_numbers.request.from)));
        }
        const int period = *known;
        if (period < 0)
            return;
        add(m_numbers.counts[period], period);
        add(m_numbers.whole, int(m_numbers.periods.size()));
    }
    void rating(int bucket, const QString &perspective, int level, int count)
    {
        m_ladder[bucket][QString()][level] += count;
        m_ladder[bucket][perspective][level] += count;
    }
    void daysToDone(int bucket, int days, int count) { m_days[bucket][days] += count; }

    void finish()
    {
        for (qsizetype bucket = 0; bucket < m_ladder.size(); ++bucket) {
            ProgressCounts &counts
                = bucket < m_numbers.counts.size() ? m_numbers.counts[bucket] : m_numbers.whole;
            for (auto it = m_ladder.at(bucket).cbegin(); it != m_ladder.at(bucket).cend(); ++it) {
                LadderTally &tally = it.key().isEmpty() ? counts.ladder : counts.perspectives[it.key()];
                tally.median = median(it.value());
            }
            counts.medianDaysToDone = median(m_days.at(bucket));
        }
    }

private:
    ProgressNumbers &m_numbers;
    QList<QMap<QString, Histogram>> m_ladder; // by bucket, by perspective ("" for all)
    QList<Histogram> m_days;
    QHash<QString, int> m_periods; // "yyyy-MM" -> its period, or -1
};

} // namespace

ProgressRepository::ProgressRepository(Database &database)
    : m_database(database)
{
}

std::optional<QDate> ProgressRepository::firstMeeting(const QString &series) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(series.isEmpty()
                      ? u"SELECT min(date) FROM meetings"_s
                      : u"SELECT min(m.date) FROM meetings m JOIN series s ON s.id = m.series_id "
                        "WHERE s.name = ?"_s);
    if (!series.isEmpty())
        query.addBindValue(series);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QDate first = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

std::optional<ProgressNumbers> ProgressRepository::numbers(const ProgressRequest &request,
                                                           QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    ProgressNumbers numbers;
    numbers.request = request;
    numbers.periods = ProgressNumbers::periodsOf(request);
    if (numbers.periods.isEmpty()) {
        *error = tr("The dates are not a range: from %1 to %2.")
                     .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
        return std::nullopt;
    }
    // Which meetings: their dates, and their series if one is asked for.
    QString scope = u"m.date >= ? AND m.date <= ?"_s;
    QVariantList scopeValues { request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate) };
    QString seriesScope;
    QVariantList seriesValues;
    if (!request.series.isEmpty()) {
        const std::optional<qint64> series = SeriesRepository(m_database).find(request.series);
        if (!series) {
            *error = tr("There is no series called \"%1\".").arg(request.series);
            return std::nullopt;
        }
        seriesScope = u" AND m.series_id = ?"_s;
        seriesValues = { *series };
        scope += seriesScope;
        scopeValues += seriesValues;
    }
    // Each query with what is done with its rows, which are folded in this order once all have run (two at
    // a time: ParallelReads); a query's fold may use what an earlier one's made.
    QList<ParallelReads::Query> queries;
    QList<std::function<void(const QVariantList &)>> folds;
    const auto run = [&](const QString &sql, const QVariantList &values,
                         const std::function<void(const QVariantList &)> &row) {
        queries.append({ sql, values });
        folds.append(row);
    };
    const Engine engine = m_database.engine();
    QString level = u"CASE r.rung"_s;
    const QStringList rungs = Ladder::builtIn().rungIds();
    for (qsizetype i = 0; i < rungs.size(); ++i)
        level += u" WHEN '%1' THEN %2"_s.arg(rungs.at(i)).arg(i);
    level += u" END"_s;
    QList<int> groupOfLevel;
    for (const LadderRung &rung : Ladder::builtIn().rungs()) {
        int group = 0;
        while (group < Ladder::builtIn().groups().size()
               && Ladder::builtIn().groups().at(group).id != rung.group)
            ++group;
        groupOfLevel.append(qMin(group, 2));
    }
    const QString rated = u" FROM ladder_ratings r JOIN activities a ON a.id = r.activity_id"
                          " JOIN meetings m ON m.id = a.meeting_id WHERE "_s;
    const QString acted = u" FROM actions x JOIN activities a ON a.id = x.activity_id"
                          " JOIN meetings m ON m.id = a.meeting_id WHERE "_s;

    Fold fold(numbers);
    run(u"SELECT substr(m.date, 1, 7), count(*), sum(m.heard_yes), sum(m.heard_partly), sum(m.heard_no)"
        " FROM meetings m WHERE "_s
            + scope + u" GROUP BY 1"_s,
        scopeValues, [&](const QVariantList &q) {
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) {
                c.meetings += q.at(1).toInt();
                c.heard.yes += q.at(2).toInt();
                c.heard.partly += q.at(3).toInt();
                c.heard.notYet += q.at(4).toInt();
            });
        });
    run(u"SELECT substr(m.date, 1, 7), r.perspective, r.rung, count(*)"_s + rated + scope
            + u" GROUP BY 1, 2, 3"_s,
        scopeValues, [&](const QVariantList &q) {
            const int rung = int(rungs.indexOf(q.at(2).toString()));
            if (rung < 0)
                return; // (the schema allows none)
            const int n = q.at(3).toInt();
            const QString perspective = q.at(1).toString();
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int bucket) {
                c.ladder.groups[groupOfLevel.value(rung)] += n;
                c.perspectives[perspective].groups[groupOfLevel.value(rung)] += n;
                fold.rating(bucket, perspective, rung, n);
            });
        });
    run(u"SELECT month, count(*), sum(CASE WHEN high - low >= 2 THEN 1 ELSE 0 END) FROM"
        " (SELECT substr(m.date, 1, 7) AS month, max("_s
            + level + u") AS high, min("_s + level + u") AS low"_s + rated + scope
            + u" GROUP BY a.id, substr(m.date, 1, 7) HAVING count(*) >= 2) AS compared GROUP BY month"_s,
        scopeValues, [&](const QVariantList &q) {
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) {
                c.compared += q.at(1).toInt();
                c.apart += q.at(2).toInt();
            });
        });
    run(u"SELECT substr(m.date, 1, 7), x.status, CASE WHEN x.status IN ('open', 'in-progress')"
        " AND x.due <> '' AND x.due < ? THEN 1 ELSE 0 END, count(*)"_s
            + acted + scope + u" GROUP BY 1, 2, 3"_s,
        QVariantList { request.today.toString(Qt::ISODate) } + scopeValues, [&](const QVariantList &q) {
            const QString status = q.at(1).toString();
            const bool late = q.at(2).toInt() == 1;
            const int n = q.at(3).toInt();
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) {
                c.actions += n;
                (status == u"done"_s              ? c.done
                     : status == u"in-progress"_s ? c.inProgress
                     : status == u"cannot-do"_s   ? c.cannotDo
                                                  : c.open)
                    += n;
                if (late)
                    c.overdue += n;
            });
        });
    run(u"SELECT substr(m.date, 1, 7), "_s + SqlDialect::daysBetween(u"m.date"_s, u"d.done"_s, engine)
            + u", count(*)"_s + acted.chopped(7)
            + u" JOIN (SELECT action_id, max(date) AS done FROM action_updates WHERE status = 'done'"
              " GROUP BY action_id) AS d ON d.action_id = x.id WHERE x.status = 'done' AND "_s
            + scope + u" GROUP BY 1, 2"_s,
        scopeValues, [&](const QVariantList &q) {
            fold.add(q.at(0).toString(), [&](ProgressCounts &, int bucket) {
                fold.daysToDone(bucket, q.at(1).toInt(), q.at(2).toInt());
            });
        });
    run(u"SELECT substr(m.date, 1, 7), count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM actions x"
        " WHERE x.responds_to = c.id) THEN 1 ELSE 0 END) FROM contributions c"
        " JOIN activities a ON a.id = c.activity_id JOIN meetings m ON m.id = a.meeting_id WHERE "_s
            + scope + u" GROUP BY 1"_s,
        scopeValues, [&](const QVariantList &q) {
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) {
                c.said += q.at(1).toInt();
                c.saidWithAction += q.at(2).toInt();
            });
        });
    run(u"SELECT substr(m.date, 1, 7), t.role, t.attendance, count(*),"
        " sum(CASE WHEN t.access_needs <> '' THEN 1 ELSE 0 END)"
        " FROM attendees t JOIN meetings m ON m.id = t.meeting_id WHERE "_s
            + scope + u" GROUP BY 1, 2, 3"_s,
        scopeValues, [&](const QVariantList &q) {
            const QString role = q.at(1).toString();
            const QString attendance = q.at(2).toString();
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) {
                if (attendance == u"present"_s) {
                    c.present[role] += q.at(3).toInt();
                    c.accessNeeds += q.at(4).toInt();
                } else if (attendance == u"apologies"_s) {
                    c.apologies += q.at(3).toInt();
                }
            });
        });
    // Someone's first meeting is the earliest they were at, before the period asked for too; a person
    // is their name, in any case (nobody is named in what comes out).
    run(u"SELECT substr(f.first, 1, 7), count(*) FROM (SELECT lower(t.name) AS who, min(m.date) AS "
        u"first"
        " FROM attendees t JOIN meetings m ON m.id = t.meeting_id"
        " WHERE t.attendance = 'present' AND t.name <> ''"_s
            + seriesScope + u" GROUP BY lower(t.name)) AS f WHERE f.first >= ? AND f.first <= ? GROUP BY 1"_s,
        seriesValues + scopeValues.mid(0, 2), [&](const QVariantList &q) {
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) { c.firstTime += q.at(1).toInt(); });
        });
    run(u"SELECT substr(m.date, 1, 7), coalesce(m.charter_id, ''), c.principle, c.score, count(*)"
        " FROM charter_checks c JOIN meetings m ON m.id = c.meeting_id WHERE "_s
            + scope + u" GROUP BY 1, 2, 3, 4"_s,
        scopeValues, [&](const QVariantList &q) {
            const QString key = q.at(1).toString() + u'/' + q.at(2).toString();
            const QString score = q.at(3).toString();
            const int n = q.at(4).toInt();
            fold.add(q.at(0).toString(), [&](ProgressCounts &c, int) {
                CheckTally &tally = c.principles[key];
                (score == u"yes"_s ? tally.yes : score == u"partly"_s ? tally.partly : tally.notYet) += n;
            });
        });
    run(u"SELECT p.charter_id, p.id, p.title FROM principles p ORDER BY p.charter_id, p.position"_s, {},
        [&](const QVariantList &q) {
            const QString key = q.at(0).toString() + u'/' + q.at(1).toString();
            if (numbers.whole.principles.contains(key))
                numbers.principles.append({ key, q.at(2).toString() });
        });
    run(u"SELECT x.reason, count(*)"_s + acted + u"x.status = 'cannot-do' AND "_s + scope
            + u" GROUP BY x.reason ORDER BY count(*) DESC, x.reason"_s,
        scopeValues, [&](const QVariantList &q) {
            numbers.cannotDoReasons.append({ q.at(0).toString(), q.at(1).toInt() });
        });
    const std::optional<QList<ParallelReads::Rows>> rows
        = ParallelReads::run(m_database, queries, tr("read the progress numbers"), error);
    if (!rows)
        return std::nullopt;
    for (qsizetype i = 0; i < folds.size(); ++i)
        for (const QVariantList &row : rows->at(i))
            folds.at(i)(row);
    fold.finish();
    // A principle checked at a meeting whose charter no longer has it keeps its id as its title.
    for (auto it = numbers.whole.principles.cbegin(); it != numbers.whole.principles.cend(); ++it) {
        const bool named = std::any_of(numbers.principles.cbegin(), numbers.principles.cend(),
                                       [&](const ProgressPrinciple &p) { return p.key == it.key(); });
        if (!named)
            numbers.principles.append({ it.key(), it.key().section(u'/', 1) });
    }
    return numbers;
}

} // namespace Coproduce
