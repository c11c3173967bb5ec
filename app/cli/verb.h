// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Coproduce {

class CommandLine;

// One option of the command line, declared once: its name, its value's name (empty for a switch) and
// what it does (translated in the "Verbs" context).
struct CliOption
{
    QString name;
    QString value;
    const char *help = nullptr;
};

// What a verb's argument is, so that shell completion can offer the right things.
enum class Complete { Nothing, File, Meeting, Series, Charter, Team };

struct VerbArgument
{
    QString name; // as --help writes it: ID, FILE, SERIES…
    Complete complete = Complete::Nothing;
    bool optional = false; // only the last arguments may be optional
};

// One verb (or sub-verb) of `coproduce`: everything the command line, its help, the man page and shell
// completion know of it comes from here (CommandLine::verbTable()).
struct Verb
{
    // Which verbs lay out a document, and so need a QGuiApplication (fonts, painting).
    enum class Gui { Never, Always, WithOutput };
    using Handler = int (CommandLine::*)(const QStringList &arguments);

    QString name; // "charters show", "minutes"
    QList<VerbArgument> arguments;
    QStringList options; // the options it takes, besides --database and --help
    QStringList required; // of those, the ones it cannot do without
    const char *summary = nullptr; // one or two sentences, translated in the "Verbs" context
    Handler handler = nullptr;
    Gui gui = Gui::Never;

    QString group() const { return name.section(u' ', 0, 0); }
    bool isSubVerb() const { return name.contains(u' '); }
    int requiredArguments() const;
    // "charters show ID [--json]": the verb, its arguments and options, as --help and the man page show it.
    QString synopsis() const;
    QString translatedSummary() const;
};

namespace Verbs {

const QList<CliOption> &options();
const CliOption *option(const QString &name);
// The verb the positional arguments name ("charters show …" before "charters"), or null; `words` is how
// many of them the name took.
const Verb *find(const QList<Verb> &table, const QStringList &positional, int *words = nullptr);
// The groups' names in the order of the table: "charters", "meetings", …, and the verbs without a group.
QStringList topLevel(const QList<Verb> &table);
QStringList subVerbs(const QList<Verb> &table, const QString &group);

} // namespace Verbs

} // namespace Coproduce
