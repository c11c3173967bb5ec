// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QTransform>

#include <memory>

class QPainter;
class QTextBlock;
class QTextDocument;
class QTextFrame;
class QTextTable;

namespace Coproduce {

class PagedText;
class PdfContent;
class PdfStructure;
struct TableGeometry;

// Draws a paged document's pages into a tagged PDF: each line of text as the glyphs Qt laid it out in, inside
// marked content that belongs to its structure element — a heading (H1 to H6), a paragraph, a list's items
// (their labels and bodies), a table's rows and header or data cells, a figure with its alternative text —
// made in reading order as the pages go by. Backgrounds, rules and a table's header row repeated on a later
// page are artifacts. What a table or picture means is read from the document's HTML (Qt's own document
// keeps no header cells' scope, no presentation tables and no alt text).
class PdfPages final
{
public:
    // `toPage` takes the body's coordinates (the layout's pixels from its top left) to the page's points.
    PdfPages(const PagedText &text, PdfStructure *structure, const QTransform &toPage);
    ~PdfPages();

    // The HTML each part of the text was made from is kept on its QTextDocument under this property.
    static constexpr const char *SourceProperty = "coproduceHtml";

    // Paints page `page`'s body, its top left at the content's origin.
    void paint(int page, PdfContent *content);

private:
    struct Source;
    struct Band
    {
        int part;
        qreal top; // in the whole text's coordinates
        qreal bottom;
        QPointF shift; // from the part's coordinates to the content's
        int page;
        bool artifact; // a header row repeated: drawn, not read
    };

    // Draws the whole text's stretch from `top` to `bottom`, moved down by `shift`.
    void wholeBand(qreal top, qreal bottom, qreal shift, int page, bool artifact, PdfContent *content);
    void frame(const QTextFrame *frame, const Band &band, int parent, PdfContent *content);
    void table(const QTextTable *table, const Band &band, int parent, PdfContent *content);
    // `origin`: where the block's layout is in its part.
    void block(const QTextBlock &block, const QPointF &origin, const Band &band, int parent, bool inCell,
               PdfContent *content);
    void listLabel(const QTextBlock &block, const QPointF &origin, const Band &band, PdfContent *content);
    void text(const QTextBlock &block, int line, const QPointF &origin, const Band &band, int element,
              int parent, PdfContent *content);
    // The structure element a block's text goes in (made the first time), or `parent` itself.
    int elementFor(const QTextBlock &block, int parent, bool inCell, const Band &band, const QPointF &origin);
    const TableGeometry &geometry(const QTextTable *table);
    Source &source(const QTextDocument *document);
    // The alternative text of the picture at `position`.
    QString alt(const QTextDocument *document, int position);

    const PagedText &m_text;
    PdfStructure *m_structure;
    QTransform m_toPage;
    QPainter *m_painter = nullptr; // on the page being painted (for pictures and rules)
    QHash<const void *, std::shared_ptr<Source>> m_sources;
    QHash<QPair<const void *, int>, int> m_elements;
    QHash<const void *, std::shared_ptr<TableGeometry>> m_geometry;
};

} // namespace Coproduce
