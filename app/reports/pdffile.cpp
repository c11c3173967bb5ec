// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffile.h"

#include <zlib.h>

#include <cmath>

namespace Coproduce {

PdfFile::PdfFile()
{
    // The second line's four bytes above 127 tell a reader the file is binary (PDF/A-1 asks for it).
    m_out.reserve(1 << 20);
    m_out += "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
}

int PdfFile::reserve()
{
    m_offsets.append(-1);
    return int(m_offsets.size());
}

void PdfFile::object(int id, const QByteArray &body)
{
    m_offsets[id - 1] = m_out.size();
    m_out += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfFile::stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress)
{
    // Level 3: within a few percent of the default's size at half its time (measured on minutes' pages
    // and fonts).
    const QByteArray packed = compress ? deflate(data, 3) : data;
    m_offsets[id - 1] = m_out.size();
    m_out += QByteArray::number(id) + " 0 obj\n<<" + dictionary + (compress ? " /Filter /FlateDecode" : "")
        + " /Length " + QByteArray::number(packed.size()) + " >>\nstream\n";
    m_out += packed;
    m_out += "\nendstream\nendobj\n";
}

QByteArray PdfFile::finish(int root, int info, const QByteArray &fileId)
{
    const qint64 xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qint64 offset : std::as_const(m_offsets))
        m_out += QByteArray::number(qMax<qint64>(offset, 0)).rightJustified(10, '0')
            + (offset < 0 ? " 00000 f \n" : " 00000 n \n");
    const QByteArray id = '<' + hex(fileId) + '>';
    m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " + ref(root)
        + " /Info " + ref(info) + " /ID [" + id + ' ' + id + "] >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return std::move(m_out);
}

QByteArray PdfFile::ref(int id)
{
    return QByteArray::number(id) + " 0 R";
}

void PdfFile::appendNumber(QByteArray &out, qreal value)
{
    // Hundredths as a whole number: faster than formatting a double, and exact to what a page shows.
    qint64 hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    out += QByteArray::number(hundredths / 100);
    if (const int rest = int(hundredths % 100)) {
        out += '.';
        out += char('0' + rest / 10);
        if (rest % 10)
            out += char('0' + rest % 10);
    }
}

QByteArray PdfFile::number(qreal value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

QByteArray PdfFile::text(const QString &value)
{
    bool ascii = true;
    for (const QChar c : value)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        QByteArray out = "(";
        for (const QChar c : value) {
            if (c == u'(' || c == u')' || c == u'\\')
                out += '\\';
            out += char(c.unicode());
        }
        return out + ')';
    }
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : value) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + hex(utf16) + '>';
}

QByteArray PdfFile::name(const QByteArray &value)
{
    QByteArray out = "/";
    for (const char c : value) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+'
            || c == '_')
            out += c;
        else
            out += '#' + QByteArray(1, c).toHex().toUpper();
    }
    return out;
}

QByteArray PdfFile::hex(const QByteArray &bytes)
{
    return bytes.toHex().toUpper();
}

QByteArray PdfFile::deflate(const QByteArray &data, int level)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.data()),
                  uLong(data.size()), level)
        != Z_OK)
        return QByteArray();
    out.truncate(qsizetype(size));
    return out;
}

} // namespace Coproduce
