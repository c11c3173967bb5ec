// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>

#include <memory>

class QPainter;

namespace Coproduce {

class PageCanvasEngine;

// A paint device that hands everything painted on it to a page's painter, in the page's own coordinates.
//
// A paged document is one long layout: page 30 of it is painted translated up by 29 pages. Qt's PDF engine
// writes that translation into the file as it is (`1 0 0 1 0 -35390 cm`), and every word's position after it,
// and PDF/A-1 allows no number beyond ±32,767: a PDF longer than about twelve pages failed PDF/A validation.
// Through a canvas, each shape, picture and run of text reaches the page's painter already moved to where it
// lands on the page, so the file holds only numbers the size of a page.
//
// It also leaves out text that would not be seen: Qt's QTextLayout draws one line above any clip, so the last
// line of a page was also in the next page's text, hidden under the running head (search and screen readers
// met it twice). Text whose middle falls outside the clip is not passed on.
//
// Underlined and struck-out text would get its line twice (once as drawn here, once by the page's painter);
// the documents use neither.
class PageCanvas final : public QPaintDevice
{
public:
    // `target` must be active on the real device and outlive the canvas.
    explicit PageCanvas(QPainter *target);
    ~PageCanvas() override;

    QPaintEngine *paintEngine() const override;
    // How many runs of text were left out because they were outside the clip.
    int hiddenTextItems() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter *m_target;
    std::unique_ptr<PageCanvasEngine> m_engine;
};

} // namespace Coproduce
