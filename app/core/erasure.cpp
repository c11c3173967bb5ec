// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasure.h"

#include "auditlog.h"
#include "backups.h"
#include "database.h"
#include "retention.h"
#include "sqlhelpers.h"
#include "transaction.h"
#include "vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Every column a person's name may have been typed into.
const QList<QPair<QString, QString>> &textColumns()
{
    static const QList<QPair<QString, QString>> columns {
        { u"meetings"_s, u"title"_s },         { u"meetings"_s, u"facilitator"_s },
        { u"meetings"_s, u"location"_s },      { u"attendees"_s, u"organisation"_s },
        { u"attendees"_s, u"access_needs"_s }, { u"activities"_s, u"title"_s },
        { u"activities"_s, u"notes"_s },       { u"contributions"_s, u"text"_s },
        { u"decisions"_s, u"text"_s },         { u"decisions"_s, u"easy_read"_s },
        { u"commitments"_s, u"by_whom"_s },    { u"commitments"_s, u"text"_s },
        { u"actions"_s, u"text"_s },           { u"actions"_s, u"easy_read"_s },
        { u"actions"_s, u"owner"_s },          { u"actions"_s, u"reason"_s },
        { u"action_updates"_s, u"note"_s },    { u"charter_checks"_s, u"note"_s },
    };
    return columns;
}

