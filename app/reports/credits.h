// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meeting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace Coproduce {

// How each person is named in a document, as they asked: `named` shows the name, `role-only` "a parent
// carer", `anonymous` nothing. Publishing (redact) shows everyone who is not there in a professional role
// by role only, and never names a young person. Names typed into free text (notes, what was said, action
// owners) are replaced the same way, so a hidden name cannot slip through anywhere.
class Credits final
{
    Q_DECLARE_TR_FUNCTIONS(Credits)

public:
    // When a name is listed twice (the same person in two meetings), the first listing counts.
    Credits(const QList<Attendee> &attendees, bool redact);

    // An attendee's name as shown: the name, "a parent carer", or empty (anonymous).
    QString shown(const Attendee &attendee) const;
    bool isHidden(const Attendee &attendee) const { return shown(attendee) != attendee.name; }
    // A "by" or owner: an attendee's name, a role id, or any other text (an organisation).
    QString by(const QString &by) const;
    // Free text with every hidden name replaced.
    QString text(const QString &text) const;

    // Sorts people so that, of the same person listed several times, the most private wish comes first
    // (anonymous, then role only, then named); otherwise the order is kept.
    static void mostPrivateFirst(QList<Attendee> &attendees);

    static bool isProfessionalRole(const QString &role);
    // "a parent carer", "a young person", …
    static QString rolePhrase(const QString &role);

private:
    QList<Attendee> m_attendees;
    QHash<QString, QString> m_replacements; // a hidden name (or first name) and what is shown instead
    QRegularExpression m_names; // every hidden name, longest first
    bool m_redact;
};

} // namespace Coproduce
