// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "texttable.h"

#include "core/actionrepository.h"
#include "core/archive.h"
#include "core/auditlog.h"
#include "core/backups.h"
#include "core/builtincharters.h"
#include "core/charterformat.h"
#include "core/charterrepository.h"
#include "core/connectionspec.h"
#include "core/demogenerator.h"
#include "core/erasure.h"
#include "core/importer.h"
#include "core/isodate.h"
#include "core/jsonwriter.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"
#include "core/offline.h"
#include "core/readability.h"
#include "core/retention.h"
#include "core/seriesrepository.h"
#include "core/textcheck.h"
#include "core/vocabulary.h"
#include "core/wordrepository.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/fontwarmup.h"
#include "reports/minutes.h"
#include "reports/yousaidwedid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const QStringList &verbs()
{
    static const QStringList list { u"charters"_s,  u"meetings"_s,        u"actions"_s,    u"demo"_s,
                                    u"minutes"_s,   u"you-said-we-did"_s, u"check-text"_s, u"words"_s,
                                    u"backup"_s,    u"restore"_s,         u"check"_s,      u"archive"_s,
                                    u"retention"_s, u"erase-person"_s,    u"audit"_s,      u"server"_s,
                                    u"team"_s,      u"progress"_s };
    return list;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

// 1-based line and column of a position, as editors count them.
QPair<int, int> lineColumn(const QString &text, qsizetype position)
{
    // lastIndexOf treats -1 as "from the end": the first line needs no search.
    const qsizetype lineStart = position == 0 ? 0 : text.lastIndexOf(u'\n', position - 1) + 1;
    return { int(text.left(position).count(u'\n')) + 1, int(position - lineStart) + 1 };
}

QString shortened(const QString &text, int length)
{
    const QString one = text.simplified();
    return one.size() <= length ? one : one.left(length - 1) + u'…';
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        { u"database"_s, tr("Use the database FILE, or the area's server (a PostgreSQL URI or keywords)."),
          u"FILE"_s },
        { u"json"_s, tr("Write JSON.") },
        { u"csv"_s, tr("Write CSV.") },
        { u"no-bom"_s, tr("CSV without the byte-order mark that spreadsheets need to read UTF-8.") },
        { u"open"_s, tr("Only actions still to do.") },
        { u"series"_s, tr("Only the series NAME."), u"NAME"_s },
        { u"years"_s, tr("How many years of meetings."), u"N"_s },
        { u"output"_s, tr("Write the document to FILE."), u"FILE"_s },
        { u"format"_s, tr("pdf, html or odt (else from the file name)."), u"FORMAT"_s },
        { u"easy-read"_s, tr("The easy-read summary.") },
        { u"large-print"_s, tr("Larger type.") },
        { u"a5"_s, tr("A5 pages (a booklet) instead of A4.") },
        { u"redact"_s, tr("For publishing: only people there in a professional role are named.") },
        { u"older-than"_s, tr("Meetings older than YEARS."), u"YEARS"_s },
        { u"delete"_s, tr("Delete them.") },
        { u"delete-contributions"_s, tr("Delete what the person said, too.") },
        { u"meeting"_s, tr("Only the meeting ID."), u"ID"_s },
        { u"remove"_s, tr("Take the person out of the team, or the series from the team.") },
        { u"laptop"_s, tr("This laptop's own database FILE, for meetings taken offline."), u"FILE"_s },
        { u"from"_s, tr("From the day DATE (yyyy-mm-dd)."), u"DATE"_s },
        { u"to"_s, tr("To the day DATE (yyyy-mm-dd)."), u"DATE"_s },
        { u"by"_s, tr("Count by month, quarter or year."), u"STEP"_s },
        { { u"h"_s, u"help"_s }, tr("Show this help.") },
        { u"version"_s, tr("Show the version.") },
    });
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  coproduce [--database FILE]                        open the app\n"
              "  coproduce [--database FILE] charters list\n"
              "  coproduce [--database FILE] charters show ID [--json]\n"
              "  coproduce [--database FILE] charters import FILE\n"
              "  coproduce [--database FILE] charters export ID FILE\n"
              "  coproduce [--database FILE] meetings list [--json]\n"
              "  coproduce [--database FILE] meetings import FILE    prints the new meeting's id\n"
              "  coproduce [--database FILE] meetings export ID FILE\n"
              "  coproduce [--database FILE] actions list [--open] [--series NAME] [--csv [--no-bom]]\n"
              "  coproduce [--database FILE] minutes MEETING_ID --output FILE [--easy-read]\n"
              "                                    [--large-print] [--a5] [--redact] [--format "
              "pdf|html|odt]\n"
              "  coproduce [--database FILE] you-said-we-did SERIES --output FILE [--easy-read]\n"
              "                                    [--large-print] [--a5] [--redact] [--format "
              "pdf|html|odt]\n"
              "  coproduce [--database FILE] check-text [FILE|-] [--easy-read] [--json]\n"
              "                                    plain-English scores and findings; exits 0\n"
              "  coproduce [--database FILE] words list|import FILE|export FILE\n"
              "                                    the area's own hard words (coproduce-words/1)\n"
              "  coproduce [--database FILE] backup FILE            a consistent copy of the database\n"
              "  coproduce [--database FILE] restore FILE           put a backup back (the database as it "
              "is\n"
              "                                    now is backed up first)\n"
              "  coproduce [--database FILE] archive export FILE | archive import FILE\n"
              "                                    the whole database as one JSON file, to move machines\n"
              "  coproduce [--database FILE] retention --older-than YEARS [--delete]\n"
              "                                    list (or delete, leaving no trace) old meetings\n"
              "  coproduce [--database FILE] erase-person NAME [--delete-contributions]\n"
              "                                    take a person's name out of every record\n"
              "  coproduce [--database FILE] audit [--meeting ID] [--json]   who changed what, newest first\n"
              "  coproduce [--database FILE] check                  integrity and schema; exit 1 on a "
              "problem\n"
              "  coproduce [--database FILE] progress [--series NAME] [--from DATE] [--to DATE]\n"
              "                                    [--by month|quarter|year] [--json|--csv [--no-bom]]\n"
              "                                    [--output FILE [--easy-read] [--large-print] [--a5]\n"
              "                                    [--format pdf|html|odt]]\n"
              "                                    how well the area co-produces over time (the last\n"
              "                                    12 months by quarter unless told otherwise)\n"
              "  coproduce [--database FILE] demo [--years N]        adds realistic sample series and "
              "meetings\n"
              "  coproduce --database SERVER server init|upgrade     the area's admin: make or upgrade the\n"
              "                                    schema on the area's PostgreSQL server\n"
              "  coproduce --database SERVER meetings take ID [--laptop FILE]   to this laptop, to work\n"
              "                                    on it without the server; others can read it meanwhile\n"
              "  coproduce --database SERVER meetings publish ID [--laptop FILE]   back (ID on the laptop)\n"
              "  coproduce --database SERVER meetings release ID   give back a taken meeting without it\n"
              "  coproduce [--database SERVER] team list         the area's teams, members and series\n"
              "  coproduce [--database SERVER] team add TEAM\n"
              "  coproduce [--database SERVER] team member TEAM LOGIN [--remove]\n"
              "  coproduce [--database SERVER] team series TEAM SERIES [--remove]\n"
              "                                    on a server, only a team's members (and the area's\n"
              "                                    admins) change the meetings of its series\n"
              "  coproduce --help | --version\n"
              "\n"
              "FILE may be - for standard input or output. Without --database, Coproduce uses\n"
              "%1.\n"
              "--database also takes the area's server, as libpq writes it: postgresql://HOST/DATABASE,\n"
              "or keywords (\"service=coproduce\"); the password comes from ~/.pgpass, the keyring or\n"
              "Kerberos, never the command line. Another machine is reached with sslmode=verify-full.\n"
              "Exit status: 0 done; 1 the command failed; 2 the command line was wrong.\n"
              "File formats: docs/formats.md.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
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
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_out << usage();
        return 0;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_out << u"coproduce "_s << QStringLiteral(COPRODUCE_VERSION) << u'\n';
        return 0;
    }
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString verb = args.first();
    if (!verbs().contains(verb))
        return usageError(tr("\"%1\" is not a command").arg(verb));
    if (verb == u"charters")
        return charters(args.mid(1));
    if (verb == u"meetings")
        return meetings(args.mid(1));
    if (verb == u"actions")
        return actions(args.mid(1));
    if (verb == u"minutes")
        return minutes(args.mid(1));
    if (verb == u"you-said-we-did")
        return youSaidWeDid(args.mid(1));
    if (verb == u"check-text")
        return checkText(args.mid(1));
    if (verb == u"words")
        return words(args.mid(1));
    if (verb == u"backup")
        return backup(args.mid(1));
    if (verb == u"restore")
        return restore(args.mid(1));
    if (verb == u"check")
        return check(args.mid(1));
    if (verb == u"archive")
        return archive(args.mid(1));
    if (verb == u"retention")
        return retention(args.mid(1));
    if (verb == u"erase-person")
        return erasePerson(args.mid(1));
    if (verb == u"audit")
        return audit(args.mid(1));
    if (verb == u"server")
        return server(args.mid(1));
    if (verb == u"team")
        return team(args.mid(1));
    if (verb == u"progress")
        return progress(args.mid(1));
    return demo(args.mid(1));
}

