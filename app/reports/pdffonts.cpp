// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffonts.h"

#include "pdffile.h"
#include "truetype.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPainterPath>

#include <algorithm>

namespace Coproduce {

namespace {

// A PDF name for the font, from its family and style ("DejaVuSans-Bold").
QByteArray postScriptName(const QRawFont &raw)
{
    QByteArray name = raw.familyName().toLatin1();
    name.replace(' ', "");
    const QByteArray style = raw.styleName().toLatin1().replace(' ', "");
    if (!style.isEmpty() && style != "Regular" && style != "Book")
        name += '-' + style;
    return name;
}

// The six capital letters a subset's name begins with, the same for the same glyphs.
QByteArray subsetTag(const QList<quint32> &glyphs)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const quint32 glyph : glyphs)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&glyph), sizeof glyph));
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest.at(i)) % 26);
    return tag + '+';
}

// A glyph number as a two-byte code, highest byte first.
QByteArray twoBytes(quint32 glyph)
{
    const char bytes[2] = { char(glyph >> 8), char(glyph & 0xff) };
    return QByteArray(bytes, 2);
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xff);
    }
    return PdfFile::hex(bytes);
}

} // namespace

PdfFonts::PdfFonts(PdfFile *file)
    : m_file(file)
{
}

PdfFonts::~PdfFonts() = default;

int PdfFonts::font(const QRawFont &raw)
{
    const QString key = raw.familyName() + u'\n' + raw.styleName() + u'\n' + QString::number(raw.weight())
        + u'\n' + QString::number(int(raw.style()));
    if (const auto found = m_byName.constFind(key); found != m_byName.cend())
        return *found;
    Embedded font;
    font.raw = raw;
    font.outlines = raw.fontTable("glyf").isEmpty();
    const int index = int(m_fonts.size());
    if (!font.outlines) {
        font.truetype = std::make_shared<const TrueType>(raw);
        font.resource = int(m_resources.size());
        m_resources.append({ m_file->reserve(), index, {} });
    }
    m_fonts.push_back(std::move(font));
    m_byName.insert(key, index);
    return index;
}

PdfFonts::Code PdfFonts::encode(int index, quint32 glyph)
{
    Embedded &font = m_fonts[size_t(index)];
    if (!font.outlines) {
        if (!font.codes.contains(glyph)) {
            font.codes.insert(glyph, {});
            font.used.append(glyph);
        }
        return { font.resource, twoBytes(glyph) };
    }
    auto code = font.codes.constFind(glyph);
    if (code == font.codes.cend()) {
        // A Type 3 font holds 255 glyphs (codes 1 to 255): a new one when the last is full.
        if (font.resource < 0 || m_resources.at(font.resource).glyphs.size() >= 255) {
            font.resource = int(m_resources.size());
            m_resources.append({ m_file->reserve(), index, {} });
        }
        QList<quint32> &glyphs = m_resources[font.resource].glyphs;
        glyphs.append(glyph);
        font.used.append(glyph);
        code = font.codes.insert(glyph, { font.resource, char(glyphs.size()) });
    }
    return { code->first, QByteArray(1, code->second) };
}

qreal PdfFonts::width(int index, quint32 glyph)
{
    Embedded &font = m_fonts[size_t(index)];
    if (font.truetype)
        return font.truetype->width(glyph);
    auto found = font.widths.constFind(glyph);
    if (found == font.widths.cend()) {
        QRawFont raw = font.raw;
        raw.setPixelSize(1000);
        const QList<QPointF> advance = raw.advancesForGlyphIndexes(QList<quint32> { glyph });
        found = font.widths.insert(glyph, advance.isEmpty() ? 0 : qRound(advance.first().x()));
    }
    return *found;
}

void PdfFonts::map(int font, quint32 glyph, const QString &text)
{
    QMap<quint32, QString> &unicode = m_fonts[size_t(font)].unicode;
    if (!unicode.contains(glyph))
        unicode.insert(glyph, text);
}

