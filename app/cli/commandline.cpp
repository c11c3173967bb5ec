// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's frame: the options parsed, the verb found in the table (verbtable.cpp) and checked
// against it, and the helpers the verbs share. The verbs themselves live in files by group.
#include "commandline.h"

#include "core/backups.h"
#include "core/builtincharters.h"
#include "core/charterrepository.h"
#include "core/meetingrepository.h"
#include "core/outputfile.h"
#include "core/wordrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CliOption &option : Verbs::options()) {
        const QStringList names
            = option.name == u"help" ? QStringList { u"h"_s, option.name } : QStringList { option.name };
        parser.addOption(
            QCommandLineOption(names, QCoreApplication::translate("Verbs", option.help), option.value));
    }
}

// "list, show, import or export"
QString alternatives(const QStringList &names)
{
    if (names.size() < 2)
        return names.join(QString());
    return CommandLine::tr("%1 or %2")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(u", "_s), names.last());
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    addOptions(m_parser);
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--database" || arg == u"-database") {
            ++i;
            continue;
        }
        if (arg.startsWith(u"--database=") || arg.startsWith(u"-database="))
            continue;
        return true;
    }
    return false;
}

QString CommandLine::databaseArgument(const QStringList &arguments)
{
    QString path;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == u"--database" || arg == u"-database") && i + 1 < arguments.size())
            path = arguments.at(++i);
        else if (arg.startsWith(u"--database="))
            path = arg.mid(11);
        else if (arg.startsWith(u"-database="))
            path = arg.mid(10);
    }
    return path;
}

int CommandLine::run(const QStringList &arguments)
{
    const bool parsed = m_parser.parse(arguments);
    const QStringList positional = m_parser.positionalArguments();
    int words = 0;
    const Verb *verb = Verbs::find(verbTable(), positional, &words);
    if (!parsed) {
        // An option that no verb takes is named with the verb it was given to, as any other option the
        // verb does not take.
        const QStringList unknown = m_parser.unknownOptionNames();
        if (verb && !unknown.isEmpty())
            return usageError(tr("--%1 does not go with \"%2\"").arg(unknown.first(), verb->name));
        return usageError(m_parser.errorText());
    }
    const QString first = positional.value(0);
    const QStringList subVerbs = Verbs::subVerbs(verbTable(), first);
    if (m_parser.isSet(u"help"_s) && (verb || positional.isEmpty() || !subVerbs.isEmpty())) {
        m_out << (verb ? verbHelp(*verb) : positional.isEmpty() ? usage() : groupHelp(first));
        return 0;
    }
    if (positional.isEmpty() && m_parser.isSet(u"version"_s)) {
        m_out << u"coproduce "_s << QStringLiteral(COPRODUCE_VERSION) << u'\n';
        return 0;
    }
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    if (!verb) {
        if (subVerbs.isEmpty())
            return usageError(tr("\"%1\" is not a command").arg(first));
        if (positional.size() == 1)
            return usageError(tr("\"%1\" needs %2").arg(first, alternatives(subVerbs)));
        return usageError(tr("\"%1 %2\" is not a command: \"%1\" takes %3")
                              .arg(first, positional.at(1), alternatives(subVerbs)));
    }
    const QStringList args = positional.mid(words);
    m_verb = verb;
    if (!checkCommand(*verb, args))
        return 2;
    return (this->*verb->handler)(args);
}

bool CommandLine::checkCommand(const Verb &verb, const QStringList &args)
{
    for (const QString &given : m_parser.optionNames()) {
        const QString name = given == u"h" ? u"help"_s : given;
        if (name != u"database" && !verb.options.contains(name)) {
            usageError(tr("--%1 does not go with \"%2\"").arg(name, verb.name));
            return false;
        }
    }
    for (const QString &name : verb.required) {
        if (!m_parser.isSet(name)) {
            const CliOption *option = Verbs::option(name);
            usageError(tr("\"%1\" needs --%2 %3").arg(verb.name, name, option ? option->value : QString()));
            return false;
        }
    }
    if (args.size() < verb.requiredArguments()) {
        QStringList missing;
        for (qsizetype i = args.size(); i < verb.arguments.size(); ++i)
            if (!verb.arguments.at(i).optional)
                missing << verb.arguments.at(i).name;
        usageError(tr("\"%1\" needs %2").arg(verb.name, missing.join(u' ')));
        return false;
    }
    if (args.size() > verb.arguments.size()) {
        usageError(tr("\"%1\" does not take \"%2\"").arg(verb.name, args.at(verb.arguments.size())));
        return false;
    }
    return true;
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments);
    const Verb *verb = Verbs::find(verbTable(), parser.positionalArguments());
    if (!verb || parser.isSet(u"help"_s))
        return false;
    return verb->gui == Verb::Gui::Always
        || (verb->gui == Verb::Gui::WithOutput && parser.isSet(u"output"_s));
}

