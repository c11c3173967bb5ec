// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcontent.h"

#include "pdffile.h"
#include "pdffonts.h"

#include <QPainter>
#include <QPainterPath>
#include <QRawFont>

namespace Coproduce {

PdfImages::PdfImages(PdfFile *file)
    : m_file(file)
{
}

QByteArray PdfImages::image(const QImage &image)
{
    if (const auto found = m_names.constFind(image.cacheKey()); found != m_names.cend())
        return *found;
    QImage flat(image.size(), QImage::Format_RGB888);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray pixels;
    pixels.reserve(qsizetype(flat.width()) * flat.height() * 3);
    for (int y = 0; y < flat.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(flat.constScanLine(y)), qsizetype(flat.width()) * 3);
    const int id = m_file->reserve();
    m_file->stream(id,
                   " /Type /XObject /Subtype /Image /Width " + QByteArray::number(flat.width()) + " /Height "
                       + QByteArray::number(flat.height()) + " /ColorSpace /DeviceRGB /BitsPerComponent 8",
                   pixels);
    const QByteArray name = "/Im" + QByteArray::number(m_names.size() + 1);
    m_names.insert(image.cacheKey(), name);
    m_resources += name + ' ' + PdfFile::ref(id) + ' ';
    return name;
}

PdfContent::PdfContent(PdfFonts *fonts, PdfImages *images)
    : m_fonts(fonts)
    , m_images(images)
{
    m_ops.reserve(1 << 16);
}

void PdfContent::restore()
{
    m_ops += "Q\n";
    m_fill = m_stroke = QColor();
}

void PdfContent::transform(const QTransform &m)
{
    for (const qreal v : { m.m11(), m.m12(), m.m21(), m.m22(), m.dx(), m.dy() }) {
        // (Six decimals for the scale and turn: two would distort a small picture drawn large.)
        m_ops += QByteArray::number(v, 'f', 6);
        while (m_ops.endsWith('0'))
            m_ops.chop(1);
        if (m_ops.endsWith('.'))
            m_ops.chop(1);
        m_ops += ' ';
    }
    m_ops += "cm\n";
}

void PdfContent::colour(const QColor &c, const char *op, QColor *current)
{
    if (c.rgb() == current->rgb() && current->isValid())
        return;
    *current = c;
    // No transparency in PDF/A-1: a see-through colour is mixed with the white page.
    const qreal alpha = c.alphaF();
    for (const qreal v : { c.redF(), c.greenF(), c.blueF() }) {
        PdfFile::appendNumber(m_ops, v * alpha + (1 - alpha));
        m_ops += ' ';
    }
    m_ops += op;
    m_ops += '\n';
}

void PdfContent::fill(const QColor &c)
{
    colour(c, "rg", &m_fill);
}

void PdfContent::stroke(const QColor &c)
{
    colour(c, "RG", &m_stroke);
}

void PdfContent::path(const QPainterPath &path, const QTransform &matrix)
{
    const auto point = [&](const QPointF &p) {
        const QPointF q = matrix.map(p);
        PdfFile::appendNumber(m_ops, q.x());
        m_ops += ' ';
        PdfFile::appendNumber(m_ops, q.y());
        m_ops += ' ';
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isCurveTo() && i + 2 < path.elementCount()) {
            point(e);
            point(path.elementAt(i + 1));
            point(path.elementAt(i + 2));
            m_ops += "c\n";
            i += 2;
        } else {
            point(e);
            m_ops += e.isMoveTo() ? "m\n" : "l\n";
        }
    }
}

void PdfContent::rect(const QRectF &r)
{
    for (const qreal v : { r.x(), r.y(), r.width(), r.height() }) {
        PdfFile::appendNumber(m_ops, v);
        m_ops += ' ';
    }
    m_ops += "re\n";
}

