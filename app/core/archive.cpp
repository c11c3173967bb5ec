// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive.h"

#include "charterformat.h"
#include "charterrepository.h"
#include "database.h"
#include "importer.h"
#include "jsonreader.h"
#include "meetingformat.h"
#include "meetingrepository.h"
#include "seriesrepository.h"
#include "sqlhelpers.h"
#include "teamrepository.h"
#include "transaction.h"
#include "wordrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const QString Format = u"coproduce-archive/1"_s;

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// What makes a meeting the same one in another database: its series, date and title, as typed.
QString sameness(const QString &series, const QString &date, const QString &title)
{
    return series.trimmed() + u'\n' + date.trimmed() + u'\n' + title.trimmed();
}

} // namespace

std::optional<QByteArray> Archive::write(Database &database, QString *error)
{
    QJsonArray charters, meetings;
    for (const Charter &c : CharterRepository(database).list())
        if (!c.builtIn)
            charters.append(objectOf(CharterFormat::write(c)));
    const MeetingRepository repository(database);
    for (const MeetingSummary &summary : repository.list()) {
        const std::optional<Meeting> meeting = repository.load(summary.id);
        if (!meeting) {
            *error = tr("%1: cannot read meeting %2").arg(database.path()).arg(summary.id);
            return std::nullopt;
        }
        meetings.append(objectOf(MeetingFormat::write(*meeting)));
    }
    QJsonArray teams;
    for (const Team &t : TeamRepository(database).list())
        teams.append(QJsonObject { { u"name"_s, t.name },
                                   { u"members"_s, QJsonArray::fromStringList(t.members) },
                                   { u"series"_s, QJsonArray::fromStringList(t.series) } });
    const QJsonObject root { { u"format"_s, Format },
                             { u"charters"_s, charters },
                             { u"meetings"_s, meetings },
                             { u"words"_s, objectOf(WordRepository(database).exportJson()) },
                             { u"teams"_s, teams } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Archive::Summary> Archive::read(Database &database, const QByteArray &bytes,
                                              const QString &fileName, QStringList *errors)
{
    const auto failed = [&](const QStringList &more) {
        *errors << more;
        return std::nullopt;
    };
    QSet<QString> existing;
    for (const MeetingSummary &m : MeetingRepository(database).list())
        existing.insert(sameness(m.series, m.date.toString(Qt::ISODate), m.title));
    JsonReader in(fileName);
    // A whole area's records may be large; still bounded, so that a hostile file cannot exhaust memory.
    const std::optional<QJsonObject> root = in.parse(bytes, 512 * 1024 * 1024);
    if (root) {
        in.allowOnly(*root, QString(),
                     { u"format"_s, u"note"_s, u"charters"_s, u"meetings"_s, u"words"_s, u"teams"_s });
        in.expectFormat(*root, Format);
    }
    if (!root || !in.ok())
        return failed(in.errors());

    Transaction transaction(database);
    Summary summary;
    const auto part = [&](const QString &key, int i) { return u"%1: %2[%3]"_s.arg(fileName, key).arg(i); };
    const QJsonArray charters = root->value(u"charters"_s).toArray();
    for (int i = 0; i < charters.size(); ++i) {
        QStringList problems;
        if (!Importer(database).importCharter(QJsonDocument(charters.at(i).toObject()).toJson(),
                                              part(u"charters"_s, i), &problems))
            *errors << problems;
        else
            ++summary.charters;
    }
    const QJsonArray meetings = root->value(u"meetings"_s).toArray();
    for (int i = 0; i < meetings.size() && errors->size() < 50; ++i) {
        const QJsonObject m = meetings.at(i).toObject();
        if (existing.contains(sameness(m.value(u"series"_s).toString(), m.value(u"date"_s).toString(),
                                       m.value(u"title"_s).toString()))) {
            ++summary.alreadyHere;
            continue;
        }
        QStringList problems;
        if (!Importer(database).importMeeting(QJsonDocument(meetings.at(i).toObject()).toJson(),
                                              part(u"meetings"_s, i), &problems))
            *errors << problems;
        else
            ++summary.meetings;
    }
    if (root->contains(u"words"_s)) {
        QString problem;
        const std::optional<int> words = WordRepository(database).importJson(
            QJsonDocument(root->value(u"words"_s).toObject()).toJson(), fileName + u": words"_s, &problem);
        if (!words)
            *errors << problem;
        else
            summary.words = *words;
    }
    if (root->contains(u"teams"_s))
        readTeams(database, root->value(u"teams"_s), fileName, &summary, errors);
    if (!errors->isEmpty())
        return std::nullopt; // the transaction rolls back
    if (!transaction.commit()) {
        *errors << tr("%1: cannot save the archive's records: %2").arg(fileName, transaction.errorString());
        return std::nullopt;
    }
    SqlHelpers::refreshStatistics(database);
    return summary;
}

void Archive::readTeams(Database &database, const QJsonValue &value, const QString &fileName,
                        Summary *summary, QStringList *errors)
{
    const QString where = fileName + u": teams"_s;
    if (!value.isArray()) {
        *errors << tr("%1: expected a list of teams").arg(where);
        return;
    }
    const QJsonArray teams = value.toArray();
    TeamRepository repository(database);
    for (int i = 0; i < teams.size(); ++i) {
        const QString place = u"%1[%2]"_s.arg(where).arg(i);
        const QJsonObject t = teams.at(i).toObject();
        const QString name = t.value(u"name"_s).toString().trimmed();
        if (name.isEmpty() || !t.value(u"members"_s).isArray() || !t.value(u"series"_s).isArray()) {
            *errors
                << tr("%1: expected a team's name, its members (logins) and its series (names)").arg(place);
            continue;
        }
        QString error;
        if (!repository.find(name) && !repository.add(name, &error)) {
            *errors << u"%1: %2"_s.arg(place, error);
            continue;
        }
        ++summary->teams;
        for (const QJsonValue &login : t.value(u"members"_s).toArray()) {
            // A login is this server's: one it does not have is said, not an error (the admin adds it).
            if (!repository.isLogin(login.toString()))
                summary->membersLeftOut << tr("%1 (team \"%2\")").arg(login.toString(), name);
            else if (!repository.setMember(name, login.toString(), true, &error))
                *errors << u"%1: members: %2"_s.arg(place, error);
        }
        // A series with no meetings yet is the team's too.
        for (const QJsonValue &series : t.value(u"series"_s).toArray())
            if (!SeriesRepository(database).findOrCreate(series.toString(), &error)
                || !repository.setOwner(series.toString(), name, &error))
                *errors << u"%1: series: %2"_s.arg(place, error);
    }
}

} // namespace Coproduce
