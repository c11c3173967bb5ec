// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordrepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

WordRepository::WordRepository(Database &database)
    : m_database(database)
{
}

QList<PlainWord> WordRepository::list() const
{
    QList<PlainWord> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT term, also, plain, explain, kind FROM local_words ORDER BY lower(term), term"_s))
        return result;
    while (query.next()) {
        PlainWord w;
        w.term = query.value(0).toString();
        w.also = query.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
        w.plain = query.value(2).toString();
        w.explain = query.value(3).toString();
        w.kind = query.value(4).toString() == u"office" ? PlainWord::Kind::Office : PlainWord::Kind::Term;
        result << w;
    }
    return result;
}

PlainWords WordRepository::dictionary() const
{
    const QList<PlainWord> local = list();
    return local.isEmpty() ? PlainWords::builtIn() : PlainWords::withLocal(local);
}

QString WordRepository::problem(const QList<PlainWord> &words)
{
    QSet<QString> seen;
    for (int i = 0; i < words.size(); ++i) {
        const PlainWord &w = words.at(i);
        if (w.term.trimmed().isEmpty())
            return tr("Word %1 has no hard word: type the word to catch.").arg(i + 1);
        if (w.plain.trimmed().isEmpty())
            return tr("\"%1\" has no plain version: type what to say instead.").arg(w.term);
        if (seen.contains(w.term.trimmed()))
            return tr("\"%1\" is listed twice: keep one.").arg(w.term);
        seen.insert(w.term.trimmed());
    }
    return {};
}

bool WordRepository::replaceAll(const QList<PlainWord> &words, QString *error)
{
    if (const QString wrong = problem(words); !wrong.isEmpty()) {
        *error = wrong;
        return false;
    }
    Transaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM local_words"_s);
    if (!SqlHelpers::exec(query, tr("clear the area's words"), error))
        return false;
    query.prepare(u"INSERT INTO local_words (term, also, plain, explain, kind) VALUES (?, ?, ?, ?, ?)"_s);
    for (const PlainWord &w : words) {
        query.addBindValue(w.term.trimmed());
        // Empty, never NULL: the columns say NOT NULL.
        query.addBindValue(QString(w.also.join(u'\n') + u""_s));
        query.addBindValue(w.plain.trimmed());
        query.addBindValue(QString(w.explain.trimmed() + u""_s));
        query.addBindValue(w.kind == PlainWord::Kind::Office ? u"office"_s : u"term"_s);
        if (!SqlHelpers::exec(query, tr("save the word \"%1\"").arg(w.term), error))
            return false;
    }
    if (!AuditLog(m_database)
             .record(u"edit"_s, u"local_words"_s, 0, 0, QString(), QString(),
                     tr("%n words", nullptr, words.size()), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

std::optional<int> WordRepository::importJson(const QByteArray &json, const QString &source, QString *error)
{
    const std::optional<PlainWords> read = PlainWords::fromJson(json, source, error);
    if (!read)
        return std::nullopt;
    QList<PlainWord> merged = list();
    for (const PlainWord &w : read->words()) {
        const auto same = std::find_if(merged.begin(), merged.end(),
                                       [&](const PlainWord &old) { return old.term == w.term.trimmed(); });
        if (same != merged.end())
            *same = w;
        else
            merged << w;
    }
    if (const QString wrong = problem(read->words()); !wrong.isEmpty()) {
        *error = source + u": "_s + wrong;
        return std::nullopt;
    }
    if (!replaceAll(merged, error)) {
        *error = tr("%1: could not save the words: %2").arg(source, *error);
        return std::nullopt;
    }
    return int(read->words().size());
}

QByteArray WordRepository::exportJson() const
{
    return PlainWords::toJson(list());
}

} // namespace Coproduce
