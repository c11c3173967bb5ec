// SPDX-License-Identifier: GPL-3.0-or-later
// The progress chart drawn for documents and the projector: each bar part's number is written on it where
// it fits the period's width, and left to the table where forty periods would print the numbers on top of
// each other. What is drawn is read from a paint engine that keeps every text it is given.
#include "reports/barchartpicture.h"

#include <QGuiApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QTest>
#include <QTextItem>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

class TextEngine final : public QPaintEngine
{
public:
    QStringList texts;
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { } // (the default calls its twin)
    void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
    Type type() const override { return User; }
};

class TextDevice final : public QPaintDevice
{
public:
    mutable TextEngine engine;
    QPaintEngine *paintEngine() const override { return &engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 2000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }
};

// What a chart of `periods` periods writes, each period's two parts 137 and 251 (numbers no axis shows).
QStringList drawn(int periods)
{
    QStringList categories;
    QList<int> low, high;
    for (int p = 0; p < periods; ++p) {
        categories << u"Q%1"_s.arg(p % 4 + 1);
        low << 137;
        high << 251;
    }
    const BarChartPicture chart(categories, { { u"Doing to"_s, low }, { u"Doing with"_s, high } });
    TextDevice device;
    QPainter painter(&device);
    chart.paint(&painter, QRectF(QPointF(0, 0), BarChartPicture::size(620)), 620);
    painter.end();
    return device.engine.texts;
}

} // namespace

class TestBarChartPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersWhereTheyFit()
    {
        const QStringList four = drawn(4);
        QCOMPARE(four.count(u"137"_s), 4);
        QCOMPARE(four.count(u"251"_s), 4);
        QVERIFY(four.contains(u"Doing with"_s)); // the legend
    }

    void noneOnTopOfEachOther()
    {
        const QStringList forty = drawn(40);
        QCOMPARE(forty.count(u"137"_s), 0);
        QCOMPARE(forty.count(u"251"_s), 0);
        QVERIFY(forty.contains(u"Doing to"_s) && forty.contains(u"Doing with"_s)); // the legend still says
    }
};

QTEST_MAIN(TestBarChartPicture)
#include "tst_barchartpicture.moc"
