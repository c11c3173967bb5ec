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
    if (names.isEmpty())
        return;
    // One pattern for every name, tried longest first, so that "Jo Turner" is replaced whole rather than as
    // "Jo" + "Turner"; a text is read once, however many names there are to hide.
    std::stable_sort(names.begin(), names.end(),
                     [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
    QStringList alternatives;
    for (const auto &[name, with] : std::as_const(names)) {
        if (m_replacements.contains(name))
            continue; // the first (most private) listing of a name decides
        m_replacements.insert(name, with);
        alternatives << QRegularExpression::escape(name);
    }
    m_names = QRegularExpression(u"(?<![\\w])(?:"_s + alternatives.join(u'|') + u")(?![\\w])"_s,
                                 QRegularExpression::UseUnicodePropertiesOption);
    m_names.optimize();
}

void Credits::mostPrivateFirst(QList<Attendee> &attendees)
{
    const auto privacy = [](const Attendee &a) {
        return a.credit == u"anonymous" ? 0 : a.credit == u"role-only" ? 1 : 2;
    };
    std::stable_sort(attendees.begin(), attendees.end(),
                     [&](const Attendee &a, const Attendee &b) { return privacy(a) < privacy(b); });
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
    if (m_replacements.isEmpty())
        return text;
    QString out;
    qsizetype from = 0;
    for (auto it = m_names.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        // At the start of a sentence the replacement starts with a capital: "A parent carer said…".
        const QStringView before = QStringView(text).left(m.capturedStart()).trimmed();
        QString with = m_replacements.value(m.captured());
        if (before.isEmpty() || before.endsWith(u'.') || before.endsWith(u'!') || before.endsWith(u'?'))
            with[0] = with.at(0).toUpper();
        out += with;
        from = m.capturedEnd();
    }
    if (from == 0)
        return text; // nothing to hide: shared, not copied
    out += QStringView(text).mid(from);
    return out;
}

} // namespace Coproduce
