// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtincharters.h"

#include "builtinstrings.h"
#include "charterformat.h"
#include "charterrepository.h"
#include "database.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

QStringList BuiltInCharters::ids()
{
    return { u"derby"_s, u"doncaster"_s };
}

QList<Charter> BuiltInCharters::all()
{
    QList<Charter> charters;
    for (const QString &name : ids()) {
        const QString path = u":/coproduce/charters/"_s + name + u".json"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("A built-in charter resource is missing");
        QStringList errors;
        std::optional<Charter> charter = CharterFormat::read(file.readAll(), path, &errors);
        if (!charter)
            qFatal("A built-in charter does not read: %s", qPrintable(errors.join(u'\n')));
        charter->builtIn = true;
        const auto tr
            = [](const QString &text) { return BuiltInStrings::translated("BuiltInCharters", text); };
        charter->name = tr(charter->name);
        for (Principle &p : charter->principles) {
            p.title = tr(p.title);
            p.easyRead = tr(p.easyRead);
            for (QString &commitment : p.commitments)
                commitment = tr(commitment);
        }
        charters << *charter;
    }
    return charters;
}

bool BuiltInCharters::install(Database &database, QString *error)
{
    QSqlQuery query(database.connection());
    if (query.exec(u"SELECT value FROM app_state WHERE key = 'builtin-charters'"_s) && query.next())
        return true;
    Transaction transaction(database);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    CharterRepository charters(database);
    for (const Charter &charter : all()) {
        if (!charters.exists(charter.id) && !charters.save(charter, error))
            return false;
    }
    query.prepare(u"INSERT INTO app_state (key, value) VALUES ('builtin-charters', ?)"_s);
    query.addBindValue(QStringLiteral(COPRODUCE_VERSION));
    if (!SqlHelpers::exec(
            query, QCoreApplication::translate("BuiltInCharters", "record the built-in charters"), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace Coproduce