int CommandLine::charters(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString verb = u"charters "_s + sub;
    if (sub == u"list") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 1, QString()))
            return 2;
        if (!openDatabase())
            return 1;
        TextTable table({ tr("ID"), tr("PRINCIPLES"), tr("BUILT IN"), tr("NAME") });
        for (const Charter &c : CharterRepository(m_database).list())
            table.addRow(
                { c.id, QString::number(c.principles.size()), c.builtIn ? tr("yes") : tr("no"), c.name });
        m_out << table.toText();
        return 0;
    }
    if (sub == u"show") {
        if (!onlyOptions(verb, { u"json"_s }) || !expectArguments(verb, args, 2, u"ID"_s))
            return 2;
        if (!openDatabase())
            return 1;
        const std::optional<Charter> charter = CharterRepository(m_database).find(args.at(1));
        if (!charter)
            return fail(tr("there is no charter \"%1\" (see `coproduce charters list`)").arg(args.at(1)));
        if (m_parser.isSet(u"json"_s)) {
            m_out << QString::fromUtf8(CharterFormat::write(*charter));
            return 0;
        }
        m_out << charter->name << u" ("_s << charter->id << u")\n"_s;
        if (!charter->area.isEmpty())
            m_out << tr("Area: %1").arg(charter->area) << u'\n';
        if (!charter->source.isEmpty())
            m_out << tr("Source: %1").arg(charter->source) << u'\n';
        for (qsizetype i = 0; i < charter->principles.size(); ++i) {
            const Principle &p = charter->principles.at(i);
            m_out << u'\n' << i + 1 << u". "_s << p.title << u"  ["_s << p.id << u"]\n"_s;
            if (!p.easyRead.isEmpty())
                m_out << u"   "_s << tr("In short: %1").arg(p.easyRead) << u'\n';
            m_out << u"   "_s << tr("We will:") << u'\n';
            for (const QString &c : p.commitments)
                m_out << u"   - "_s << c << u'\n';
        }
        return 0;
    }
    if (sub == u"import") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 2, u"FILE"_s))
            return 2;
        QByteArray bytes;
        if (!readInput(args.at(1), &bytes) || !openDatabase())
            return 1;
        QStringList errors;
        bool replaced = false;
        const std::optional<Charter> charter
            = Importer(m_database).importCharter(bytes, args.at(1), &errors, &replaced);
        if (!charter)
            return refuseImport(errors);
        const int count = int(charter->principles.size());
        const QString principles = count == 1 ? tr("1 principle") : tr("%1 principles").arg(count);
        m_out << (replaced ? tr("Replaced the charter \"%1\" (%2).") : tr("Added the charter \"%1\" (%2)."))
                     .arg(charter->id, principles)
              << u'\n';
        return 0;
    }
    if (sub == u"export") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 3, u"ID FILE"_s))
            return 2;
        if (!openDatabase())
            return 1;
        const std::optional<Charter> charter = CharterRepository(m_database).find(args.at(1));
        if (!charter)
            return fail(tr("there is no charter \"%1\" (see `coproduce charters list`)").arg(args.at(1)));
        return writeOutput(args.at(2), CharterFormat::write(*charter), false) ? 0 : 1;
    }
    return usageError(sub.isEmpty() ? tr("\"charters\" needs list, show, import or export")
                                    : tr("\"charters %1\" is not a command").arg(sub));
}

