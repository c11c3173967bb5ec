// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive.h"

#include "charterformat.h"
#include "charterrepository.h"
#include "database.h"
#include "importer.h"
#include "jsonreader.h"
#include "meetingformat.h"
#include "meetingrepository.h"
#include "transaction.h"
#include "wordrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const QString Format = u"coproduce-archive/1"_s;

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
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
    const QJsonObject root { { u"format"_s, Format },
                             { u"charters"_s, charters },
                             { u"meetings"_s, meetings },
                             { u"words"_s, objectOf(WordRepository(database).exportJson()) } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Archive::Summary> Archive::read(Database &database, const QByteArray &bytes,
                                              const QString &fileName, QStringList *errors)
{
    const auto failed = [&](const QStringList &more) {
        *errors << more;
        return std::nullopt;
    };
    const int existing = int(MeetingRepository(database).list().size());
    if (existing > 0)
        return failed({ tr("%1: already holds %2 meetings; an archive goes into a new database (--database "
                           "NEW.sqlite), so that nothing is doubled")
                            .arg(database.path())
                            .arg(existing) });
    JsonReader in(fileName);
    // A whole area's records may be large; still bounded, so that a hostile file cannot exhaust memory.
    const std::optional<QJsonObject> root = in.parse(bytes, 512 * 1024 * 1024);
    if (root) {
        in.allowOnly(*root, QString(), { u"format"_s, u"note"_s, u"charters"_s, u"meetings"_s, u"words"_s });
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
    if (!errors->isEmpty())
        return std::nullopt; // the transaction rolls back
    if (!transaction.commit()) {
        *errors << tr("%1: cannot save the archive's records: %2").arg(fileName, transaction.errorString());
        return std::nullopt;
    }
    return summary;
}

} // namespace Coproduce
