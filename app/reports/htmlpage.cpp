// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include "document.h"
#include "documentwriter.h"
#include "html.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSizeF>
#include <QSvgGenerator>

namespace Coproduce {

using namespace Qt::StringLiterals;

QByteArray HtmlPage::write(const Document &d, const QString &styleSheet)
{
    QString symbols;
    QString body = usePictures(d, &symbols);
    // A picture's column is as wide as Qt's layout needs it (the attribute it reads), in CSS here.
    static const QRegularExpression cellWidth(u"<td class=\"picture\" width=\"(\\d+)\">"_s);
    body.replace(cellWidth, u"<td class=\"picture\" style=\"width: \\1px\">"_s);
    const QString css = styleSheet + u"svg.picture { display: inline-block; vertical-align: middle; }\n"_s;
    const QString page
        = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
          "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n%4<main>\n%5</main>\n</body>\n"
          "</html>\n"_s.arg(d.language, d.title.toHtmlEscaped(), css, symbols, body);
    return page.toUtf8();
}

namespace {

// A drawing as SVG shapes (what QSvgGenerator writes inside its <svg>): sharp at any zoom, and a few KB
// where the same picture as a PNG twice its size took ten or more.
QString vectorOf(const DocumentImage &image)
{
    QByteArray svg;
    QBuffer out(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    generator.setSize(image.size.toSize());
    generator.setViewBox(QRectF(QPointF(), image.size));
    {
        QPainter painter(&generator);
        image.draw(&painter, QRectF(QPointF(), image.size));
    }
    QString shapes = QString::fromUtf8(svg);
    shapes = shapes.mid(shapes.indexOf(u"<g"_s)); // after its own <title>, <desc> and <defs>
    shapes.truncate(shapes.lastIndexOf(u"</svg>"_s));
    return shapes;
}

// A picture that is only an image (a photograph, say), as a PNG inside the page.
QString embeddedPng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // Light compression: the default level spends most of an HTML export squeezing a few per cent.
    image.save(&buffer, "PNG", 80);
    return u"<image href=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\"></image>"_s
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(image.width())
        .arg(image.height());
}

// A drawing as shapes, or as an image twice its size where the shapes would take more (text drawn as
// outlines: the minutes' ladders).
QString drawing(const DocumentImage &image)
{
    const QString shapes = vectorOf(image);
    const QString png = embeddedPng(DocumentWriter::raster(image));
    if (shapes.size() <= png.size())
        return shapes;
    // The image's own size in the symbol's units: the drawing's.
    return u"<image href=\"%1\" width=\"%2\" height=\"%3\"></image>"_s.arg(png.section(u'"', 1, 1))
        .arg(image.size.width())
        .arg(image.size.height());
}

} // namespace

QString HtmlPage::usePictures(const Document &d, QString *symbols)
{
    QHash<QString, const DocumentImage *> pictures; // by the name the body's src gives it
    for (const DocumentImage &image : d.images)
        if (image.draw || !image.image.isNull())
            pictures.insert(Html::escape(image.name), &image);
    // Every <img> the body has of one of those pictures (Html::image, Html::inlineImage, Symbols). Each
    // picture shown gets a symbol, numbered as first shown; one the body does not show gets none.
    static const QRegularExpression img(
        u"<img src=\"([^\"]*)\" alt=\"([^\"]*)\" width=\"(\\d+)\"(?: height=\"(\\d+)\")? />"_s);
    QHash<QString, int> numbers;
    QString defs;
    QString out;
    out.reserve(d.body.size());
    qsizetype from = 0;
    for (auto it = img.globalMatch(d.body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const DocumentImage *image = pictures.value(m.captured(1));
        if (!image)
            continue; // not one of the document's pictures: left as it is
        const QSizeF box = image->draw ? image->size : QSizeF(image->image.size());
        int &n = numbers[m.captured(1)];
        if (n == 0) {
            n = int(numbers.size());
            defs += u"<symbol id=\"picture-%1\" viewBox=\"0 0 %2 %3\">%4</symbol>\n"_s.arg(n)
                        .arg(box.width())
                        .arg(box.height())
                        .arg(image->draw ? drawing(*image) : embeddedPng(image->image));
        }
        const int width = m.captured(3).toInt();
        const int height
            = m.captured(4).isEmpty() ? qRound(width * box.height() / box.width()) : m.captured(4).toInt();
        out += QStringView(d.body).mid(from, m.capturedStart() - from);
        // The alt text is already escaped for an attribute; <title> shows it as a tooltip too.
        out += u"<svg class=\"picture\" width=\"%1\" height=\"%2\" role=\"img\" "
               u"aria-label=\"%3\"><title>%3</title>"
               "<use href=\"#picture-%4\"></use></svg>"_s.arg(width)
                   .arg(height)
                   .arg(m.captured(2))
                   .arg(n);
        from = m.capturedEnd();
    }
    out += QStringView(d.body).mid(from);
    if (!defs.isEmpty())
        *symbols = u"<svg class=\"pictures\" width=\"0\" height=\"0\" style=\"position: absolute\" "
                   "aria-hidden=\"true\">\n"_s
            + defs + u"</svg>\n"_s;
    return out;
}

} // namespace Coproduce