int CommandLine::meetings(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString verb = u"meetings "_s + sub;
    if (sub == u"take" || sub == u"publish" || sub == u"release")
        return offline(sub, args.mid(1));
    if (sub == u"list") {
        if (!onlyOptions(verb, { u"json"_s }) || !expectArguments(verb, args, 1, QString()))
            return 2;
        if (!openDatabase())
            return 1;
        const QList<MeetingSummary> list = MeetingRepository(m_database).list();
        // On the area's server, which meetings are taken offline (nobody changes them there meanwhile).
        const QHash<qint64, TakenMeeting> taken = Offline::allTaken(m_database);
        const auto stillTaken = [&](qint64 id) {
            const auto t = taken.constFind(id);
            return t != taken.cend() && t->copyId == 0 ? std::optional<TakenMeeting>(*t) : std::nullopt;
        };
        if (m_parser.isSet(u"json"_s)) {
            JsonWriter json;
            json.beginArray();
            for (const MeetingSummary &m : list) {
                json.beginObject();
                json.field(u"id"_s, m.id);
                json.field(u"date"_s, m.date.toString(Qt::ISODate));
                json.field(u"title"_s, m.title);
                json.optionalField(u"series"_s, m.series);
                json.optionalField(u"charter"_s, m.charter);
                json.field(u"activities"_s, m.activities);
                json.field(u"actions"_s, m.actions);
                json.field(u"open_actions"_s, m.openActions);
                if (const std::optional<TakenMeeting> t = stillTaken(m.id)) {
                    json.field(u"taken_by"_s, t->takenBy);
                    json.field(u"taken_at"_s, t->takenAt.toUTC().toString(Qt::ISODate));
                }
                json.endObject();
            }
            json.endArray();
            m_out << QString::fromUtf8(json.data());
            return 0;
        }
        TextTable table({ tr("ID"), tr("DATE"), tr("OPEN ACTIONS"), tr("SERIES"), tr("TITLE") });
        for (const MeetingSummary &m : list) {
            const std::optional<TakenMeeting> t = stillTaken(m.id);
            table.addRow({ QString::number(m.id), m.date.toString(Qt::ISODate),
                           QString::number(m.openActions), m.series,
                           t ? tr("%1 (taken offline by %2)").arg(m.title, t->takenBy) : m.title });
        }
        m_out << table.toText();
        return 0;
    }
    if (sub == u"import") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 2, u"FILE"_s))
            return 2;
        QByteArray bytes;
        if (!readInput(args.at(1), &bytes) || !openDatabase())
            return 1;
        QStringList errors;
        const std::optional<qint64> id = Importer(m_database).importMeeting(bytes, args.at(1), &errors);
        if (!id)
            return refuseImport(errors);
        m_out << *id << u'\n';
        return 0;
    }
    if (sub == u"export") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 3, u"ID FILE"_s))
            return 2;
        bool isNumber = false;
        const qint64 id = args.at(1).toLongLong(&isNumber);
        if (!isNumber)
            return usageError(
                tr("the meeting ID must be a number (see `coproduce meetings list`), not \"%1\"")
                    .arg(args.at(1)));
        if (!openDatabase())
            return 1;
        const std::optional<Meeting> meeting = MeetingRepository(m_database).load(id);
        if (!meeting)
            return fail(tr("there is no meeting %1 (see `coproduce meetings list`)").arg(id));
        // The file holds names and access needs: only its owner may read it.
        return writeOutput(args.at(2), MeetingFormat::write(*meeting), true) ? 0 : 1;
    }
    return usageError(sub.isEmpty() ? tr("\"meetings\" needs list, import or export")
                                    : tr("\"meetings %1\" is not a command").arg(sub));
}

