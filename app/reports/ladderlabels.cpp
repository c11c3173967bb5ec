// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderlabels.h"

#include "pdfcanvas.h"

#include <QPainter>
#include <QTextLayout>

namespace Coproduce {

LadderLabels::LadderLabels(const QFont &font)
    : m_font(font)
{
}

const LadderLabels::Label &LadderLabels::label(const QString &text)
{
    auto it = m_labels.find(text);
    if (it != m_labels.end())
        return *it;
    QTextLayout layout(text, m_font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setNumColumns(text.size()); // one line, however long
    layout.endLayout();
    return *m_labels.insert(text, { layout.glyphRuns(), QSizeF(line.naturalTextWidth(), line.height()) });
}

qreal LadderLabels::width(const QString &text)
{
    return label(text).size.width();
}

void LadderLabels::draw(QPainter *painter, const QRectF &box, Qt::Alignment alignment, const QString &text)
{
    const Label &l = label(text);
    if (l.size.width() > box.width() + 0.5) {
        painter->setFont(m_font);
        painter->drawText(box, int(alignment | Qt::AlignVCenter | Qt::TextWordWrap), text);
        return;
    }
    const qreal x
        = alignment & Qt::AlignHCenter ? box.left() + (box.width() - l.size.width()) / 2 : box.left();
    const QPointF at(x, box.top() + (box.height() - l.size.height()) / 2);
    // (A PDF page is given the text too: its paint engine would get glyphs without their letters.)
    auto *pdf = dynamic_cast<PdfCanvas *>(painter->device());
    for (const QGlyphRun &run : l.runs) {
        if (pdf)
            pdf->drawGlyphRun(painter, at, run, l.runs.size() == 1 ? text : QString());
        else
            painter->drawGlyphRun(at, run);
    }
}

} // namespace Coproduce
