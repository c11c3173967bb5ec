// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "builtincharters.h"
#include "database.h"
#include "ladder.h"
#include "meetingrepository.h"
#include "sqlhelpers.h"
#include "transaction.h"
#include "vocabulary.h"

#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

struct DemoSeries
{
    QString name;
    QString charter;
    QString location;
    QString facilitator;
    QString organisation;
    QStringList topics; // activity titles particular to this series
    int ladderBase; // where this workstream usually sits, 0 = coercion
    bool youngPeopleLed;
};

namespace {

const QList<DemoSeries> &allSeries()
{
    static const QList<DemoSeries> list {
        { u"Home to school transport"_s,
          u"derby"_s,
          u"Council House, Derby"_s,
          u"Priya Shah"_s,
          u"Derby City Council"_s,
          { u"Review of the transport eligibility letter"_s, u"Taxi and minibus pick-up times"_s,
            u"Independent travel training"_s, u"Passenger assistants and training"_s,
            u"Appeals against transport decisions"_s },
          3,
          false },
        { u"Preparing for adulthood"_s,
          u"doncaster"_s,
          u"Civic Office, Doncaster"_s,
          u"Mark Ellis"_s,
          u"City of Doncaster Council"_s,
          { u"Moving from children's to adult social care"_s, u"Supported internships"_s,
            u"Planning for life after college"_s, u"Housing options at 18"_s,
            u"Health checks at 14 and over"_s },
          3,
          false },
        { u"Short breaks and respite"_s,
          u"derby"_s,
          u"Moorways Centre, Derby"_s,
          u"Hannah Okafor"_s,
          u"Derby City Council"_s,
          { u"Holiday activity places for disabled children"_s, u"Direct payments for short breaks"_s,
            u"Overnight short breaks waiting list"_s, u"Finding and training carers"_s },
          2,
          false },
        { u"EHCP annual reviews"_s,
          u"doncaster"_s,
          u"Doncaster Parents Voice office"_s,
          u"Gill Hardy"_s,
          u"Doncaster Parents Voice"_s,
          { u"Annual review paperwork"_s, u"Timeliness of plan amendments"_s,
            u"Young person's views in the plan"_s, u"Case officer contact"_s,
            u"Quality of outcomes in plans"_s },
          4,
          false },
        { u"Local Offer website"_s,
          u"derby"_s,
          u"Online meeting"_s,
          u"Tom Reid"_s,
          u"Derby City Council"_s,
          { u"Finding things on the Local Offer"_s, u"Easy-read pages"_s, u"What's on: events listing"_s,
            u"Feedback button results"_s },
          4,
          false },
        { u"Autism and ADHD pathway"_s,
          u"doncaster"_s,
          u"Balby Health Centre"_s,
          u"Rachel Green"_s,
          u"NHS South Yorkshire ICB"_s,
          { u"Waiting times for assessment"_s, u"Support while waiting"_s, u"After diagnosis: what next"_s,
            u"Information for schools"_s },
          2,
          false },
        { u"Emotional wellbeing"_s,
          u"derby"_s,
          u"Royal Derby Hospital, meeting room 4"_s,
          u"Amir Hussain"_s,
          u"Derbyshire Healthcare NHS Foundation Trust"_s,
          { u"Getting help before crisis"_s, u"CAMHS referral letters"_s, u"Anxiety and school attendance"_s,
            u"Peer support groups"_s },
          2,
          false },
        { u"Inclusion in mainstream schools"_s,
          u"doncaster"_s,
          u"Danum Academy"_s,
          u"Claire Walsh"_s,
          u"City of Doncaster Council"_s,
          { u"Reduced timetables"_s, u"Exclusions and suspensions"_s, u"SEN support plans"_s,
            u"Training for teaching assistants"_s },
          3,
          false },
        { u"Young people's SEND council"_s,
          u"derby"_s,
          u"Derby Youth House"_s,
          u"Leah Morgan"_s,
          u"Derby City Council"_s,
          { u"What makes a good meeting for us"_s, u"Our say on the new youth centre"_s,
            u"Bullying and being left out"_s, u"Getting around the city on our own"_s },
          5,
          true },
        { u"Transition to secondary school"_s,
          u"doncaster"_s,
          u"Hall Cross Academy"_s,
          u"Sarah Bennett"_s,
          u"City of Doncaster Council"_s,
          { u"Visits before the move"_s, u"Passing on information between schools"_s,
            u"Quiet spaces and lunchtimes"_s, u"The first half term"_s },
          3,
          false },
        { u"Speech and language therapy"_s,
          u"derby"_s,
          u"London Road Community Hospital"_s,
          u"Jenny Clarke"_s,
          u"Derbyshire Community Health Services"_s,
          { u"Waiting list for therapy"_s, u"Therapy in school"_s, u"Resources for families at home"_s,
            u"AAC devices and training"_s },
          3,
          false },
        { u"Parent carer forum steering group"_s,
          u"doncaster"_s,
          u"Doncaster Parents Voice office"_s,
          u"Kerry Lowe"_s,
          u"Doncaster Parents Voice"_s,
          { u"Survey results from families"_s, u"Priorities for next year"_s, u"Recruiting new members"_s,
            u"Feedback from the SEND partnership board"_s },
          5,
          false },
    };
    return list;
}

const QStringList &genericTopics()
{
    static const QStringList list { u"What families told us this month"_s, u"Budget and spending update"_s,
                                    u"Easy-read version of our update"_s, u"Plans for the next meeting"_s,
                                    u"Feedback on the consultation"_s };
    return list;
}

const QStringList &parentNames()
{
    static const QStringList list { u"Jo Turner"_s,         u"Aisha Rahman"_s,       u"Siobhán Kelly"_s,
                                    u"Karen Whitworth"_s,   u"Tomasz Nowak"_s,       u"Grace Mensah"_s,
                                    u"Lisa Marshall"_s,     u"Nadia Hussain"_s,      u"Zoë Fairbrother"_s,
                                    u"Paul Dixon"_s,        u"Mei Lin Chen"_s,       u"Dawn Atkinson"_s,
                                    u"Oluwaseun Adeyemi"_s, u"Bernadette O'Neill"_s, u"Jagdeep Kaur"_s,
                                    u"Emma Sharpe"_s,       u"Irina Popescu"_s,      u"Shabana Begum"_s };
    return list;
}

const QStringList &youngNames()
{
    static const QStringList list { u"Sam"_s,  u"Kai"_s,  u"Ruby"_s, u"Amir"_s,   u"Ellie"_s, u"Jayden"_s,
                                    u"Maya"_s, u"Noah"_s, u"Leon"_s, u"Fatima"_s, u"Chloé"_s, u"Ollie"_s };
    return list;
}

const QStringList &professionals()
{
    // name|organisation
    static const QStringList list {
        u"Dr Helen Price|NHS Derby and Derbyshire ICB"_s,
        u"Mike Atherton|Derby City Council SEND team"_s,
        u"Sunita Patel|Educational Psychology Service"_s,
        u"Gareth Jones|St Giles School"_s,
        u"Lorraine Baxter|SENDIASS"_s,
        u"Owen Fletcher|Children's Social Care"_s,
        u"Anna Kowalski|Speech and Language Therapy"_s,
        u"Richard Boateng|Doncaster College"_s,
        u"Fiona McLeod|Occupational Therapy"_s,
        u"Nick Shaw|City of Doncaster Council"_s,
        u"Beverley Hunt|Designated Clinical Officer"_s,
        u"Yusuf Ali|CAMHS"_s,
    };
    return list;
}

const QStringList &partners()
{
    static const QStringList list { u"Carol Dent|Healthwatch"_s, u"Martin Cole|Voluntary sector alliance"_s,
                                    u"Ruth Ibbotson|Carers' centre"_s };
    return list;
}

const QStringList &accessNeeds()
{
    static const QStringList list { u"Large print papers"_s,
                                    u"BSL interpreter"_s,
                                    u"Step-free access"_s,
                                    u"Breaks every 30 minutes"_s,
                                    u"A quiet room to go to"_s,
                                    u"Papers a week before the meeting"_s,
                                    u"Hearing loop"_s,
                                    u"Easy-read papers"_s,
                                    u"Needs to leave by 2:45 for school pick-up"_s };
    return list;
}

const QStringList &notes()
{
    static const QStringList list {
        u"Families said the letters use terms that are never explained."_s,
        u"Parents described waiting months for the EHCP to be amended after the annual review, and said the "
        "SENCO was not always told."_s,
        u"The LA explained the budget pressures. Parent carers asked for the figures to be shared in plain "
        "English before the next meeting."_s,
        u"We looked at the draft together and changed the wording line by line."_s,
        u"Young people said they want to be asked first, not last."_s,
        u"Professionals agreed that CAMHS and school need to share information sooner."_s,
        u"The group went through the survey results. Most families found the process confusing."_s,
        u"There was a long discussion about SEMH needs and the lack of specialist places."_s,
        u"In order to facilitate better communication, the team will utilise the PCF newsletter."_s,
        u"Families with children with PMLD said the short breaks offer does not meet their needs."_s,
        u"The SALT team shared new waiting time figures; they are going down slowly."_s,
        u"Everyone agreed the easy-read version was much better than last time."_s,
        u"The DCO explained how health advice is added to the plan."_s,
        u"We ran out of time on this item and agreed to come back to it."_s,
        QString(),
    };
    return list;
}

const QStringList &contributions()
{
    static const QStringList list {
        u"We never know who to ring when the taxi does not come."_s,
        u"I had to explain my son's needs five times to five different people."_s,
        u"The letter made me feel like it was my fault."_s,
        u"I want to choose what I do after school, not be told."_s,
        u"It would help if papers came earlier so I can read them with my daughter."_s,
        u"When it works, it really works. The new case officer calls back."_s,
        u"Please stop using initials. I did not know what half of it meant."_s,
        u"My daughter has been on the waiting list for 14 months."_s,
        u"School were brilliant once they understood."_s,
        u"I'd like meetings in the evening sometimes because I work."_s,
        u"We should be asked before the plan is written, not after."_s,
        u"The quiet room made a big difference to me today."_s,
        u"I don't want my name in the minutes."_s,
        u"The online form times out before I can finish it."_s,
    };
    return list;
}

struct DemoText
{
    QString text;
    QString easyRead;
};

const QList<DemoText> &decisions()
{
    static const QList<DemoText> list {
        { u"The letter will be rewritten with parent carers before March."_s,
          u"We will write the letter again with parents."_s },
        { u"The group agreed to meet in the evening every third meeting."_s,
          u"Some meetings will be in the evening."_s },
        { u"Papers will be sent out at least seven days before each meeting."_s,
          u"You will get the papers 1 week before."_s },
        { u"An easy-read version will be produced for every update."_s,
          u"Every update will have an easy-read version."_s },
        { u"Young people will review the draft before it goes to the board."_s,
          u"Young people will check the plan first."_s },
        { u"The SEND partnership board approved the new short breaks statement."_s,
          u"The board said yes to the new short breaks plan."_s },
        { u"The waiting list figures will be published every quarter."_s,
          u"We will share the waiting list numbers every 3 months."_s },
        { u"The survey will stay open for another four weeks."_s,
          u"You have 4 more weeks to fill in the survey."_s },
        { u"The working group will continue for another six months."_s,
          u"The group will keep meeting for 6 months."_s },
    };
    return list;
}

const QStringList &commitmentTexts()
{
    static const QStringList list {
        u"Share the draft with the forum two weeks before sign-off."_s,
        u"Tell families what has changed because of what they said."_s,
        u"Explain any decision we cannot change, and why."_s,
        u"Check every letter with a parent carer before it is sent."_s,
        u"Hold meetings in places families can get to easily."_s,
        u"Answer every question from this meeting within 10 working days."_s,
        u"Ask young people how they want to be involved."_s,
        u"Use plain English in everything we send out."_s,
    };
    return list;
}

const QList<DemoText> &actions()
{
    static const QList<DemoText> list {
        { u"Set up a joint drafting group."_s, u"%1 will start a group to write the letter."_s },
        { u"Circulate the revised timeline to all families."_s,
          u"%1 will send the new dates to families."_s },
        { u"Find out why the taxi contract changed without notice."_s,
          u"%1 will find out why the taxi changed."_s },
        { u"Arrange a visit to the new provision for parent carers."_s,
          u"%1 will set up a visit for parents."_s },
        { u"Produce an easy-read version of the update."_s, u"%1 will make an easy-read update."_s },
        { u"Share the waiting list data broken down by age."_s,
          u"%1 will share the waiting list numbers."_s },
        { u"Invite a CAMHS manager to the next meeting."_s, u"%1 will ask CAMHS to come next time."_s },
        { u"Write to head teachers about reduced timetables."_s, u"%1 will write to schools."_s },
        { u"Update the Local Offer page with contact numbers."_s,
          u"%1 will put phone numbers on the website."_s },
        { u"Ask the young people's council for their views on the leaflet."_s,
          u"%1 will ask young people about the leaflet."_s },
        { u"Book an accessible venue for the next three meetings."_s,
          u"%1 will book a room everyone can get into."_s },
        { u"Report back on the complaints received this term."_s, u"%1 will tell us about complaints."_s },
        { u"Pilot a named contact for each family."_s,
          u"%1 will try giving each family 1 contact person."_s },
        { u"Check whether direct payments can be used for holiday clubs."_s,
          u"%1 will check if you can use direct payments for clubs."_s },
    };
    return list;
}

const QStringList &cannotDoReasons()
{
    static const QStringList list {
        u"The contract is set nationally and the council cannot change it."_s,
        u"There is no budget for this until April; it will come back to the board then."_s,
        u"The law says the decision belongs to the tribunal, not the local area."_s,
        u"The provider closed, so the visit cannot happen."_s,
        u"Data protection rules stop us sharing this at individual level."_s,
    };
    return list;
}

const QStringList &updateNotes()
{
    static const QStringList list {
        u"Started; first meeting booked."_s,         u"Draft shared with the forum."_s,
        u"Waiting for figures from the provider."_s, u"Done and sent to everyone."_s,
        u"Reported back at the meeting."_s,          QString()
    };
    return list;
}

QString firstName(const QString &name)
{
    const QStringList parts = name.split(u' ');
    return (parts.size() > 1 && parts.first() == u"Dr") ? name : parts.first();
}

// How a demo person is credited: the same at every meeting, and as the app would default it for their role
// (Vocabulary::defaultCredit), except a few who asked otherwise, as people do: about one parent carer in five
// asked to be named (forum members who speak for it), one professional in ten to be shown by role only. A
// young person is never named. (From the name, not the random sequence, so a person's wish never changes.)
QString creditOf(const QString &name, const QString &role)
{
    quint32 hash = 2166136261u; // FNV-1a
    for (const QChar c : name)
        hash = (hash ^ c.unicode()) * 16777619u;
    if (role == u"parent-carer" && hash % 5 == 0)
        return u"named"_s;
    if (role == u"professional" && hash % 10 == 0)
        return u"role-only"_s;
    return Vocabulary::defaultCredit(role);
}

} // namespace

