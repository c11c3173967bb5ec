// SPDX-License-Identifier: GPL-3.0-or-later
#include "charterformat.h"

#include "jsonreader.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

QString CharterFormat::formatName()
{
    return u"coproduce-charter/1"_s;
}

std::optional<Charter> CharterFormat::read(const QByteArray &bytes, const QString &fileName,
                                           QStringList *errors)
{
    JsonReader in(fileName);
    const std::optional<QJsonObject> root = in.parse(bytes);
    if (!root) {
        *errors = in.errors();
        return std::nullopt;
    }
    in.allowOnly(*root, QString(),
                 { u"format"_s, u"id"_s, u"name"_s, u"area"_s, u"source"_s, u"principles"_s });
    in.expectFormat(*root, formatName());

    Charter charter;
    charter.id = in.slug(*root, QString(), u"id"_s);
    charter.name = in.text(*root, QString(), u"name"_s, JsonReader::Required);
    charter.area = in.text(*root, QString(), u"area"_s, JsonReader::Optional);
    charter.source = in.text(*root, QString(), u"source"_s, JsonReader::Optional);

    static const QRegularExpression colourPattern(u"^#[0-9a-fA-F]{6}$"_s);
    QSet<QString> seen;
    const auto principles = in.objects(*root, QString(), u"principles"_s, JsonReader::Required);
    if (principles.isEmpty() && root->value(u"principles"_s).isArray())
        in.error(u"principles"_s, tr("is empty (a charter needs at least one principle)"));
    for (const auto &[path, object] : principles) {
        in.allowOnly(object, path, { u"id"_s, u"title"_s, u"easy_read"_s, u"colour"_s, u"commitments"_s });
        Principle principle;
        principle.id = in.slug(object, path, u"id"_s);
        if (!principle.id.isEmpty() && seen.contains(principle.id))
            in.error(JsonReader::join(path, u"id"_s),
                     tr("%1 is used by another principle already (ids must be unique)")
                         .arg(JsonReader::quoted(principle.id)));
        seen.insert(principle.id);
        principle.title = in.text(object, path, u"title"_s, JsonReader::Required);
        principle.easyRead = in.text(object, path, u"easy_read"_s, JsonReader::Optional);
        principle.colour = in.text(object, path, u"colour"_s, JsonReader::Optional);
        if (!principle.colour.isEmpty() && !colourPattern.match(principle.colour).hasMatch())
            in.error(JsonReader::join(path, u"colour"_s),
                     tr("%1 is not a colour (expected #RRGGBB, e.g. \"#1b5e9e\")")
                         .arg(JsonReader::quoted(principle.colour)));
        const QJsonArray commitments = in.array(object, path, u"commitments"_s, JsonReader::Optional);
        for (qsizetype i = 0; i < commitments.size(); ++i) {
            const QString itemPath = JsonReader::item(JsonReader::join(path, u"commitments"_s), i);
            if (!commitments.at(i).isString() || commitments.at(i).toString().trimmed().isEmpty())
                in.error(itemPath,
                         tr("expected the text of a commitment, found %1")
                             .arg(JsonReader::describe(commitments.at(i))));
            else
                principle.commitments << commitments.at(i).toString();
        }
        charter.principles << principle;
    }

    if (!in.ok()) {
        *errors = in.errors();
        return std::nullopt;
    }
    return charter;
}

QByteArray CharterFormat::write(const Charter &charter)
{
    JsonWriter out;
    out.beginObject();
    out.field(u"format"_s, formatName());
    out.field(u"id"_s, charter.id);
    out.field(u"name"_s, charter.name);
    out.optionalField(u"area"_s, charter.area);
    out.optionalField(u"source"_s, charter.source);
    out.objectList(
        u"principles"_s, charter.principles,
        [&](const Principle &principle) {
            out.field(u"id"_s, principle.id);
            out.field(u"title"_s, principle.title);
            out.optionalField(u"easy_read"_s, principle.easyRead);
            out.optionalField(u"colour"_s, principle.colour);
            out.textList(u"commitments"_s, principle.commitments, true);
        },
        true);
    out.endObject();
    return out.data();
}

} // namespace Coproduce
