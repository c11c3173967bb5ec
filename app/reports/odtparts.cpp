// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of an OpenDocument text file around its body: content.xml's head (fonts, automatic styles),
// styles.xml (the named styles, the page and its header and footer), meta.xml, settings.xml and the
// manifest. See odtwriter.cpp for the body.
#include "odtwriter.h"

#include "document.h"
#include "documentwriter.h"

#include <QDomElement>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

const QString Font = u"DejaVu Sans"_s;

// Each part's root element, with every namespace the parts use and office:version 1.2.
void open(QXmlStreamWriter &out, const QString &root)
{
    static const QList<QPair<QString, QString>> all {
        { u"office"_s, u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s },
        { u"style"_s, u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s },
        { u"text"_s, u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s },
        { u"table"_s, u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s },
        { u"draw"_s, u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s },
        { u"fo"_s, u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s },
        { u"xlink"_s, u"http://www.w3.org/1999/xlink"_s },
        { u"dc"_s, u"http://purl.org/dc/elements/1.1/"_s },
        { u"meta"_s, u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s },
        { u"svg"_s, u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s },
        { u"config"_s, u"urn:oasis:names:tc:opendocument:xmlns:config:1.0"_s },
    };
    out.writeStartDocument();
    out.writeStartElement(root);
    for (const auto &[prefix, uri] : all)
        out.writeAttribute(u"xmlns:"_s + prefix, uri);
    out.writeAttribute(u"office:version"_s, u"1.2"_s);
}

QString cm(qreal value)
{
    return QString::number(value, 'f', 3) + u"cm"_s;
}

QString pt(qreal value)
{
    return QString::number(value, 'f', 1) + u"pt"_s;
}

void fontFaces(QXmlStreamWriter &out)
{
    out.writeStartElement(u"office:font-face-decls"_s);
    out.writeEmptyElement(u"style:font-face"_s);
    out.writeAttribute(u"style:name"_s, Font);
    out.writeAttribute(u"svg:font-family"_s, u"'%1'"_s.arg(Font));
    out.writeAttribute(u"style:font-family-generic"_s, u"swiss"_s);
    out.writeAttribute(u"style:font-pitch"_s, u"variable"_s);
    out.writeEndElement();
}

// A style with its properties: `properties` maps each properties element to its attributes.
void style(QXmlStreamWriter &out, const QString &name, const QString &family, const QString &parent,
           const QList<QPair<QString, QList<QPair<QString, QString>>>> &properties,
           const QString &displayName = QString())
{
    out.writeStartElement(u"style:style"_s);
    out.writeAttribute(u"style:name"_s, name);
    if (!displayName.isEmpty())
        out.writeAttribute(u"style:display-name"_s, displayName);
    out.writeAttribute(u"style:family"_s, family);
    if (!parent.isEmpty())
        out.writeAttribute(u"style:parent-style-name"_s, parent);
    for (const auto &[element, attributes] : properties) {
        out.writeEmptyElement(element);
        for (const auto &[attribute, value] : attributes)
            out.writeAttribute(attribute, value);
    }
    out.writeEndElement();
}

void listStyle(QXmlStreamWriter &out, const QString &name, const QString &displayName, bool numbered)
{
    out.writeStartElement(u"text:list-style"_s);
    out.writeAttribute(u"style:name"_s, name);
    out.writeAttribute(u"style:display-name"_s, displayName);
    for (int level = 1; level <= 3; ++level) {
        out.writeStartElement(numbered ? u"text:list-level-style-number"_s
                                       : u"text:list-level-style-bullet"_s);
        out.writeAttribute(u"text:level"_s, QString::number(level));
        if (numbered) {
            out.writeAttribute(u"style:num-suffix"_s, u"."_s);
            out.writeAttribute(u"style:num-format"_s, u"1"_s);
        } else {
            out.writeAttribute(u"text:bullet-char"_s, level == 2 ? u"◦"_s : u"•"_s);
        }
        out.writeStartElement(u"style:list-level-properties"_s);
        out.writeAttribute(u"text:list-level-position-and-space-mode"_s, u"label-alignment"_s);
        out.writeEmptyElement(u"style:list-level-label-alignment"_s);
        out.writeAttribute(u"text:label-followed-by"_s, u"listtab"_s);
        out.writeAttribute(u"text:list-tab-stop-position"_s, cm(0.635 * level));
        out.writeAttribute(u"fo:text-indent"_s, cm(-0.635));
        out.writeAttribute(u"fo:margin-left"_s, cm(0.635 * level));
        out.writeEndElement();
        out.writeEndElement();
    }
    out.writeEndElement();
}

} // namespace

