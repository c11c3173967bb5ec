// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Coproduce {

struct DocumentImage
{
    QString name; // what the body's <img src> names
    QImage image; // may be null when `draw` is given: HTML and ODT get one made from the drawing
    // Draws the picture as shapes and text into `target` (proportioned as `size`): PDF and print use it, so
    // the picture stays sharp at any zoom and costs no image compression. Empty for image-only pictures.
    std::function<void(QPainter *painter, const QRectF &target)> draw;
    QSizeF size;
};

// A report ready to be written in any format: a body of plain semantic HTML (headings in order, tables with
// header cells, every picture with alt text) and the pictures it names. The writer adds the page furniture.
struct Document
{
    QString title; // PDF title, HTML <title>, and the running head on every page
    QString language = QStringLiteral("en-GB");
    QString body;
    // Paged output (PDF, print) only: shorter tellings of the same document, longest first, for when the
    // body would take more than `maximumPages`; the first that fits is printed. HTML and ODT keep the body.
    QStringList shorterBodies;
    int maximumPages = 0;
    QList<DocumentImage> images;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    qreal pointSize = 11; // body text
    qreal lineHeight = 100; // percent
    qreal furniturePointSize = 0; // the running head and page numbers; 0: a little smaller than the body
    QString styleSheet; // extra CSS for this kind of document
};

} // namespace Coproduce
