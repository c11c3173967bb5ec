// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Coproduce {

// The ladder picture's words, each laid out once and drawn as often as wanted: the minutes of a long meeting
// draw forty ladders, and shaping their words afresh each time was a twentieth of the whole export. Keep one
// for a document, not for the program: its glyphs hold on to fonts.
class LadderLabels final
{
public:
    explicit LadderLabels(const QFont &font);

    // Draws `text` in one line in `box`, centred vertically, and across too with Qt::AlignHCenter. Text too
    // wide for the box is wrapped instead, as QPainter::drawText would.
    void draw(QPainter *painter, const QRectF &box, Qt::Alignment alignment, const QString &text);
    qreal width(const QString &text);

private:
    struct Label
    {
        QList<QGlyphRun> runs;
        QSizeF size;
    };
    const Label &label(const QString &text);

    QFont m_font;
    QHash<QString, Label> m_labels;
};

} // namespace Coproduce
