// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptedits.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return value.toLongLong(); // counts and row ids: the only values a field holds besides text
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    if (value.isString())
        return value.toString();
    return qint64(value.toDouble());
}

} // namespace

KeptEdit KeptEdit::typed(Field field, qint64 rowId, const QVariant &expected, const QVariant &value,
                         const QDateTime &at)
{
    KeptEdit edit;
    edit.field = field;
    edit.rowId = rowId;
    edit.expected = expected;
    edit.value = value;
    edit.at = at;
    return edit;
}

KeptEdit KeptEdit::added(RowKind kind, qint64 parentId, const QVariantMap &values, const QDateTime &at)
{
    KeptEdit row;
    row.adds = true;
    row.kind = kind;
    row.rowId = parentId;
    row.values = values;
    row.at = at;
    return row;
}

KeptEdits::KeptEdits(const QString &folder, const QString &server)
{
    // One file per server, named by a digest of its address: the address itself may name a person.
    const QByteArray digest = QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha256).toHex();
    m_path = folder + u"/kept-"_s + QString::fromLatin1(digest.left(16)) + u".json"_s;
}

QString KeptEdits::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/kept"_s;
}

bool KeptEdits::isEmpty() const
{
    return !QFile::exists(m_path); // the file goes when its last edit is stored
}

QList<KeptEdit> KeptEdits::list() const
{
    QList<KeptEdit> edits;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return edits;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"edits"_s).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QDateTime at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (o.contains(u"adds"_s)) {
            // A row is kept by its kind's number and checked by its table, as a field is by its column.
            const int kind = o.value(u"adds"_s).toInt(-1);
            if (kind < 0 || kind > int(RowKind::Action)
                || MeetingEdits::tableOf(RowKind(kind)) != o.value(u"table"_s).toString())
                continue;
            QVariantMap values;
            const QJsonObject json = o.value(u"values"_s).toObject();
            for (auto it = json.begin(); it != json.end(); ++it)
                values.insert(it.key(), fromJson(it.value()));
            edits.append(KeptEdit::added(RowKind(kind), qint64(o.value(u"parent"_s).toDouble()), values, at));
            continue;
        }
        const int field = o.value(u"field"_s).toInt(-1);
        // A field is kept by its number and checked by its column, so a later version's numbering cannot
        // put a value in the wrong place.
        if (field < 0 || field > int(Field::ActionStatus)
            || MeetingEdits::columnOf(Field(field)) != o.value(u"column"_s).toString())
            continue;
        edits.append(KeptEdit::typed(Field(field), qint64(o.value(u"row"_s).toDouble()),
                                     fromJson(o.value(u"expected"_s)), fromJson(o.value(u"value"_s)), at));
    }
    return edits;
}

bool KeptEdits::keep(const KeptEdit &edit, QString *error)
{
    QList<KeptEdit> edits = list();
    const auto same = std::find_if(edits.begin(), edits.end(), [&](const KeptEdit &e) {
        return !e.adds && e.field == edit.field && e.rowId == edit.rowId;
    });
    if (same != edits.end()) {
        same->value = edit.value;
        same->at = edit.at;
    } else {
        edits.append(edit);
    }
    return write(edits, error);
}

bool KeptEdits::keepRow(RowKind kind, qint64 parentId, const QVariantMap &values, QString *error)
{
    QList<KeptEdit> edits = list();
    edits.append(KeptEdit::added(kind, parentId, values, QDateTime::currentDateTime()));
    return write(edits, error);
}

bool KeptEdits::forget(Field field, qint64 rowId)
{
    QList<KeptEdit> edits = list();
    const qsizetype removed
        = edits.removeIf([&](const KeptEdit &e) { return !e.adds && e.field == field && e.rowId == rowId; });
    QString error;
    return removed > 0 && write(edits, &error);
}

KeptEdits::Outcome KeptEdits::storeFor(Database &database)
{
    if (!database.isServer())
        return {};
    KeptEdits kept(defaultFolder(), database.path());
    return kept.isEmpty() ? Outcome() : kept.store(database);
}

KeptEdits::Outcome KeptEdits::store(Database &database)
{
    Outcome outcome;
    QList<KeptEdit> edits = list();
    if (edits.isEmpty())
        return outcome;
    MeetingEdits meeting(database);
    qsizetype done = 0;
    for (; done < edits.size(); ++done) {
        const KeptEdit &e = edits.at(done);
        QString error;
        MeetingEdits::Result result = MeetingEdits::Result::Failed;
        if (e.adds)
            result = meeting.addRow(e.kind, e.rowId, -1, e.values, &error) ? MeetingEdits::Result::Done
                                                                           : MeetingEdits::Result::Failed;
        else
            result = meeting.setValue(e.field, e.rowId, e.expected, e.value, &error);
        if (result == MeetingEdits::Result::Done) {
            ++outcome.stored;
        } else if (result == MeetingEdits::Result::Failed && !database.ping()) {
            outcome.stillAway = true;
            break;
        } else {
            QStringList typed;
            if (e.adds) {
                for (const QVariant &v : e.values)
                    if (v.typeId() == QMetaType::QString && !v.toString().isEmpty())
                        typed << v.toString();
            } else {
                typed << e.value.toString();
            }
            outcome.refused << tr("What you typed at %1 was not saved: %2. You typed: “%3”.")
                                   .arg(e.at.toLocalTime().toString(u"HH:mm"_s), error, typed.join(u"; "_s));
        }
    }
    QString error;
    write(edits.mid(done), &error);
    return outcome;
}

bool KeptEdits::write(const QList<KeptEdit> &edits, QString *error) const
{
    if (edits.isEmpty()) {
        QFile::remove(m_path);
        return true;
    }
    QJsonArray array;
    for (const KeptEdit &e : edits) {
        if (e.adds) {
            QJsonObject values;
            for (auto it = e.values.begin(); it != e.values.end(); ++it)
                values.insert(it.key(), toJson(it.value()));
            array.append(QJsonObject { { u"adds"_s, int(e.kind) },
                                       { u"table"_s, MeetingEdits::tableOf(e.kind) },
                                       { u"parent"_s, e.rowId },
                                       { u"values"_s, values },
                                       { u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs) } });
            continue;
        }
        array.append(QJsonObject { { u"field"_s, int(e.field) },
                                   { u"column"_s, MeetingEdits::columnOf(e.field) },
                                   { u"row"_s, e.rowId },
                                   { u"expected"_s, toJson(e.expected) },
                                   { u"value"_s, toJson(e.value) },
                                   { u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs) } });
    }
    QDir().mkpath(QFileInfo(m_path).path());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot keep what was typed: %2").arg(m_path, file.errorString());
        return false;
    }
    // What was typed may name a child: readable by this user alone, as the database file is.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject { { u"edits"_s, array } }).toJson());
    if (!file.commit()) {
        *error = tr("%1: cannot keep what was typed: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Coproduce
