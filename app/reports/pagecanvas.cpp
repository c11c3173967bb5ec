// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecanvas.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <optional>

namespace Coproduce {

// Passes each call on to the target painter. The target's transform is the canvas's without its
// translation, and every coordinate is moved by the point that the canvas's transform takes to the page's
// origin: the target's painter then maps each point to the same place on the page, but the numbers it is
// given (and writes into a PDF) are page-sized.
class PageCanvasEngine final : public QPaintEngine
{
public:
    explicit PageCanvasEngine(QPainter *target)
        : QPaintEngine(AllFeatures)
        , m_target(target)
    {
    }

    bool begin(QPaintDevice *) override
    {
        m_target->save();
        m_targetTransform = m_target->transform();
        m_transform = QTransform();
        m_clipEnabled = false;
        m_hasClip = false;
        m_clip = QPainterPath();
        m_clipDirty = true;
        setActive(true);
        return true;
    }

    bool end() override
    {
        m_target->restore();
        setActive(false);
        return true;
    }

    Type type() const override { return User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        // The transform first: Qt replays saved clips each with the transform it was set under.
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyPen)
            m_target->setPen(state.pen());
        if (flags & DirtyBrush)
            m_target->setBrush(state.brush());
        if (flags & DirtyBrushOrigin)
            m_brushOrigin = state.brushOrigin();
        if (flags & DirtyFont)
            m_target->setFont(state.font());
        if (flags & DirtyBackground)
            m_target->setBackground(state.backgroundBrush());
        if (flags & DirtyBackgroundMode)
            m_target->setBackgroundMode(state.backgroundMode());
        if (flags & DirtyHints) {
            m_target->setRenderHints(m_target->renderHints(), false);
            m_target->setRenderHints(state.renderHints(), true);
        }
        if (flags & DirtyCompositionMode)
            m_target->setCompositionMode(state.compositionMode());
        if (flags & DirtyOpacity)
            m_target->setOpacity(state.opacity());
        // As Qt's own engines read it: a new clip turns clipping on; "clip enabled" alone only switches a
        // clip there is on or off (and comes with Qt's default, on, when a restore has just taken the clip
        // away).
        if (flags & (DirtyClipPath | DirtyClipRegion)) {
            QPainterPath path;
            if (flags & DirtyClipPath)
                path = state.clipPath();
            else
                path.addRegion(state.clipRegion());
            m_clipEnabled = true;
            clip(state.clipOperation(), m_transform.map(path));
        } else if (flags & DirtyClipEnabled) {
            m_clipDirty |= m_clipEnabled != state.isClipEnabled();
            m_clipEnabled = state.isClipEnabled();
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        if (const auto at = prepare())
            m_target->drawPath(path.translated(-*at));
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        const auto at = prepare();
        if (!at)
            return;
        QPolygonF polygon(count);
        for (int i = 0; i < count; ++i)
            polygon[i] = points[i] - *at;
        if (mode == PolylineMode)
            m_target->drawPolyline(polygon);
        else
            m_target->drawPolygon(polygon, mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    using QPaintEngine::drawPolygon;

    void drawRects(const QRectF *rects, int count) override
    {
        if (const auto at = prepare())
            m_target->drawRects(moved(rects, count, *at).constData(), count);
    }
    using QPaintEngine::drawRects;

    void drawLines(const QLineF *lines, int count) override
    {
        if (const auto at = prepare())
            m_target->drawLines(moved(lines, count, *at).constData(), count);
    }
    using QPaintEngine::drawLines;

    void drawEllipse(const QRectF &rect) override
    {
        if (const auto at = prepare())
            m_target->drawEllipse(rect.translated(-*at));
    }
    using QPaintEngine::drawEllipse;

    void drawPoints(const QPointF *points, int count) override
    {
        const auto at = prepare();
        if (!at)
            return;
        QPolygonF moved(count);
        for (int i = 0; i < count; ++i)
            moved[i] = points[i] - *at;
        m_target->drawPoints(moved);
    }
    using QPaintEngine::drawPoints;

    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        if (!visible(rect))
            return;
        if (const auto at = prepare())
            m_target->drawPixmap(rect.translated(-*at), pixmap, source);
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override
    {
        if (!visible(rect))
            return;
        if (const auto at = prepare())
            m_target->drawImage(rect.translated(-*at), image, source, flags);
    }

    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        if (const auto at = prepare())
            m_target->drawTiledPixmap(rect.translated(-*at), pixmap, offset);
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // A run of text laid out by Qt (a glyph run has no width of its own: its glyphs carry their places).
        if (item.width() > 0
            && !visible(QRectF(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent()))) {
            ++m_hidden;
            return;
        }
        if (const auto at = prepare())
            m_target->drawTextItem(p - *at, item);
    }

    int hidden() const { return m_hidden; }

private:
    // Rectangles or lines, each moved back by `at`.
    template<typename Shape>
    static QVarLengthArray<Shape, 16> moved(const Shape *shapes, int count, const QPointF &at)
    {
        QVarLengthArray<Shape, 16> result(count);
        for (int i = 0; i < count; ++i)
            result[i] = shapes[i].translated(-at);
        return result;
    }

    void clip(Qt::ClipOperation operation, const QPainterPath &onPage)
    {
        if (operation == Qt::NoClip) {
            m_hasClip = false;
            m_clip = QPainterPath();
        } else if (operation == Qt::IntersectClip && m_hasClip) {
            m_clip = m_clip.intersected(onPage);
        } else {
            m_hasClip = true;
            m_clip = onPage;
        }
        m_clipBounds = m_clip.boundingRect();
        m_clipDirty = true;
    }

    bool clipping() const { return m_clipEnabled && m_hasClip; }

    // Whether the middle of `rect` (in the canvas's coordinates) is inside the clip.
    bool visible(const QRectF &rect) const
    {
        return !clipping() || m_clipBounds.contains(m_transform.mapRect(rect).center());
    }

    // Brings the target up to date and returns the point to move coordinates by: the one the canvas's
    // transform takes to the page's origin. None if nothing drawn now could be seen.
    std::optional<QPointF> prepare()
    {
        bool invertible = false;
        const QTransform inverse = m_transform.inverted(&invertible);
        if (!invertible)
            return std::nullopt;
        if (m_transform.type() >= QTransform::TxProject) { // (not used; passed on as it is)
            setTargetTransform(m_transform);
            applyClip();
            return QPointF();
        }
        const QTransform linear(m_transform.m11(), m_transform.m12(), m_transform.m21(), m_transform.m22(), 0,
                                0);
        const QPointF at = inverse.map(QPointF());
        applyClip();
        setTargetTransform(linear);
        if (const QBrush &brush = m_target->brush();
            brush.style() != Qt::NoBrush && brush.style() != Qt::SolidPattern)
            m_target->setBrushOrigin(m_brushOrigin - at);
        return at;
    }

    void setTargetTransform(const QTransform &transform)
    {
        if (transform == m_targetTransform)
            return;
        m_target->setTransform(transform);
        m_targetTransform = transform;
    }

    // The clip is kept in page coordinates and given to the target with no transform.
    void applyClip()
    {
        if (!m_clipDirty)
            return;
        m_clipDirty = false;
        if (!clipping()) {
            m_target->setClipping(false);
            return;
        }
        setTargetTransform(QTransform());
        m_target->setClipPath(m_clip);
    }

    QPainter *m_target;
    QTransform m_transform; // the canvas painter's
    QTransform m_targetTransform; // what the target painter has now
    QPointF m_brushOrigin;
    bool m_clipEnabled = false;
    bool m_hasClip = false;
    bool m_clipDirty = true;
    QPainterPath m_clip; // on the page
    QRectF m_clipBounds;
    int m_hidden = 0;
};

PageCanvas::PageCanvas(QPainter *target)
    : m_target(target)
    , m_engine(std::make_unique<PageCanvasEngine>(target))
{
}

PageCanvas::~PageCanvas() = default;

QPaintEngine *PageCanvas::paintEngine() const
{
    return m_engine.get();
}

int PageCanvas::hiddenTextItems() const
{
    return m_engine->hidden();
}

int PageCanvas::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *device = m_target->device();
    switch (metric) {
    case PdmWidth:
        return device->width();
    case PdmHeight:
        return device->height();
    case PdmWidthMM:
        return device->widthMM();
    case PdmHeightMM:
        return device->heightMM();
    case PdmNumColors:
        return device->colorCount();
    case PdmDepth:
        return device->depth();
    case PdmDpiX:
        return device->logicalDpiX();
    case PdmDpiY:
        return device->logicalDpiY();
    case PdmPhysicalDpiX:
        return device->physicalDpiX();
    case PdmPhysicalDpiY:
        return device->physicalDpiY();
    case PdmDevicePixelRatio:
        return device->devicePixelRatio();
    case PdmDevicePixelRatioScaled:
        return int(device->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace Coproduce
