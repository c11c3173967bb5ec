// SPDX-License-Identifier: GPL-3.0-or-later
#include "verb.h"

#include <QCoreApplication>

namespace Coproduce {

using namespace Qt::StringLiterals;

int Verb::requiredArguments() const
{
    return int(std::count_if(arguments.cbegin(), arguments.cend(),
                             [](const VerbArgument &a) { return !a.optional; }));
}

QString Verb::synopsis() const
{
    QStringList words { name };
    for (const VerbArgument &argument : arguments)
        words << (argument.optional ? u'[' + argument.name + u']' : argument.name);
    for (const QString &name : options) {
        const CliOption *option = Verbs::option(name);
        QString text = u"--"_s + name;
        if (option && !option->value.isEmpty())
            text += u' ' + option->value;
        words << (required.contains(name) ? text : u'[' + text + u']');
    }
    return words.join(u' ');
}

QString Verb::translatedSummary() const
{
    return QCoreApplication::translate("Verbs", summary);
}

namespace Verbs {

const QList<CliOption> &options()
{
    static const QList<CliOption> list {
        { u"database"_s, u"FILE"_s,
          QT_TRANSLATE_NOOP("Verbs",
                            "Use the database FILE, or the area's server (a PostgreSQL URI or keywords).") },
        { u"json"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Write JSON (see docs/formats.md).") },
        { u"csv"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Write CSV.") },
        { u"no-bom"_s, QString(),
          QT_TRANSLATE_NOOP("Verbs",
                            "CSV without the byte-order mark that spreadsheets need to read UTF-8.") },
        { u"open"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Only actions still to do.") },
        { u"series"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Verbs", "Only the series NAME.") },
        { u"years"_s, u"N"_s, QT_TRANSLATE_NOOP("Verbs", "How many years of meetings (1 to 50).") },
        { u"output"_s, u"FILE"_s, QT_TRANSLATE_NOOP("Verbs", "Write the document to FILE.") },
        { u"format"_s, u"FORMAT"_s,
          QT_TRANSLATE_NOOP("Verbs", "pdf, html or odt (else from the file name).") },
        { u"easy-read"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "The easy-read version.") },
        { u"large-print"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Larger type.") },
        { u"a5"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "A5 pages (a booklet) instead of A4.") },
        { u"redact"_s, QString(),
          QT_TRANSLATE_NOOP("Verbs", "For publishing: only people there in a professional role are named.") },
        { u"older-than"_s, u"YEARS"_s, QT_TRANSLATE_NOOP("Verbs", "Meetings older than YEARS (1 to 100).") },
        { u"delete"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Delete them.") },
        { u"delete-contributions"_s, QString(),
          QT_TRANSLATE_NOOP("Verbs", "Delete what the person said, too.") },
        { u"meeting"_s, u"ID"_s, QT_TRANSLATE_NOOP("Verbs", "Only the meeting ID.") },
        { u"remove"_s, QString(),
          QT_TRANSLATE_NOOP("Verbs", "Take the person out of the team, or the series from the team.") },
        { u"laptop"_s, u"FILE"_s,
          QT_TRANSLATE_NOOP("Verbs", "This laptop's own database FILE, for meetings taken offline.") },
        { u"from"_s, u"DATE"_s, QT_TRANSLATE_NOOP("Verbs", "From the day DATE (yyyy-mm-dd).") },
        { u"to"_s, u"DATE"_s, QT_TRANSLATE_NOOP("Verbs", "To the day DATE (yyyy-mm-dd).") },
        { u"by"_s, u"STEP"_s, QT_TRANSLATE_NOOP("Verbs", "Count by month, quarter or year.") },
        { u"no-spelling"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Leave spelling out.") },
        { u"dictionary"_s, u"LANG"_s,
          QT_TRANSLATE_NOOP("Verbs", "Check spelling against the dictionary LANG (en_GB unless given).") },
        { u"help"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Show the help, of a verb if one is given.") },
        { u"version"_s, QString(), QT_TRANSLATE_NOOP("Verbs", "Show the version.") },
    };
    return list;
}

const CliOption *option(const QString &name)
{
    const QList<CliOption> &list = options();
    const auto it
        = std::find_if(list.cbegin(), list.cend(), [&](const CliOption &o) { return o.name == name; });
    return it == list.cend() ? nullptr : &*it;
}

const Verb *find(const QList<Verb> &table, const QStringList &positional, int *words)
{
    for (const int count : { 2, 1 }) {
        if (positional.size() < count)
            continue;
        const QString name = QStringList(positional.mid(0, count)).join(u' ');
        for (const Verb &verb : table) {
            if (verb.name == name) {
                if (words)
                    *words = count;
                return &verb;
            }
        }
    }
    return nullptr;
}

QStringList topLevel(const QList<Verb> &table)
{
    QStringList names;
    for (const Verb &verb : table)
        if (!names.contains(verb.group()))
            names << verb.group();
    return names;
}

QStringList subVerbs(const QList<Verb> &table, const QString &group)
{
    QStringList names;
    for (const Verb &verb : table)
        if (verb.isSubVerb() && verb.group() == group)
            names << verb.name.section(u' ', 1);
    return names;
}

} // namespace Verbs

} // namespace Coproduce
