// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressformat.h"

#include "jsonwriter.h"
#include "ladder.h"
#include "progresssentences.h"

#include <QVariant>

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// One number: its section ("ladder"), group within it ("parent-carer", or empty) and name ("doing-with").
// A value that is not a number (a rung's id) or is missing (a null QVariant) is allowed.
using Visit = std::function<void(const QString &section, const QString &group, const QString &name,
                                 const QVariant &value)>;

QVariant rung(int level)
{
    return level < 0 ? QVariant() : QVariant(Ladder::builtIn().rungIds().value(level));
}

void visitLadder(const QString &group, const LadderTally &tally, const Visit &visit)
{
    const QList<LadderGroup> &groups = Ladder::builtIn().groups();
    for (qsizetype i = 0; i < groups.size() && i < tally.groups.size(); ++i)
        visit(u"ladder"_s, group, groups.at(i).id, tally.groups.at(i));
    visit(u"ladder"_s, group, u"median"_s, rung(tally.median));
}

// Every number of one period, in the order both formats write them.
void visitCounts(const ProgressNumbers &numbers, const ProgressCounts &c, const Visit &visit)
{
    visit(QString(), QString(), u"meetings"_s, c.meetings);
    visitLadder(u"all"_s, c.ladder, visit);
    for (auto it = c.perspectives.cbegin(); it != c.perspectives.cend(); ++it)
        visitLadder(it.key(), it.value(), visit);
    visit(u"points-of-view"_s, QString(), u"compared"_s, c.compared);
    visit(u"points-of-view"_s, QString(), u"apart"_s, c.apart);
    const QString actions = u"actions"_s;
    visit(actions, QString(), u"agreed"_s, c.actions);
    visit(actions, QString(), u"open"_s, c.open);
    visit(actions, QString(), u"in-progress"_s, c.inProgress);
    visit(actions, QString(), u"done"_s, c.done);
    visit(actions, QString(), u"cannot-do"_s, c.cannotDo);
    visit(actions, QString(), u"overdue"_s, c.overdue);
    visit(actions, QString(), u"median-days-to-done"_s,
          c.medianDaysToDone < 0 ? QVariant() : c.medianDaysToDone);
    visit(u"you-said"_s, QString(), u"said"_s, c.said);
    visit(u"you-said"_s, QString(), u"with-action"_s, c.saidWithAction);
    for (auto it = c.present.cbegin(); it != c.present.cend(); ++it)
        visit(u"attendance"_s, u"present"_s, it.key(), it.value());
    visit(u"attendance"_s, QString(), u"apologies"_s, c.apologies);
    visit(u"attendance"_s, QString(), u"first-time"_s, c.firstTime);
    visit(u"attendance"_s, QString(), u"access-needs"_s, c.accessNeeds);
    visit(u"heard"_s, QString(), u"yes"_s, c.heard.yes);
    visit(u"heard"_s, QString(), u"partly"_s, c.heard.partly);
    visit(u"heard"_s, QString(), u"no"_s, c.heard.notYet);
    for (const ProgressPrinciple &principle : numbers.principles) {
        const CheckTally tally = c.principles.value(principle.key);
        visit(u"charter-check"_s, principle.key, u"yes"_s, tally.yes);
        visit(u"charter-check"_s, principle.key, u"partly"_s, tally.partly);
        visit(u"charter-check"_s, principle.key, u"not-yet"_s, tally.notYet);
    }
}

// The JSON of one period's numbers: sections and groups as nested objects, opened and closed as the
// visit moves on.
void writeCounts(JsonWriter &json, const ProgressNumbers &numbers, const ProgressCounts &counts)
{
    QString section;
    QString group;
    visitCounts(numbers, counts,
                [&](const QString &s, const QString &g, const QString &name, const QVariant &value) {
                    if (s != section || g != group) {
                        if (!group.isEmpty())
                            json.endObject();
                        if (s != section) {
                            if (!section.isEmpty())
                                json.endObject();
                            if (!s.isEmpty()) {
                                json.key(s);
                                json.beginObject();
                            }
                        }
                        if (!g.isEmpty()) {
                            json.key(g);
                            json.beginObject();
                        }
                        section = s;
                        group = g;
                    }
                    json.key(name);
                    if (value.isNull())
                        json.null();
                    else if (value.typeId() == QMetaType::QString)
                        json.value(value.toString());
                    else
                        json.value(value.toLongLong());
                });
    if (!group.isEmpty())
        json.endObject();
    if (!section.isEmpty())
        json.endObject();
}

} // namespace

