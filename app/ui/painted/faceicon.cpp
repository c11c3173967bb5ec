// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/faceicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Coproduce {

using namespace Qt::StringLiterals;

QIcon FaceIcon::make(const QString &score)
{
    QIcon icon;
    for (const int size : { 24, 32, 48, 96 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const QColor fill = score == u"yes" ? QColor(0xff, 0xd8, 0x4d)
            : score == u"partly"            ? QColor(0xc8, 0xe0, 0xf4)
                                            : QColor(0xf4, 0xc7, 0xc3);
        p.setPen(QPen(Qt::black, qMax(1.5, s / 16)));
        p.setBrush(fill);
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        p.setBrush(Qt::black);
        p.drawEllipse(QPointF(s * 0.36, s * 0.40), s * 0.06, s * 0.06);
        p.drawEllipse(QPointF(s * 0.64, s * 0.40), s * 0.06, s * 0.06);
        p.setBrush(Qt::NoBrush);
        QPainterPath mouth;
        mouth.moveTo(s * 0.30, s * 0.66);
        if (score == u"yes")
            mouth.quadTo(s * 0.5, s * 0.86, s * 0.70, s * 0.66);
        else if (score == u"partly")
            mouth.lineTo(s * 0.70, s * 0.66);
        else {
            mouth.moveTo(s * 0.30, s * 0.74);
            mouth.quadTo(s * 0.5, s * 0.56, s * 0.70, s * 0.74);
        }
        p.drawPath(mouth);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Coproduce