// Every match of `pattern` becomes `with`, with a capital where a sentence starts.
QString replaced(const QString &text, const QRegularExpression &pattern, const QString &with)
{
    QString out;
    qsizetype from = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        const QString before = out.trimmed();
        const bool starts = before.isEmpty() || before.endsWith(u'.') || before.endsWith(u'!')
            || before.endsWith(u'?') || out.endsWith(u'\n');
        QString phrase = with;
        if (starts && !phrase.isEmpty())
            phrase[0] = phrase.front().toUpper();
        out += phrase;
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

bool Erasure::fileHolds(const QString &path, const QString &text)
{
    QFile file(path);
    if (text.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    // Compared as text, case folded, so "ÉLOÏSE" is found for "éloïse" (the bytes' own lower case folds
    // only A to Z). The file's binary parts become replacement characters and match nothing.
    return QString::fromUtf8(file.readAll()).contains(text, Qt::CaseInsensitive);
}

QStringList Erasure::recordedNames(Database &database)
{
    QStringList names;
    QSqlQuery q(database.connection());
    if (q.exec(u"SELECT DISTINCT trim(name) FROM attendees WHERE trim(name) <> '' ORDER BY 1"_s))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

Erasure::Found Erasure::find(Database &database, const QString &name)
{
    Found found;
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT count(DISTINCT meeting_id), max(role), max(trim(name)) FROM attendees "
              "WHERE lower(trim(name)) = lower(?)"_s);
    q.addBindValue(name.simplified());
    if (q.exec() && q.next()) {
        found.meetings = q.value(0).toInt();
        found.role = q.value(1).toString();
        found.name = q.value(2).toString();
    }
    return found;
}

std::optional<Erasure::Summary> Erasure::erase(Database &database, const QString &name,
                                               bool deleteContributions, QString *error)
{
    const QString person = name.simplified();
    Summary summary;
    {
        Transaction transaction(database);
        if (!transaction.isActive()) {
            *error = tr("could not start the erasure: %1").arg(transaction.errorString());
            return std::nullopt;
        }
        QSqlQuery q(database.connection());
        q.prepare(u"SELECT id, role FROM attendees WHERE lower(trim(name)) = lower(?)"_s);
        q.addBindValue(person);
        QList<qint64> ids;
        QString role;
        if (q.exec())
            while (q.next()) {
                ids << q.value(0).toLongLong();
                role = q.value(1).toString();
            }
        if (ids.isEmpty()) {
            *error = tr("nobody called \"%1\" is in %2 (names must match in full, as in `coproduce meetings "
                        "export`)")
                         .arg(person, database.path());
            return std::nullopt;
        }
        // Their first name alone is theirs too, unless someone else still named shares it.
        // "Dr Omar Hassan" is called Omar, not Dr.
        static const QStringList titles { u"dr"_s,   u"mr"_s,   u"mrs"_s, u"ms"_s,  u"mx"_s,  u"miss"_s,
                                          u"prof"_s, u"cllr"_s, u"rev"_s, u"sir"_s, u"dame"_s };
        const QStringList words = person.split(u' ');
        const QString first = words.size() > 2 && titles.contains(words.first().toLower().remove(u'.'))
            ? words.at(1)
            : words.first();
        bool firstShared = first == person || first.size() < 2;
        q.prepare(u"SELECT count(*) FROM attendees WHERE lower(trim(name)) <> lower(?) AND "
                  "(lower(name) = lower(?) OR lower(name) LIKE lower(?) || ' %')"_s);
        q.addBindValue(person);
        q.addBindValue(first);
        q.addBindValue(first);
        // Any statement that fails fails the erasure (on PostgreSQL the transaction is dead after it anyway).
        if (!SqlHelpers::exec(q, tr("look for others with the same first name"), error) || !q.next())
            return std::nullopt;
        if (q.value(0).toInt() > 0)
            firstShared = true;

        const QString idList = [&] {
            QStringList s;
            for (qint64 id : ids)
                s << QString::number(id);
            return s.join(u',');
        }();
        if (deleteContributions) {
            QSqlQuery del(database.connection());
            if (!del.exec(u"DELETE FROM contributions WHERE attendee_id IN (%1)"_s.arg(idList))) {
                *error = tr("could not delete what they said");
                return std::nullopt;
            }
            summary.contributionsDeleted = del.numRowsAffected();
        }
        QSqlQuery rename(database.connection());
        rename.prepare(u"UPDATE attendees SET name = ?, credit = 'role-only' WHERE id IN (%1)"_s.arg(idList));
        rename.addBindValue(Vocabulary::roleLabel(role));
        if (!SqlHelpers::exec(rename, tr("make their attendance anonymous"), error))
            return std::nullopt;
        summary.attendances = int(ids.size());

        // Longest first, so the full name goes whole before the first name is looked for.
        QList<QRegularExpression> patterns { QRegularExpression(
            u"(?<![\\w])"_s + QRegularExpression::escape(person).replace(u"\\ "_s, u"\\s+"_s)
                + u"(?![\\w])"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption) };
        if (!firstShared)
            patterns << QRegularExpression(
                u"(?<![\\w])"_s + QRegularExpression::escape(first) + u"(?![\\w])"_s,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QString with = Vocabulary::rolePhrase(role);
        for (const auto &[table, column] : textColumns()) {
            QSqlQuery rows(database.connection());
            // Every text is read and matched here, not narrowed with LIKE: LIKE ignores case on SQLite only
            // for A to Z, and on PostgreSQL not at all, and a name typed in capitals ("ÉLOÏSE") must go too.
            rows.setForwardOnly(true);
            // A row is found again by its key: its id, or what stands for one (a charter check has none).
            const QStringList key = table == u"charter_checks"
                ? QStringList { u"meeting_id"_s, u"principle"_s }
                : QStringList { u"id"_s };
            rows.prepare(u"SELECT %3, %2 FROM %1 WHERE %2 <> ''"_s.arg(table, column, key.join(u", "_s)));
            if (!SqlHelpers::exec(rows, tr("look for the name in %1").arg(table), error))
                return std::nullopt;
            QList<QPair<QVariantList, QString>> changed;
            while (rows.next()) {
                QString text = rows.value(int(key.size())).toString();
                const QString before = text;
                for (const QRegularExpression &p : std::as_const(patterns))
                    text = replaced(text, p, with);
                QVariantList keyValues;
                for (int k = 0; k < key.size(); ++k)
                    keyValues << rows.value(k);
                if (text != before)
                    changed.append({ keyValues, text });
            }
            QSqlQuery update(database.connection());
            update.prepare(
                u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(table, column, key.join(u" = ? AND "_s)));
            for (const auto &[keyValues, text] : std::as_const(changed)) {
                update.addBindValue(text);
                for (const QVariant &value : keyValues)
                    update.addBindValue(value);
                if (!SqlHelpers::exec(update, tr("take the name out of %1").arg(table), error))
                    return std::nullopt;
                ++summary.textsChanged;
            }
        }
        // The trail keeps that an erasure happened, never whose: values holding the name are forgotten
        // (the chain stays whole), and the entry for the erasure does not name them.
        AuditLog audit(database);
        if (!audit.forgetValuesContaining(person, error)
            || (!firstShared && !audit.forgetValuesContaining(first, error))
            || !audit.record(u"erase"_s, u"attendees"_s, 0, 0, QString(), QString(),
                             tr("a person's name was erased from %1 attendances and %2 texts")
                                 .arg(summary.attendances)
                                 .arg(summary.textsChanged),
                             error))
            return std::nullopt;
        if (!transaction.commit()) {
            *error = tr("could not save the erasure: %1").arg(transaction.errorString());
            return std::nullopt;
        }
    }
    if (!Retention::compact(database, error))
        return std::nullopt;
    for (const Backups::Entry &backup : Backups::list(database.path()))
        if (fileHolds(backup.path, person))
            summary.backupsWithName << backup.path;
    return summary;
}

} // namespace Coproduce
