// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentWriter: the PDF, written by our own writer (Qt 6.4's cannot tag a PDF, and spends most of a
// minutes PDF's time writing one "Td Tj" a glyph).
#include "documentwriter.h"

#include "laddercolours.h"
#include "layoutworker.h"
#include "pagedtext.h"
#include "pdfcanvas.h"
#include "pdfcontent.h"
#include "pdffile.h"
#include "pdffonts.h"
#include "pdfpages.h"
#include "pdfstructure.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QPainter>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// The layout's resolution: fine enough that where Qt puts a glyph is where it is printed.
constexpr int Dpi = 300;

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The XMP metadata PDF/A asks for, saying what the information dictionary says, that the file is PDF/A-1b
// (if it is) and that it follows PDF/UA (ISO 14289-1), whose schema PDF/A-1 needs described.
QByteArray metadata(const Document &d, const QString &creator, const QString &date, bool pdfA)
{
    QByteArray xmp = "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                     "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                     "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                     "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                     "<dc:format>application/pdf</dc:format>\n"
                     "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xmlEscaped(d.title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
          "<dc:language><rdf:Bag><rdf:li>"
        + xmlEscaped(d.language)
        + "</rdf:li></rdf:Bag></dc:language>\n</rdf:Description>\n"
          "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n<xmp:CreatorTool>"
        + xmlEscaped(creator) + "</xmp:CreatorTool>\n<xmp:CreateDate>" + date.toUtf8()
        + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date.toUtf8()
        + "</xmp:ModifyDate>\n</rdf:Description>\n"
          "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n<pdf:Producer>"
        + xmlEscaped(creator) + "</pdf:Producer>\n</rdf:Description>\n";
    if (pdfA)
        xmp += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
               "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</"
               "rdf:Description>\n"
               "<rdf:Description rdf:about=\"\" "
               "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
               "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
               "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
               "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
               "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
               "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
               "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
               "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
               "<pdfaProperty:name>part</pdfaProperty:name>\n"
               "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
               "<pdfaProperty:category>internal</pdfaProperty:category>\n"
               "<pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>\n"
               "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
               "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
    xmp += "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
           "<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n"
           "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xmp;
}

} // namespace