std::optional<qint64> CommandLine::meetingId(const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return id;
    usageError(tr("the meeting ID must be a number (see `coproduce meetings list`), not \"%1\"").arg(text));
    return std::nullopt;
}

int CommandLine::importFrom(const QString &path, const Import &import)
{
    QByteArray bytes;
    if (!readInput(path, &bytes) || !openDatabase())
        return 1;
    QStringList errors;
    const std::optional<QString> done = import(bytes, path, &errors);
    if (!done)
        return refuseImport(errors);
    m_out << *done << u'\n';
    return 0;
}

int CommandLine::exportTo(const QString &path, bool privateFile, const Produce &produce)
{
    if (!openDatabase())
        return 1;
    QString error;
    const std::optional<QByteArray> bytes = produce(&error);
    if (!bytes)
        return fail(error);
    return writeOutput(path, *bytes, privateFile) ? 0 : 1;
}

bool CommandLine::openDatabase()
{
    QString path = m_parser.value(u"database"_s);
    if (path.isEmpty()) {
        path = Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    QString error;
    m_createdDatabase = !QFileInfo::exists(path);
    if (!m_database.open(path)) {
        fail(m_database.errorString());
        return false;
    }
    // The server's charters are the area's, made with its schema (`server init`) and kept by its admins.
    if (m_database.isServer()) {
        m_createdDatabase = false;
        return true;
    }
    if (!BuiltInCharters::install(m_database, &error)) {
        fail(tr("%1: could not add the built-in charters: %2").arg(path, error));
        m_database.close();
        return false;
    }
    return true;
}

bool CommandLine::readInput(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!ok) {
        fail(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool CommandLine::writeOutput(const QString &path, const QByteArray &bytes, bool privateFile)
{
    if (path == u"-") {
        m_out << QString::fromUtf8(bytes);
        return true;
    }
    QString error;
    if (!OutputFile::write(path, bytes, privateFile, &error)) {
        fail(error);
        return false;
    }
    return true;
}

int CommandLine::refuseImport(const QStringList &problems)
{
    // A refused import changes nothing, and creates nothing: a database made to receive it goes again, if it
    // still holds nothing (another writer may have started on the new file meanwhile).
    const QList<Charter> charters = CharterRepository(m_database).list();
    const bool empty = MeetingRepository(m_database).list().isEmpty()
        && WordRepository(m_database).list().isEmpty()
        && std::all_of(charters.cbegin(), charters.cend(), [](const Charter &c) { return c.builtIn; });
    if (m_createdDatabase && empty && m_database.isOpen() && !m_database.path().isEmpty()) {
        const QString path = m_database.path();
        m_database.close();
        for (const QString &file :
             QStringList { path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s })
            QFile::remove(file);
        QDir().rmdir(Backups::folderFor(path)); // only if empty: a backup is never deleted here
    }
    return failLines(problems);
}

void CommandLine::warn(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        m_err << u"coproduce: warning: "_s << warning << u'\n';
    m_err.flush();
}

int CommandLine::fail(const QString &message)
{
    m_err << u"coproduce: "_s << message << u'\n';
    m_err.flush();
    return 1;
}

int CommandLine::failLines(const QStringList &lines)
{
    for (const QString &line : lines)
        m_err << u"coproduce: "_s << line << u'\n';
    m_err.flush();
    return 1;
}

int CommandLine::usageError(const QString &message)
{
    m_err << u"coproduce: "_s << message << u'\n'
          << (m_verb ? tr("Try `coproduce %1 --help`.").arg(m_verb->name) : tr("Try `coproduce --help`."))
          << u'\n';
    m_err.flush();
    return 2;
}

} // namespace Coproduce
