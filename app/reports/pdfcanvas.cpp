// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcanvas.h"

#include "pdfcontent.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextLayout>

namespace Coproduce {

class PdfCanvasEngine final : public QPaintEngine
{
public:
    PdfCanvasEngine(PdfContent *content, PdfCanvas *device)
        : QPaintEngine(PaintEngineFeatures(PrimitiveTransform | PatternTransform | PixmapTransform
                                           | PainterPaths | AlphaBlend))
        , m_content(content)
        , m_device(device)
    {
    }

    bool begin(QPaintDevice *) override
    {
        m_transform = QTransform();
        m_clip = QPainterPath();
        m_clipped = false;
        setActive(true);
        return true;
    }
    bool end() override
    {
        setActive(false);
        return true;
    }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & (DirtyClipPath | DirtyClipRegion)) {
            QPainterPath path;
            if (flags & DirtyClipPath) {
                path = state.clipPath();
            } else {
                path.addRegion(state.clipRegion());
            }
            path = m_transform.map(path);
            switch (state.clipOperation()) {
            case Qt::NoClip:
                m_clipped = false;
                m_clip = QPainterPath();
                break;
            case Qt::ReplaceClip:
                m_clipped = true;
                m_clip = path;
                break;
            case Qt::IntersectClip:
                m_clip = m_clipped ? m_clip.intersected(path) : path;
                m_clipped = true;
                break;
            }
        } else if (flags & DirtyClipEnabled) {
            m_clipped = state.isClipEnabled() && !m_clip.isEmpty();
        }
    }

    void drawPath(const QPainterPath &path) override { paint(path, true); }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode != PolylineMode)
            path.closeSubpath();
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        paint(path, mode != PolylineMode);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(r, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags) override
    {
        const QImage part = source.toRect() == image.rect() ? image : image.copy(source.toAlignedRect());
        startDrawing();
        m_content->image(part, r);
        m_content->restore();
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // Laid out again as Qt laid it out for the painter: the same text, font and resolution.
        QTextLayout layout(item.text(), item.font(), m_device);
        QTextOption option;
        option.setTextDirection(item.renderFlags() & QTextItem::RightToLeft ? Qt::RightToLeft
                                                                            : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        if (!line.isValid())
            return;
        startDrawing();
        // The item's point is on its baseline.
        const QList<QGlyphRun> runs = layout.glyphRuns();
        const bool plain = runs.size() == 1 && m_content->mapsOneToOne(runs.first(), item.text());
        if (!plain)
            m_content->beginActualText(item.text());
        for (const QGlyphRun &run : runs)
            m_content->glyphs(run, p - QPointF(0, line.ascent()), m_pen.color());
        if (!plain)
            m_content->end();
        m_content->restore();
    }

    void drawTiledPixmap(const QRectF &r, const QPixmap &pixmap, const QPointF &) override
    {
        drawPixmap(r, pixmap, QRectF(pixmap.rect()));
    }

private:
    // Starts a drawing: the clip (in the page's coordinates) and the painter's transform.
    void startDrawing()
    {
        m_content->save();
        if (m_clipped) {
            m_content->path(m_clip, QTransform());
            m_content->ops() += "W n\n";
        }
        if (!m_transform.isIdentity())
            m_content->transform(m_transform);
    }

    void paint(const QPainterPath &path, bool fillable)
    {
        const bool fill = fillable && m_brush.style() != Qt::NoBrush;
        const bool stroke = m_pen.style() != Qt::NoPen && m_pen.brush().style() != Qt::NoBrush;
        if (!fill && !stroke)
            return;
        // The path goes in already transformed, no "cm": a band far down a long document is drawn
        // translated by tens of thousands of pixels, and PDF/A-1 allows no number beyond 32,767.
        m_content->save();
        if (m_clipped) {
            m_content->path(m_clip, QTransform());
            m_content->ops() += "W n\n";
        }
        if (fill) {
            // Solid colours only (a gradient gets its first colour): the documents draw no others.
            const QGradient *gradient = m_brush.gradient();
            m_content->fill(gradient && !gradient->stops().isEmpty() ? gradient->stops().first().second
                                                                     : m_brush.color());
        }
        if (stroke) {
            m_content->stroke(m_pen.color());
            // A cosmetic pen's width is in the device's pixels already.
            const qreal width = m_pen.isCosmetic() || m_pen.widthF() == 0
                ? qMax<qreal>(m_pen.widthF(), 1)
                : m_pen.widthF() * qSqrt(qAbs(m_transform.determinant()));
            QByteArray &ops = m_content->ops();
            ops += QByteArray::number(width, 'f', 3) + " w ";
            ops += m_pen.capStyle() == Qt::FlatCap ? "0 J "
                : m_pen.capStyle() == Qt::RoundCap ? "1 J "
                                                   : "2 J ";
            ops += m_pen.joinStyle() == Qt::RoundJoin ? "1 j"
                : m_pen.joinStyle() == Qt::BevelJoin  ? "2 j"
                                                      : "0 j";
            if (m_pen.style() != Qt::SolidLine) {
                ops += " [";
                for (const qreal dash : m_pen.dashPattern())
                    ops += QByteArray::number(dash * width, 'f', 2) + ' ';
                ops += "] 0 d";
            }
            ops += '\n';
        }
        m_content->path(path, m_transform);
        const bool evenOdd = path.fillRule() == Qt::OddEvenFill;
        m_content->ops() += fill && stroke ? (evenOdd ? "B*\n" : "B\n")
            : fill                         ? (evenOdd ? "f*\n" : "f\n")
                                           : "S\n";
        m_content->restore();
    }

    PdfContent *m_content;
    PdfCanvas *m_device;
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    QPainterPath m_clip;
    bool m_clipped = false;
};

PdfCanvas::PdfCanvas(PdfContent *content, int dpi, const QSize &size)
    : m_content(content)
    , m_dpi(dpi)
    , m_size(size)
    , m_engine(std::make_unique<PdfCanvasEngine>(content, this))
{
}

PdfCanvas::~PdfCanvas() = default;

void PdfCanvas::drawGlyphRun(QPainter *painter, const QPointF &at, const QGlyphRun &run, const QString &text)
{
    m_content->save();
    if (painter->hasClipping()) {
        m_content->path(painter->clipPath(), painter->transform());
        m_content->ops() += "W n\n";
    }
    m_content->transform(painter->transform());
    // (No text given: the glyphs say what they can through their fonts' maps.)
    const bool plain = text.isNull() || m_content->mapsOneToOne(run, text);
    if (!plain)
        m_content->beginActualText(text);
    m_content->glyphs(run, at, painter->pen().color());
    if (!plain)
        m_content->end();
    m_content->restore();
}

QPaintEngine *PdfCanvas::paintEngine() const
{
    return m_engine.get();
}

int PdfCanvas::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / m_dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace Coproduce