DemoGenerator::DemoGenerator(Database &database, quint32 seed)
    : m_database(database)
    , m_random(seed)
    , m_charters(BuiltInCharters::all())
{
}

const Charter &DemoGenerator::charterFor(const DemoSeries &series) const
{
    for (const Charter &c : m_charters)
        if (c.id == series.charter)
            return c;
    return m_charters.first();
}

QString DemoGenerator::pick(const QStringList &list)
{
    return list.at(int(m_random.bounded(quint32(list.size()))));
}

bool DemoGenerator::chance(int percent)
{
    return int(m_random.bounded(100u)) < percent;
}

int DemoGenerator::between(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

std::optional<DemoGenerator::Summary> DemoGenerator::generate(int years, const QDate &today, QString *error)
{
    if (!BuiltInCharters::install(m_database, error))
        return std::nullopt;
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    MeetingRepository meetings(m_database);
    Summary summary;
    const QDate first = today.addYears(-years);
    m_first = first;
    for (const DemoSeries &series : allSeries()) {
        ++summary.series;
        // Every three weeks or so, on a weekday, from the first date up to today.
        QDate date = first.addDays(between(0, 20));
        while (date <= today) {
            while (date.dayOfWeek() > 5)
                date = date.addDays(1);
            if (date > today)
                break;
            const Meeting meeting = makeMeeting(series, date, today);
            if (!meetings.insert(meeting, error))
                return std::nullopt;
            ++summary.meetings;
            summary.actions += meeting.actionCount();
            date = date.addDays(between(19, 23));
        }
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    SqlHelpers::refreshStatistics(m_database);
    return summary;
}

Meeting DemoGenerator::makeMeeting(const DemoSeries &series, const QDate &date, const QDate &today)
{
    Meeting meeting;
    meeting.series = series.name;
    meeting.date = date;
    meeting.start = series.youngPeopleLed ? QTime(16, 0) : QTime(chance(30) ? 18 : 10, 0);
    meeting.end = meeting.start.addSecs(60 * 30 * between(3, 5));
    meeting.location = series.location;
    meeting.charter = series.charter;
    meeting.facilitator = series.facilitator;

    meeting.attendees << Attendee { 0,
                                    series.facilitator,
                                    u"facilitator"_s,
                                    series.organisation,
                                    u"present"_s,
                                    creditOf(series.facilitator, u"facilitator"_s),
                                    QString() };
    QSet<QString> used { series.facilitator };
    const auto add = [&](const QString &role, const QString &nameAndOrganisation) {
        const QString name = nameAndOrganisation.section(u'|', 0, 0);
        if (used.contains(name))
            return;
        used.insert(name);
        Attendee a;
        a.name = name;
        a.role = role;
        a.organisation = nameAndOrganisation.section(u'|', 1);
        const int attendance = int(m_random.bounded(100u));
        a.attendance = attendance < 82 ? u"present"_s : attendance < 95 ? u"apologies"_s : u"absent"_s;
        a.credit = creditOf(name, role);
        if (role != u"professional" && chance(30))
            a.accessNeeds = pick(accessNeeds());
        meeting.attendees << a;
    };
    const int parents = series.youngPeopleLed ? between(0, 1) : between(2, 5);
    for (int i = 0; i < parents; ++i)
        add(u"parent-carer"_s, pick(parentNames()) + u"|Parent carer forum"_s);
    // Young people come more as the years go by (the story the Progress section tells): one more from the
    // demo's fourth year, two from its seventh. (A demo of a year or two is as it always was.)
    const int joined = qBound(0, int(m_first.daysTo(date) / (3 * 365)), 2);
    const int young = series.youngPeopleLed ? between(3, 6) : between(0, 2) + joined;
    for (int i = 0; i < young; ++i)
        add(u"young-person"_s, pick(youngNames()));
    for (int i = between(2, 4); i > 0; --i)
        add(u"professional"_s, pick(professionals()));
    if (chance(40))
        add(u"partner"_s, pick(partners()));
    if (chance(10))
        add(u"other"_s, u"Observer from a neighbouring area|Sheffield Parent Carer Forum"_s);

    const int activityCount = between(4, 6);
    for (int i = 0; i < activityCount; ++i)
        meeting.activities << makeActivity(series, meeting, i, today);
    // A meeting is known by its main topic, which is always one of the series' own.
    meeting.title = meeting.activities.first().title;

    // The end-of-meeting "how did we do?"
    {
        for (const Principle &p : charterFor(series).principles) {
            if (!chance(80))
                continue;
            const int score = int(m_random.bounded(100u));
            CharterCheck check { p.id,
                                 score < 55       ? u"yes"_s
                                     : score < 85 ? u"partly"_s
                                                  : u"not-yet"_s,
                                 QString() };
            if (check.score != u"yes" && chance(50))
                check.note = pick({ u"Some jargon crept in."_s, u"Papers came late."_s,
                                    u"Not everyone got a chance to speak."_s, u"We ran over time."_s });
            meeting.charterCheck << check;
        }
    }
    int present = 0;
    for (const Attendee &a : std::as_const(meeting.attendees))
        present += a.attendance == u"present" ? 1 : 0;
    HeardCounts heard;
    heard.no = chance(20) ? 1 : 0;
    heard.partly = between(0, qMax(0, present / 3));
    heard.yes = qMax(0, present - heard.no - heard.partly);
    meeting.heard = heard;
    return meeting;
}

Activity DemoGenerator::makeActivity(const DemoSeries &series, const Meeting &meeting, int index,
                                     const QDate &today)
{
    Activity activity;
    activity.title = index == 0 || chance(60) ? pick(series.topics) : pick(genericTopics());
    activity.raisedBy
        = pick({ u"parent-carer"_s, u"professional"_s, u"facilitator"_s, u"young-person"_s, QString() });
    activity.notes = pick(notes());

    const QStringList principleIds = charterFor(series).principleIds();
    for (int i = between(0, 2); i > 0; --i) {
        const QString id = pick(principleIds);
        if (!activity.principles.contains(id))
            activity.principles << id;
    }

    // Ladder: the workstream's usual rung, creeping up over the years, seen differently by each role.
    QStringList speakers;
    QSet<QString> roles;
    for (const Attendee &a : meeting.attendees) {
        if (a.attendance != u"present")
            continue;
        roles.insert(a.role);
        if (a.role == u"parent-carer" || a.role == u"young-person")
            speakers << a.name;
    }
    const QStringList rungs = Ladder::builtIn().rungIds();
    const int yearsAgo = int(meeting.date.daysTo(today) / 365);
    const int base = qBound(0, series.ladderBase - yearsAgo / 3 + between(-1, 1), 6);
    activity.ladder.insert(u"facilitator"_s, rungs.at(qBound(0, base + between(0, 1), 6)));
    if (roles.contains(u"parent-carer"_s) && chance(75))
        activity.ladder.insert(u"parent-carer"_s, rungs.at(qBound(0, base - between(0, 2), 6)));
    if (roles.contains(u"young-person"_s) && chance(70))
        activity.ladder.insert(u"young-person"_s, rungs.at(qBound(0, base - between(-1, 2), 6)));
    if (roles.contains(u"professional"_s) && chance(50))
        activity.ladder.insert(u"professional"_s, rungs.at(qBound(0, base + between(-1, 1), 6)));

    // Sometimes the room was polled too: each person present put up a hand on a rung near the usual one.
    if (chance(35)) {
        for (const Attendee &a : meeting.attendees) {
            if (a.attendance == u"present" && a.role != u"facilitator")
                activity.poll[a.role][rungs.at(qBound(0, base + between(-2, 1), 6))] += 1;
        }
    }

    const int contributionCount = speakers.isEmpty() ? 0 : between(0, 3);
    for (int i = 0; i < contributionCount; ++i) {
        Contribution c;
        c.ref = u"a%1c%2"_s.arg(index).arg(i);
        c.by = chance(85) ? pick(speakers) : u"parent-carer"_s;
        c.text = pick(contributions());
        activity.contributions << c;
    }
    for (int i = between(0, 2); i > 0; --i) {
        const DemoText &d = decisions().at(int(m_random.bounded(quint32(decisions().size()))));
        activity.decisions << Decision { 0, d.text, chance(85) ? d.easyRead : QString(),
                                         chance(15) ? u"elsewhere"_s : u"in-meeting"_s };
    }
    for (int i = between(0, 1); i > 0; --i)
        activity.commitments << Commitment {
            0, chance(50) ? meeting.attendees.first().organisation : u"Everyone"_s, pick(commitmentTexts()),
            chance(70) ? pick(principleIds) : QString()
        };

    QStringList owners { meeting.facilitator };
    for (const Attendee &a : meeting.attendees)
        if (a.role == u"professional")
            owners << a.name;
    const bool recent = meeting.date.daysTo(today) < 90;
    for (int i = between(3, 5); i > 0; --i) {
        const DemoText &t = actions().at(int(m_random.bounded(quint32(actions().size()))));
        Action a;
        a.text = t.text;
        a.owner = pick(owners);
        a.easyRead = chance(80) ? t.easyRead.arg(firstName(a.owner)) : QString();
        a.due = meeting.date.addDays(between(14, 90));
        const int roll = int(m_random.bounded(100u));
        if (recent)
            a.status = roll < 50 ? u"open"_s
                : roll < 80      ? u"in-progress"_s
                : roll < 95      ? u"done"_s
                                 : u"cannot-do"_s;
        else if (meeting.date.daysTo(today) <= 365)
            a.status = roll < 8 ? u"open"_s
                : roll < 14     ? u"in-progress"_s
                : roll < 88     ? u"done"_s
                                : u"cannot-do"_s;
        else // older than a year: nearly all settled, a few still late
            a.status = roll < 2 ? u"open"_s
                : roll < 4      ? u"in-progress"_s
                : roll < 91     ? u"done"_s
                                : u"cannot-do"_s;
        if (a.status == u"cannot-do")
            a.reason = pick(cannotDoReasons());
        if (a.status != u"open") {
            const QDate changed = qMin(today, meeting.date.addDays(between(3, 60)));
            a.updates << ActionUpdate { changed, a.status,
                                        a.status == u"cannot-do" ? a.reason : pick(updateNotes()) };
        }
        if (!activity.contributions.isEmpty() && chance(40))
            a.respondsTo
                = activity.contributions.at(int(m_random.bounded(quint32(activity.contributions.size()))))
                      .ref;
        activity.actions << a;
    }
    return activity;
}

} // namespace Coproduce
