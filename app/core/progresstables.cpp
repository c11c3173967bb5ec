// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresstables.h"

#include "ladder.h"
#include "vocabulary.h"

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// A row for each period and one for the whole time, its cells from `cells`.
QList<QStringList> byPeriod(const ProgressNumbers &numbers,
                            const std::function<QStringList(const ProgressCounts &)> &cells)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < numbers.periods.size(); ++i)
        rows.append(QStringList { numbers.periods.at(i).label() } + cells(numbers.counts.at(i)));
    rows.append(QStringList { QCoreApplication::translate("ProgressTableOf", "All") } + cells(numbers.whole));
    return rows;
}

QString number(int n)
{
    return QString::number(n);
}

// "2 of 3", or a dash when there is nothing to count.
QString of(int part, int whole)
{
    return whole == 0 ? u"\u2013"_s
                      : QCoreApplication::translate("ProgressTableOf", "%1 of %2").arg(part).arg(whole);
}

} // namespace

ProgressTable ProgressTableOf::ladder(const ProgressNumbers &numbers, const QString &perspective)
{
    ProgressTable table;
    table.headers << tr("Period");
    for (const LadderGroup &group : Ladder::builtIn().groups())
        table.headers << group.name;
    table.headers << tr("Middle rung") << tr("Views 2 or more steps apart");
    table.rows = byPeriod(numbers, [&](const ProgressCounts &c) {
        const LadderTally tally = perspective.isEmpty() ? c.ladder : c.perspectives.value(perspective);
        QStringList cells;
        for (const int n : tally.groups)
            cells << number(n);
        const LadderRung *rung = tally.median < 0 ? nullptr : &Ladder::builtIn().rungs().at(tally.median);
        cells << (rung ? rung->name : u"\u2013"_s) << of(c.apart, c.compared);
        return cells;
    });
    return table;
}

ProgressTable ProgressTableOf::actions(const ProgressNumbers &numbers)
{
    ProgressTable table;
    table.headers << tr("Period") << tr("Agreed") << tr("Done") << tr("Being done") << tr("Not started")
                  << tr("Cannot be done") << tr("Late") << tr("Days to get done (middle)")
                  << tr("What people said that got an action");
    table.rows = byPeriod(numbers, [](const ProgressCounts &c) {
        return QStringList { number(c.actions),
                             number(c.done),
                             number(c.inProgress),
                             number(c.open),
                             number(c.cannotDo),
                             number(c.overdue),
                             c.medianDaysToDone < 0 ? u"\u2013"_s : number(c.medianDaysToDone),
                             of(c.saidWithAction, c.said) };
    });
    return table;
}

ProgressTable ProgressTableOf::attendance(const ProgressNumbers &numbers)
{
    ProgressTable table;
    QStringList roles;
    for (const QString &role : Vocabulary::roles()) {
        if (numbers.whole.present.value(role) > 0)
            roles << role;
    }
    table.headers << tr("Period") << tr("Meetings");
    for (const QString &role : roles)
        table.headers << Vocabulary::perspectiveLabel(role);
    table.rows = byPeriod(numbers, [&](const ProgressCounts &c) {
        QStringList cells { number(c.meetings) };
        for (const QString &role : roles)
            cells << number(c.present.value(role));
        return cells;
    });
    return table;
}

ProgressTable ProgressTableOf::arrivals(const ProgressNumbers &numbers)
{
    ProgressTable table;
    table.headers << tr("Period") << tr("Apologies") << tr("First time") << tr("Access needs recorded");
    table.rows = byPeriod(numbers, [](const ProgressCounts &c) {
        return QStringList { number(c.apologies), number(c.firstTime), number(c.accessNeeds) };
    });
    return table;
}

ProgressTable ProgressTableOf::joined(const ProgressTable &left, const ProgressTable &right)
{
    ProgressTable table { left.headers + right.headers.mid(1), left.rows };
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        table.rows[i] += right.rows.value(i).mid(1);
    return table;
}

ProgressTable ProgressTableOf::charterCheck(const ProgressNumbers &numbers)
{
    // A row per principle, a column per period and one for the whole time: how each principle fared, over
    // time, in three numbers a cell.
    ProgressTable table;
    table.headers << tr("Principle (yes / partly / not yet)");
    for (const ProgressPeriod &period : numbers.periods)
        table.headers << period.label();
    table.headers << tr("All");
    const auto cell
        = [](const CheckTally &t) { return u"%1 / %2 / %3"_s.arg(t.yes).arg(t.partly).arg(t.notYet); };
    for (const ProgressPrinciple &principle : numbers.principles) {
        QStringList row { principle.title };
        for (const ProgressCounts &c : numbers.counts)
            row << cell(c.principles.value(principle.key));
        row << cell(numbers.whole.principles.value(principle.key));
        table.rows.append(row);
    }
    return table;
}

ProgressTable ProgressTableOf::principles(const ProgressNumbers &numbers)
{
    ProgressTable table;
    table.headers << tr("Principle") << Vocabulary::checkScoreLabel(u"yes"_s)
                  << Vocabulary::checkScoreLabel(u"partly"_s) << Vocabulary::checkScoreLabel(u"not-yet"_s);
    for (const ProgressPrinciple &principle : numbers.principles) {
        const CheckTally tally = numbers.whole.principles.value(principle.key);
        table.rows.append({ principle.title, number(tally.yes), number(tally.partly), number(tally.notYet) });
    }
    return table;
}

ProgressTable ProgressTableOf::heard(const ProgressNumbers &numbers)
{
    ProgressTable table;
    table.headers << tr("Period") << tr("Heard") << tr("Partly heard") << tr("Not heard");
    table.rows = byPeriod(numbers, [](const ProgressCounts &c) {
        return QStringList { number(c.heard.yes), number(c.heard.partly), number(c.heard.notYet) };
    });
    return table;
}

ProgressTable ProgressTableOf::reasons(const ProgressNumbers &numbers)
{
    ProgressTable table;
    table.headers << tr("Why it cannot be done") << tr("Actions");
    for (const auto &[reason, count] : numbers.cannotDoReasons)
        table.rows.append({ reason, number(count) });
    return table;
}

} // namespace Coproduce
