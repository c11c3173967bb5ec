// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfile.h"
#include "importer.h"
#include "meetingrepository.h"
#include "transaction.h"

#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

std::optional<Importer::CalendarImport> Importer::importCalendar(const QByteArray &bytes,
                                                                 const QString &fileName,
                                                                 const QString &series, QStringList *errors)
{
    errors->clear();
    if (series.trimmed().isEmpty()) {
        *errors
            = QStringList { tr("--series: empty; expected the name of the series the meetings belong to") };
        return std::nullopt;
    }
    const std::optional<CalendarFile::Read> read = CalendarFile::read(bytes, fileName, errors);
    if (!read)
        return std::nullopt;

    MeetingRepository meetings(m_database);
    QSet<QPair<QDate, QString>> here;
    Meeting planned;
    planned.series = series.trimmed();
    for (const MeetingSummary &m : meetings.list()) { // oldest first: the newest is the last one seen
        if (m.series != planned.series)
            continue;
        here.insert({ m.date, m.title });
        planned.charter = m.charter;
        planned.facilitator = m.facilitator;
    }

    CalendarImport result;
    result.notes = read->notes;
    QString error;
    Transaction transaction(m_database);
    for (const CalendarEvent &e : read->events) {
        if (here.contains({ e.date, e.summary })) {
            ++result.alreadyHere;
            continue;
        }
        here.insert({ e.date, e.summary });
        Meeting meeting = planned;
        meeting.title = e.summary;
        meeting.date = e.date;
        meeting.start = e.start;
        meeting.end = e.end;
        meeting.location = e.location;
        const std::optional<qint64> id = meetings.insert(meeting, &error);
        if (!id) {
            *errors = QStringList {
                tr("%1: %2 on %3: %4").arg(fileName, e.summary, e.date.toString(Qt::ISODate), error)
            };
            return std::nullopt;
        }
        result.added << *id;
    }
    if (!transaction.commit()) {
        *errors = QStringList { fileName + u": "_s + transaction.errorString() };
        return std::nullopt;
    }
    return result;
}

} // namespace Coproduce