int CommandLine::actions(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != u"list")
        return usageError(sub.isEmpty() ? tr("\"actions\" needs list")
                                        : tr("\"actions %1\" is not a command").arg(sub));
    if (!onlyOptions(u"actions list"_s, { u"open"_s, u"series"_s, u"csv"_s, u"no-bom"_s })
        || !expectArguments(u"actions list"_s, args, 1, QString()))
        return 2;
    if (m_parser.isSet(u"no-bom"_s) && !m_parser.isSet(u"csv"_s))
        return usageError(tr("--no-bom goes with --csv"));
    if (!openDatabase())
        return 1;
    ActionFilter filter;
    filter.openOnly = m_parser.isSet(u"open"_s);
    filter.series = m_parser.value(u"series"_s);
    if (!filter.series.isEmpty() && !SeriesRepository(m_database).find(filter.series))
        return fail(tr("there is no series called \"%1\"").arg(filter.series));
    const QList<ActionRow> rows = ActionRepository(m_database).list(filter);
    if (m_parser.isSet(u"csv"_s)) {
        TextTable table({ u"id"_s, u"due"_s, u"status"_s, u"owner"_s, u"action"_s, u"reason"_s, u"series"_s,
                          u"meeting_id"_s, u"meeting_date"_s, u"meeting_title"_s });
        for (const ActionRow &r : rows)
            table.addRow({ QString::number(r.id), IsoDate::format(r.due), r.status, r.owner, r.text, r.reason,
                           r.series, QString::number(r.meetingId), IsoDate::format(r.meetingDate),
                           r.meetingTitle });
        // UTF-8's byte-order mark first, or Excel and LibreOffice's default import read "Zoë" as "ZoÃ«".
        if (!m_parser.isSet(u"no-bom"_s))
            m_out << QChar(QChar::ByteOrderMark);
        m_out << table.toCsv();
        return 0;
    }
    TextTable table({ tr("ID"), tr("DUE"), tr("STATUS"), tr("OWNER"), tr("SERIES"), tr("ACTION") });
    for (const ActionRow &r : rows) {
        QString text = r.text;
        if (r.status == u"cannot-do")
            text += u" ("_s + tr("why: %1").arg(r.reason) + u')';
        table.addRow({ QString::number(r.id), IsoDate::format(r.due), Vocabulary::statusLabel(r.status),
                       r.owner, r.series, text });
    }
    m_out << table.toText();
    return 0;
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    // Documents are laid out with Qt Gui's fonts and painter: those verbs need a QGuiApplication.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(u'-')) {
            if (!arg.contains(u'=')
                && (arg.endsWith(u"database") || arg.endsWith(u"output") || arg.endsWith(u"format")
                    || arg.endsWith(u"series") || arg.endsWith(u"years") || arg.endsWith(u"older-than")
                    || arg.endsWith(u"meeting") || arg.endsWith(u"from") || arg.endsWith(u"to")
                    || arg.endsWith(u"by")))
                ++i; // skip the option's value
            continue;
        }
        // The progress numbers need no fonts; its report does.
        const bool report = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
            return a == u"--output" || a.startsWith(u"--output=");
        });
        return arg == u"minutes" || arg == u"you-said-we-did" || (arg == u"progress" && report);
    }
    return false;
}

int CommandLine::minutes(const QStringList &args)
{
    const QStringList reportOptions { u"output"_s,      u"format"_s, u"easy-read"_s,
                                      u"large-print"_s, u"a5"_s,     u"redact"_s };
    if (!onlyOptions(u"minutes"_s, reportOptions) || !expectArguments(u"minutes"_s, args, 1, u"MEETING_ID"_s))
        return 2;
    bool isNumber = false;
    const qint64 id = args.at(0).toLongLong(&isNumber);
    if (!isNumber)
        return usageError(tr("the meeting ID must be a number (see `coproduce meetings list`), not \"%1\"")
                              .arg(args.at(0)));
    const QString output = m_parser.value(u"output"_s);
    if (output.isEmpty())
        return usageError(tr("\"minutes\" needs --output FILE"));
    QString error;
    const std::optional<DocumentWriter::Format> format
        = DocumentWriter::formatFor(output, m_parser.value(u"format"_s), &error);
    if (!format)
        return usageError(error);
    const FontWarmUp fonts; // read while the meeting loads
    if (!openDatabase())
        return 1;
    const std::optional<Minutes> minutes = Minutes::load(m_database, id);
    if (!minutes)
        return fail(tr("there is no meeting %1 (see `coproduce meetings list`)").arg(id));
    ReportOptions options;
    options.redact = m_parser.isSet(u"redact"_s);
    options.largePrint = m_parser.isSet(u"large-print"_s);
    options.a5 = m_parser.isSet(u"a5"_s);
    const Document document
        = m_parser.isSet(u"easy-read"_s) ? EasyRead(*minutes).document(options) : minutes->document(options);
    QStringList warnings;
    if (!DocumentWriter::write(document, *format, output, !options.redact, &error, &warnings))
        return fail(error);
    warn(warnings);
    return 0;
}