QByteArray OdtWriter::content(const QDomElement &body)
{
    open(m_out, u"office:document-content"_s);
    fontFaces(m_out);
    m_out.writeStartElement(u"office:automatic-styles"_s);
    const QList<QPair<QString, QString>> rule { { u"fo:border"_s, u"0.5pt solid #767676"_s },
                                                { u"fo:padding"_s, cm(0.1) } };
    style(m_out, u"Cell"_s, u"table-cell"_s, QString(), { { u"style:table-cell-properties"_s, rule } });
    style(m_out, u"HeaderCell"_s, u"table-cell"_s, QString(),
          { { u"style:table-cell-properties"_s,
              rule + QList<QPair<QString, QString>> { { u"fo:background-color"_s, u"#e8e8e8"_s } } } });
    style(m_out, u"Plain"_s, u"table-cell"_s, QString(),
          { { u"style:table-cell-properties"_s,
              { { u"fo:padding"_s, cm(0.1) }, { u"fo:border"_s, u"none"_s } } } });
    style(m_out, u"PlainHeader"_s, u"table-cell"_s, QString(),
          { { u"style:table-cell-properties"_s,
              { { u"fo:padding"_s, cm(0.1) },
                { u"fo:border"_s, u"none"_s },
                { u"fo:background-color"_s, u"#e8e8e8"_s } } } });
    // The space the PDF leaves around each easy-read idea (the table's cell spacing), and an idea never
    // split between pages.
    style(m_out, u"IdeaCell"_s, u"table-cell"_s, QString(),
          { { u"style:table-cell-properties"_s,
              { { u"fo:padding-top"_s, cm(0.25) },
                { u"fo:padding-bottom"_s, cm(0.25) },
                { u"fo:padding-left"_s, cm(0.1) },
                { u"fo:padding-right"_s, cm(0.1) },
                { u"fo:border"_s, u"none"_s } } } });
    style(m_out, u"Idea"_s, u"table-row"_s, QString(),
          { { u"style:table-row-properties"_s, { { u"fo:keep-together"_s, u"always"_s } } } });
    // A picture sits in its line like a letter, centred on the text.
    style(m_out, u"Picture"_s, u"graphic"_s, QString(),
          { { u"style:graphic-properties"_s,
              { { u"style:vertical-pos"_s, u"middle"_s }, { u"style:vertical-rel"_s, u"text"_s } } } });
    for (const TableStyle &t : std::as_const(m_tables)) {
        style(m_out, t.name, u"table"_s, QString(),
              { { u"style:table-properties"_s,
                  { { u"style:width"_s, cm(t.width) },
                    { u"table:align"_s, u"left"_s },
                    { u"fo:margin-bottom"_s, cm(0.3) } } } });
        for (int c = 0; c < t.columns.size(); ++c)
            style(m_out, u"%1.C%2"_s.arg(t.name).arg(c + 1), u"table-column"_s, QString(),
                  { { u"style:table-column-properties"_s,
                      { { u"style:column-width"_s, cm(t.columns.at(c)) } } } });
    }
    m_out.writeEndElement();
    m_out.writeStartElement(u"office:body"_s);
    m_out.writeStartElement(u"office:text"_s);
    blocks(body);
    m_out.writeEndDocument();
    return m_content;
}

