// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace Coproduce {

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({ true, 0 });
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (level.items > 0)
        newline();
    m_out += '}';
    if (m_levels.isEmpty())
        m_out += '\n';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({ false, 0 });
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (level.items > 0)
        newline();
    m_out += ']';
    if (m_levels.isEmpty())
        m_out += '\n';
}

void JsonWriter::key(const QString &name)
{
    Level &level = m_levels.last();
    if (level.items++ > 0)
        m_out += ',';
    newline();
    writeString(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::boolean(bool yes)
{
    beforeValue();
    m_out += yes ? "true" : "false";
}

void JsonWriter::field(const QString &name, const QString &text)
{
    key(name);
    value(text);
}

void JsonWriter::field(const QString &name, qint64 number)
{
    key(name);
    value(number);
}

void JsonWriter::optionalField(const QString &name, const QString &text)
{
    if (!text.isEmpty())
        field(name, text);
}

void JsonWriter::textList(const QString &name, const QStringList &items, bool always)
{
    if (items.isEmpty() && !always)
        return;
    key(name);
    beginArray();
    for (const QString &item : items)
        value(item);
    endArray();
}

QByteArray JsonWriter::data() const
{
    return m_out;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.items++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(2 * m_levels.size(), ' ');
}

void JsonWriter::writeString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20) {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

} // namespace Coproduce
