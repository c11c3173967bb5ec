// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// More than this many problems in one file says "this is the wrong file", not "fix these".
constexpr int MaxErrors = 50;

} // namespace

JsonReader::JsonReader(const QString &fileName)
    : m_fileName(fileName)
{
}

std::optional<QJsonObject> JsonReader::parse(const QByteArray &bytes, qsizetype maxBytes)
{
    // A meeting of 40 activities is well under 1 MB: anything this big is a mistake, or an attack, and is
    // refused before the parser builds it in memory.
    if (bytes.size() > maxBytes) {
        m_errors << tr("is %1 MB; a Coproduce file of this kind is at most %2 MB")
                        .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                column = 1;
            } else if ((bytes.at(i) & 0xc0) != 0x80) {
                ++column;
            }
        }
        m_errors << tr("line %1, column %2: not valid JSON (%3)")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        m_errors << tr("expected a JSON object at the top level, found %1")
                        .arg(document.isArray() ? tr("a list") : tr("something else"));
        return std::nullopt;
    }
    return document.object();
}

void JsonReader::allowOnly(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            error(join(path, it.key()),
                  tr("is not a field here (expected one of: %1)").arg(allowed.join(u", "_s)));
    }
}

void JsonReader::expectFormat(const QJsonObject &object, const QString &format)
{
    const QJsonValue value = object.value(u"format"_s);
    if (value.isUndefined()) {
        error(u"format"_s, tr("is missing (expected \"%1\")").arg(format));
        return;
    }
    if (value.toString() == format)
        return;
    const QString family = format.section(u'/', 0, 0) + u'/';
    if (value.isString() && value.toString().startsWith(family))
        error(u"format"_s,
              tr("%1 is a newer or unknown version of the format (this version of Coproduce reads \"%2\")")
                  .arg(quoted(value.toString()), format));
    else
        error(u"format"_s, tr("expected \"%1\", found %2").arg(format, describe(value)));
}

QString JsonReader::text(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            error(join(path, key), tr("is missing (expected text)"));
        return QString();
    }
    if (!value.isString()) {
        error(join(path, key), tr("expected text, found %1").arg(describe(value)));
        return QString();
    }
    const QString result = value.toString();
    // SQLite's text functions stop at a NUL, so "\u0000\u0000talk" would pass here and fail the database's
    // own checks (or be cut short): no text holds one.
    if (result.contains(QChar::Null)) {
        error(join(path, key), tr("holds a NUL character (\\u0000), which is not text"));
        return QString();
    }
    if (need == Required && result.trimmed().isEmpty())
        error(join(path, key), tr("is empty (expected text)"));
    return result;
}

QString JsonReader::choice(const QJsonObject &object, const QString &path, const QString &key,
                           const QStringList &allowed, const QString &what, Need need,
                           const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            error(join(path, key), tr("is missing (expected %1: %2)").arg(what, allowed.join(u", "_s)));
        return fallback;
    }
    if (!value.isString() || !allowed.contains(value.toString())) {
        error(join(path, key),
              tr("%1 is not %2 (expected one of: %3)")
                  .arg(value.isString() ? quoted(value.toString()) : describe(value), what,
                       allowed.join(u", "_s)));
        return fallback;
    }
    return value.toString();
}

QString JsonReader::slug(const QJsonObject &object, const QString &path, const QString &key)
{
    const QString value = text(object, path, key, Required);
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!value.isEmpty() && !pattern.match(value).hasMatch()) {
        error(join(path, key),
              tr("%1 is not a valid id (expected lower-case letters, digits and single hyphens, e.g. "
                 "\"be-accountable\")")
                  .arg(quoted(value)));
    }
    return value;
}

QDate JsonReader::date(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            error(join(path, key), tr("is missing (expected a date, YYYY-MM-DD)"));
        return QDate();
    }
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !pattern.match(value.toString()).hasMatch() || !date.isValid()) {
        error(join(path, key),
              tr("%1 is not a date (YYYY-MM-DD)")
                  .arg(value.isString() ? quoted(value.toString()) : describe(value)));
        return QDate();
    }
    return date;
}

QTime JsonReader::time(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QTime();
    static const QRegularExpression pattern(u"^\\d{2}:\\d{2}$"_s);
    const QTime time = QTime::fromString(value.toString(), u"HH:mm"_s);
    if (!value.isString() || !pattern.match(value.toString()).hasMatch() || !time.isValid()) {
        error(join(path, key),
              tr("%1 is not a time of day (HH:MM, 24-hour clock)")
                  .arg(value.isString() ? quoted(value.toString()) : describe(value)));
        return QTime();
    }
    return time;
}

int JsonReader::count(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1);
    // The range check comes before the whole-number check: casting 8e86 to an integer is undefined.
    if (!value.isDouble() || number < 0 || number > 100000 || number != std::floor(number)) {
        error(join(path, key),
              tr("expected a whole number of people (0 or more), found %1").arg(describe(value)));
        return 0;
    }
    return int(number);
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &path, const QString &key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            error(join(path, key), tr("is missing (expected a list)"));
        return QJsonArray();
    }
    if (!value.isArray()) {
        error(join(path, key), tr("expected a list, found %1").arg(describe(value)));
        return QJsonArray();
    }
    return value.toArray();
}

QList<QPair<QString, QJsonObject>> JsonReader::objects(const QJsonObject &object, const QString &path,
                                                       const QString &key, Need need)
{
    QList<QPair<QString, QJsonObject>> result;
    const QJsonArray items = array(object, path, key, need);
    const QString base = join(path, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = item(base, i);
        if (!items.at(i).isObject()) {
            error(itemPath, tr("expected an object, found %1").arg(describe(items.at(i))));
            continue;
        }
        result.append({ itemPath, items.at(i).toObject() });
    }
    return result;
}

QList<QPair<QString, QString>> JsonReader::texts(const QJsonObject &object, const QString &path,
                                                 const QString &key, const QString &what)
{
    QList<QPair<QString, QString>> result;
    const QJsonArray items = array(object, path, key, Optional);
    const QString base = join(path, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue value = items.at(i);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            error(item(base, i), tr("expected %1, found %2").arg(what, describe(value)));
        else if (value.toString().contains(QChar::Null))
            error(item(base, i), tr("holds a NUL character (\\u0000), which is not text"));
        else
            result.append({ item(base, i), value.toString() });
    }
    return result;
}

QJsonObject JsonReader::object(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonObject();
    if (!value.isObject()) {
        error(join(path, key), tr("expected an object, found %1").arg(describe(value)));
        return QJsonObject();
    }
    return value.toObject();
}

void JsonReader::error(const QString &path, const QString &message)
{
    if (m_errors.size() < MaxErrors)
        m_errors << (path.isEmpty() ? message : path + u": "_s + message);
    else if (m_errors.size() == MaxErrors)
        m_errors << tr("(further problems not listed)");
}

QStringList JsonReader::errors() const
{
    QStringList lines;
    for (const QString &e : m_errors)
        lines << m_fileName + u": "_s + e;
    return lines;
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString JsonReader::quoted(const QString &text)
{
    QString shown = text;
    if (shown.size() > 60)
        shown = shown.left(57) + u"..."_s;
    return u'"' + shown + u'"';
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return tr("the text %1").arg(quoted(value.toString()));
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace Coproduce
