// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladder.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Coproduce {

// The parts of a meeting record. They are plain values: the repositories store them and the formats
// read and write them. Enumerated fields hold the ids listed in Vocabulary (e.g. role "parent-carer"),
// which are also what the database and the file format store.

struct Attendee
{
    qint64 id = 0;
    QString name;
    QString role;
    QString organisation;
    QString attendance = QStringLiteral("present");
    QString credit = QStringLiteral("named");
    QString accessNeeds;
};

// "You said": `by` is an attendee's name or, when nobody is named, a role id.
struct Contribution
{
    qint64 id = 0;
    QString ref; // file-local id that actions point at ("c1")
    QString by;
    QString text;
};

struct Decision
{
    qint64 id = 0;
    QString text;
    QString easyRead;
    QString made = QStringLiteral("in-meeting");
};

struct Commitment
{
    qint64 id = 0;
    QString by;
    QString text;
    QString principle;
};

struct ActionUpdate
{
    QDate date;
    QString status;
    QString note;
};

struct Action
{
    qint64 id = 0;
    QString text;
    QString easyRead;
    QString owner;
    QDate due;
    QString status = QStringLiteral("open");
    QString reason; // required when status is "cannot-do"
    QString respondsTo; // a Contribution::ref in the same meeting
    QList<ActionUpdate> updates; // oldest first
};

struct Activity
{
    qint64 id = 0;
    QString title;
    QString raisedBy; // a role id, or empty
    QString notes;
    QStringList principles;
    QMap<QString, QString> ladder; // perspective (role id) -> rung id
    LadderPoll poll; // counts above 0 only
    QList<Contribution> contributions;
    QList<Decision> decisions;
    QList<Commitment> commitments;
    QList<Action> actions;
};

struct CharterCheck
{
    QString principle;
    QString score;
    QString note;
};

struct HeardCounts
{
    int yes = 0;
    int partly = 0;
    int no = 0;
};

struct Meeting
{
    qint64 id = 0;
    QString title;
    QString series;
    QDate date;
    QTime start;
    QTime end;
    QString location;
    QString charter;
    QString facilitator;
    QList<Attendee> attendees;
    QList<Activity> activities;
    QList<CharterCheck> charterCheck;
    std::optional<HeardCounts> heard;

    int actionCount() const;
};

} // namespace Coproduce
