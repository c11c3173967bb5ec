// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/changewords.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Coproduce {

QString ChangeWords::thing(RowKind kind)
{
    switch (kind) {
    case RowKind::Attendee:
        return tr("person");
    case RowKind::Activity:
        return tr("activity");
    case RowKind::Contribution:
        return tr("what was said");
    case RowKind::Decision:
        return tr("decision");
    case RowKind::Commitment:
        return tr("commitment");
    case RowKind::Action:
        return tr("action");
    }
    return QString();
}

Field ChangeWords::labelField(RowKind kind)
{
    switch (kind) {
    case RowKind::Attendee:
        return Field::AttendeeName;
    case RowKind::Activity:
        return Field::ActivityTitle;
    case RowKind::Contribution:
        return Field::ContributionText;
    case RowKind::Decision:
        return Field::DecisionText;
    case RowKind::Commitment:
        return Field::CommitmentText;
    case RowKind::Action:
        return Field::ActionText;
    }
    return Field::ActionText;
}

std::optional<RowKind> ChangeWords::rowOf(Field field)
{
    if (field >= Field::AttendeeName && field <= Field::AttendeeAccessNeeds)
        return RowKind::Attendee;
    if (field >= Field::ActivityTitle && field <= Field::ActivityNotes)
        return RowKind::Activity;
    if (field >= Field::ContributionText && field <= Field::ContributionRole)
        return RowKind::Contribution;
    if (field >= Field::DecisionText && field <= Field::DecisionMade)
        return RowKind::Decision;
    if (field >= Field::CommitmentBy && field <= Field::CommitmentPrinciple)
        return RowKind::Commitment;
    if (field >= Field::ActionText)
        return RowKind::Action;
    return std::nullopt;
}

bool ChangeWords::isText(Field field)
{
    switch (field) {
    case Field::MeetingTitle:
    case Field::MeetingLocation:
    case Field::MeetingFacilitator:
    case Field::AttendeeName:
    case Field::AttendeeOrganisation:
    case Field::AttendeeAccessNeeds:
    case Field::ActivityTitle:
    case Field::ActivityNotes:
    case Field::ContributionText:
    case Field::DecisionText:
    case Field::DecisionEasyRead:
    case Field::CommitmentText:
    case Field::ActionText:
    case Field::ActionEasyRead:
        return true;
    default:
        return false;
    }
}

QString ChangeWords::field(Field field)
{
    switch (field) {
    case Field::MeetingTitle:
    case Field::ActivityTitle:
        return tr("title");
    case Field::MeetingDate:
        return tr("date");
    case Field::MeetingStart:
        return tr("start time");
    case Field::MeetingEnd:
        return tr("end time");
    case Field::MeetingLocation:
        return tr("place");
    case Field::MeetingFacilitator:
        return tr("facilitator");
    case Field::MeetingHeardYes:
    case Field::MeetingHeardPartly:
    case Field::MeetingHeardNo:
        return tr("count of who felt heard");
    case Field::AttendeeName:
        return tr("name");
    case Field::AttendeeRole:
    case Field::ContributionRole:
        return tr("role");
    case Field::AttendeeOrganisation:
        return tr("organisation");
    case Field::AttendeeAttendance:
        return tr("whether they came");
    case Field::AttendeeCredit:
        return tr("how they are named in the minutes");
    case Field::AttendeeAccessNeeds:
        return tr("access needs");
    case Field::ActivityRaisedBy:
        return tr("who raised it");
    case Field::ActivityNotes:
        return tr("notes");
    case Field::ContributionText:
    case Field::DecisionText:
    case Field::CommitmentText:
    case Field::ActionText:
        return tr("words");
    case Field::ContributionAttendee:
    case Field::CommitmentBy:
        return tr("who");
    case Field::DecisionEasyRead:
    case Field::ActionEasyRead:
        return tr("easy-read words");
    case Field::DecisionMade:
        return tr("how it was decided");
    case Field::CommitmentPrinciple:
        return tr("principle");
    case Field::ActionOwner:
        return tr("owner");
    case Field::ActionDue:
        return tr("due date");
    case Field::ActionRespondsTo:
        return tr("what it answers");
    case Field::ActionStatus:
        return tr("status");
    }
    return QString();
}

QString ChangeWords::quote(const QString &text)
{
    // About 40 letters, cut after a whole word where there is one.
    constexpr int Longest = 40;
    QString shown = text.simplified();
    if (shown.size() > Longest) {
        shown.truncate(Longest - 1);
        const qsizetype space = shown.lastIndexOf(u' ');
        if (space > Longest / 2)
            shown.truncate(space);
        shown = shown.trimmed() + u'…';
    }
    return tr("“%1”").arg(shown);
}

void ChangeWords::name(QUndoCommand *command, const QString &doing, const QString &done)
{
    // QUndoCommand keeps both: before the line break, its text(); after, its actionText() (the menu's).
    command->setText(done + u'\n' + doing);
}

QString ChangeWords::undid(const QUndoCommand *command)
{
    return tr("Undid: %1").arg(command->text());
}

QString ChangeWords::redid(const QUndoCommand *command)
{
    return tr("Redid: %1").arg(command->text());
}

} // namespace Coproduce