QByteArray PdfFonts::resourceName(int resource)
{
    return "/F" + QByteArray::number(resource + 1);
}

QByteArray PdfFonts::resources() const
{
    QByteArray out;
    for (qsizetype i = 0; i < m_resources.size(); ++i)
        out += resourceName(int(i)) + ' ' + PdfFile::ref(m_resources.at(i).object) + ' ';
    return out;
}

bool PdfFonts::write(QString *error)
{
    for (const Resource &resource : std::as_const(m_resources)) {
        const Embedded &font = m_fonts.at(size_t(resource.font));
        if (!font.outlines) {
            if (!writeTrueType(font, resource, error))
                return false;
        } else {
            writeOutlines(font, resource);
        }
    }
    return true;
}

int PdfFonts::toUnicode(const QList<QPair<QByteArray, QString>> &codes, int codeBytes)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n";
    cmap += codeBytes == 2 ? "<0000> <FFFF>\n" : "<00> <FF>\n";
    cmap += "endcodespacerange\n";
    for (qsizetype i = 0; i < codes.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, codes.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            cmap += '<' + PdfFile::hex(codes.at(j).first) + "> <" + utf16Hex(codes.at(j).second) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    const int id = m_file->reserve();
    m_file->stream(id, QByteArray(), cmap);
    return id;
}

bool PdfFonts::writeTrueType(const Embedded &font, const Resource &resource, QString *error)
{
    const TrueType &truetype = *font.truetype;
    QList<quint32> glyphs = font.used;
    glyphs.append(0);
    std::sort(glyphs.begin(), glyphs.end());
    glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
    const QByteArray program = truetype.subset(glyphs);
    if (program.isEmpty()) {
        *error = QCoreApplication::translate("PdfFonts",
                                             "the font “%1” could not be cut down to the letters used")
                     .arg(font.raw.familyName());
        return false;
    }
    const QByteArray name = PdfFile::name(subsetTag(glyphs) + postScriptName(font.raw));

    const int fontFile = m_file->reserve();
    m_file->stream(fontFile, " /Length1 " + QByteArray::number(program.size()), program);
    // PDF/A-1 asks a subset to list its glyphs: a bit for each, from glyph 0, the highest bit first.
    QByteArray bits((glyphs.last() / 8) + 1, '\0');
    for (const quint32 glyph : glyphs)
        bits[qsizetype(glyph / 8)] = char(bits.at(qsizetype(glyph / 8)) | (0x80 >> (glyph % 8)));
    const int cidSet = m_file->reserve();
    m_file->stream(cidSet, QByteArray(), bits);

    const QRect box = truetype.box();
    const int descriptor = m_file->reserve();
    m_file->object(descriptor,
                   "<< /Type /FontDescriptor /FontName " + name + " /Flags 4 /FontBBox ["
                       + QByteArray::number(box.left()) + ' ' + QByteArray::number(box.top()) + ' '
                       + QByteArray::number(box.right()) + ' ' + QByteArray::number(box.bottom())
                       + "] /ItalicAngle " + PdfFile::number(truetype.italicAngle()) + " /Ascent "
                       + QByteArray::number(truetype.ascent()) + " /Descent "
                       + QByteArray::number(truetype.descent()) + " /CapHeight "
                       + QByteArray::number(truetype.capHeight()) + " /StemV 80 /FontFile2 "
                       + PdfFile::ref(fontFile) + " /CIDSet " + PdfFile::ref(cidSet) + " >>");

    // Widths, runs of consecutive glyphs together: [3 [600 620] 17 [500]].
    QByteArray widths;
    for (qsizetype i = 0; i < glyphs.size();) {
        qsizetype j = i;
        widths += QByteArray::number(glyphs.at(i)) + " [";
        do {
            PdfFile::appendNumber(widths, truetype.width(glyphs.at(j)));
            widths += ' ';
            ++j;
        } while (j < glyphs.size() && glyphs.at(j) == glyphs.at(j - 1) + 1);
        widths += "] ";
        i = j;
    }
    const int cidFont = m_file->reserve();
    m_file->object(cidFont,
                   "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name
                       + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                         " /FontDescriptor "
                       + PdfFile::ref(descriptor) + " /DW 1000 /W [" + widths
                       + "] /CIDToGIDMap /Identity >>");

    QList<QPair<QByteArray, QString>> codes;
    for (auto it = font.unicode.cbegin(); it != font.unicode.cend(); ++it)
        codes.append({ twoBytes(it.key()), it.value() });
    const int unicode = toUnicode(codes, 2);
    m_file->object(resource.object,
                   "<< /Type /Font /Subtype /Type0 /BaseFont " + name
                       + " /Encoding /Identity-H /DescendantFonts [" + PdfFile::ref(cidFont) + "] /ToUnicode "
                       + PdfFile::ref(unicode) + " >>");
    return true;
}

