// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssentences.h"

#include "ladder.h"
#include "vocabulary.h"

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// The first and the last period with something to count in it (the same one if only one has); -1 if none.
QPair<int, int> firstAndLast(const ProgressNumbers &numbers,
                             const std::function<int(const ProgressCounts &)> &count)
{
    int first = -1;
    int last = -1;
    for (qsizetype i = 0; i < numbers.counts.size(); ++i) {
        if (count(numbers.counts.at(i)) > 0) {
            if (first < 0)
                first = int(i);
            last = int(i);
        }
    }
    return { first, last };
}

// "once", "twice", "3 times".
QString times(int n)
{
    if (n == 1)
        return QCoreApplication::translate("ProgressSentences", "once");
    if (n == 2)
        return QCoreApplication::translate("ProgressSentences", "twice");
    return QCoreApplication::translate("ProgressSentences", "%n times", nullptr, n);
}

QString when(const ProgressNumbers &numbers, int period)
{
    return numbers.periods.at(period).during();
}

} // namespace

QString ProgressSentences::ladder(const ProgressNumbers &numbers)
{
    const auto [first, last]
        = firstAndLast(numbers, [](const ProgressCounts &c) { return c.ladder.total(); });
    if (first < 0)
        return tr("No activity was rated on the ladder in this time.");
    const QString with = Ladder::builtIn().groups().value(2).name;
    const LadderTally &a = numbers.counts.at(first).ladder;
    const LadderTally &b = numbers.counts.at(last).ladder;
    if (first == last)
        return tr("%1 was %2 of %n ratings %3.", nullptr, a.total())
            .arg(with, QString::number(a.groups.at(2)), when(numbers, first));
    return tr("%1 was %2 of %3 ratings %4 and %5 of %6 %7.")
        .arg(with, QString::number(a.groups.at(2)), QString::number(a.total()), when(numbers, first),
             QString::number(b.groups.at(2)), QString::number(b.total()), when(numbers, last));
}

QString ProgressSentences::apart(const ProgressNumbers &numbers)
{
    const ProgressCounts &w = numbers.whole;
    if (w.compared == 0)
        return tr("No activity was rated from more than one point of view.");
    return tr("The points of view were 2 or more steps apart on %1 of %n activities.", nullptr, w.compared)
        .arg(w.apart);
}

QString ProgressSentences::actions(const ProgressNumbers &numbers)
{
    const ProgressCounts &w = numbers.whole;
    if (w.actions == 0)
        return tr("No actions were agreed in this time.");
    QString text = tr("%1 agreed: %2 done, %3 being done, %4 that cannot be done and %5 not started yet.")
                       .arg(tr("%n actions were", nullptr, w.actions))
                       .arg(w.done)
                       .arg(w.inProgress)
                       .arg(w.cannotDo)
                       .arg(w.open);
    if (w.overdue > 0)
        text += u' ' + (tr("%n are late.", nullptr, w.overdue));
    return text;
}

QString ProgressSentences::daysToDone(const ProgressNumbers &numbers)
{
    const int days = numbers.whole.medianDaysToDone;
    if (days < 0)
        return tr("No action has been done yet.");
    return tr("Half of the done actions were done in %n days or less.", nullptr, days);
}

QString ProgressSentences::said(const ProgressNumbers &numbers)
{
    const ProgressCounts &w = numbers.whole;
    if (w.said == 0)
        return tr("Nothing people said was written down in this time.");
    return tr("%1 of %n things people said got an action.", nullptr, w.said).arg(w.saidWithAction);
}

QString ProgressSentences::attendance(const ProgressNumbers &numbers)
{
    // Young people if any came, as the charters ask most about them; parent carers otherwise.
    QString role = u"young-person"_s;
    if (numbers.whole.present.value(role) == 0)
        role = u"parent-carer"_s;
    const auto [first, last]
        = firstAndLast(numbers, [&](const ProgressCounts &c) { return c.present.value(role); });
    if (first < 0)
        return tr("Nobody came to a meeting in this time.");
    const QString who = Vocabulary::perspectiveLabel(role);
    const int a = numbers.counts.at(first).present.value(role);
    const int b = numbers.counts.at(last).present.value(role);
    if (first == last)
        return tr("%1 were at meetings %2 %3.").arg(who, times(a), when(numbers, first));
    return tr("%1 were at meetings %2 %3 and %4 %5.")
        .arg(who, times(a), when(numbers, first), times(b), when(numbers, last));
}

QString ProgressSentences::charterCheck(const ProgressNumbers &numbers)
{
    const ProgressPrinciple *most = nullptr;
    int marked = 0;
    for (const ProgressPrinciple &principle : numbers.principles) {
        const int n = numbers.whole.principles.value(principle.key).notYet;
        if (n > marked) {
            most = &principle;
            marked = n;
        }
    }
    if (numbers.whole.principles.isEmpty())
        return tr("The charter was not checked in this time.");
    if (!most)
        return tr("No principle was marked \u201cnot yet\u201d.");
    return tr("\u201c%1\u201d was marked \u201cnot yet\u201d most often: %2.")
        .arg(most->title, times(marked));
}

QString ProgressSentences::heard(const ProgressNumbers &numbers)
{
    const auto [first, last] = firstAndLast(numbers, [](const ProgressCounts &c) { return c.heard.total(); });
    if (first < 0)
        return tr("Nobody was asked if they were heard in this time.");
    const CheckTally &a = numbers.counts.at(first).heard;
    const CheckTally &b = numbers.counts.at(last).heard;
    if (first == last)
        return tr("%1 of %n people said they were heard %2.", nullptr, a.total())
            .arg(QString::number(a.yes), when(numbers, first));
    return tr("%1 of %2 people said they were heard %3 and %4 of %5 %6.")
        .arg(QString::number(a.yes), QString::number(a.total()), when(numbers, first), QString::number(b.yes),
             QString::number(b.total()), when(numbers, last));
}

} // namespace Coproduce
