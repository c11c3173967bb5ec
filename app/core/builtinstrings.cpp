// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinstrings.h"

#include "builtincharters.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coproduce {
namespace {

QJsonObject resource(const QString &name)
{
    QFile file(u":/coproduce/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("A built-in resource is missing: %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString cString(const QString &text)
{
    QString out;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            out += u'\\';
        out += QChar::fromLatin1(c == '\n' ? 'n' : c);
    }
    // Bytes above 127 are UTF-8: put back as text, the source file is UTF-8.
    return QString::fromUtf8(out.toLatin1());
}

} // namespace

QList<BuiltInStrings::Entry> BuiltInStrings::fromResources()
{
    QList<Entry> out;
    QSet<QString> seen;
    const auto add = [&](const QString &context, const QString &text) {
        if (!text.isEmpty() && !seen.contains(context + u'\x1f' + text)) {
            seen.insert(context + u'\x1f' + text);
            out.append({ context, text });
        }
    };
    const QJsonObject ladder = resource(u"ladder.json"_s);
    for (const char *list : { "groups", "rungs" })
        for (const QJsonValue &v : ladder.value(QLatin1String(list)).toArray()) {
            add(u"Ladder"_s, v[u"name"_s].toString());
            add(u"Ladder"_s, v[u"description"_s].toString());
        }
    for (const QJsonValue &v : resource(u"words.json"_s).value(u"terms"_s).toArray()) {
        add(u"PlainWords"_s, v[u"plain"_s].toString());
        add(u"PlainWords"_s, v[u"explain"_s].toString());
    }
    for (const QString &id : BuiltInCharters::ids()) {
        const QJsonObject charter = resource(u"charters/"_s + id + u".json"_s);
        add(u"BuiltInCharters"_s, charter.value(u"name"_s).toString());
        for (const QJsonValue &p : charter.value(u"principles"_s).toArray()) {
            add(u"BuiltInCharters"_s, p[u"title"_s].toString());
            add(u"BuiltInCharters"_s, p[u"easy_read"_s].toString());
            for (const QJsonValue &c : p[u"commitments"_s].toArray())
                add(u"BuiltInCharters"_s, c.toString());
        }
    }
    return out;
}

QString BuiltInStrings::tableSource(const QList<Entry> &entries)
{
    // REUSE-IgnoreStart (the licence line below is the generated file's)
    QString out
        = u"// SPDX-License-Identifier: GPL-3.0-or-later\n"
          "// Written by `coproduce-docgen data-strings app/core/builtinstringstable.cpp` from resources/ "
          "(the ladder,\n// the hard words and the built-in charters) for lupdate to find; do not edit "
          "(see builtinstrings.h).\n"
          "#include \"builtinstrings.h\"\n\n#include <QtGlobal>\n\n"
          "namespace Coproduce {\nnamespace {\n\nstruct Row\n{\n    const char *context;\n"
          "    const char *text;\n};\n\nconst Row rows[] = {\n"_s;
    // REUSE-IgnoreEnd
    for (const Entry &e : entries)
        out += u"    { \"%1\", QT_TRANSLATE_NOOP(\"%1\", \"%2\") },\n"_s.arg(e.context, cString(e.text));
    out += u"};\n\n} // namespace\n\nQList<BuiltInStrings::Entry> BuiltInStrings::table()\n{\n"
           "    QList<Entry> out;\n    for (const Row &row : rows)\n"
           "        out.append({ QString::fromUtf8(row.context), QString::fromUtf8(row.text) });\n"
           "    return out;\n}\n\n} // namespace Coproduce\n"_s;
    return out;
}

QString BuiltInStrings::translated(const char *context, const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate(context, source.constData());
}

} // namespace Coproduce
