// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs about the record itself: the actions, who changed what (audit), what retention would delete,
// a person's erasure, and the demo that fills a database.
#include "commandline.h"

#include "texttable.h"

#include "core/actionrepository.h"
#include "core/auditlog.h"
#include "core/backups.h"
#include "core/demogenerator.h"
#include "core/erasure.h"
#include "core/isodate.h"
#include "core/jsonwriter.h"
#include "core/retention.h"
#include "core/seriesrepository.h"
#include "core/vocabulary.h"

#include <QDir>
#include <QLocale>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

} // namespace

int CommandLine::actionsList(const QStringList &)
{
    if (isSet(u"json"_s) && isSet(u"csv"_s))
        return usageError(tr("--json and --csv do not go together"));
    if (isSet(u"no-bom"_s) && !isSet(u"csv"_s))
        return usageError(tr("--no-bom goes with --csv"));
    if (!openDatabase())
        return 1;
    ActionFilter filter;
    filter.openOnly = isSet(u"open"_s);
    filter.series = value(u"series"_s);
    if (!filter.series.isEmpty() && !SeriesRepository(m_database).find(filter.series))
        return fail(tr("there is no series called \"%1\"").arg(filter.series));
    const QList<ActionRow> rows = ActionRepository(m_database).list(filter);
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-action-list/1"_s, u"actions"_s, rows,
                             [&](JsonWriter &json, const ActionRow &r) {
                                 json.field(u"id"_s, r.id);
                                 json.field(u"action"_s, r.text);
                                 json.optionalField(u"owner"_s, r.owner);
                                 json.optionalField(u"due"_s, IsoDate::format(r.due));
                                 json.field(u"status"_s, r.status);
                                 json.optionalField(u"reason"_s, r.reason);
                                 json.optionalField(u"series"_s, r.series);
                                 json.field(u"meeting_id"_s, r.meetingId);
                                 json.field(u"meeting_date"_s, IsoDate::format(r.meetingDate));
                                 json.field(u"meeting_title"_s, r.meetingTitle);
                             });
    }
    if (isSet(u"csv"_s)) {
        TextTable table({ u"id"_s, u"due"_s, u"status"_s, u"owner"_s, u"action"_s, u"reason"_s, u"series"_s,
                          u"meeting_id"_s, u"meeting_date"_s, u"meeting_title"_s });
        for (const ActionRow &r : rows)
            table.addRow({ QString::number(r.id), IsoDate::format(r.due), r.status, r.owner, r.text, r.reason,
                           r.series, QString::number(r.meetingId), IsoDate::format(r.meetingDate),
                           r.meetingTitle });
        // UTF-8's byte-order mark first, or Excel and LibreOffice's default import read "Zoë" as "ZoÃ«".
        if (!isSet(u"no-bom"_s))
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

int CommandLine::retention(const QStringList &)
{
    bool ok = false;
    const int years = value(u"older-than"_s).toInt(&ok);
    if (!ok || years < 1 || years > 100)
        return usageError(tr("\"retention\" needs --older-than YEARS, a whole number from 1 to 100"));
    if (!openDatabase())
        return 1;
    const QDate today = QDate::currentDate();
    const QString span = tr("%n years", nullptr, years);
    const auto meetings = [](qsizetype n) { return tr("%n meetings are", nullptr, n); };
    const QList<MeetingSummary> old = Retention::olderThan(m_database, years, today);
    const QString before = QLocale(QLocale::English, QLocale::UnitedKingdom)
                               .toString(today.addYears(-years), u"d MMMM yyyy"_s);
    QList<qint64> ids;
    for (const MeetingSummary &m : old)
        ids << m.id;
    const bool remove = isSet(u"delete"_s);
    QString error;
    if (remove && !old.isEmpty() && !Retention::remove(m_database, ids, &error))
        return fail(error);
    if (isSet(u"json"_s)) {
        return printJsonList(
            u"coproduce-retention/1"_s, u"meetings"_s, old,
            [&](JsonWriter &json, const MeetingSummary &m) {
                json.field(u"id"_s, m.id);
                json.field(u"date"_s, IsoDate::format(m.date));
                json.optionalField(u"series"_s, m.series);
                json.field(u"title"_s, m.title);
            },
            [&](JsonWriter &json) {
                json.field(u"older_than_years"_s, years);
                json.field(u"before"_s, IsoDate::format(today.addYears(-years)));
                json.key(u"deleted"_s);
                json.boolean(remove && !old.isEmpty());
            });
    }
    if (old.isEmpty()) {
        m_out << tr("No meetings are older than %1 (before %2).").arg(span, before) << u'\n';
        return 0;
    }
    TextTable table({ tr("ID"), tr("DATE"), tr("SERIES"), tr("TITLE") });
    for (const MeetingSummary &m : old)
        table.addRow({ QString::number(m.id), m.date.toString(Qt::ISODate), m.series, m.title });
    m_out << table.toText();
    if (!remove) {
        m_out << tr("%1 older than %2 (before %3). Add --delete to delete them.")
                     .arg(meetings(old.size()), span, before)
              << u'\n';
        return 0;
    }
    m_out << tr("Deleted the %n meetings older than %1: nothing of them is left in %2.", nullptr, old.size())
                 .arg(span, QDir::toNativeSeparators(m_database.path()))
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
    if (!openDatabase())
        return 1;
    QString error;
    const std::optional<Erasure::Summary> done
        = Erasure::erase(m_database, args.at(0), isSet(u"delete-contributions"_s), &error);
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

int CommandLine::audit(const QStringList &)
{
    qint64 meeting = 0;
    if (isSet(u"meeting"_s)) {
        bool ok = false;
        meeting = value(u"meeting"_s).toLongLong(&ok);
        if (!ok || meeting < 1)
            return usageError(tr("--meeting takes a meeting ID (see `coproduce meetings list`)"));
    }
    if (!openDatabase())
        return 1;
    const QList<AuditEntry> entries = AuditLog(m_database).entries(meeting);
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-audit/1"_s, u"entries"_s, entries,
                             [&](JsonWriter &json, const AuditEntry &e) {
                                 json.field(u"id"_s, e.id);
                                 json.field(u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs));
                                 json.field(u"who"_s, e.who);
                                 json.field(u"action"_s, e.action);
                                 json.field(u"entity"_s, e.entity);
                                 json.field(u"entity_id"_s, e.entityId);
                                 json.field(u"meeting_id"_s, e.meetingId);
                                 json.field(u"field"_s, e.field);
                                 if (e.forgotten) {
                                     json.key(u"forgotten"_s);
                                     json.boolean(true);
                                 } else {
                                     json.field(u"old"_s, e.oldValue);
                                     json.field(u"new"_s, e.newValue);
                                 }
                             });
    }
    TextTable table({ tr("WHEN"), tr("WHO"), tr("WHAT"), tr("MEETING"), tr("FIELD"), tr("FROM"), tr("TO") });
    for (const AuditEntry &e : entries)
        table.addRow({ e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.who,
                       u"%1 %2 %3"_s.arg(e.action, e.entity).arg(e.entityId),
                       e.meetingId ? QString::number(e.meetingId) : QString(), e.field,
                       e.forgotten ? tr("(erased)") : TextTable::shortened(e.oldValue, 40),
                       e.forgotten ? tr("(erased)") : TextTable::shortened(e.newValue, 40) });
    m_out << table.toText();
    return 0;
}

int CommandLine::demo(const QStringList &)
{
    int years = 1;
    if (isSet(u"years"_s)) {
        bool ok = false;
        years = value(u"years"_s).toInt(&ok);
        if (!ok || years < 1 || years > 50)
            return usageError(
                tr("--years takes a whole number from 1 to 50, not \"%1\"").arg(value(u"years"_s)));
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

} // namespace Coproduce