QByteArray ProgressFormat::json(const ProgressNumbers &numbers)
{
    const ProgressRequest &request = numbers.request;
    JsonWriter json;
    json.beginObject();
    json.field(u"format"_s, u"coproduce-progress/1"_s);
    json.field(u"from"_s, request.from.toString(Qt::ISODate));
    json.field(u"to"_s, request.to.toString(Qt::ISODate));
    json.optionalField(u"series"_s, request.series);
    json.field(u"step"_s, ProgressRequest::stepId(request.step));
    json.field(u"today"_s, request.today.toString(Qt::ISODate));
    json.objectList(
        u"principles"_s, numbers.principles,
        [&](const ProgressPrinciple &p) {
            json.field(u"key"_s, p.key);
            json.field(u"title"_s, p.title);
        },
        true);
    json.key(u"periods"_s);
    json.beginArray();
    for (qsizetype i = 0; i < numbers.periods.size(); ++i) {
        const ProgressPeriod &period = numbers.periods.at(i);
        json.beginObject();
        json.field(u"id"_s, period.id);
        json.field(u"from"_s, period.first.toString(Qt::ISODate));
        json.field(u"to"_s, period.last.toString(Qt::ISODate));
        writeCounts(json, numbers, numbers.counts.at(i));
        json.endObject();
    }
    json.endArray();
    json.key(u"whole"_s);
    json.beginObject();
    writeCounts(json, numbers, numbers.whole);
    json.endObject();
    json.objectList(
        u"cannot-do-reasons"_s, numbers.cannotDoReasons,
        [&](const QPair<QString, int> &reason) {
            json.field(u"reason"_s, reason.first);
            json.field(u"actions"_s, reason.second);
        },
        true);
    json.key(u"sentences"_s);
    json.beginObject();
    json.field(u"ladder"_s, ProgressSentences::ladder(numbers));
    json.field(u"points-of-view"_s, ProgressSentences::apart(numbers));
    json.field(u"actions"_s, ProgressSentences::actions(numbers));
    json.field(u"days-to-done"_s, ProgressSentences::daysToDone(numbers));
    json.field(u"you-said"_s, ProgressSentences::said(numbers));
    json.field(u"attendance"_s, ProgressSentences::attendance(numbers));
    json.field(u"charter-check"_s, ProgressSentences::charterCheck(numbers));
    json.field(u"heard"_s, ProgressSentences::heard(numbers));
    json.endObject();
    json.endObject();
    return json.data();
}

QList<QStringList> ProgressFormat::rows(const ProgressNumbers &numbers)
{
    QList<QStringList> rows { { u"period"_s, u"from"_s, u"to"_s, u"measure"_s, u"group"_s, u"value"_s } };
    const auto add = [&](const QString &id, const QDate &from, const QDate &to,
                         const ProgressCounts &counts) {
        visitCounts(numbers, counts,
                    [&](const QString &s, const QString &g, const QString &name, const QVariant &value) {
                        rows.append({ id, from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                      s.isEmpty() ? name : s + u'-' + name, g, value.toString() });
                    });
    };
    for (qsizetype i = 0; i < numbers.periods.size(); ++i)
        add(numbers.periods.at(i).id, numbers.periods.at(i).first, numbers.periods.at(i).last,
            numbers.counts.at(i));
    add(u"all"_s, numbers.request.from, numbers.request.to, numbers.whole);
    return rows;
}

} // namespace Coproduce