void PdfFonts::writeOutlines(const Embedded &font, const Resource &resource)
{
    // Drawn a thousand units to the em, y up, as the font matrix says.
    QRawFont raw = font.raw;
    raw.setPixelSize(1000);
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(resource.glyphs);
    QByteArray procs, names, widths;
    QRectF all;
    QList<QPair<QByteArray, QString>> codes;
    for (qsizetype i = 0; i < resource.glyphs.size(); ++i) {
        const quint32 glyph = resource.glyphs.at(i);
        const QPainterPath path = raw.pathForGlyph(glyph);
        const QRectF box = path.boundingRect();
        all = all.united(box);
        const int width = qRound(advances.at(i).x());
        QByteArray ops = QByteArray::number(width) + " 0 " + QByteArray::number(qFloor(box.left())) + ' '
            + QByteArray::number(qFloor(-box.bottom())) + ' ' + QByteArray::number(qCeil(box.right())) + ' '
            + QByteArray::number(qCeil(-box.top())) + " d1\n";
        for (int e = 0; e < path.elementCount(); ++e) {
            const QPainterPath::Element el = path.elementAt(e);
            if (el.isCurveTo()) {
                for (int k = 0; k < 3; ++k) {
                    const QPainterPath::Element p = path.elementAt(e + k);
                    PdfFile::appendNumber(ops, p.x);
                    ops += ' ';
                    PdfFile::appendNumber(ops, -p.y);
                    ops += ' ';
                }
                ops += "c\n";
                e += 2;
                continue;
            }
            PdfFile::appendNumber(ops, el.x);
            ops += ' ';
            PdfFile::appendNumber(ops, -el.y);
            ops += el.isMoveTo() ? " m\n" : " l\n";
        }
        ops += "f\n";
        const int proc = m_file->reserve();
        m_file->stream(proc, QByteArray(), ops);
        const QByteArray glyphName = "/g" + QByteArray::number(glyph);
        procs += glyphName + ' ' + PdfFile::ref(proc) + ' ';
        names += glyphName + ' ';
        widths += QByteArray::number(width) + ' ';
        if (const QString text = font.unicode.value(glyph); !text.isEmpty())
            codes.append({ QByteArray(1, char(i + 1)), text });
    }
    const int unicode = toUnicode(codes, 1);
    m_file->object(
        resource.object,
        "<< /Type /Font /Subtype /Type3 /FontBBox [" + QByteArray::number(qFloor(all.left())) + ' '
            + QByteArray::number(qFloor(-all.bottom())) + ' ' + QByteArray::number(qCeil(all.right())) + ' '
            + QByteArray::number(qCeil(-all.top())) + "] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << "
            + procs + ">> /Encoding << /Type /Encoding /Differences [1 " + names
            + "] >> /FirstChar 1 /LastChar " + QByteArray::number(resource.glyphs.size()) + " /Widths ["
            + widths + "] /Resources << >> /ToUnicode " + PdfFile::ref(unicode) + " >>");
}

} // namespace Coproduce
