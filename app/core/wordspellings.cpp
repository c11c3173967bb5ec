// SPDX-License-Identifier: GPL-3.0-or-later
// The area's own spellings: words the dictionary lacks that the area uses, kept so every facilitator's
// spelling check takes them as right.
#include "auditlog.h"
#include "charterrepository.h"
#include "database.h"
#include "spelling.h"
#include "sqlhelpers.h"
#include "transaction.h"
#include "wordrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

QStringList WordRepository::spellings() const
{
    QStringList words;
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT word FROM spelling_words"_s))
        while (query.next())
            words << query.value(0).toString();
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return words;
}

bool WordRepository::addSpelling(const QString &word, QString *error)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || w.contains(QChar::Space) || w.size() > 100) {
        *error = tr("\"%1\" cannot be added: one word of up to 100 letters is expected").arg(word);
        return false;
    }
    Transaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO spelling_words (word) VALUES (?) ON CONFLICT (word) DO NOTHING"_s);
    query.addBindValue(w);
    if (!SqlHelpers::exec(query, tr("add \"%1\" to the area's words").arg(w), error))
        return false;
    if (query.numRowsAffected() == 0)
        return true; // there already
    if (!AuditLog(m_database).record(u"create"_s, u"spelling_words"_s, 0, 0, u"word"_s, QString(), w, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

bool WordRepository::removeSpelling(const QString &word, QString *error)
{
    Transaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM spelling_words WHERE word = ?"_s);
    query.addBindValue(word.trimmed());
    if (!SqlHelpers::exec(query, tr("take \"%1\" out of the area's words").arg(word), error))
        return false;
    if (query.numRowsAffected() > 0
        && !AuditLog(m_database)
                .record(u"delete"_s, u"spelling_words"_s, 0, 0, u"word"_s, word.trimmed(), QString(), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

void WordRepository::teach(Spelling &spelling) const
{
    spelling.setKnown(u"spellings"_s, spellings());
    QStringList words;
    const PlainWords hard = dictionary();
    for (const PlainWord &w : hard.words())
        words << w.term << w.also;
    spelling.setKnown(u"hard words"_s, words);
    QStringList charters;
    for (const Charter &c : CharterRepository(m_database).list()) {
        charters << c.name << c.area;
        for (const Principle &p : c.principles)
            charters << p.title << p.easyRead << p.commitments;
    }
    spelling.setKnown(u"charters"_s, charters);
}

} // namespace Coproduce
