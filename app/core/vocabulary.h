// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Coproduce {

// The fixed word lists of the model. The ids are stored in the database and the files, so they never
// change; the labels are what people read.
class Vocabulary final
{
public:
    static const QStringList &roles();
    static const QStringList &attendances();
    static const QStringList &credits();
    static const QStringList &actionStatuses();
    static const QStringList &decisionMade();
    static const QStringList &checkScores();
    static const QStringList &heardAnswers();

    static QString roleLabel(const QString &role);
    // A person by their role in running text: "a parent carer", "the facilitator", "someone".
    static QString rolePhrase(const QString &role);
    static QString statusLabel(const QString &status);
    static QString attendanceLabel(const QString &attendance);
    static QString creditLabel(const QString &credit);
    // How a new person in `role` is credited until they (or the facilitator) say otherwise: young people
    // are left out, parent carers and others shown by role only, people there in a professional role
    // (facilitators, professionals, partners) named.
    static QString defaultCredit(const QString &role);
    static QString madeLabel(const QString &made);
    static QString checkScoreLabel(const QString &score);
    // A role as a point of view on the ladder: "Parent carers", "Young people"…
    static QString perspectiveLabel(const QString &role);

    // "open" and "in-progress" are the statuses that still need doing.
    static bool isOpenStatus(const QString &status);
};

} // namespace Coproduce