QByteArray DocumentWriter::pdf(const Document &d, bool pdfA, QString *error)
{
    // Before the text: the workers' threads must outlive it (see LayoutWorker).
    std::vector<std::unique_ptr<LayoutWorker>> workers;
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(qRound(Dpi / 0.0254));
    device.setDotsPerMeterY(qRound(Dpi / 0.0254));
    const QPageLayout layout = pageLayout(d);
    const QRectF body = layout.paintRectPixels(Dpi);
    const QRectF paper = layout.fullRectPoints();
    const QFont small = furnitureFont(d);
    const QFontMetricsF fm(small, &device);
    const qreal head = headHeight(fm);
    const std::unique_ptr<PagedText> text
        = layOut(d, &device, QSizeF(body.width(), body.height() - 2 * head), &workers);

    PdfFile file;
    PdfFonts fonts(&file);
    PdfImages images(&file);
    PdfStructure structure(&file);
    // The page's points, y up, from the layout's pixels, y down, from the body's top left.
    const qreal scale = 72.0 / Dpi;
    const QTransform toPage(scale, 0, 0, -scale, body.left() * scale, paper.height() - body.top() * scale);
    PdfPages pages(*text, &structure, toPage);

    const int pageTree = file.reserve();
    const int resources = file.reserve();
    QList<int> pageIds;
    const int count = text->pageCount();
    for (int i = 0; i < count; ++i) {
        PdfContent content(&fonts, &images);
        content.transform(toPage);
        content.save();
        content.transform(QTransform::fromTranslate(0, head));
        pages.paint(i, &content);
        content.restore();
        // The meeting's title at the head of every page and the page number at the foot: for the eye only.
        {
            PdfCanvas canvas(&content, Dpi, body.size().toSize());
            QPainter painter(&canvas);
            painter.setFont(small);
            painter.setPen(LadderColours::ink());
            content.beginArtifact("/Type /Pagination /Subtype /Header");
            painter.drawText(QRectF(0, 0, body.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                             fm.elidedText(d.title, Qt::ElideRight, body.width()));
            painter.setPen(QPen(QColor(0x76, 0x76, 0x76), fm.height() / 20));
            painter.drawLine(QPointF(0, fm.height() * 1.4), QPointF(body.width(), fm.height() * 1.4));
            content.end();
            content.beginArtifact("/Type /Pagination /Subtype /Footer");
            painter.setPen(LadderColours::ink());
            painter.drawText(QRectF(0, body.height() - fm.height(), body.width(), fm.height()),
                             Qt::AlignHCenter, tr("Page %1 of %2").arg(i + 1).arg(count));
            content.end();
        }
        const int contents = file.reserve();
        file.stream(contents, QByteArray(), content.ops());
        const int page = file.reserve();
        file.object(page,
                    "<< /Type /Page /Parent " + PdfFile::ref(pageTree) + " /MediaBox [0 0 "
                        + PdfFile::number(paper.width()) + ' ' + PdfFile::number(paper.height())
                        + "] /Resources " + PdfFile::ref(resources) + " /Contents " + PdfFile::ref(contents)
                        + " /StructParents " + QByteArray::number(i) + " /Tabs /S >>");
        pageIds.append(page);
    }
    if (!fonts.write(error))
        return QByteArray();
    file.object(resources,
                "<< /ProcSet [/PDF /Text /ImageC] /Font << " + fonts.resources() + ">> /XObject << "
                    + images.resources() + ">> >>");
    QByteArray kids;
    for (const int page : std::as_const(pageIds))
        kids += PdfFile::ref(page) + ' ';
    file.object(pageTree, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(count) + " >>");
    const auto [structRoot, outlines] = structure.write(pageIds);

    const QString creator = tr("Coproduce");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int meta = file.reserve();
    file.stream(meta, " /Type /Metadata /Subtype /XML",
                metadata(d, creator, now.toString(u"yyyy-MM-ddTHH:mm:ss+00:00"_s), pdfA), false);
    // Colours are sRGB (PDF/A's output intent); the profile is the one Qt's own PDF writer embeds.
    QFile profile(u":/qpdf/sRGB2014.icc"_s);
    const QByteArray icc = profile.open(QIODevice::ReadOnly) ? profile.readAll() : QByteArray();
    QByteArray intents;
    if (!icc.isEmpty()) {
        const int iccId = file.reserve();
        file.stream(iccId, " /N 3", icc);
        const int intent = file.reserve();
        file.object(
            intent,
            "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) /Info (sRGB IEC61966-2.1)"
            " /DestOutputProfile "
                + PdfFile::ref(iccId) + " >>");
        intents = " /OutputIntents [" + PdfFile::ref(intent) + ']';
    }
    const int catalog = file.reserve();
    file.object(
        catalog,
        "<< /Type /Catalog /Pages " + PdfFile::ref(pageTree) + " /Metadata " + PdfFile::ref(meta) + intents
            + " /StructTreeRoot " + PdfFile::ref(structRoot) + " /MarkInfo << /Marked true >> /Lang "
            + PdfFile::text(d.language) + " /ViewerPreferences << /DisplayDocTitle true >>"
            + (outlines ? QByteArray(" /Outlines " + PdfFile::ref(outlines) + " /PageMode /UseOutlines")
                        : QByteArray())
            + " >>");
    const QByteArray date = "(D:" + now.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "+00'00')";
    const int info = file.reserve();
    file.object(info,
                "<< /Title " + PdfFile::text(d.title) + " /Creator " + PdfFile::text(creator) + " /Producer "
                    + PdfFile::text(creator) + " /CreationDate " + date + " /ModDate " + date + " >>");
    const QByteArray id = QCryptographicHash::hash(
        QByteArray(d.title.toUtf8() + date + QByteArray::number(count)), QCryptographicHash::Md5);
    return file.finish(catalog, info, id);
}

} // namespace Coproduce
