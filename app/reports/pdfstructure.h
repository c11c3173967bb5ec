// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace Coproduce {

class PdfFile;

// A tagged PDF's logical structure: the tree of elements (Document, H1, P, L, LI, Table, TH, Figure...) in
// reading order, each pointing at the marked pieces of page content it is made of, and the outline
// (bookmarks) from the headings.
class PdfStructure final
{
public:
    explicit PdfStructure(PdfFile *file);

    // The element everything else is inside.
    int root() const { return 0; }
    // A new element of `type` (a standard structure type) as the last child of `parent`.
    int open(const QByteArray &type, int parent);
    QByteArray type(int element) const { return m_elements.at(element).type; }
    // Extra entries of the element's dictionary: /Alt for a figure, /A attributes for a header cell.
    void setAlt(int element, const QString &alt);
    void setAttributes(int element, const QByteArray &attributes);
    // A heading's bookmark: its text and where it begins (page from 0, y in points from the page's foot).
    void bookmark(int element, const QString &title, int page, qreal y);
    // A new piece of `element` on page `page` (from 0): the marked-content id to give it on that page.
    int mark(int element, int page);

    // Writes the tree after the pages, whose objects are `pages`: the /StructTreeRoot and the /Outlines
    // objects (0 if no heading), for the catalogue.
    QPair<int, int> write(const QList<int> &pages);

private:
    struct Kid
    {
        int element = -1; // a child element, or
        int page = -1; // a piece of page content
        int mcid = -1;
    };
    struct Element
    {
        QByteArray type;
        int parent = -1;
        QString alt;
        QByteArray attributes;
        QList<Kid> kids;
        int object = 0;
    };
    struct Bookmark
    {
        int level;
        QString title;
        int page;
        qreal y;
    };
    int writeOutlines(const QList<int> &pages);

    PdfFile *m_file;
    QList<Element> m_elements;
    QList<QList<int>> m_pageMarks; // each page's elements by marked-content id
    QList<Bookmark> m_bookmarks;
};

} // namespace Coproduce