int CommandLine::youSaidWeDid(const QStringList &args)
{
    const QStringList reportOptions { u"output"_s,      u"format"_s, u"easy-read"_s,
                                      u"large-print"_s, u"a5"_s,     u"redact"_s };
    if (!onlyOptions(u"you-said-we-did"_s, reportOptions)
        || !expectArguments(u"you-said-we-did"_s, args, 1, u"SERIES"_s))
        return 2;
    const QString output = m_parser.value(u"output"_s);
    if (output.isEmpty())
        return usageError(tr("\"you-said-we-did\" needs --output FILE"));
    QString error;
    const std::optional<DocumentWriter::Format> format
        = DocumentWriter::formatFor(output, m_parser.value(u"format"_s), &error);
    if (!format)
        return usageError(error);
    const FontWarmUp fonts; // read while the series loads
    if (!openDatabase())
        return 1;
    const std::optional<YouSaidWeDid> report = YouSaidWeDid::load(m_database, args.at(0));
    if (!report)
        return fail(tr("there is no series \"%1\" (see `coproduce meetings list`)").arg(args.at(0)));
    ReportOptions options;
    options.redact = m_parser.isSet(u"redact"_s);
    options.largePrint = m_parser.isSet(u"large-print"_s);
    options.a5 = m_parser.isSet(u"a5"_s);
    QStringList warnings;
    if (!DocumentWriter::write(report->document(options, m_parser.isSet(u"easy-read"_s)), *format, output,
                               !options.redact, &error, &warnings))
        return fail(error);
    warn(warnings);
    return 0;
}

