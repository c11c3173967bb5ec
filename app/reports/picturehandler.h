// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace Coproduce {

// Sizes and draws a document's pictures in a laid-out QTextDocument for PDF and print, in place of Qt's
// own image handler: a picture that can draw itself is drawn as shapes and text, others as their image.
// Sizes follow Qt's rules (the <img> width and height, the other from the picture's shape, scaled from the
// screen's resolution to the device's), so a page breaks where it would with images.
class PictureHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // Registers itself on `document`'s layout (and is owned by the document).
    PictureHandler(const QList<DocumentImage> &pictures, QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QHash<QString, DocumentImage> m_pictures;
};

} // namespace Coproduce
