// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>

#include <memory>
#include <vector>

namespace Coproduce {

class PdfFile;
class TrueType;

// The fonts of one PDF: each font Qt laid text out in, with the glyphs drawn from it, embedded once.
//
// A TrueType font (DejaVu Sans, the Noto fonts of most scripts) is embedded as a CID font cut down to the
// glyphs used by HarfBuzz's subsetter, keeping each glyph's number, so the page's two-byte codes are the
// glyph numbers Qt shaped. A font of another kind (Noto Sans CJK is CFF) is drawn as a Type 3 font of its
// glyphs' outlines, 255 glyphs to a font. Each gets a ToUnicode map from the glyphs that stand for one
// letter each; text shaped otherwise (Urdu, Hindi, Bengali) carries its letters in the page itself
// (ActualText).
class PdfFonts final
{
public:
    explicit PdfFonts(PdfFile *file);
    ~PdfFonts();

    // The font's number here (the same for every size of it).
    int font(const QRawFont &raw);
    struct Code
    {
        int resource; // which /F<n> the code is drawn with
        QByteArray bytes; // the code in that font's encoding
    };
    Code encode(int font, quint32 glyph);
    // Glyph `glyph` of `font` stands for `text` (the first one said is kept).
    void map(int font, quint32 glyph, const QString &text);
    // A glyph's advance in thousandths of the em, as the embedded font says (the page's text is placed
    // by it, so a reader's idea of where the next glyph goes matches Qt's).
    qreal width(int font, quint32 glyph);
    // The resource name of font resource `resource` ("/F3").
    static QByteArray resourceName(int resource);
    // "/F1 7 0 R /F2 9 0 R ..." for the page resources' /Font dictionary.
    QByteArray resources() const;
    // Writes every font (after the last page). Returns false, with `error`, if one could not be cut down.
    bool write(QString *error);

private:
    struct Resource
    {
        int object;
        int font;
        QList<quint32> glyphs; // a Type 3 font's, by code from 1
    };
    struct Embedded
    {
        QRawFont raw;
        bool outlines = false; // no TrueType glyphs: a Type 3 font of outlines
        QMap<quint32, QString> unicode;
        QList<quint32> used; // in order of first use
        QHash<quint32, QPair<int, char>> codes; // Type 3: glyph to (resource, code)
        int resource = -1; // CID font: its one resource
        std::shared_ptr<const TrueType> truetype; // a CID font's tables
        QHash<quint32, qreal> widths; // a Type 3 font's, as drawn
    };

    bool writeTrueType(const Embedded &font, const Resource &resource, QString *error);
    void writeOutlines(const Embedded &font, const Resource &resource);
    int toUnicode(const QList<QPair<QByteArray, QString>> &codes, int codeBytes);

    PdfFile *m_file;
    QHash<QString, int> m_byName;
    std::vector<Embedded> m_fonts;
    QList<Resource> m_resources;
};

} // namespace Coproduce
