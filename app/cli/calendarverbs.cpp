// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar invites out (a meeting or a series, as .ics) and a council's calendar in (planned meetings).
#include "commandline.h"

#include "core/importer.h"
#include "core/isodate.h"
#include "reports/calendarinvite.h"

#include <QDateTime>

namespace Coproduce {

using namespace Qt::StringLiterals;

int CommandLine::meetingsCalendar(const QStringList &args)
{
    const bool wholeSeries = isSet(u"series"_s);
    if (wholeSeries == !args.isEmpty())
        return usageError(tr("\"meetings calendar\" needs a meeting ID or --series NAME, not both"));
    if (isSet(u"from"_s) && !wholeSeries)
        return usageError(tr("--from goes with --series: one meeting has its own date"));
    QDate from = QDate::currentDate();
    if (isSet(u"from"_s)) {
        from = IsoDate::parse(value(u"from"_s));
        if (!from.isValid())
            return usageError(tr("--from needs a date such as 2027-03-23, not \"%1\"").arg(value(u"from"_s)));
    }
    std::optional<qint64> id;
    if (!wholeSeries && !(id = meetingId(args.at(0))))
        return 2;
    // Access needs, and the names of those who chose to be named: only the file's owner may read it.
    return exportTo(value(u"output"_s), true, [&](QString *error) -> std::optional<QByteArray> {
        const CalendarInvite invite(m_database);
        const std::optional<QList<CalendarEvent>> events
            = wholeSeries ? invite.series(value(u"series"_s), from, error) : invite.meeting(*id, error);
        if (!events)
            return std::nullopt;
        const QString name = wholeSeries ? value(u"series"_s) : events->constFirst().summary;
        return CalendarFile::write(*events, name, QDateTime::currentDateTimeUtc());
    });
}

int CommandLine::meetingsImportCalendar(const QStringList &args)
{
    return importFrom(args.at(0), [&](const QByteArray &bytes, const QString &path, QStringList *errors) {
        const std::optional<Importer::CalendarImport> done
            = Importer(m_database).importCalendar(bytes, path, value(u"series"_s), errors);
        if (!done)
            return std::optional<QString>();
        warn(done->notes);
        QStringList lines;
        for (const qint64 id : done->added)
            lines << QString::number(id);
        if (done->alreadyHere > 0)
            warn({ tr("%n meetings were in the series already, and were left as they are.", nullptr,
                      done->alreadyHere) });
        return std::optional<QString>(lines.join(u'\n'));
    });
}

} // namespace Coproduce
