// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetinglist.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlhelpers.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const QString summaryColumns
    = u"SELECT m.id, m.title, s.name, m.date, m.charter_id, m.facilitator FROM meetings m "
      "LEFT JOIN series s ON s.id = m.series_id "_s;

MeetingSummary summaryFrom(const QSqlQuery &q)
{
    MeetingSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.series = q.value(2).toString();
    s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.charter = q.value(4).toString();
    s.facilitator = q.value(5).toString();
    return s;
}

} // namespace

MeetingList::MeetingList(Database &database)
    : m_database(database)
{
}

QList<MeetingSummary> MeetingList::find(const QString &series, const QString &words, QString *error) const
{
    return open(series, words, error)->rest();
}

std::unique_ptr<Cursor<MeetingSummary>> MeetingList::open(const QString &series, const QString &words,
                                                          QString *error) const
{
    QString sql = summaryColumns + u"WHERE true"_s;
    QVariantList values;
    if (!series.isEmpty()) {
        sql += u" AND s.name = ?"_s;
        values << series;
    }
    // Each word must appear somewhere in the meeting, as a word or the start of one: in its title, one
    // activity's notes, something said… A word at a time, as the index holds a row for each of those, and
    // all the words at once would have to be in the same one (what a search for "cafe eloise" did).
    for (const QString &word : words.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        sql += u" AND m.id IN ("_s + SqlDialect::meetingsWithWords(m_database.engine()) + u")"_s;
        values << SqlDialect::searchTerms({ word }, m_database.engine());
    }
    sql += u" ORDER BY m.date DESC, m.id DESC"_s;
    auto q = std::make_shared<QSqlQuery>(m_database.connection());
    q->setForwardOnly(SqlDialect::streamsRows(m_database.engine()));
    q->prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q->addBindValue(v);
    QString why;
    if (!SqlHelpers::exec(*q, tr("find meetings"), &why)) {
        if (error)
            *error = why;
        return std::make_unique<Cursor<MeetingSummary>>(nullptr);
    }
    return std::make_unique<Cursor<MeetingSummary>>([q]() -> std::optional<MeetingSummary> {
        if (!q->next())
            return std::nullopt;
        return summaryFrom(*q);
    });
}

std::optional<MeetingSummary> MeetingList::first(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(summaryColumns + where + u" ORDER BY m.date DESC, m.id DESC LIMIT 1"_s);
    if (!value.isNull())
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

std::optional<MeetingSummary> MeetingList::summary(qint64 meetingId) const
{
    return first(u"WHERE m.id = ?"_s, meetingId);
}

qint64 MeetingList::newest() const
{
    const std::optional<MeetingSummary> newest = first(QString(), QVariant());
    return newest ? newest->id : 0;
}

std::optional<MeetingSummary> MeetingList::latestInSeries(const QString &series) const
{
    if (series.isEmpty())
        return std::nullopt;
    return first(u"WHERE s.name = ?"_s, series);
}

QList<qint64> MeetingList::inSeries(qint64 seriesId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM meetings WHERE series_id = ? ORDER BY date, id"_s);
    q.addBindValue(seriesId);
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QList<Attendee> MeetingList::people(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name, role, credit FROM attendees WHERE meeting_id = ? ORDER BY position, id"_s);
    q.addBindValue(meetingId);
    QList<Attendee> people;
    if (q.exec())
        while (q.next()) {
            Attendee a;
            a.name = q.value(0).toString();
            a.role = q.value(1).toString();
            a.credit = q.value(2).toString();
            people << a;
        }
    return people;
}

} // namespace Coproduce