void PdfContent::glyphs(const QGlyphRun &run, const QPointF &offset, const QColor &colour)
{
    QList<quint32> indexes = run.glyphIndexes();
    QList<QPointF> positions = run.positions();
    if (indexes.isEmpty())
        return;
    // Right-to-left glyphs are drawn from the left: readers take the order they are drawn in as the order
    // they are seen in, and put right-to-left letters back into reading order themselves (poppler reads
    // Qt's order, the first letter first, backwards). (Qt 6.4 does not mark a run right-to-left.)
    if (positions.size() > 1 && positions.first().x() > positions.last().x()) {
        std::reverse(indexes.begin(), indexes.end());
        std::reverse(positions.begin(), positions.end());
    }
    const QRawFont raw = run.rawFont();
    const qreal size = raw.pixelSize();
    const int font = m_fonts->font(raw);
    fill(colour);
    m_ops += "BT\n";
    int resource = -1;
    qreal penX = 0, lineY = 0;
    bool open = false; // inside [ ] TJ
    bool inHex = false; // inside < >
    const auto close = [&] {
        if (inHex)
            m_ops += '>';
        if (open)
            m_ops += "] TJ\n";
        open = inHex = false;
    };
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const PdfFonts::Code code = m_fonts->encode(font, indexes.at(i));
        const QPointF at = positions.at(i) + offset;
        if (code.resource != resource) {
            close();
            resource = code.resource;
            m_ops += PdfFonts::resourceName(resource) + ' ';
            PdfFile::appendNumber(m_ops, size);
            m_ops += " Tf\n";
        }
        // A glyph off the line (a mark placed above or below) starts a new line of its own; along it, the
        // glyph's distance from where the font's advance put it is said in the TJ's numbers.
        if (!open || qAbs(at.y() - lineY) > 0.01) {
            close();
            m_ops += "1 0 0 -1 ";
            PdfFile::appendNumber(m_ops, at.x());
            m_ops += ' ';
            PdfFile::appendNumber(m_ops, at.y());
            m_ops += " Tm\n[";
            open = true;
            penX = at.x();
            lineY = at.y();
        }
        const qreal shift = (penX - at.x()) * 1000 / size;
        if (qAbs(shift)
            >= 4) { // (4 thousandths of the em: a 20th of a point at 11 pt, a 50th of a millimetre)
            if (inHex)
                m_ops += '>';
            inHex = false;
            PdfFile::appendNumber(m_ops, shift);
            penX = at.x();
        }
        if (!inHex)
            m_ops += '<';
        inHex = true;
        m_ops += PdfFile::hex(code.bytes);
        penX += m_fonts->width(font, indexes.at(i)) * size / 1000;
    }
    close();
    m_ops += "ET\n";
}

bool PdfContent::mapsOneToOne(const QGlyphRun &run, const QString &text)
{
    const QList<quint32> glyphs = run.glyphIndexes();
    const QRawFont raw = run.rawFont();
    // A line's last spaces have no glyphs.
    QString drawn = text;
    while (drawn.size() > glyphs.size() && !drawn.isEmpty() && drawn.back().isSpace())
        drawn.chop(1);
    if (glyphs != raw.glyphIndexesForString(drawn))
        return false;
    const QList<uint> letters = drawn.toUcs4();
    if (letters.size() != glyphs.size())
        return false;
    const int font = m_fonts->font(raw);
    for (qsizetype i = 0; i < glyphs.size(); ++i)
        m_fonts->map(font, glyphs.at(i),
                     QString::fromUcs4(reinterpret_cast<const char32_t *>(&letters.at(i)), 1));
    return true;
}

void PdfContent::map(const QRawFont &font, quint32 glyph, const QString &text)
{
    m_fonts->map(m_fonts->font(font), glyph, text);
}

void PdfContent::image(const QImage &image, const QRectF &target)
{
    const QByteArray name = m_images->image(image);
    save();
    // The image's unit square, upright on a page whose y runs down.
    transform(QTransform(target.width(), 0, 0, -target.height(), target.left(), target.bottom()));
    m_ops += name + " Do\n";
    restore();
}

void PdfContent::beginTagged(const QByteArray &tag, int mcid)
{
    m_ops += '/' + tag + " << /MCID " + QByteArray::number(mcid) + " >> BDC\n";
}

void PdfContent::beginArtifact(const QByteArray &properties)
{
    m_ops += "/Artifact << " + properties + " >> BDC\n";
}

void PdfContent::beginActualText(const QString &text)
{
    m_ops += "/Span << /ActualText " + PdfFile::text(text) + " >> BDC\n";
}

} // namespace Coproduce
