// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressfixture.h"

#include "core/meetingrepository.h"

using namespace Qt::StringLiterals;

namespace Coproduce::Test {

namespace {

Attendee person(const QString &name, const QString &role, const QString &attendance = u"present"_s,
                const QString &needs = QString())
{
    Attendee a;
    a.name = name;
    a.role = role;
    a.attendance = attendance;
    a.accessNeeds = needs;
    return a;
}

Action action(const QString &status, const QDate &due, const QString &respondsTo = QString(),
              const QList<ActionUpdate> &updates = {})
{
    Action a;
    a.text = u"An action"_s;
    a.status = status;
    a.due = due;
    a.respondsTo = respondsTo;
    a.updates = updates;
    if (status == u"cannot-do")
        a.reason = u"No budget for it this year"_s;
    return a;
}

Contribution said(const QString &ref, const QString &text)
{
    Contribution c;
    c.ref = ref;
    c.by = u"parent-carer"_s;
    c.text = text;
    return c;
}

void insert(Database &database, Meeting m)
{
    m.title = m.series + u" meeting"_s;
    m.charter = u"derby"_s;
    QString error;
    if (!MeetingRepository(database).insert(m, &error))
        qFatal("%s", qPrintable(error));
}

} // namespace

void addProgressFixture(Database &database)
{
    // Before the range: Ann's first meeting, so she is not new in 2026; its numbers are not counted.
    Meeting a;
    a.series = u"Board"_s;
    a.date = QDate(2025, 11, 10);
    a.attendees = { person(u"Ann Lee"_s, u"parent-carer"_s) };
    Activity a1;
    a1.title = u"Before"_s;
    a1.ladder = { { u"facilitator"_s, u"coercion"_s } };
    a1.actions = { action(u"open"_s, QDate(2025, 12, 1)) };
    a.activities = { a1 };
    insert(database, a);

    // B, 10 February 2026 (Board). B1 is rated co-production (6), information (2) and consultation (3): two
    // points of view 4 steps apart. B2 consultation (3) and engagement (4): 1 step apart.
    Meeting b;
    b.series = u"Board"_s;
    b.date = QDate(2026, 2, 10);
    b.attendees = { person(u"Ann Lee"_s, u"parent-carer"_s, u"present"_s, u"Hearing loop"_s),
                    person(u"Bo Chan"_s, u"young-person"_s), person(u"Cy Dee"_s, u"professional"_s),
                    person(u"Di Eve"_s, u"parent-carer"_s, u"apologies"_s) };
    Activity b1;
    b1.title = u"Letters"_s;
    b1.ladder = { { u"facilitator"_s, u"co-production"_s },
                  { u"parent-carer"_s, u"information"_s },
                  { u"young-person"_s, u"consultation"_s } };
    b1.contributions
        = { said(u"c1"_s, u"The letters are hard to read."_s), said(u"c2"_s, u"We need a quiet room."_s) };
    // Done 10 days after the meeting; open and due before "today" (late).
    b1.actions
        = { action(u"done"_s, QDate(2026, 3, 1), u"c1"_s, { { QDate(2026, 2, 20), u"done"_s, QString() } }),
            action(u"open"_s, QDate(2026, 4, 1)) };
    Activity b2;
    b2.title = u"Transport"_s;
    b2.ladder = { { u"facilitator"_s, u"consultation"_s }, { u"parent-carer"_s, u"engagement"_s } };
    b2.actions = { action(u"cannot-do"_s, QDate()) };
    b.activities = { b1, b2 };
    b.charterCheck
        = { { u"communication"_s, u"not-yet"_s, QString() }, { u"accessibility"_s, u"yes"_s, QString() } };
    b.heard = HeardCounts { 2, 1, 0 };
    insert(database, b);

    // C, 20 March 2026 (Forum): "ann lee" is Ann again; Eve is new. C1 coercion (0), from one point of view.
    Meeting c;
    c.series = u"Forum"_s;
    c.date = QDate(2026, 3, 20);
    c.attendees = { person(u"ann lee"_s, u"parent-carer"_s), person(u"Eve Fox"_s, u"young-person"_s) };
    Activity c1;
    c1.title = u"Buses"_s;
    c1.ladder = { { u"young-person"_s, u"coercion"_s } };
    c1.contributions = { said(u"c1"_s, u"The bus is late."_s) };
    // Done 30 days after the meeting (its last "done" counts); in progress and not yet due.
    c1.actions = { action(u"done"_s, QDate(2026, 5, 1), u"c1"_s,
                          { { QDate(2026, 3, 25), u"in-progress"_s, QString() },
                            { QDate(2026, 4, 19), u"done"_s, QString() } }),
                   action(u"in-progress"_s, QDate(2026, 6, 1)) };
    c.activities = { c1 };
    c.charterCheck = { { u"communication"_s, u"not-yet"_s, QString() } };
    c.heard = HeardCounts { 1, 0, 1 };
    insert(database, c);

    // D, 5 May 2026 (Board): co-design (5) and co-production (6); Gil is new.
    Meeting d;
    d.series = u"Board"_s;
    d.date = QDate(2026, 5, 5);
    d.attendees = { person(u"Bo Chan"_s, u"young-person"_s), person(u"Gil Ho"_s, u"partner"_s) };
    Activity d1;
    d1.title = u"Plans"_s;
    d1.ladder = { { u"facilitator"_s, u"co-design"_s }, { u"professional"_s, u"co-production"_s } };
    d1.actions
        = { action(u"done"_s, QDate(2026, 6, 1), QString(), { { QDate(2026, 5, 6), u"done"_s, QString() } }),
            action(u"open"_s, QDate(2026, 5, 20)) };
    d.activities = { d1 };
    d.charterCheck = { { u"communication"_s, u"partly"_s, QString() } };
    insert(database, d);

    // After the range: not counted.
    Meeting e = a;
    e.date = QDate(2026, 7, 5);
    e.attendees = { person(u"Hal Ito"_s, u"young-person"_s) };
    insert(database, e);
}

ProgressRequest progressFixtureRequest(const QString &series)
{
    ProgressRequest r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 6, 30);
    r.series = series;
    r.today = QDate(2026, 5, 1);
    return r;
}

} // namespace Coproduce::Test