int CommandLine::checkText(const QStringList &args)
{
    if (!onlyOptions(u"check-text"_s, { u"easy-read"_s, u"json"_s }))
        return 2;
    if (args.size() > 1)
        return usageError(tr("\"check-text\" does not take \"%1\"").arg(args.at(1)));
    QByteArray bytes;
    if (!readInput(args.value(0, u"-"_s), &bytes))
        return 1;
    // The area's own words count too, from --database or the usual database if there is one; without
    // either, the built-in words.
    const bool useDatabase = m_parser.isSet(u"database"_s) || QFileInfo::exists(Database::defaultPath());
    if (useDatabase && !openDatabase())
        return 1;
    const PlainWords dictionary
        = useDatabase ? WordRepository(m_database).dictionary() : PlainWords::builtIn();
    const TextCheck check(dictionary);
    const TextCheck::Mode mode
        = m_parser.isSet(u"easy-read"_s) ? TextCheck::Mode::EasyRead : TextCheck::Mode::Formal;
    const QString text = QString::fromUtf8(bytes);
    const Readability score = Readability::of(text);
    const QList<Finding> findings = check.check(text, mode);
    const QList<Readability::Sentence> longest = score.longest(3);

    if (m_parser.isSet(u"json"_s)) {
        QJsonArray sentences, found;
        for (const Readability::Sentence &s : longest) {
            const auto [line, column] = lineColumn(text, s.span.start);
            sentences.append(QJsonObject { { u"line"_s, line },
                                           { u"column"_s, column },
                                           { u"words"_s, s.words },
                                           { u"text"_s, text.mid(s.span.start, s.span.length) } });
        }
        for (const Finding &f : findings) {
            const auto [line, column] = lineColumn(text, f.span.start);
            QJsonObject o { { u"kind"_s, TextCheck::kindId(f.kind) },
                            { u"line"_s, line },
                            { u"column"_s, column },
                            { u"text"_s, f.text },
                            { u"message"_s, TextCheck::message(f, mode) } };
            if (!f.suggestion.isEmpty())
                o.insert(u"suggestion"_s, f.suggestion);
            if (!f.explanation.isEmpty())
                o.insert(u"explanation"_s, f.explanation);
            if (f.words > 0)
                o.insert(u"words"_s, f.words);
            found.append(o);
        }
        const auto rounded = [](double value) { return std::round(value * 10) / 10; };
        const QJsonObject root { { u"format"_s, u"coproduce-check/1"_s },
                                 { u"easyRead"_s, mode == TextCheck::Mode::EasyRead },
                                 { u"sentenceLimit"_s, TextCheck::sentenceLimit(mode) },
                                 { u"words"_s, score.words() },
                                 { u"sentences"_s, score.sentences() },
                                 { u"syllables"_s, score.syllables() },
                                 { u"readingEase"_s,
                                   score.isEmpty() ? QJsonValue() : rounded(score.readingEase()) },
                                 { u"grade"_s, score.isEmpty() ? QJsonValue() : rounded(score.grade()) },
                                 { u"label"_s, score.label() },
                                 { u"longestSentences"_s, sentences },
                                 { u"findings"_s, found } };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << (mode == TextCheck::Mode::EasyRead ? tr("Easy-read text: sentences of up to %1 words.")
                                                : tr("Formal text: sentences of up to %1 words."))
                 .arg(TextCheck::sentenceLimit(mode))
          << u'\n' << score.summary() << u'\n';
    if (!score.isEmpty())
        m_out << tr("Words: %1. Sentences: %2. Syllables: %3. Flesch–Kincaid grade: %4.")
                     .arg(number(score.words()), number(score.sentences()), number(score.syllables()))
                     .arg(qMax(0.0, score.grade()), 0, 'f', 1)
              << u'\n';
    if (!longest.isEmpty()) {
        m_out << u'\n' << tr("Longest sentences:") << u'\n';
        for (const Readability::Sentence &s : longest) {
            const auto [line, column] = lineColumn(text, s.span.start);
            m_out << u"  %1:%2  "_s.arg(line).arg(column)
                  << (s.words == 1 ? tr("1 word") : tr("%1 words").arg(s.words)) << u"  "_s
                  << shortened(text.mid(s.span.start, s.span.length), 70) << u'\n';
        }
    }
    m_out << u'\n';
    if (findings.isEmpty()) {
        m_out << tr("Nothing to change: no hard words or long sentences.") << u'\n';
        return 0;
    }
    m_out << tr("Findings (%1):").arg(findings.size()) << u'\n';
    for (const Finding &f : findings) {
        const auto [line, column] = lineColumn(text, f.span.start);
        m_out << u"  %1:%2  "_s.arg(line).arg(column) << TextCheck::kindId(f.kind) << u"  "_s;
        if (f.kind != Finding::Kind::LongSentence)
            m_out << u'"' << f.text << u"\"  "_s;
        else
            m_out << u'"' << shortened(f.text, 50) << u"\"  "_s;
        m_out << TextCheck::message(f, mode) << u'\n';
    }
    return 0;
}

int CommandLine::words(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString verb = u"words "_s + sub;
    if (sub == u"list") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 1, QString()))
            return 2;
        if (!openDatabase())
            return 1;
        TextTable table({ tr("KIND"), tr("HARD WORD"), tr("PLAIN"), tr("EXPLANATION") });
        const QList<PlainWord> local = WordRepository(m_database).list();
        if (local.isEmpty()) {
            m_out << tr("This area has no hard words of its own yet: add them in the app or with `coproduce "
                        "words import FILE`.")
                  << u'\n';
            return 0;
        }
        for (const PlainWord &w : local)
            table.addRow({ w.kind == PlainWord::Kind::Office ? tr("office") : tr("term"), w.term, w.plain,
                           w.explain });
        m_out << table.toText();
        return 0;
    }
    if (sub == u"import") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 2, u"FILE"_s))
            return 2;
        QByteArray bytes;
        if (!readInput(args.at(1), &bytes) || !openDatabase())
            return 1;
        QString error;
        const std::optional<int> count = WordRepository(m_database).importJson(bytes, args.at(1), &error);
        if (!count)
            return refuseImport(error.split(u'\n'));
        m_out << (*count == 1 ? tr("Added or replaced 1 word.")
                              : tr("Added or replaced %1 words.").arg(*count))
              << u'\n';
        return 0;
    }
    if (sub == u"export") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 2, u"FILE"_s))
            return 2;
        if (!openDatabase())
            return 1;
        return writeOutput(args.at(1), WordRepository(m_database).exportJson(), false) ? 0 : 1;
    }
    return usageError(sub.isEmpty() ? tr("\"words\" needs list, import or export")
                                    : tr("\"words %1\" is not a command").arg(sub));
}

int CommandLine::backup(const QStringList &args)
{
    if (!onlyOptions(u"backup"_s, {}) || !expectArguments(u"backup"_s, args, 1, u"FILE"_s))
        return 2;
    if (!openDatabase())
        return 1;
    QString error;
    if (!Backups::write(m_database, args.at(0), &error))
        return fail(error);
    m_out << tr("Backed up %1 to %2.").arg(QDir::toNativeSeparators(m_database.path()), args.at(0)) << u'\n';
    return 0;
}

int CommandLine::restore(const QStringList &args)
{
    if (!onlyOptions(u"restore"_s, {}) || !expectArguments(u"restore"_s, args, 1, u"FILE"_s))
        return 2;
    // Checked before the database is opened, so that a bad file changes nothing at all.
    if (const QString problem = Backups::verify(args.at(0)); !problem.isEmpty())
        return fail(problem);
    if (!openDatabase())
        return 1;
    QString error;
    if (!Backups::restore(m_database, args.at(0), &error))
        return fail(error);
    const QList<Backups::Entry> backups = Backups::list(m_database.path());
    m_out << tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(m_database.path()), args.at(0)) << u'\n';
    if (!backups.isEmpty())
        m_out
            << tr("The database as it was is kept in %1.").arg(QDir::toNativeSeparators(backups.first().path))
            << u'\n';
    return 0;
}

