// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtwriter.h"

#include "document.h"
#include "documentwriter.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDomDocument>
#include <QImage>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString cm(qreal value)
{
    return QString::number(value, 'f', 3) + u"cm"_s;
}

// An <img>'s or a cell's size in CSS pixels (1/96 inch), in centimetres.
qreal pxToCm(qreal px)
{
    return px * 2.54 / 96;
}

bool isInline(const QDomNode &node)
{
    if (node.isText())
        return true;
    const QString tag = node.nodeName();
    return tag == u"b" || tag == u"br" || tag == u"img";
}

} // namespace

OdtWriter::OdtWriter(const Document &document)
    : m_document(document)
    , m_page(DocumentWriter::pageLayout(document))
    , m_out(&m_content)
{
}

QByteArray OdtWriter::write()
{
    QDomDocument dom;
    // The body is our own HTML, written as well-formed XML (Html): read as such.
    if (!dom.setContent(u"<body>"_s + m_document.body + u"</body>"_s))
        return QByteArray();
    const QDomNodeList tables = dom.elementsByTagName(u"table"_s);
    for (int i = 0; i < tables.size(); ++i)
        m_tables.append(measure(tables.at(i).toElement()));

    ZipWriter zip;
    zip.add(u"mimetype"_s, "application/vnd.oasis.opendocument.text", false);
    zip.add(u"content.xml"_s, content(dom.documentElement()));
    zip.add(u"styles.xml"_s, styles());
    zip.add(u"meta.xml"_s, meta());
    zip.add(u"settings.xml"_s, settings());
    for (const QString &name : std::as_const(m_pictureOrder)) {
        const Stored &picture = m_pictures.value(name);
        zip.add(picture.path, picture.png, false); // a PNG is compressed already
    }
    zip.add(u"META-INF/manifest.xml"_s, manifest());
    return zip.finish();
}

void OdtWriter::blocks(const QDomNode &parent)
{
    mixed(parent, u"Text_20_body"_s);
}

void OdtWriter::block(const QDomElement &e)
{
    const QString tag = e.tagName();
    if (tag.size() == 2 && tag.startsWith(u'h') && tag.at(1).isDigit()) {
        const int level = tag.at(1).digitValue();
        m_out.writeStartElement(u"text:h"_s);
        m_out.writeAttribute(u"text:style-name"_s, u"Heading_20_%1"_s.arg(qMin(level, 3)));
        m_out.writeAttribute(u"text:outline-level"_s, QString::number(level));
        inlines(e);
        m_out.writeEndElement();
    } else if (tag == u"p") {
        m_out.writeStartElement(u"text:p"_s);
        m_out.writeAttribute(u"text:style-name"_s, u"Text_20_body"_s);
        inlines(e);
        m_out.writeEndElement();
    } else if (tag == u"ul" || tag == u"ol") {
        list(e);
    } else if (tag == u"table") {
        table(e);
    } else {
        blocks(e);
    }
}

void OdtWriter::mixed(const QDomNode &parent, const QString &paragraphStyle)
{
    // Loose text and inline elements between blocks become a paragraph of their own.
    bool open = false;
    for (QDomNode n = parent.firstChild(); !n.isNull(); n = n.nextSibling()) {
        if (isInline(n)) {
            if (n.isText() && n.nodeValue().trimmed().isEmpty() && !open)
                continue;
            if (!open) {
                m_out.writeStartElement(u"text:p"_s);
                m_out.writeAttribute(u"text:style-name"_s, paragraphStyle);
                open = true;
            }
            inlineNode(n);
            continue;
        }
        if (open) {
            m_out.writeEndElement();
            open = false;
        }
        if (n.isElement()) {
            const QDomElement e = n.toElement();
            if (e.tagName() == u"p" && paragraphStyle != u"Text_20_body") {
                m_out.writeStartElement(u"text:p"_s);
                m_out.writeAttribute(u"text:style-name"_s, paragraphStyle);
                inlines(e);
                m_out.writeEndElement();
            } else {
                block(e);
            }
        }
    }
    if (open)
        m_out.writeEndElement();
}

void OdtWriter::inlines(const QDomNode &parent)
{
    for (QDomNode n = parent.firstChild(); !n.isNull(); n = n.nextSibling())
        inlineNode(n);
}

