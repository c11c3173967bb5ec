// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs that move the area's data: charters, meetings, series, the area's own words, whole archives,
// backups and the database check. Imports and exports share importFrom() and exportTo().
#include "commandline.h"

#include "texttable.h"

#include "core/archive.h"
#include "core/auditlog.h"
#include "core/backups.h"
#include "core/charterformat.h"
#include "core/charterrepository.h"
#include "core/connectionspec.h"
#include "core/importer.h"
#include "core/jsonwriter.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"
#include "core/offline.h"
#include "core/seriesrepository.h"
#include "core/wordrepository.h"

#include <QDir>

namespace Coproduce {

using namespace Qt::StringLiterals;

int CommandLine::chartersList(const QStringList &)
{
    if (!openDatabase())
        return 1;
    const QList<Charter> charters = CharterRepository(m_database).list();
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-charter-list/1"_s, u"charters"_s, charters,
                             [&](JsonWriter &json, const Charter &c) {
                                 json.field(u"id"_s, c.id);
                                 json.field(u"name"_s, c.name);
                                 json.optionalField(u"area"_s, c.area);
                                 json.field(u"principles"_s, c.principles.size());
                                 json.key(u"built_in"_s);
                                 json.boolean(c.builtIn);
                             });
    }
    TextTable table({ tr("ID"), tr("PRINCIPLES"), tr("BUILT IN"), tr("NAME") });
    for (const Charter &c : charters)
        table.addRow(
            { c.id, QString::number(c.principles.size()), c.builtIn ? tr("yes") : tr("no"), c.name });
    m_out << table.toText();
    return 0;
}

int CommandLine::chartersShow(const QStringList &args)
{
    if (!openDatabase())
        return 1;
    const std::optional<Charter> charter = CharterRepository(m_database).find(args.at(0));
    if (!charter)
        return fail(tr("there is no charter \"%1\" (see `coproduce charters list`)").arg(args.at(0)));
    if (isSet(u"json"_s)) {
        const QString json = QString::fromUtf8(CharterFormat::write(*charter));
        m_out << json << (json.endsWith(u'\n') ? u""_s : u"\n"_s);
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

int CommandLine::chartersImport(const QStringList &args)
{
    return importFrom(args.at(0), [&](const QByteArray &bytes, const QString &path, QStringList *errors) {
        bool replaced = false;
        const std::optional<Charter> charter
            = Importer(m_database).importCharter(bytes, path, errors, &replaced);
        if (!charter)
            return std::optional<QString>();
        const int count = int(charter->principles.size());
        const QString principles = tr("%n principles", nullptr, count);
        return std::optional<QString>(
            (replaced ? tr("Replaced the charter \"%1\" (%2).") : tr("Added the charter \"%1\" (%2)."))
                .arg(charter->id, principles));
    });
}

int CommandLine::chartersExport(const QStringList &args)
{
    return exportTo(args.at(1), false, [&](QString *error) {
        const std::optional<Charter> charter = CharterRepository(m_database).find(args.at(0));
        if (!charter) {
            *error = tr("there is no charter \"%1\" (see `coproduce charters list`)").arg(args.at(0));
            return std::optional<QByteArray>();
        }
        return std::optional<QByteArray>(CharterFormat::write(*charter));
    });
}

int CommandLine::meetingsList(const QStringList &)
{
    if (!openDatabase())
        return 1;
    const QList<MeetingSummary> list = MeetingRepository(m_database).list();
    // On the area's server, which meetings are taken offline (nobody changes them there meanwhile).
    const QHash<qint64, TakenMeeting> taken = Offline::allTaken(m_database);
    const auto stillTaken = [&](qint64 id) {
        const auto t = taken.constFind(id);
        return t != taken.cend() && t->copyId == 0 ? std::optional<TakenMeeting>(*t) : std::nullopt;
    };
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-meeting-list/1"_s, u"meetings"_s, list,
                             [&](JsonWriter &json, const MeetingSummary &m) {
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
                             });
    }
    TextTable table({ tr("ID"), tr("DATE"), tr("OPEN ACTIONS"), tr("SERIES"), tr("TITLE") });
    for (const MeetingSummary &m : list) {
        const std::optional<TakenMeeting> t = stillTaken(m.id);
        table.addRow({ QString::number(m.id), m.date.toString(Qt::ISODate), QString::number(m.openActions),
                       m.series, t ? tr("%1 (taken offline by %2)").arg(m.title, t->takenBy) : m.title });
    }
    m_out << table.toText();
    return 0;
}

int CommandLine::meetingsImport(const QStringList &args)
{
    return importFrom(args.at(0), [&](const QByteArray &bytes, const QString &path, QStringList *errors) {
        const std::optional<qint64> id = Importer(m_database).importMeeting(bytes, path, errors);
        return id ? std::optional<QString>(QString::number(*id)) : std::nullopt;
    });
}

