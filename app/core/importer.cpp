// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "auditlog.h"
#include "transaction.h"

#include "charterformat.h"
#include "charterrepository.h"
#include "meetingformat.h"
#include "meetingrepository.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

Importer::Importer(Database &database)
    : m_database(database)
{
}

std::optional<qint64> Importer::importMeeting(const QByteArray &bytes, const QString &fileName,
                                              QStringList *errors)
{
    CharterRepository charters(m_database);
    const std::optional<Meeting> meeting = MeetingFormat::read(
        bytes, fileName, [&](const QString &id) { return charters.find(id); }, errors);
    if (!meeting)
        return std::nullopt;
    QString error;
    const std::optional<qint64> id = MeetingRepository(m_database).insert(*meeting, &error);
    if (!id)
        *errors = QStringList { fileName + u": "_s + error };
    return id;
}

std::optional<Charter> Importer::importCharter(const QByteArray &bytes, const QString &fileName,
                                               QStringList *errors, bool *replaced)
{
    const std::optional<Charter> charter = CharterFormat::read(bytes, fileName, errors);
    if (!charter)
        return std::nullopt;
    CharterRepository repository(m_database);
    const std::optional<Charter> existing = repository.find(charter->id);
    if (existing && existing->builtIn) {
        *errors
            = QStringList { tr("%1: id: \"%2\" is a built-in charter, which an import cannot replace; give "
                               "your charter an id of its own")
                                .arg(fileName, charter->id) };
        return std::nullopt;
    }
    QString error;
    Transaction transaction(m_database);
    if (!repository.save(*charter, &error)
        || !AuditLog(m_database)
                .record(u"import"_s, u"charters"_s, 0, 0, charter->id, QString(), charter->name, &error)
        || !transaction.commit()) {
        *errors = QStringList { fileName + u": "_s + (error.isEmpty() ? transaction.errorString() : error) };
        return std::nullopt;
    }
    if (replaced)
        *replaced = existing.has_value();
    return charter;
}

} // namespace Coproduce
