// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>

class QGlyphRun;
class QPainter;

#include <memory>

namespace Coproduce {

class PdfCanvasEngine;
class PdfContent;

// A paint device whose painting goes into a PDF page's content: what the documents draw with a QPainter
// (the pictures, the tables' rules, the running head) is written as the PDF's own shapes, images and text.
// Text is shaped again from what the painter was given (QTextItem has no public glyphs), as Qt shaped it.
class PdfCanvas final : public QPaintDevice
{
public:
    // `content` must outlive the canvas; `dpi` is the layout's resolution, `size` the page's in its pixels.
    PdfCanvas(PdfContent *content, int dpi, const QSize &size);
    ~PdfCanvas() override;

    QPaintEngine *paintEngine() const override;
    // Draws glyphs already shaped from `text` with `painter` (on this canvas): QPainter::drawGlyphRun
    // reaches a paint engine without them.
    void drawGlyphRun(QPainter *painter, const QPointF &at, const QGlyphRun &run, const QString &text);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    PdfContent *m_content;
    int m_dpi;
    QSize m_size;
    std::unique_ptr<PdfCanvasEngine> m_engine;
};

} // namespace Coproduce
