// SPDX-License-Identifier: GPL-3.0-or-later
// What `coproduce --help`, `coproduce VERB --help` and `coproduce GROUP --help` print, made from the verb
// table: a verb's synopsis, what it does and exactly the options it takes.
#include "commandline.h"

#include "helptext.h"

#include <QDir>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

constexpr int width = 79;
const QString prefix = u"coproduce [--database FILE] "_s;

QString optionLine(const CliOption &option)
{
    QString left = u"  --"_s + option.name;
    if (!option.value.isEmpty())
        left += u' ' + option.value;
    const QString help = QCoreApplication::translate("Verbs", option.help);
    if (left.size() >= 24)
        return left + u'\n' + HelpText::wrap(help, 24);
    return left.leftJustified(24) + HelpText::wrap(help, 24).mid(24);
}

QString verbLines(const Verb &verb)
{
    return HelpText::wrap(prefix + verb.synopsis(), 2, 8) + HelpText::wrap(verb.translatedSummary(), 6);
}

} // namespace

QString HelpText::wrap(const QString &text, int indent, int nextIndent)
{
    if (nextIndent < 0)
        nextIndent = indent;
    QString out;
    QString line = QString(indent, u' ');
    bool empty = true;
    // "[--format FORMAT]" is kept on one line.
    QStringList words;
    bool inBrackets = false;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (inBrackets)
            words.last() += u' ' + word;
        else
            words << word;
        inBrackets = (inBrackets || word.startsWith(u'[')) && !word.contains(u']');
    }
    for (const QString &word : std::as_const(words)) {
        if (!empty && line.size() + 1 + word.size() > width) {
            out += line + u'\n';
            line = QString(nextIndent, u' ');
            empty = true;
        }
        line += (empty ? QString() : u" "_s) + word;
        empty = false;
    }
    return out + line + u'\n';
}

QString HelpText::footer()
{
    return CommandLine::tr(
               "FILE may be - for standard input or output. Without --database, Coproduce uses %1. "
               "--database also takes the area's server, as libpq writes it: postgresql://HOST/DATABASE, or "
               "keywords (\"service=coproduce\"); the password comes from ~/.pgpass, the keyring or "
               "Kerberos, never the command line. Another machine is reached with sslmode=verify-full.")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

QString HelpText::exitStatus()
{
    return CommandLine::tr("Exit status: 0 done; 1 the command failed; 2 the command line was wrong.");
}

QString CommandLine::usage()
{
    QString text = tr("Usage: coproduce [--database FILE] [VERB [ARGUMENTS] [OPTIONS]]") + u'\n'
        + tr("With no verb, Coproduce opens the app.") + u"\n\n"_s + tr("Verbs:") + u'\n';
    for (const Verb &verb : verbTable())
        text += verbLines(verb);
    text += u'\n' + tr("Options:") + u'\n';
    for (const CliOption &option : Verbs::options())
        text += optionLine(option);
    text += u'\n' + HelpText::wrap(tr("`coproduce VERB --help` shows what one verb takes."), 0) + u'\n'
        + HelpText::wrap(HelpText::footer(), 0) + HelpText::wrap(HelpText::exitStatus(), 0)
        + HelpText::wrap(tr("File formats: docs/formats.md; the manual: man coproduce."), 0);
    return text;
}

QString CommandLine::verbHelp(const Verb &verb)
{
    QString text = HelpText::wrap(tr("Usage: %1").arg(prefix + verb.synopsis()), 0, 4) + u'\n'
        + HelpText::wrap(verb.translatedSummary(), 0) + u'\n' + tr("Options:") + u'\n';
    for (const QString &name : verb.options + QStringList { u"database"_s, u"help"_s })
        if (const CliOption *option = Verbs::option(name))
            text += optionLine(*option);
    return text + u'\n' + HelpText::wrap(HelpText::exitStatus(), 0);
}

QString CommandLine::groupHelp(const QString &group)
{
    QString text = tr("Usage: %1")
                       .arg(prefix + group + u' ' + Verbs::subVerbs(verbTable(), group).join(u'|') + u" …"_s)
        + u"\n\n"_s;
    for (const Verb &verb : verbTable())
        if (verb.group() == group)
            text += verbLines(verb);
    return text + u'\n'
        + HelpText::wrap(tr("`coproduce %1 VERB --help` shows what one of them takes.").arg(group), 0);
}

} // namespace Coproduce
