// SPDX-License-Identifier: GPL-3.0-or-later
// coproduce(1), written in roff (man-pages(7)) from the verb table at build time (coproduce-docgen), so
// that the manual names exactly the verbs and options the program takes.
#include "commandline.h"

#include "helptext.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Text as roff reads it: backslashes and hyphens escaped, and no line taken for a request.
QString roff(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s).replace(u'-', u"\\-"_s);
    out.replace(u'\n', u' ');
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(u"\\&"_s);
    return out;
}

// "charters show ID [--json]" with the verb in bold and the arguments and values in italics.
QString synopsis(const Verb &verb)
{
    QString out = u"\\fB"_s + roff(verb.name) + u"\\fR"_s;
    for (const VerbArgument &argument : verb.arguments)
        out += argument.optional ? u" [\\fI"_s + roff(argument.name) + u"\\fR]"_s
                                 : u" \\fI"_s + roff(argument.name) + u"\\fR"_s;
    for (const QString &name : verb.options) {
        const CliOption *option = Verbs::option(name);
        QString text = u"\\fB\\-\\-"_s + roff(name) + u"\\fR"_s;
        if (option && !option->value.isEmpty())
            text += u" \\fI"_s + roff(option->value) + u"\\fR"_s;
        out += verb.required.contains(name) ? QString(u' ' + text) : QString(u" ["_s + text + u']');
    }
    return out;
}

} // namespace

QString CommandLine::manPage(const QString &version, const QString &date)
{
    // The man page says its own licence; REUSE-IgnoreStart (the line below is the page's, not this file's)
    QString out = u".\\\" SPDX-License-Identifier: GPL-3.0-or-later\n"
                  ".\\\" Generated from Coproduce's table of verbs (app/cli/verbtable.cpp); do not edit.\n"_s
        + u".TH COPRODUCE 1 \"%1\" \"Coproduce %2\" \"User Commands\"\n"_s.arg(date,
                                                                               version) // REUSE-IgnoreEnd
        + u".SH NAME\ncoproduce \\- run and record co\\-production meetings for SEND local areas\n"
          ".SH SYNOPSIS\n.B coproduce\n[\\fB\\-\\-database\\fR \\fIFILE\\fR]\n.br\n.B coproduce\n"
          "[\\fB\\-\\-database\\fR \\fIFILE\\fR] \\fIVERB\\fR [\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n"
          ".br\n.B coproduce\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n"
          ".SH DESCRIPTION\n"_s
        + roff(tr(
            "Coproduce shows a local area's co-production charter as cards, logs who came to a meeting, "
            "what people said, decisions and actions, rates each activity on the ladder of "
            "co-production, and writes minutes, easy-read summaries and \"you said, we did\" as PDF, "
            "HTML and ODT. Without a verb it opens the app; with one, it does that one thing and "
            "exits."))
        + u"\n.PP\n"_s
        + roff(tr("The database is a SQLite file on this computer unless --database names the area's "
                  "PostgreSQL server."))
        + u"\n.SH VERBS\n"_s;
    for (const Verb &verb : verbTable())
        out += u".TP\n"_s + synopsis(verb) + u'\n' + roff(verb.translatedSummary()) + u'\n';
    out += u".SH OPTIONS\n"_s;
    for (const CliOption &option : Verbs::options()) {
        out += u".TP\n\\fB\\-\\-"_s + roff(option.name) + u"\\fR"_s;
        if (!option.value.isEmpty())
            out += u" \\fI"_s + roff(option.value) + u"\\fR"_s;
        out += u'\n' + roff(QCoreApplication::translate("Verbs", option.help)) + u'\n';
    }
    out += u".SH FILES\n.TP\n\\fI$XDG_DATA_HOME/coproduce/coproduce.sqlite\\fR\n"_s
        + roff(tr("The database when --database is not given (XDG_DATA_HOME is ~/.local/share unless set). "
                  "Backups are kept in the folder beside it."))
        + u"\n.SH ENVIRONMENT\n.TP\n.B PGSERVICE\\fR, \\fBPGSSLMODE\\fR and libpq's other variables\n"_s
        + roff(tr("Reaching the area's server: --database takes a PostgreSQL URI "
                  "(postgresql://HOST/DATABASE) or keywords (\"service=coproduce\"); the password comes "
                  "from ~/.pgpass, the keyring or Kerberos, never the command line. Another machine is "
                  "reached with sslmode=verify-full."))
        + u"\n.TP\n.B LANGUAGE\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\n"_s
        + roff(tr("The language Coproduce speaks, if it has a translation for it; otherwise English (UK)."))
        + u"\n.TP\n.B COPRODUCE_LANGUAGE\n"_s
        + roff(tr(
            "A language code (for example pl or cy) to use instead of the system's, or \"pseudo\": every "
            "text about 40 % longer and accented, to see whether a longer language fits the windows."))
        + u"\n.SH EXIT STATUS\n"_s + roff(HelpText::exitStatus())
        + u"\n.SH EXAMPLES\n.nf\ncoproduce demo \\-\\-years 2\ncoproduce meetings list\n"
          "coproduce minutes 12 \\-\\-output minutes.pdf \\-\\-redact\n"
          "coproduce progress \\-\\-by year \\-\\-json\n.fi\n"
          ".SH SEE ALSO\n"_s
        + roff(tr("The file formats: /usr/share/doc/coproduce/formats.md.")) + u"\n.SH BUGS\n"_s
        + roff(tr("Report them to the Coproduce developers.")) + u'\n';
    return out;
}

} // namespace Coproduce
