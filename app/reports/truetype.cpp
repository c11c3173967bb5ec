// SPDX-License-Identifier: GPL-3.0-or-later
#include "truetype.h"

#include <hb-subset.h>

#include <QtEndian>

#include <algorithm>
#include <array>

namespace Coproduce {

namespace {

quint16 u16(const QByteArray &table, int offset)
{
    return offset + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + offset) : 0;
}

qint16 s16(const QByteArray &table, int offset)
{
    return qint16(u16(table, offset));
}

void put16(QByteArray &out, quint32 value)
{
    out += char(value >> 8);
    out += char(value & 0xff);
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value >> 16);
    put16(out, value & 0xffff);
}

} // namespace

TrueType::TrueType(const QRawFont &font)
    : m_font(font)
    , m_head(font.fontTable("head"))
    , m_hhea(font.fontTable("hhea"))
    , m_hmtx(font.fontTable("hmtx"))
    , m_os2(font.fontTable("OS/2"))
    , m_post(font.fontTable("post"))
    , m_glyf(font.fontTable("glyf"))
{
    m_unitsPerEm = qMax<int>(16, u16(m_head, 18));
    m_horizontalMetrics = u16(m_hhea, 34);
}

QByteArray TrueType::subset(const QList<quint32> &glyphs) const
{
    // Qt gives a font's tables one by one, not its file (which may be one of a collection): the subsetter is
    // given a font file made of the tables a PDF's CID font uses. (Without 'cmap', 'name' and the layout
    // tables: the page's codes are glyph numbers, and the text is shaped already.)
    // (Sorted, as a font's directory must be.)
    static constexpr std::array<const char *, 9> Tags
        = { "OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post" };
    QList<QPair<QByteArray, QByteArray>> tables;
    for (const char *tag : Tags)
        if (QByteArray table = m_font.fontTable(tag); !table.isEmpty())
            tables.append({ QByteArray(tag), std::move(table) });
    QByteArray file;
    put32(file, 0x00010000);
    const int count = int(tables.size());
    int power = 1, log = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log;
    }
    put16(file, count);
    put16(file, power * 16);
    put16(file, log);
    put16(file, count * 16 - power * 16);
    quint32 offset = 12 + 16 * count;
    for (const auto &[tag, table] : std::as_const(tables)) {
        file += tag;
        put32(file, 0); // checksums: read by nobody here, and written again by the subsetter
        put32(file, offset);
        put32(file, quint32(table.size()));
        offset += (quint32(table.size()) + 3) & ~3u;
    }
    for (const auto &[tag, table] : std::as_const(tables)) {
        file += table;
        file += QByteArray((4 - table.size() % 4) % 4, '\0');
    }

    hb_blob_t *blob
        = hb_blob_create(file.constData(), unsigned(file.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    QByteArray out;
    if (input) {
        hb_set_t *set = hb_subset_input_glyph_set(input);
        for (const quint32 glyph : glyphs)
            hb_set_add(set, glyph);
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
        if (hb_face_t *cut = hb_subset_or_fail(face, input)) {
            hb_blob_t *data = hb_face_reference_blob(cut);
            unsigned length = 0;
            const char *bytes = hb_blob_get_data(data, &length);
            out = QByteArray(bytes, qsizetype(length));
            hb_blob_destroy(data);
            hb_face_destroy(cut);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
    return out;
}

qreal TrueType::width(quint32 glyph) const
{
    if (m_horizontalMetrics == 0)
        return 0;
    const int entry = int(qMin<quint32>(glyph, quint32(m_horizontalMetrics - 1)));
    return u16(m_hmtx, entry * 4) * 1000.0 / m_unitsPerEm;
}

QRect TrueType::box() const
{
    return QRect(QPoint(scaled(s16(m_head, 36)), scaled(s16(m_head, 38))),
                 QPoint(scaled(s16(m_head, 40)), scaled(s16(m_head, 42))));
}

int TrueType::ascent() const
{
    return scaled(s16(m_hhea, 4));
}

int TrueType::descent() const
{
    return scaled(s16(m_hhea, 6));
}

int TrueType::capHeight() const
{
    // OS/2 version 2 on has it; before, the ascent is the nearest a reader gets.
    return u16(m_os2, 0) >= 2 && m_os2.size() >= 90 ? scaled(s16(m_os2, 88)) : ascent();
}

qreal TrueType::italicAngle() const
{
    return m_post.size() >= 8 ? qFromBigEndian<qint32>(m_post.constData() + 4) / 65536.0 : 0;
}

} // namespace Coproduce