int CommandLine::meetingsExport(const QStringList &args)
{
    const std::optional<qint64> id = meetingId(args.at(0));
    if (!id)
        return 2;
    // The file holds names and access needs: only its owner may read it.
    return exportTo(args.at(1), true, [&](QString *error) {
        const std::optional<Meeting> meeting = MeetingRepository(m_database).load(*id);
        if (!meeting) {
            *error = tr("there is no meeting %1 (see `coproduce meetings list`)").arg(*id);
            return std::optional<QByteArray>();
        }
        return std::optional<QByteArray>(MeetingFormat::write(*meeting));
    });
}

int CommandLine::seriesList(const QStringList &)
{
    if (!openDatabase())
        return 1;
    const QList<Series> list = SeriesRepository(m_database).list();
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-series-list/1"_s, u"series"_s, list,
                             [&](JsonWriter &json, const Series &s) {
                                 json.field(u"name"_s, s.name);
                                 json.field(u"meetings"_s, s.meetings);
                             });
    }
    TextTable table({ tr("MEETINGS"), tr("SERIES") });
    for (const Series &s : list)
        table.addRow({ QString::number(s.meetings), s.name });
    m_out << table.toText();
    return 0;
}

int CommandLine::wordsList(const QStringList &)
{
    if (!openDatabase())
        return 1;
    const QList<PlainWord> local = WordRepository(m_database).list();
    const auto kind
        = [](const PlainWord &w) { return w.kind == PlainWord::Kind::Office ? u"office"_s : u"term"_s; };
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-word-list/1"_s, u"words"_s, local,
                             [&](JsonWriter &json, const PlainWord &w) {
                                 json.field(u"kind"_s, kind(w));
                                 json.field(u"term"_s, w.term);
                                 json.optionalField(u"plain"_s, w.plain);
                                 json.optionalField(u"explain"_s, w.explain);
                             });
    }
    if (local.isEmpty()) {
        m_out << tr(
            "This area has no hard words of its own yet: add them in the app or with `coproduce words "
            "import FILE`.")
              << u'\n';
        return 0;
    }
    TextTable table({ tr("KIND"), tr("HARD WORD"), tr("PLAIN"), tr("EXPLANATION") });
    for (const PlainWord &w : local)
        table.addRow(
            { w.kind == PlainWord::Kind::Office ? tr("office") : tr("term"), w.term, w.plain, w.explain });
    m_out << table.toText();
    return 0;
}

int CommandLine::wordsImport(const QStringList &args)
{
    return importFrom(args.at(0), [&](const QByteArray &bytes, const QString &path, QStringList *errors) {
        QString error;
        const std::optional<int> count = WordRepository(m_database).importJson(bytes, path, &error);
        if (!count) {
            *errors = error.split(u'\n');
            return std::optional<QString>();
        }
        return std::optional<QString>(tr("Added or replaced %n words.", nullptr, *count));
    });
}

int CommandLine::wordsExport(const QStringList &args)
{
    return exportTo(args.at(0), false, [&](QString *) {
        return std::optional<QByteArray>(WordRepository(m_database).exportJson());
    });
}

int CommandLine::archiveExport(const QStringList &args)
{
    // Names, needs and words of families: owner-only, like the database.
    return exportTo(args.at(0), true, [&](QString *error) { return Archive::write(m_database, error); });
}

int CommandLine::archiveImport(const QStringList &args)
{
    return importFrom(args.at(0), [&](const QByteArray &bytes, const QString &path, QStringList *errors) {
        const std::optional<Archive::Summary> summary = Archive::read(m_database, bytes, path, errors);
        if (!summary)
            return std::optional<QString>();
        // Three counts, each its own plural.
        QStringList lines { tr("Added %1, %2 and %3 from %4.")
                                .arg(tr("%n charters", nullptr, summary->charters),
                                     tr("%n meetings", nullptr, summary->meetings),
                                     tr("%n hard words", nullptr, summary->words), path) };
        if (summary->teams > 0)
            lines << tr("Teams: %n, merged by name with those here.", nullptr, summary->teams);
        if (summary->alreadyHere > 0)
            lines << tr("%n meetings were here already (the same series, date and title) and were left as "
                        "they were.",
                        nullptr, summary->alreadyHere);
        if (!summary->membersLeftOut.isEmpty())
            lines
                << tr("Team members this server has no login for, left out (the area's admin adds them with "
                      "`coproduce team member`): %1")
                       .arg(summary->membersLeftOut.join(u", "_s));
        return std::optional<QString>(lines.join(u'\n'));
    });
}

int CommandLine::backup(const QStringList &args)
{
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

int CommandLine::check(const QStringList &)
{
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

} // namespace Coproduce
