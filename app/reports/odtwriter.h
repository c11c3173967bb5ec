// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QXmlStreamWriter>

class QDomElement;
class QDomNode;

namespace Coproduce {

struct Document;
struct DocumentImage;

// A report as an OpenDocument text file that opens as it should in LibreOffice and Word: written from the
// document's own semantic HTML (headings, paragraphs, lists, tables with header rows, pictures with alt
// text), not through Qt's rich text. Real headings (outline levels, so the navigator and the PDF a word
// processor makes have them); lists as lists, in table cells too; tables with absolute column widths whose
// header rows repeat on each page; each picture stored once, at its true aspect ratio, with its alt text;
// the page size and margins of the PDF, a header with the title and a footer with "Page n of N"; the
// title and language in meta.xml; the same type sizes as the PDF. Valid against the OpenDocument 1.2 schema.
class OdtWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::OdtWriter)

public:
    explicit OdtWriter(const Document &document);
    QByteArray write();

private:
    // content.xml's body, from the document's HTML.
    void block(const QDomElement &element);
    void blocks(const QDomNode &parent);
    // Inline content (text, <b>, <br>, <img>) into the paragraph being written.
    void inlines(const QDomNode &parent);
    void inlineNode(const QDomNode &node);
    void list(const QDomElement &element);
    void table(const QDomElement &element);
    void picture(const QDomElement &img);
    // Block-level children of a list item or a cell, with loose text and inline elements gathered into
    // paragraphs of `paragraphStyle`.
    void mixed(const QDomNode &parent, const QString &paragraphStyle);

    // Each table's width and its columns', measured before content.xml is written (its automatic styles
    // come before its body).
    struct TableStyle
    {
        QString name;
        qreal width = 0; // cm
        QList<qreal> columns; // cm
        QString kind; // "", "details" (labels and values), "ideas" (a picture and its words)
    };
    TableStyle measure(const QDomElement &table) const;
    void row(const QDomElement &tr, const TableStyle &table);

    QByteArray content(const QDomElement &body);
    QByteArray styles() const;
    QByteArray meta() const;
    QByteArray manifest() const;
    static QByteArray settings();

    const Document &m_document;
    QPageLayout m_page;
    QByteArray m_content;
    QXmlStreamWriter m_out; // writes content.xml
    QList<TableStyle> m_tables;
    int m_tablesWritten = 0;
    int m_frames = 0;
    struct Stored
    {
        QString path; // inside the package
        QByteArray png;
    };
    QHash<QString, Stored> m_pictures; // by the name the body's <img src> gives it
    QList<QString> m_pictureOrder;
};

} // namespace Coproduce