void OdtWriter::inlineNode(const QDomNode &n)
{
    if (n.isText()) {
        QString text = n.nodeValue();
        text.replace(u'\n', u' ');
        m_out.writeCharacters(text);
        return;
    }
    const QDomElement e = n.toElement();
    const QString tag = e.tagName();
    if (tag == u"b") {
        m_out.writeStartElement(u"text:span"_s);
        m_out.writeAttribute(u"text:style-name"_s, u"Strong_20_Emphasis"_s);
        inlines(e);
        m_out.writeEndElement();
    } else if (tag == u"br") {
        m_out.writeEmptyElement(u"text:line-break"_s);
    } else if (tag == u"img") {
        picture(e);
    } else {
        inlines(e);
    }
}

void OdtWriter::list(const QDomElement &e)
{
    m_out.writeStartElement(u"text:list"_s);
    m_out.writeAttribute(u"text:style-name"_s, e.tagName() == u"ol" ? u"Numbering_20_123"_s : u"List_20_1"_s);
    for (QDomElement item = e.firstChildElement(u"li"_s); !item.isNull();
         item = item.nextSiblingElement(u"li"_s)) {
        m_out.writeStartElement(u"text:list-item"_s);
        mixed(item, u"List_20_Contents"_s);
        m_out.writeEndElement();
    }
    m_out.writeEndElement();
}

void OdtWriter::picture(const QDomElement &img)
{
    const QString name = img.attribute(u"src"_s);
    const auto image = std::find_if(m_document.images.cbegin(), m_document.images.cend(),
                                    [&](const DocumentImage &i) { return i.name == name; });
    if (image == m_document.images.cend())
        return;
    if (!m_pictures.contains(name)) {
        // Stored once, however often it is shown.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        DocumentWriter::raster(*image).save(&buffer, "PNG");
        m_pictures.insert(name, { u"Pictures/picture-%1.png"_s.arg(m_pictures.size() + 1), png });
        m_pictureOrder.append(name);
    }
    const QSizeF natural = image->draw ? image->size : QSizeF(image->image.size());
    const qreal width = img.attribute(u"width"_s).toDouble();
    const qreal height = img.hasAttribute(u"height"_s) ? img.attribute(u"height"_s).toDouble()
                                                       : width * natural.height() / natural.width();
    m_out.writeStartElement(u"draw:frame"_s);
    m_out.writeAttribute(u"draw:style-name"_s, u"Picture"_s);
    m_out.writeAttribute(u"draw:name"_s, u"Picture %1"_s.arg(++m_frames));
    m_out.writeAttribute(u"text:anchor-type"_s, u"as-char"_s);
    m_out.writeAttribute(u"svg:width"_s, cm(pxToCm(width)));
    m_out.writeAttribute(u"svg:height"_s, cm(pxToCm(height)));
    m_out.writeAttribute(u"draw:z-index"_s, u"0"_s);
    m_out.writeStartElement(u"draw:image"_s);
    m_out.writeAttribute(u"xlink:href"_s, m_pictures.value(name).path);
    m_out.writeAttribute(u"xlink:type"_s, u"simple"_s);
    m_out.writeAttribute(u"xlink:show"_s, u"embed"_s);
    m_out.writeAttribute(u"xlink:actuate"_s, u"onLoad"_s);
    m_out.writeEndElement();
    m_out.writeTextElement(u"svg:title"_s, img.attribute(u"alt"_s)); // what a screen reader says
    m_out.writeEndElement();
}

