// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include <QtEndian>

#include <zlib.h>

namespace Coproduce {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Raw deflate (no zlib header), as ZIP's method 8 wants it.
QByteArray deflated(const QByteArray &data)
{
    z_stream s {};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.truncate(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

// 1 January 1980, the earliest time ZIP can say: the same document always makes the same bytes.
constexpr quint16 DosTime = 0;
constexpr quint16 DosDate = (0 << 9) | (1 << 5) | 1;

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    e.size = quint32(data.size());
    const QByteArray packed = compress ? deflated(data) : data;
    e.method = compress ? 8 : 0;
    e.packedSize = quint32(packed.size());
    e.offset = quint32(m_data.size());
    put32(m_data, 0x04034b50);
    put16(m_data, 20); // version needed: 2.0
    put16(m_data, 1 << 11); // the name is UTF-8
    put16(m_data, e.method);
    put16(m_data, DosTime);
    put16(m_data, DosDate);
    put32(m_data, e.crc);
    put32(m_data, e.packedSize);
    put32(m_data, e.size);
    put16(m_data, quint16(e.name.size()));
    put16(m_data, 0); // no extra field
    m_data += e.name;
    m_data += packed;
    m_entries.append(e);
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directory = quint32(out.size());
    for (const Entry &e : m_entries) {
        put32(out, 0x02014b50);
        put16(out, 20); // made by: 2.0
        put16(out, 20);
        put16(out, 1 << 11);
        put16(out, e.method);
        put16(out, DosTime);
        put16(out, DosDate);
        put32(out, e.crc);
        put32(out, e.packedSize);
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, e.offset);
        out += e.name;
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

} // namespace Coproduce