int CommandLine::archive(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString verb = u"archive "_s + sub;
    if (sub == u"export") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 2, u"FILE"_s))
            return 2;
        if (!openDatabase())
            return 1;
        QString error;
        const std::optional<QByteArray> bytes = Archive::write(m_database, &error);
        if (!bytes)
            return fail(error);
        // Names, needs and words of families: owner-only, like the database.
        return writeOutput(args.at(1), *bytes, true) ? 0 : 1;
    }
    if (sub == u"import") {
        if (!onlyOptions(verb, {}) || !expectArguments(verb, args, 2, u"FILE"_s))
            return 2;
        QByteArray bytes;
        if (!readInput(args.at(1), &bytes) || !openDatabase())
            return 1;
        QStringList errors;
        const std::optional<Archive::Summary> summary = Archive::read(m_database, bytes, args.at(1), &errors);
        if (!summary)
            return refuseImport(errors);
        m_out << tr("Added %1 charters, %2 meetings and %3 hard words from %4.")
                     .arg(summary->charters)
                     .arg(summary->meetings)
                     .arg(summary->words)
                     .arg(args.at(1))
              << u'\n';
        if (summary->teams > 0)
            m_out << tr("Teams: %n, merged by name with those here.", nullptr, summary->teams) << u'\n';
        if (summary->alreadyHere > 0)
            m_out << tr(
                "%n meetings were here already (the same series, date and title) and were left as they "
                "were.",
                nullptr, summary->alreadyHere)
                  << u'\n';
        if (!summary->membersLeftOut.isEmpty())
            m_out
                << tr("Team members this server has no login for, left out (the area's admin adds them with "
                      "`coproduce team member`): %1")
                       .arg(summary->membersLeftOut.join(u", "_s))
                << u'\n';
        return 0;
    }
    return usageError(sub.isEmpty() ? tr("\"archive\" needs export or import")
                                    : tr("\"archive %1\" is not a command").arg(sub));
}

int CommandLine::retention(const QStringList &args)
{
    if (!onlyOptions(u"retention"_s, { u"older-than"_s, u"delete"_s })
        || !expectArguments(u"retention"_s, args, 0, QString()))
        return 2;
    bool ok = false;
    const int years = m_parser.value(u"older-than"_s).toInt(&ok);
    if (!ok || years < 1 || years > 100)
        return usageError(tr("\"retention\" needs --older-than YEARS, a whole number from 1 to 100"));
    if (!openDatabase())
        return 1;
    const QDate today = QDate::currentDate();
    const QString span = years == 1 ? tr("1 year") : tr("%1 years").arg(years);
    const auto meetings
        = [](qsizetype n) { return n == 1 ? tr("1 meeting is") : tr("%1 meetings are").arg(n); };
    const QList<MeetingSummary> old = Retention::olderThan(m_database, years, today);
    const QString before = QLocale(QLocale::English, QLocale::UnitedKingdom)
                               .toString(today.addYears(-years), u"d MMMM yyyy"_s);
    if (old.isEmpty()) {
        m_out << tr("No meetings are older than %1 (before %2).").arg(span, before) << u'\n';
        return 0;
    }
    TextTable table({ tr("ID"), tr("DATE"), tr("SERIES"), tr("TITLE") });
    QList<qint64> ids;
    for (const MeetingSummary &m : old) {
        table.addRow({ QString::number(m.id), m.date.toString(Qt::ISODate), m.series, m.title });
        ids << m.id;
    }
    m_out << table.toText();
    if (!m_parser.isSet(u"delete"_s)) {
        m_out << tr("%1 older than %2 (before %3). Add --delete to delete them.")
                     .arg(meetings(old.size()), span, before)
              << u'\n';
        return 0;
    }
    QString error;
    if (!Retention::remove(m_database, ids, &error))
        return fail(error);
    m_out << tr("Deleted the %1 older than %2: nothing of them is left in %3.")
                 .arg(old.size() == 1 ? tr("meeting") : tr("%1 meetings").arg(old.size()), span,
                      QDir::toNativeSeparators(m_database.path()))
          << u'\n';
    const QList<Backups::Entry> backups = Backups::list(m_database.path());
    if (!backups.isEmpty())
        m_out << tr("%1 backups made before now still hold them, in %2: delete those too if your policy says "
                    "so.")
                     .arg(backups.size())
                     .arg(QDir::toNativeSeparators(Backups::folderFor(m_database.path())))
              << u'\n';
    return 0;
}

int CommandLine::erasePerson(const QStringList &args)
{
    if (!onlyOptions(u"erase-person"_s, { u"delete-contributions"_s })
        || !expectArguments(u"erase-person"_s, args, 1, u"NAME"_s))
        return 2;
    if (!openDatabase())
        return 1;
    QString error;
    const std::optional<Erasure::Summary> done
        = Erasure::erase(m_database, args.at(0), m_parser.isSet(u"delete-contributions"_s), &error);
    if (!done)
        return fail(error);
    m_out
        << tr("Erased \"%1\": the name is nowhere in %2. Attendances that now show only the role: %3. Texts "
              "the name was taken out of: %4. Things they said that were deleted: %5.")
               .arg(args.at(0), QDir::toNativeSeparators(m_database.path()))
               .arg(done->attendances)
               .arg(done->textsChanged)
               .arg(done->contributionsDeleted)
        << u'\n';
    if (!done->backupsWithName.isEmpty()) {
        m_out << tr("These backups still hold the name; delete them to finish the erasure:") << u'\n';
        for (const QString &path : done->backupsWithName)
            m_out << u"  "_s << QDir::toNativeSeparators(path) << u'\n';
    }
    return 0;
}