OdtWriter::TableStyle OdtWriter::measure(const QDomElement &table) const
{
    TableStyle style;
    style.name = u"Table%1"_s.arg(m_tables.size() + 1);
    style.kind = table.attribute(u"class"_s);
    // As wide as the text, as in the PDF.
    style.width = m_page.paintRect(QPageLayout::Millimeter).width() / 10;
    int columns = 0;
    QList<qreal> percents;
    const QDomNodeList rows = table.elementsByTagName(u"tr"_s);
    for (int r = 0; r < rows.size(); ++r) {
        int cells = 0;
        for (QDomElement c = rows.at(r).firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
            ++cells;
            // A header's share ("width: 30%"), or a picture's column in pixels.
            const QString css = c.attribute(u"style"_s);
            if (r == 0 && css.startsWith(u"width: "_s) && css.endsWith(u'%'))
                percents.append(css.mid(7).chopped(1).toDouble());
            else if (r == 0)
                percents.append(0);
        }
        columns = qMax(columns, cells);
    }
    if (columns == 0)
        return style;
    if (style.kind == u"ideas") {
        const QDomElement first = table.firstChildElement(u"tr"_s).firstChildElement(u"td"_s);
        const qreal picture = pxToCm(first.attribute(u"width"_s).toDouble());
        style.columns = { picture };
        for (int c = 1; c < columns; ++c)
            style.columns.append((style.width - picture) / (columns - 1));
        return style;
    }
    if (style.kind == u"details" && columns == 2) {
        // The labels' column as wide as the longest label (as Qt's layout makes it), at most two fifths.
        qsizetype longest = 0;
        for (int r = 0; r < rows.size(); ++r)
            longest = qMax(longest, rows.at(r).firstChildElement().text().size());
        // DejaVu Sans Bold's letters are about 0.63 of its size wide; 0.4 cm of padding.
        const qreal label = (longest * m_document.pointSize * 0.63 / 72 * 2.54 + 0.4) / style.width * 100;
        percents = { qMin(40.0, label), 0 };
    }
    qreal given = 0;
    int unsized = 0;
    for (int c = 0; c < columns; ++c) {
        const qreal p = percents.value(c);
        given += p;
        unsized += p <= 0;
    }
    const qreal rest = unsized > 0 ? qMax(0.0, 100 - given) / unsized : 0;
    const qreal scale = given + rest * unsized > 0 ? 100 / (given + rest * unsized) : 1;
    for (int c = 0; c < columns; ++c) {
        const qreal p = percents.value(c) > 0 ? percents.value(c) : rest;
        style.columns.append(style.width * p * scale / 100);
    }
    return style;
}

void OdtWriter::table(const QDomElement &e)
{
    const TableStyle &style = m_tables.at(m_tablesWritten++);
    if (style.columns.isEmpty())
        return;
    m_out.writeStartElement(u"table:table"_s);
    m_out.writeAttribute(u"table:name"_s, style.name);
    m_out.writeAttribute(u"table:style-name"_s, style.name);
    for (int c = 0; c < style.columns.size(); ++c) {
        m_out.writeEmptyElement(u"table:table-column"_s);
        m_out.writeAttribute(u"table:style-name"_s, u"%1.C%2"_s.arg(style.name).arg(c + 1));
    }
    for (QDomElement part = e.firstChildElement(); !part.isNull(); part = part.nextSiblingElement()) {
        if (part.tagName() == u"thead") {
            // Repeated at the top of each page the table runs onto.
            m_out.writeStartElement(u"table:table-header-rows"_s);
            for (QDomElement tr = part.firstChildElement(u"tr"_s); !tr.isNull();
                 tr = tr.nextSiblingElement(u"tr"_s))
                row(tr, style);
            m_out.writeEndElement();
        } else if (part.tagName() == u"tbody") {
            for (QDomElement tr = part.firstChildElement(u"tr"_s); !tr.isNull();
                 tr = tr.nextSiblingElement(u"tr"_s))
                row(tr, style);
        } else if (part.tagName() == u"tr") {
            row(part, style);
        }
    }
    m_out.writeEndElement();
}

void OdtWriter::row(const QDomElement &tr, const TableStyle &table)
{
    // Layout tables (labels and values; pictures and words) have no rules; a data table's header cells are
    // shaded, as in the PDF.
    const bool layout = !table.kind.isEmpty();
    const bool idea = table.kind == u"ideas";
    m_out.writeStartElement(u"table:table-row"_s);
    // An idea stays whole on its page, with its picture, as in the PDF.
    if (idea)
        m_out.writeAttribute(u"table:style-name"_s, u"Idea"_s);
    int cells = 0;
    for (QDomElement c = tr.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        const bool header = c.tagName() == u"th";
        QString style = header ? u"HeaderCell"_s : u"Cell"_s;
        if (idea)
            style = u"IdeaCell"_s;
        else if (layout)
            style = header ? u"PlainHeader"_s : u"Plain"_s;
        m_out.writeStartElement(u"table:table-cell"_s);
        m_out.writeAttribute(u"table:style-name"_s, style);
        m_out.writeAttribute(u"office:value-type"_s, u"string"_s);
        mixed(c, header ? u"Table_20_Heading"_s : u"Table_20_Contents"_s);
        m_out.writeEndElement();
        ++cells;
    }
    for (; cells < table.columns.size(); ++cells)
        m_out.writeEmptyElement(u"table:table-cell"_s);
    m_out.writeEndElement();
}

} // namespace Coproduce
