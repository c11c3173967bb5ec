// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QRect>

namespace Coproduce {

// What a PDF needs of a TrueType font, read from its tables: the font cut down to some glyphs, and the
// numbers its descriptor and widths give.
class TrueType final
{
public:
    explicit TrueType(const QRawFont &font);

    // Whether the font has TrueType outlines (a 'glyf' table) to embed.
    bool hasGlyphs() const { return !m_glyf.isEmpty(); }
    // The font with only `glyphs` (and glyph 0) in it, each keeping its number, without hinting or layout
    // tables, cut by HarfBuzz's subsetter. Empty if it could not be.
    QByteArray subset(const QList<quint32> &glyphs) const;
    // A glyph's advance in thousandths of the em, as the font itself says (PDF/A readers check the PDF's
    // widths against it).
    qreal width(quint32 glyph) const;
    int unitsPerEm() const { return m_unitsPerEm; }
    QRect box() const; // the font's bounding box, in thousandths of the em, y up
    int ascent() const;
    int descent() const;
    int capHeight() const;
    qreal italicAngle() const;

private:
    int scaled(int units) const { return units * 1000 / m_unitsPerEm; }

    QRawFont m_font;
    QByteArray m_head;
    QByteArray m_hhea;
    QByteArray m_hmtx;
    QByteArray m_os2;
    QByteArray m_post;
    QByteArray m_glyf;
    int m_unitsPerEm = 1000;
    int m_horizontalMetrics = 0;
};

} // namespace Coproduce
