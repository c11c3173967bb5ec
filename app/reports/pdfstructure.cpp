// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfstructure.h"

#include "pdffile.h"

namespace Coproduce {

PdfStructure::PdfStructure(PdfFile *file)
    : m_file(file)
{
    m_elements.append({ "Document", -1, {}, {}, {}, 0 });
}

int PdfStructure::open(const QByteArray &type, int parent)
{
    const int id = int(m_elements.size());
    m_elements.append({ type, parent, {}, {}, {}, 0 });
    m_elements[parent].kids.append({ id, -1, -1 });
    return id;
}

void PdfStructure::setAlt(int element, const QString &alt)
{
    m_elements[element].alt = alt;
}

void PdfStructure::setAttributes(int element, const QByteArray &attributes)
{
    m_elements[element].attributes = attributes;
}

void PdfStructure::bookmark(int element, const QString &title, int page, qreal y)
{
    const QByteArray &type = m_elements.at(element).type;
    m_bookmarks.append({ type.size() == 2 && type.at(0) == 'H' ? type.at(1) - '0' : 1, title, page, y });
}

int PdfStructure::mark(int element, int page)
{
    while (m_pageMarks.size() <= page)
        m_pageMarks.append(QList<int>());
    QList<int> &marks = m_pageMarks[page];
    marks.append(element);
    m_elements[element].kids.append({ -1, page, int(marks.size() - 1) });
    return int(marks.size() - 1);
}

QPair<int, int> PdfStructure::write(const QList<int> &pages)
{
    for (Element &element : m_elements)
        element.object = m_file->reserve();
    const int root = m_file->reserve();
    const int parentTree = m_file->reserve();
    for (const Element &element : std::as_const(m_elements)) {
        // The page of the first marked piece goes on the element, so its pieces on that page are plain MCIDs
        // (an MCR dictionary for each was most of a long document's size; PDF/A-1 has no object streams).
        int page = -1;
        for (const Kid &kid : element.kids) {
            if (kid.element < 0) {
                page = kid.page;
                break;
            }
        }
        QByteArray kids;
        for (const Kid &kid : element.kids) {
            if (!kids.isEmpty())
                kids += ' ';
            if (kid.element >= 0)
                kids += PdfFile::ref(m_elements.at(kid.element).object);
            else if (kid.page == page)
                kids += QByteArray::number(kid.mcid);
            else
                kids += "<< /Type /MCR /Pg " + PdfFile::ref(pages.value(kid.page)) + " /MCID "
                    + QByteArray::number(kid.mcid) + " >>";
        }
        QByteArray body = "<< /S /" + element.type + " /P "
            + PdfFile::ref(element.parent < 0 ? root : m_elements.at(element.parent).object);
        if (page >= 0)
            body += " /Pg " + PdfFile::ref(pages.value(page));
        body += element.kids.size() == 1 ? QByteArray(" /K " + kids) : QByteArray(" /K [" + kids + ']');
        if (!element.alt.isNull())
            body += " /Alt " + PdfFile::text(element.alt);
        if (!element.attributes.isEmpty())
            body += " /A " + element.attributes;
        m_file->object(element.object, body + " >>");
    }
    // Which element each marked piece of each page belongs to (a page's /StructParents is its number).
    QByteArray nums;
    for (qsizetype page = 0; page < m_pageMarks.size(); ++page) {
        nums += QByteArray::number(page) + " [";
        for (const int element : m_pageMarks.at(page))
            nums += PdfFile::ref(m_elements.at(element).object) + ' ';
        nums += "] ";
    }
    m_file->object(parentTree, "<< /Nums [" + nums + "] >>");
    m_file->object(root,
                   "<< /Type /StructTreeRoot /K [" + PdfFile::ref(m_elements.first().object)
                       + "] /ParentTree " + PdfFile::ref(parentTree) + " /ParentTreeNextKey "
                       + QByteArray::number(pages.size()) + " >>");
    return { root, writeOutlines(pages) };
}

int PdfStructure::writeOutlines(const QList<int> &pages)
{
    if (m_bookmarks.isEmpty())
        return 0;
    // Each bookmark's parent is the nearest before it of a higher level (a smaller number).
    const int outlines = m_file->reserve();
    const qsizetype n = m_bookmarks.size();
    QList<int> ids(n), parent(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        ids[i] = m_file->reserve();
        for (qsizetype j = i - 1; j >= 0; --j)
            if (m_bookmarks.at(j).level < m_bookmarks.at(i).level) {
                parent[i] = int(j);
                break;
            }
    }
    const auto children = [&](int of) {
        QList<int> list;
        for (qsizetype i = 0; i < n; ++i)
            if (parent.at(i) == of)
                list.append(int(i));
        return list;
    };
    QList<QList<int>> kids(n);
    for (qsizetype i = 0; i < n; ++i)
        kids[i] = children(int(i));
    const QList<int> top = children(-1);
    // Every bookmark shown open: a count of all that is below it.
    QList<int> below(n, 0);
    for (qsizetype i = n - 1; i >= 0; --i)
        for (const int kid : kids.at(i))
            below[i] += 1 + below.at(kid);
    int shown = 0;
    for (const int t : top)
        shown += 1 + below.at(t);
    const auto links = [&](const QList<int> &siblings, qsizetype at) {
        QByteArray out;
        if (at > 0)
            out += " /Prev " + PdfFile::ref(ids.at(siblings.at(at - 1)));
        if (at + 1 < siblings.size())
            out += " /Next " + PdfFile::ref(ids.at(siblings.at(at + 1)));
        return out;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const Bookmark &b = m_bookmarks.at(i);
        const QList<int> &siblings = parent.at(i) < 0 ? top : kids.at(parent.at(i));
        QByteArray body = "<< /Title " + PdfFile::text(b.title) + " /Parent "
            + PdfFile::ref(parent.at(i) < 0 ? outlines : ids.at(parent.at(i)))
            + links(siblings, siblings.indexOf(int(i))) + " /Dest [" + PdfFile::ref(pages.value(b.page))
            + " /XYZ 0 " + PdfFile::number(b.y) + " null]";
        if (!kids.at(i).isEmpty())
            body += " /First " + PdfFile::ref(ids.at(kids.at(i).first())) + " /Last "
                + PdfFile::ref(ids.at(kids.at(i).last())) + " /Count " + QByteArray::number(below.at(i));
        m_file->object(ids.at(i), body + " >>");
    }
    m_file->object(outlines,
                   "<< /Type /Outlines /First " + PdfFile::ref(ids.at(top.first())) + " /Last "
                       + PdfFile::ref(ids.at(top.last())) + " /Count " + QByteArray::number(shown) + " >>");
    return outlines;
}

} // namespace Coproduce