QByteArray OdtWriter::styles() const
{
    const Document &d = m_document;
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    open(out, u"office:document-styles"_s);
    fontFaces(out);
    out.writeStartElement(u"office:styles"_s);
    // Every paragraph: the document's typeface, size and line spacing, in British English.
    out.writeStartElement(u"style:default-style"_s);
    out.writeAttribute(u"style:family"_s, u"paragraph"_s);
    out.writeEmptyElement(u"style:paragraph-properties"_s);
    out.writeAttribute(u"fo:line-height"_s, QString::number(qMax(100.0, d.lineHeight)) + u'%');
    out.writeEmptyElement(u"style:text-properties"_s);
    out.writeAttribute(u"style:font-name"_s, Font);
    out.writeAttribute(u"fo:font-size"_s, pt(d.pointSize));
    out.writeAttribute(u"fo:color"_s, u"#1a1a1a"_s);
    out.writeAttribute(u"fo:language"_s, d.language.section(u'-', 0, 0));
    out.writeAttribute(u"fo:country"_s, d.language.section(u'-', 1, 1));
    out.writeEndElement();
    style(out, u"Standard"_s, u"paragraph"_s, QString(), {});
    const QList<QPair<QString, QString>> spaced { { u"fo:margin-top"_s, cm(0) },
                                                  { u"fo:margin-bottom"_s, pt(6) } };
    style(out, u"Text_20_body"_s, u"paragraph"_s, u"Standard"_s,
          { { u"style:paragraph-properties"_s, spaced } }, u"Text body"_s);
    style(out, u"List_20_Contents"_s, u"paragraph"_s, u"Standard"_s,
          { { u"style:paragraph-properties"_s, { { u"fo:margin-bottom"_s, pt(2) } } } }, u"List Contents"_s);
    style(out, u"Table_20_Contents"_s, u"paragraph"_s, u"Standard"_s,
          { { u"style:paragraph-properties"_s, { { u"fo:margin-bottom"_s, pt(0) } } } }, u"Table Contents"_s);
    style(out, u"Table_20_Heading"_s, u"paragraph"_s, u"Table_20_Contents"_s,
          { { u"style:text-properties"_s, { { u"fo:font-weight"_s, u"bold"_s } } } }, u"Table Heading"_s);
    style(out, u"Heading"_s, u"paragraph"_s, u"Standard"_s,
          { { u"style:paragraph-properties"_s,
              { { u"fo:margin-top"_s, pt(14) },
                { u"fo:margin-bottom"_s, pt(8) },
                { u"fo:keep-with-next"_s, u"always"_s } } },
            { u"style:text-properties"_s, { { u"fo:font-weight"_s, u"bold"_s } } } });
    // The PDF's heading sizes (DocumentWriter::styleSheet).
    const qreal sizes[] = { 1.8, 1.4, 1.15 };
    for (int level = 1; level <= 3; ++level) {
        out.writeStartElement(u"style:style"_s);
        out.writeAttribute(u"style:name"_s, u"Heading_20_%1"_s.arg(level));
        out.writeAttribute(u"style:display-name"_s, u"Heading %1"_s.arg(level));
        out.writeAttribute(u"style:family"_s, u"paragraph"_s);
        out.writeAttribute(u"style:parent-style-name"_s, u"Heading"_s);
        out.writeAttribute(u"style:next-style-name"_s, u"Text_20_body"_s);
        out.writeAttribute(u"style:default-outline-level"_s, QString::number(level));
        out.writeAttribute(u"style:class"_s, u"text"_s);
        out.writeEmptyElement(u"style:text-properties"_s);
        out.writeAttribute(u"fo:font-size"_s, pt(d.pointSize * sizes[level - 1]));
        out.writeEndElement();
    }
    const qreal furniture = DocumentWriter::furniturePointSize(d);
    // As the PDF has them: the title over a rule, the page number centred.
    const QPair<QString, QList<QPair<QString, QString>>> small {
        u"style:text-properties"_s, { { u"fo:font-size"_s, pt(furniture) }, { u"fo:color"_s, u"#444444"_s } }
    };
    style(out, u"Header"_s, u"paragraph"_s, u"Standard"_s,
          { { u"style:paragraph-properties"_s,
              { { u"fo:line-height"_s, u"100%"_s },
                { u"fo:border-bottom"_s, u"0.5pt solid #767676"_s },
                { u"fo:padding-bottom"_s, cm(0.1) } } },
            small });
    style(out, u"Footer"_s, u"paragraph"_s, u"Standard"_s,
          { { u"style:paragraph-properties"_s,
              { { u"fo:line-height"_s, u"100%"_s }, { u"fo:text-align"_s, u"center"_s } } },
            small });
    style(out, u"Strong_20_Emphasis"_s, u"text"_s, QString(),
          { { u"style:text-properties"_s, { { u"fo:font-weight"_s, u"bold"_s } } } }, u"Strong Emphasis"_s);
    listStyle(out, u"List_20_1"_s, u"List 1"_s, false);
    listStyle(out, u"Numbering_20_123"_s, u"Numbering 123"_s, true);
    out.writeEndElement(); // office:styles

    // The PDF's page: its size and margins, the running head and the page numbers inside them.
    const QRectF paper = m_page.fullRect(QPageLayout::Millimeter);
    const QMarginsF margins = m_page.margins(QPageLayout::Millimeter);
    out.writeStartElement(u"office:automatic-styles"_s);
    out.writeStartElement(u"style:page-layout"_s);
    out.writeAttribute(u"style:name"_s, u"Page"_s);
    out.writeEmptyElement(u"style:page-layout-properties"_s);
    out.writeAttribute(u"fo:page-width"_s, cm(paper.width() / 10));
    out.writeAttribute(u"fo:page-height"_s, cm(paper.height() / 10));
    out.writeAttribute(u"style:print-orientation"_s, u"portrait"_s);
    out.writeAttribute(u"fo:margin-top"_s, cm(margins.top() / 10));
    out.writeAttribute(u"fo:margin-bottom"_s, cm(margins.bottom() / 10));
    out.writeAttribute(u"fo:margin-left"_s, cm(margins.left() / 10));
    out.writeAttribute(u"fo:margin-right"_s, cm(margins.right() / 10));
    for (const QString &part : { u"style:header-style"_s, u"style:footer-style"_s }) {
        out.writeStartElement(part);
        out.writeEmptyElement(u"style:header-footer-properties"_s);
        out.writeAttribute(u"fo:min-height"_s, cm(0));
        // The PDF gives each 2.2 lines of its type (DocumentWriter::paint), inside the margins: the line,
        // then space (DejaVu Sans's line is 1.164 times its size; the header's rule has 0.1 cm of padding).
        const qreal line = DocumentWriter::furniturePointSize(d) * 1.164;
        out.writeAttribute(part == u"style:header-style" ? u"fo:margin-bottom"_s : u"fo:margin-top"_s,
                           pt(line * 1.2 - (part == u"style:header-style" ? 2.8 : 0)));
        out.writeEndElement();
    }
    out.writeEndElement();
    out.writeEndElement();

    out.writeStartElement(u"office:master-styles"_s);
    out.writeStartElement(u"style:master-page"_s);
    out.writeAttribute(u"style:name"_s, u"Standard"_s);
    out.writeAttribute(u"style:page-layout-name"_s, u"Page"_s);
    out.writeStartElement(u"style:header"_s);
    out.writeStartElement(u"text:p"_s);
    out.writeAttribute(u"text:style-name"_s, u"Header"_s);
    out.writeCharacters(d.title);
    out.writeEndElement();
    out.writeEndElement();
    out.writeStartElement(u"style:footer"_s);
    out.writeStartElement(u"text:p"_s);
    out.writeAttribute(u"text:style-name"_s, u"Footer"_s);
    // The PDF's words, with the word processor's own page number and count in the places of %1 and %2.
    const QString words = tr("Page %1 of %2");
    const qsizetype first = words.indexOf(u"%1"_s);
    const qsizetype second = words.indexOf(u"%2"_s);
    out.writeCharacters(words.left(first));
    out.writeTextElement(u"text:page-number"_s, u"1"_s);
    out.writeCharacters(words.mid(first + 2, second - first - 2));
    out.writeTextElement(u"text:page-count"_s, u"1"_s);
    out.writeCharacters(words.mid(second + 2));
    out.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::meta() const
{
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    open(out, u"office:document-meta"_s);
    out.writeStartElement(u"office:meta"_s);
    out.writeTextElement(u"meta:generator"_s, u"Coproduce"_s);
    out.writeTextElement(u"dc:title"_s, m_document.title);
    out.writeTextElement(u"dc:language"_s, m_document.language);
    out.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::settings()
{
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    open(out, u"office:document-settings"_s);
    out.writeStartElement(u"office:settings"_s);
    // Opens at the first page, at 100 %.
    out.writeStartElement(u"config:config-item-set"_s);
    out.writeAttribute(u"config:name"_s, u"ooo:view-settings"_s);
    out.writeStartElement(u"config:config-item"_s);
    out.writeAttribute(u"config:name"_s, u"ZoomFactor"_s);
    out.writeAttribute(u"config:type"_s, u"short"_s);
    out.writeCharacters(u"100"_s);
    out.writeEndDocument();
    return bytes;
}

QByteArray OdtWriter::manifest() const
{
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    out.writeStartDocument();
    out.writeStartElement(u"manifest:manifest"_s);
    out.writeAttribute(u"xmlns:manifest"_s, u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s);
    out.writeAttribute(u"manifest:version"_s, u"1.2"_s);
    const auto entry = [&](const QString &path, const QString &type) {
        out.writeEmptyElement(u"manifest:file-entry"_s);
        out.writeAttribute(u"manifest:full-path"_s, path);
        if (path == u"/")
            out.writeAttribute(u"manifest:version"_s, u"1.2"_s);
        out.writeAttribute(u"manifest:media-type"_s, type);
    };
    entry(u"/"_s, u"application/vnd.oasis.opendocument.text"_s);
    for (const QString &part : { u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s, u"settings.xml"_s })
        entry(part, u"text/xml"_s);
    for (const QString &name : m_pictureOrder)
        entry(m_pictures.value(name).path, u"image/png"_s);
    out.writeEndDocument();
    return bytes;
}

} // namespace Coproduce
