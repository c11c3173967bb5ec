// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablegeometry.h"

#include <QColor>
#include <QList>
#include <QPair>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace Coproduce {

// A text document laid out as one long page, cut into pages where a reader would want the cuts: never
// through a line or a table row, never just after a heading or a table's header row, never leaving one line
// of a paragraph alone at the foot or the head of a page (so a paragraph of up to three lines is whole);
// a marked table that goes on to another page starts it with its header row again. Qt's own paged layout does
// none of that (a heading can end a page, and a row is split line by line).
//
// It also draws the rules of the tables marked for it (border-style solid with no border width): Qt draws
// each cell's border as four separately styled edges, a seventh of the time of a minutes PDF.
class PagedText final
{
public:
    // `text` must already have its text width set and no page size. The marked tables' lines are drawn
    // `ruleWidth` wide in their border colour.
    PagedText(std::unique_ptr<QTextDocument> text, qreal pageHeight, qreal ruleWidth);
    // The same for a document laid out in parts (each as wide as the others), one after another.
    PagedText(std::vector<std::unique_ptr<QTextDocument>> parts, qreal pageHeight, qreal ruleWidth);
    ~PagedText();

    int pageCount() const { return int(m_pages.size()); }
    // The page showing document position `y` (the last page for anything below), and where page `page`
    // begins and ends in the document.
    int pageAt(qreal y) const;
    QPair<qreal, qreal> pageSpan(int page) const { return { m_pages.at(page).top, m_pages.at(page).bottom }; }
    QTextDocument *document(int part = 0) const { return m_parts.at(part).text.get(); }
    // Paints page `page` (from 0) with its top-left corner at the painter's origin, clipped to the page.
    void paint(QPainter *painter, int page) const;

    // How tall the header row repeated at the top of page `page` is (0 if the page does not begin inside a
    // table with a header row); the page's own part of the document is that much shorter.
    qreal repeatedHeader(int page) const;
    // Where that header row is in the document (top, bottom); an empty span if there is none.
    QPair<qreal, qreal> repeatedHeaderSpan(int page) const;

    // For a writer that draws the text itself: the parts, where each begins, and the marked tables' rules
    // between document positions `top` and `bottom`, drawn with `top` at the painter's origin.
    int partCount() const { return int(m_parts.size()); }
    qreal partTop(int part) const { return m_parts.at(part).top; }
    void paintRules(QPainter *painter, qreal top, qreal bottom) const;
    // How much bigger the layout's pixels make what HTML sizes in screen pixels (a table's cell spacing).
    static qreal deviceScale(const QPaintDevice *device);

private:
    struct Span;
    struct Page
    {
        qreal top;
        qreal bottom;
        int header = -1; // the ruled table whose header row is repeated at its top
    };
    struct Part
    {
        std::unique_ptr<QTextDocument> text;
        qreal top; // where it begins, the parts before it laid end to end
    };
    struct Ruled
    {
        TableGeometry geometry;
        QColor colour;
        int headerRows;
    };

    static void measure(const QTextDocument &text, qreal offset, std::vector<Span> &spans,
                        QList<Ruled> &ruled);
    void paginate(qreal pageHeight);
    // A table's header rows, from top to bottom; 0 without any, or with nothing below them.
    static qreal headerHeight(const Ruled &table);
    // The ruled table whose body `y` is in, if it has a header row to repeat there; else -1.
    int headerAt(qreal y, qreal pageHeight) const;
    // Paints the document from `top` to `bottom` with `top` at the painter's origin.
    void paintBand(QPainter *painter, qreal top, qreal bottom) const;

    std::vector<Part> m_parts;
    QList<Ruled> m_ruled;
    qreal m_ruleWidth;
    QList<Page> m_pages;
};

} // namespace Coproduce
