// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QMap>
#include <QRectF>
#include <QString>

class QPainter;

namespace Coproduce {

class LadderLabels;

// The ladder drawn for a document: seven rungs, highest at the top, tinted by group, with a labelled chip
// on the rung each point of view chose.
class LadderPicture final
{
    Q_DECLARE_TR_FUNCTIONS(LadderPicture)

public:
    // `width` in pixels at 96 dpi; drawn at `scale` times that for print.
    static QImage render(const QMap<QString, QString> &ratings, int width, qreal scale = 2);
    // The picture's size at `width` pixels wide, and the picture drawn into `target` (any size, same shape).
    static QSizeF size(int width);
    // `labels` (made with labelFont()), if given, keeps the words laid out for the next ladder.
    static void paint(QPainter *painter, const QRectF &target, const QMap<QString, QString> &ratings,
                      int width, LadderLabels *labels = nullptr);
    static QFont labelFont();
    // What the picture shows, in words, for its alt text.
    static QString describe(const QMap<QString, QString> &ratings);
};

} // namespace Coproduce
