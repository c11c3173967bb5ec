// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturehandler.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTextDocument>
#include <QTextFormat>

namespace Coproduce {

PictureHandler::PictureHandler(const QList<DocumentImage> &pictures, QTextDocument *document)
    : QObject(document)
{
    for (const DocumentImage &picture : pictures)
        m_pictures.insert(picture.name, picture);
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

QSizeF PictureHandler::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    const DocumentImage picture = m_pictures.value(image.name());
    const QSizeF natural = picture.draw ? picture.size : picture.image.deviceIndependentSize();
    if (natural.isEmpty())
        return QSizeF();
    const bool hasWidth = image.hasProperty(QTextFormat::ImageWidth);
    const bool hasHeight = image.hasProperty(QTextFormat::ImageHeight);
    QSize size(qRound(image.width()), qRound(image.height()));
    if (!hasWidth)
        size.setWidth(hasHeight ? qRound(size.height() * natural.width() / natural.height())
                                : qRound(natural.width()));
    if (!hasHeight)
        size.setHeight(hasWidth ? qRound(size.width() * natural.height() / natural.width())
                                : qRound(natural.height()));
    // <img> sizes are in screen pixels; the layout is in the device's.
    qreal scale = 1;
    if (const QPaintDevice *device = document->documentLayout()->paintDevice()) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        scale = device->logicalDpiY() / (screen ? qreal(qRound(screen->logicalDotsPerInchY())) : 96.0);
    }
    return QSizeF(size) * scale;
}

void PictureHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &format)
{
    const DocumentImage picture = m_pictures.value(format.toImageFormat().name());
    if (picture.draw)
        picture.draw(painter, rect);
    else if (!picture.image.isNull())
        painter->drawImage(rect, picture.image);
}

} // namespace Coproduce