int CommandLine::audit(const QStringList &args)
{
    if (!onlyOptions(u"audit"_s, { u"meeting"_s, u"json"_s })
        || !expectArguments(u"audit"_s, args, 0, QString()))
        return 2;
    qint64 meeting = 0;
    if (m_parser.isSet(u"meeting"_s)) {
        bool ok = false;
        meeting = m_parser.value(u"meeting"_s).toLongLong(&ok);
        if (!ok || meeting < 1)
            return usageError(tr("--meeting takes a meeting ID (see `coproduce meetings list`)"));
    }
    if (!openDatabase())
        return 1;
    const QList<AuditEntry> entries = AuditLog(m_database).entries(meeting);
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const AuditEntry &e : entries) {
            QJsonObject o { { u"id"_s, e.id },
                            { u"at"_s, e.at.toString(Qt::ISODateWithMs) },
                            { u"who"_s, e.who },
                            { u"action"_s, e.action },
                            { u"entity"_s, e.entity },
                            { u"entityId"_s, e.entityId },
                            { u"meetingId"_s, e.meetingId },
                            { u"field"_s, e.field } };
            if (e.forgotten)
                o.insert(u"forgotten"_s, true);
            else {
                o.insert(u"old"_s, e.oldValue);
                o.insert(u"new"_s, e.newValue);
            }
            list.append(o);
        }
        m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    TextTable table({ tr("WHEN"), tr("WHO"), tr("WHAT"), tr("MEETING"), tr("FIELD"), tr("FROM"), tr("TO") });
    for (const AuditEntry &e : entries)
        table.addRow({ e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.who,
                       u"%1 %2 %3"_s.arg(e.action, e.entity).arg(e.entityId),
                       e.meetingId ? QString::number(e.meetingId) : QString(), e.field,
                       e.forgotten ? tr("(erased)") : shortened(e.oldValue, 40),
                       e.forgotten ? tr("(erased)") : shortened(e.newValue, 40) });
    m_out << table.toText();
    return 0;
}

int CommandLine::check(const QStringList &args)
{
    if (!onlyOptions(u"check"_s, {}) || !expectArguments(u"check"_s, args, 0, QString()))
        return 2;
    const QString path
        = m_parser.isSet(u"database"_s) ? m_parser.value(u"database"_s) : Database::defaultPath();
    if (ConnectionSpec::namesServer(path))
        return checkServer();
    // Looked at read-only and as it is: check never upgrades or changes the file.
    if (const QString problem = Backups::verify(path); !problem.isEmpty())
        return fail(problem);
    if (const QStringList problems = AuditLog::verifyFile(path); !problems.isEmpty())
        return failLines(problems);
    m_out
        << tr("%1: ok (SQLite integrity check passed; a Coproduce database this version can open; the audit "
              "trail is whole).")
               .arg(QDir::toNativeSeparators(path))
        << u'\n';
    return 0;
}

int CommandLine::demo(const QStringList &args)
{
    if (!onlyOptions(u"demo"_s, { u"years"_s }) || !expectArguments(u"demo"_s, args, 0, QString()))
        return 2;
    int years = 1;
    if (m_parser.isSet(u"years"_s)) {
        bool ok = false;
        years = m_parser.value(u"years"_s).toInt(&ok);
        if (!ok || years < 1 || years > 50)
            return usageError(
                tr("--years takes a whole number from 1 to 50, not \"%1\"").arg(m_parser.value(u"years"_s)));
    }
    if (!openDatabase())
        return 1;
    QString error;
    const std::optional<DemoGenerator::Summary> summary
        = DemoGenerator(m_database).generate(years, QDate::currentDate(), &error);
    if (!summary)
        return fail(tr("could not add the demo meetings: %1").arg(error));
    m_out << tr("Added %1 series, %2 meetings and %3 actions to %4.")
                 .arg(number(summary->series), number(summary->meetings), number(summary->actions),
                      QDir::toNativeSeparators(m_database.path()))
          << u'\n';
    return 0;
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
    // QSaveFile writes beside the target and renames at the end, so a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
        return false;
    }
    if (privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        fail(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool CommandLine::onlyOptions(const QString &verb, const QStringList &allowed)
{
    for (const QString &name : { u"json"_s, u"csv"_s, u"no-bom"_s, u"open"_s, u"series"_s, u"years"_s,
                                 u"output"_s, u"format"_s, u"easy-read"_s, u"large-print"_s, u"a5"_s,
                                 u"redact"_s, u"remove"_s, u"laptop"_s, u"from"_s, u"to"_s, u"by"_s }) {
        if (m_parser.isSet(name) && !allowed.contains(name)) {
            usageError(tr("--%1 does not go with \"%2\"").arg(name, verb));
            return false;
        }
    }
    return true;
}

bool CommandLine::expectArguments(const QString &verb, const QStringList &args, int count,
                                  const QString &names)
{
    if (args.size() == count)
        return true;
    if (args.size() < count)
        usageError(tr("\"%1\" needs %2").arg(verb, names));
    else
        usageError(tr("\"%1\" does not take \"%2\"").arg(verb, args.at(count)));
    return false;
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
    m_err << u"coproduce: "_s << message << u'\n' << tr("Try `coproduce --help`.") << u'\n';
    m_err.flush();
    return 2;
}

} // namespace Coproduce
