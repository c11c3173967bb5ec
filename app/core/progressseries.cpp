// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressseries.h"

#include "ladder.h"
#include "vocabulary.h"

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

ProgressSeries over(const ProgressNumbers &numbers, const QString &name,
                    const std::function<int(const ProgressCounts &)> &value)
{
    ProgressSeries series { name, {} };
    for (const ProgressCounts &counts : numbers.counts)
        series.values.append(value(counts));
    return series;
}

} // namespace

QList<ProgressSeries> ProgressSeriesOf::ladder(const ProgressNumbers &numbers, const QString &perspective)
{
    QList<ProgressSeries> list;
    const QList<LadderGroup> &groups = Ladder::builtIn().groups();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        list.append(over(numbers, groups.at(g).name, [&](const ProgressCounts &c) {
            const LadderTally tally = perspective.isEmpty() ? c.ladder : c.perspectives.value(perspective);
            return tally.groups.value(g);
        }));
    }
    return list;
}

QList<ProgressSeries> ProgressSeriesOf::actions(const ProgressNumbers &numbers)
{
    return { over(numbers, tr("Done"), [](const ProgressCounts &c) { return c.done; }),
             over(numbers, tr("Being done"), [](const ProgressCounts &c) { return c.inProgress; }),
             over(numbers, tr("Not started"), [](const ProgressCounts &c) { return c.open; }),
             over(numbers, tr("Cannot be done"), [](const ProgressCounts &c) { return c.cannotDo; }) };
}

QList<ProgressSeries> ProgressSeriesOf::attendance(const ProgressNumbers &numbers)
{
    QList<ProgressSeries> list;
    for (const QString &role : Vocabulary::roles()) {
        if (numbers.whole.present.value(role) > 0)
            list.append(over(numbers, Vocabulary::perspectiveLabel(role),
                             [&](const ProgressCounts &c) { return c.present.value(role); }));
    }
    return list;
}

QList<ProgressSeries> ProgressSeriesOf::charterCheck(const ProgressNumbers &numbers)
{
    const auto sum = [](const ProgressCounts &c, int CheckTally::*field) {
        int n = 0;
        for (const CheckTally &tally : c.principles)
            n += tally.*field;
        return n;
    };
    return { over(numbers, Vocabulary::checkScoreLabel(u"yes"_s),
                  [&](const ProgressCounts &c) { return sum(c, &CheckTally::yes); }),
             over(numbers, Vocabulary::checkScoreLabel(u"partly"_s),
                  [&](const ProgressCounts &c) { return sum(c, &CheckTally::partly); }),
             over(numbers, Vocabulary::checkScoreLabel(u"not-yet"_s),
                  [&](const ProgressCounts &c) { return sum(c, &CheckTally::notYet); }) };
}

QList<ProgressSeries> ProgressSeriesOf::heard(const ProgressNumbers &numbers)
{
    return { over(numbers, tr("Heard"), [](const ProgressCounts &c) { return c.heard.yes; }),
             over(numbers, tr("Partly heard"), [](const ProgressCounts &c) { return c.heard.partly; }),
             over(numbers, tr("Not heard"), [](const ProgressCounts &c) { return c.heard.notYet; }) };
}

QStringList ProgressSeriesOf::categories(const ProgressNumbers &numbers)
{
    QStringList list;
    for (const ProgressPeriod &period : numbers.periods)
        list.append(period.shortLabel());
    return list;
}

} // namespace Coproduce
