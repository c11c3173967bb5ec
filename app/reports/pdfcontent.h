// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QGlyphRun>
#include <QHash>
#include <QImage>

class QPainterPath;
class QTransform;

namespace Coproduce {

class PdfFile;
class PdfFonts;

// The pictures (images) of one PDF, each written once however often it is drawn.
class PdfImages final
{
public:
    explicit PdfImages(PdfFile *file);
    // The image's resource name ("/Im2"); written now, on a white ground (PDF/A-1 has no transparency).
    QByteArray image(const QImage &image);
    // "/Im1 7 0 R ..." for the page resources' /XObject dictionary.
    QByteArray resources() const { return m_resources; }

private:
    PdfFile *m_file;
    QHash<qint64, QByteArray> m_names; // by QImage::cacheKey()
    QByteArray m_resources;
};

// The operators of one page's content stream. The page is drawn in the layout's pixels, y down, from the
// top left of the body (the caller's first transform says where that is on the page).
class PdfContent final
{
public:
    PdfContent(PdfFonts *fonts, PdfImages *images);

    QByteArray &ops() { return m_ops; }
    void save() { m_ops += "q\n"; }
    void restore();
    void transform(const QTransform &matrix);
    void fill(const QColor &colour);
    void stroke(const QColor &colour);
    // The path's points, moved by `matrix` (m, l, c, h operators); nothing painted yet.
    void path(const QPainterPath &path, const QTransform &matrix);
    void rect(const QRectF &rect);
    // Draws a glyph run (positions in the layout's coordinates) moved by `offset`, in `colour`.
    void glyphs(const QGlyphRun &run, const QPointF &offset, const QColor &colour);
    void image(const QImage &image, const QRectF &target);
    // Whether each of the run's glyphs stands for one letter of `text`, in order (as in a left-to-right run
    // with no ligature); if so, its font's ToUnicode map is told.
    bool mapsOneToOne(const QGlyphRun &run, const QString &text);
    // Glyph `glyph` of `font` stands for `text` (the first said is kept).
    void map(const QRawFont &font, quint32 glyph, const QString &text);

    // Marked content: a structure element's part (`mcid`), an artifact, or a span whose letters are `text`.
    void beginTagged(const QByteArray &tag, int mcid);
    void beginArtifact(const QByteArray &properties);
    void beginActualText(const QString &text);
    void end() { m_ops += "EMC\n"; }

private:
    void colour(const QColor &colour, const char *op, QColor *current);

    PdfFonts *m_fonts;
    PdfImages *m_images;
    QByteArray m_ops;
    QColor m_fill; // as last set in this graphics state (invalid: not known)
    QColor m_stroke;
};

} // namespace Coproduce
