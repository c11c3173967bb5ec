// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits.h"

#include "core/vocabulary.h"

#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

Credits::Credits(const QList<Attendee> &attendees, bool redact)
    : m_redact(redact)
{
    // One entry a name: the first wins, so the meeting's own people (listed first) are credited as they
    // asked in this meeting.
    QSet<QString> seen;
    for (const Attendee &a : attendees)
        if (!seen.contains(a.name)) {
            seen.insert(a.name);
            m_attendees << a;
        }
    // First names are replaced too ("Jo said…"), unless a named person shares it: then only the full name
    // can be told apart. Longer names go first so "Jo Turner" is replaced whole, not as "Jo" + "Turner".
    QSet<QString> namedFirstNames;
    for (const Attendee &a : std::as_const(m_attendees))
        if (!isHidden(a))
            namedFirstNames.insert(a.name.section(u' ', 0, 0));
    QList<QPair<QString, QString>> names;
    for (const Attendee &a : std::as_const(m_attendees)) {
        if (!isHidden(a) || a.name.trimmed().isEmpty())
            continue;
        const QString with = shown(a).isEmpty() ? tr("someone") : shown(a);
        // A one-word name that is also a named person's first name is taken to mean the named person.
        if (!namedFirstNames.contains(a.name.trimmed()))
            names.append({ a.name.trimmed(), with });
        const QString first = a.name.trimmed().section(u' ', 0, 0);
        if (first != a.name.trimmed() && first.size() > 1 && !namedFirstNames.contains(first))
            names.append({ first, with });
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
    for (const auto &[name, with] : names)
        m_replacements.append(
            { QRegularExpression(u"(?<![\\w])"_s + QRegularExpression::escape(name) + u"(?![\\w])"_s,
                                 QRegularExpression::UseUnicodePropertiesOption),
              with });
}

bool Credits::isProfessionalRole(const QString &role)
{
    return role == u"facilitator" || role == u"professional" || role == u"partner";
}

QString Credits::rolePhrase(const QString &role)
{
    return Vocabulary::rolePhrase(role);
}

QString Credits::shown(const Attendee &a) const
{
    if (a.credit == u"anonymous")
        return QString();
    // Published, only people there in a professional role keep their names: never a young person.
    if (a.credit == u"role-only" || (m_redact && !isProfessionalRole(a.role)))
        return rolePhrase(a.role);
    return a.name;
}

QString Credits::by(const QString &by) const
{
    for (const Attendee &a : m_attendees)
        if (a.name == by)
            return shown(a).isEmpty() ? tr("someone") : shown(a);
    if (Vocabulary::roles().contains(by))
        return rolePhrase(by);
    return text(by);
}

QString Credits::text(const QString &text) const
{
    QString result = text;
    for (const Replacement &r : m_replacements) {
        // At the start of a sentence the replacement starts with a capital: "A parent carer said…".
        QString out;
        qsizetype from = 0;
        auto it = r.pattern.globalMatch(result);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += result.mid(from, m.capturedStart() - from);
            const QString before = result.left(m.capturedStart()).trimmed();
            QString with = r.with;
            if (before.isEmpty() || before.endsWith(u'.') || before.endsWith(u'!') || before.endsWith(u'?'))
                with[0] = with.at(0).toUpper();
            out += with;
            from = m.capturedEnd();
        }
        out += result.mid(from);
        result = out;
    }
    return result;
}

} // namespace Coproduce
