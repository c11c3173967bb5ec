// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>

namespace Coproduce {

using namespace Qt::StringLiterals;

const QStringList &Vocabulary::roles()
{
    static const QStringList list { u"facilitator"_s,  u"parent-carer"_s, u"young-person"_s,
                                    u"professional"_s, u"partner"_s,      u"other"_s };
    return list;
}

const QStringList &Vocabulary::attendances()
{
    static const QStringList list { u"present"_s, u"apologies"_s, u"absent"_s };
    return list;
}

const QStringList &Vocabulary::credits()
{
    static const QStringList list { u"named"_s, u"role-only"_s, u"anonymous"_s };
    return list;
}

const QStringList &Vocabulary::actionStatuses()
{
    static const QStringList list { u"open"_s, u"in-progress"_s, u"done"_s, u"cannot-do"_s };
    return list;
}

const QStringList &Vocabulary::decisionMade()
{
    static const QStringList list { u"in-meeting"_s, u"elsewhere"_s };
    return list;
}

const QStringList &Vocabulary::checkScores()
{
    static const QStringList list { u"yes"_s, u"partly"_s, u"not-yet"_s };
    return list;
}

const QStringList &Vocabulary::heardAnswers()
{
    static const QStringList list { u"yes"_s, u"partly"_s, u"no"_s };
    return list;
}

QString Vocabulary::rolePhrase(const QString &role)
{
    if (role == u"facilitator")
        return QCoreApplication::translate("Vocabulary", "the facilitator");
    if (role == u"parent-carer")
        return QCoreApplication::translate("Vocabulary", "a parent carer");
    if (role == u"young-person")
        return QCoreApplication::translate("Vocabulary", "a young person");
    if (role == u"professional")
        return QCoreApplication::translate("Vocabulary", "a professional");
    if (role == u"partner")
        return QCoreApplication::translate("Vocabulary", "a partner");
    return QCoreApplication::translate("Vocabulary", "someone");
}

QString Vocabulary::roleLabel(const QString &role)
{
    if (role == u"facilitator")
        return QCoreApplication::translate("Vocabulary", "Facilitator");
    if (role == u"parent-carer")
        return QCoreApplication::translate("Vocabulary", "Parent carer");
    if (role == u"young-person")
        return QCoreApplication::translate("Vocabulary", "Young person");
    if (role == u"professional")
        return QCoreApplication::translate("Vocabulary", "Professional");
    if (role == u"partner")
        return QCoreApplication::translate("Vocabulary", "Partner");
    if (role == u"other")
        return QCoreApplication::translate("Vocabulary", "Other");
    return role;
}

QString Vocabulary::perspectiveLabel(const QString &role)
{
    if (role == u"facilitator")
        return QCoreApplication::translate("Vocabulary", "Facilitator");
    if (role == u"parent-carer")
        return QCoreApplication::translate("Vocabulary", "Parent carers");
    if (role == u"young-person")
        return QCoreApplication::translate("Vocabulary", "Young people");
    if (role == u"professional")
        return QCoreApplication::translate("Vocabulary", "Professionals");
    if (role == u"partner")
        return QCoreApplication::translate("Vocabulary", "Partners");
    if (role == u"other")
        return QCoreApplication::translate("Vocabulary", "Others");
    return role;
}

QString Vocabulary::statusLabel(const QString &status)
{
    if (status == u"open")
        return QCoreApplication::translate("Vocabulary", "Open");
    if (status == u"in-progress")
        return QCoreApplication::translate("Vocabulary", "In progress");
    if (status == u"done")
        return QCoreApplication::translate("Vocabulary", "Done");
    if (status == u"cannot-do")
        return QCoreApplication::translate("Vocabulary", "Cannot do");
    return status;
}

QString Vocabulary::attendanceLabel(const QString &attendance)
{
    if (attendance == u"present")
        return QCoreApplication::translate("Vocabulary", "Came");
    if (attendance == u"apologies")
        return QCoreApplication::translate("Vocabulary", "Sent apologies");
    if (attendance == u"absent")
        return QCoreApplication::translate("Vocabulary", "Did not come");
    return attendance;
}

QString Vocabulary::defaultCredit(const QString &role)
{
    if (role == u"young-person")
        return u"anonymous"_s;
    if (role == u"facilitator" || role == u"professional" || role == u"partner")
        return u"named"_s;
    return u"role-only"_s; // parent carers, and anyone else: named only if they ask
}

QString Vocabulary::creditLabel(const QString &credit)
{
    if (credit == u"named")
        return QCoreApplication::translate("Vocabulary", "Use my name");
    if (credit == u"role-only")
        return QCoreApplication::translate("Vocabulary", "My role only");
    if (credit == u"anonymous")
        return QCoreApplication::translate("Vocabulary", "Leave me out");
    return credit;
}

QString Vocabulary::madeLabel(const QString &made)
{
    if (made == u"in-meeting")
        return QCoreApplication::translate("Vocabulary", "Made here");
    if (made == u"elsewhere")
        return QCoreApplication::translate("Vocabulary", "Made elsewhere, reported here");
    return made;
}

QString Vocabulary::checkScoreLabel(const QString &score)
{
    if (score == u"yes")
        return QCoreApplication::translate("Vocabulary", "Yes");
    if (score == u"partly")
        return QCoreApplication::translate("Vocabulary", "Partly");
    if (score == u"not-yet")
        return QCoreApplication::translate("Vocabulary", "Not yet");
    return score;
}

bool Vocabulary::isOpenStatus(const QString &status)
{
    return status == u"open" || status == u"in-progress";
}

} // namespace Coproduce
