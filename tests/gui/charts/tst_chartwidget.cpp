// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/M4Reducer.h"
#include "core/metrics/ByteSize.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/Series.h"
#include "gui/charts/AxisScale.h"
#include "gui/charts/ChartLineLayer.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/LegendWidget.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace {

constexpr qint64 Start = 1'760'000'000'000;
constexpr qint64 Hour = 3600 * 1000;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// QTest moves the cursor for a move without buttons, which the offscreen platform does not turn into events.
void hover(QWidget &widget, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&widget, &move);
}

Series syntheticSeries(qint64 points, qint64 stepMs, double scale)
{
    Series s;
    s.reserve(std::size_t(points));
    for (qint64 i = 0; i < points; ++i)
        s.append(Start + i * stepMs,
                 scale * (0.5 + 0.4 * std::sin(double(i) / 5000.0) + ((i % 97) == 0 ? 0.1 : 0.0)));
    return s;
}

// The dashboard's worst default case: 16 nodes as mean lines with min-max bands, plus 8 rank lines, reduced
// to `width` columns (about 4 points per column).
QList<ChartSeries> dashboardLines(qint64 from, qint64 to, int width, const QPalette &palette)
{
    const qint64 step = (to - from) / 10'000;
    QList<ChartSeries> list;
    for (int node = 0; node < 16; ++node) {
        std::vector<std::unique_ptr<Series>> ranks;
        std::vector<const Series *> pointers;
        for (int rank = 0; rank < 8; ++rank) {
            auto s = std::make_unique<Series>();
            for (qint64 i = 0; i < 10'000; ++i) {
                const double phase = double(i) / (700.0 + 40.0 * node) + rank * 0.3;
                const double spike = (i + 131 * rank) % 997 == 0 ? 4.0 : 0.0;
                s->append(from + i * step, GiB * (10.0 + 3.5 * node + 2.5 * std::sin(phase) + spike));
            }
            pointers.push_back(s.get());
            ranks.push_back(std::move(s));
        }
        list.append({QStringLiteral("node%1").arg(node), QStringLiteral("node %1").arg(node),
                     ChartStyle::seriesColor(node, palette),
                     M4Reducer::aggregate(pointers, from, to, width)});
        if (node == 15) {
            for (int rank = 0; rank < 8; ++rank) {
                list.append({QStringLiteral("rank%1").arg(rank), QStringLiteral("GPU %1").arg(rank),
                             ChartStyle::seriesColor(rank, palette),
                             M4Reducer::reduce(*ranks[std::size_t(rank)], from, to, width)});
            }
        }
    }
    return list;
}

// dashboardLines on a chart, with a limit line and a crosshair.
void fillDashboardChart(ChartWidget &chart, int width)
{
    chart.setTitle(QStringLiteral("GPU memory"));
    chart.setValueFormat(ValueFormat::Bytes);
    chart.setLimit(80 * GiB, QStringLiteral("GPU memory limit"));
    chart.setSeries(dashboardLines(chart.fromMs(), chart.toMs(), width, chart.palette()));
    const qint64 from = chart.fromMs();
    chart.setCrosshair(from + (chart.toMs() - from) * 2 / 3);
}

// Pixels two images of one size differ in, and the largest difference of a channel among them.
std::pair<int, int> differences(const QImage &image, const QImage &other)
{
    int differing = 0;
    int worst = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        const QRgb *b = reinterpret_cast<const QRgb *>(other.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (a[x] == b[x])
                continue;
            ++differing;
            worst = std::max({worst, std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                              std::abs(qBlue(a[x]) - qBlue(b[x])), std::abs(qAlpha(a[x]) - qAlpha(b[x]))});
        }
    }
    return {differing, worst};
}

// The same lines drawn whole by one thread and in strips by two: the pixels at the strips' edges may differ
// by a shade (linesDrawnInStripsAreTheLinesDrawnWhole), different lines by far more.
void expectLinesAlike(const QImage &image, const QImage &other)
{
    QCOMPARE(image.size(), other.size());
    const auto [differing, worst] = differences(image, other);
    QVERIFY2(differing <= image.height() * 2 && worst <= 3,
             qPrintable(QStringLiteral("%1 pixels differ, by up to %2").arg(differing).arg(worst)));
}

} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchedUpdateEndsWithTheSameAxes();
    void aResizedChartEndsWithTheAxesOfOneMadeAtItsSize();
    void aChartNoLayoutPlacedAsksForNoWidth();
    void anInsetIsLaidOutLaterAndLeavesTheNaturalOne();
    void labelsWideningWithAMarginAreStillNews();
    void reducedSeriesStayWithinPixelBudget();
    void seriesAreReusedAndRemovedById();
    void grabImageHasSizeAndContent();
    void anExportPaintsEveryPixel();
    void aBandShowsTheSameExtremesAtEveryRatio();
    void labelsTitleAndGridArePaintedWhereTheirTicksAre();
    void linesDrawnInStripsAreTheLinesDrawnWhole();
    void anExportDrawsInItsImageTheLinesAPainterWould();
    void aNarrowChartKeepsItsTitleAndShortensTheRemark();
    void rubberBandEmitsRange();
    void shortDragAndClicks();
    void hoverSignals();
    void bytesAxisLabels();
    void percentAxisLabels();
    void timeFormatFollowsSpan();
    void zeroReadsTheSameOnEveryAxis();
    void farLimitIsMarkedAtTheEdge();
    void implausibleValuesDoNotStretchTheAxis();
    void frenchLimitUsesTheDecimalCommaLikeTheAxis();
    void legendUsesTwoColumnsOnlyWhereTheyFit();
    void timeTicksFallOnRoundTimesAndStayPut();
    void timeTicksNameTheDateAcrossMidnight();
    void valueAtNearestPoint();
    void paletteChangeKeepsWorking();
    void dashboardChartRendersLinesBelowOverlays();
    void crosshairMovesWithoutRedrawingLines();
    void linesDrawnAheadAreOnlyCopiedByThePaint();
    void linesDrawnElsewhereAreTheLinesDrawnHere();
    void linesChangedWhileDrawnElsewhereAreNeverShownOld();
    void everyDrawingElsewhereIsAnsweredEvenForAChartDeletedMeanwhile();
    void aDrawingElsewhereIsNoLongerCurrentOnceThePlotMoves();
    void denseCheckpointsAreTicksAboveThePlot();

private:
    void showChart(ChartWidget &chart);
    // Two charts of the same lines at the same sub-pixel offset in holder: one to draw here, one elsewhere.
    void showSideBySide(QWidget &holder, ChartWidget *&here, ChartWidget *&there);
    // pool's one thread kept busy until hold is released, and the charts given their lines again, not yet
    // drawn.
    static void holdWorkerAndRefill(QThreadPool &pool, QSemaphore &hold,
                                    std::initializer_list<ChartWidget *> charts);
};

void TestChartWidget::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // label texts below are compared literally
}

void TestChartWidget::showChart(ChartWidget &chart)
{
    chart.resize(1000, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setTimeRange(Start, Start + 24 * Hour);
}

void TestChartWidget::showSideBySide(QWidget &holder, ChartWidget *&here, ChartWidget *&there)
{
    holder.resize(2200, 500);
    here = new ChartWidget(&holder);
    here->setGeometry(37, 23, 1000, 400);
    there = new ChartWidget(&holder);
    there->setGeometry(1137, 23, 1000, 400);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    for (ChartWidget *chart : {here, there}) {
        chart->setTimeRange(Start, Start + 24 * Hour);
        fillDashboardChart(*chart, chart->pixelWidth());
    }
    QTest::qWait(50);
}

void TestChartWidget::holdWorkerAndRefill(QThreadPool &pool, QSemaphore &hold,
                                          std::initializer_list<ChartWidget *> charts)
{
    pool.setMaxThreadCount(1);
    pool.start([&hold] { hold.acquire(); });
    for (ChartWidget *chart : charts) {
        chart->clearSeries();
        fillDashboardChart(*chart, chart->pixelWidth());
    }
}

void TestChartWidget::reducedSeriesStayWithinPixelBudget()
{
    ChartWidget chart;
    showChart(chart);
    const int width = chart.pixelWidth();
    QVERIFY(width > 500 && width < 1000);

    const Series raw = syntheticSeries(1'000'000, 86, 1.0); // 1 M points over about a day
    QList<ChartSeries> list;
    for (int rank = 0; rank < 2; ++rank) {
        list.append({QStringLiteral("rank%1").arg(rank), QStringLiteral("rank %1").arg(rank),
                     ChartStyle::seriesColor(rank, chart.palette()),
                     M4Reducer::reduce(raw, chart.fromMs(), chart.toMs(), width)});
    }
    chart.setSeries(list);
    for (int rank = 0; rank < 2; ++rank) {
        const int count = chart.pointCountForTest(QStringLiteral("rank%1").arg(rank));
        QVERIFY(count > width); // the spikes keep most columns at more than one point
        QVERIFY2(count <= 4 * width + 2, qPrintable(QString::number(count)));
    }
}

void TestChartWidget::seriesAreReusedAndRemovedById()
{
    ChartWidget chart;
    showChart(chart);
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour)};
    points.y = {0.1, 0.2};
    chart.setSeries({{QStringLiteral("a"), QStringLiteral("A"), Qt::red, points},
                     {QStringLiteral("b"), QStringLiteral("B"), Qt::blue, points}});
    QCOMPARE(chart.pointCountForTest(QStringLiteral("a")), 2);
    QCOMPARE(chart.pointCountForTest(QStringLiteral("b")), 2);
    points.x.push_back(double(Start + 2 * Hour));
    points.y.push_back(0.3);
    chart.setSeries({{QStringLiteral("b"), QStringLiteral("B"), Qt::blue, points}});
    QCOMPARE(chart.pointCountForTest(QStringLiteral("a")), -1);
    QCOMPARE(chart.pointCountForTest(QStringLiteral("b")), 3);
    chart.clearSeries();
    QCOMPARE(chart.pointCountForTest(QStringLiteral("b")), -1);
}

void TestChartWidget::grabImageHasSizeAndContent()
{
    ChartWidget chart;
    showChart(chart);
    chart.setTitle(QStringLiteral("GPU utilization"));
    chart.setValueFormat(ValueFormat::Percent);
    const Series raw = syntheticSeries(100'000, 864, 1.0);
    chart.setSeries({{QStringLiteral("r"), QStringLiteral("r"), QColor(0x1f, 0x77, 0xb4),
                      M4Reducer::reduce(raw, chart.fromMs(), chart.toMs(), chart.pixelWidth())}});
    const int screenWidth = chart.pixelWidth();
    QSignalSpy widthSpy(&chart, &ChartWidget::pixelWidthChanged);

    for (qreal scale : {1.0, 2.0}) {
        const QImage image = chart.grabImage(QSize(640, 320), scale);
        QCOMPARE(image.size(), QSize(qRound(640 * scale), qRound(320 * scale)));
        // The line's colour must show up inside the plot (the middle of the image), not only the background.
        int lineColoured = 0;
        for (int y = int(image.height() * 0.15); y < int(image.height() * 0.85); ++y) {
            for (int x = int(image.width() * 0.2); x < int(image.width() * 0.9); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > 120 && c.red() < 120)
                    ++lineColoured;
            }
        }
        QVERIFY2(lineColoured > 200, qPrintable(QString::number(lineColoured)));
    }
    // Export must not disturb the on-screen layout or make callers re-reduce.
    QCOMPARE(chart.pixelWidth(), screenWidth);
    QCOMPARE(widthSpy.count(), 0);
}

// An export fills the background around the plot and the plot area separately (one pass over each pixel):
// no pixel may be left unpainted at any scale, where the image's memory would show through.
void TestChartWidget::anExportPaintsEveryPixel()
{
    ChartWidget chart;
    showChart(chart);
    chart.setTitle(QStringLiteral("GPU utilization"));
    const QColor window = chart.palette().color(QPalette::Window);
    const QColor base = chart.palette().color(QPalette::Base);
    QVERIFY(window != base);
    for (qreal scale : {1.0, 1.5, 2.0}) {
        // At the chart's own size, so the plot area on screen is the one exported.
        const QImage image = chart.grabImage(chart.size(), scale);
        int translucent = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                translucent += qAlpha(line[x]) != 255 ? 1 : 0;
        }
        QCOMPARE(translucent, 0);
        // Around the plot the window's colour; inside it, away from grid lines, the plot's.
        QCOMPARE(image.pixelColor(1, image.height() - 2), window);
        const QRect plot = chart.plotArea();
        int plotColoured = 0;
        int inside = 0;
        for (int y = int((plot.top() + 4) * scale); y < int((plot.bottom() - 4) * scale); y += 3) {
            for (int x = int((plot.left() + 4) * scale); x < int((plot.right() - 4) * scale); x += 3) {
                ++inside;
                plotColoured += image.pixelColor(x, y) == base ? 1 : 0;
            }
        }
        QVERIFY2(plotColoured > inside * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2 at scale %3").arg(plotColoured).arg(inside).arg(scale)));
    }
}

// A HiDPI picture finds a band's extent in blocks of whole device pixels, one per logical pixel: a dip of
// one sample and a spike of one sample must reach as far, at the same time, as at ratio 1, and the band
// between them must not grow.
void TestChartWidget::aBandShowsTheSameExtremesAtEveryRatio()
{
    ChartWidget chart;
    showChart(chart);
    chart.setValueFormat(ValueFormat::Percent);
    const qint64 span = chart.toMs() - chart.fromMs();
    Series low;
    Series high;
    for (qint64 i = 0; i < 2000; ++i) {
        const qint64 t = chart.fromMs() + span * i / 2000;
        low.append(t, i == 660 ? 0.1 : 0.6);    // one sample's dip, a third of the way in
        high.append(t, i == 1330 ? 0.95 : 0.7); // one sample's spike, two thirds in
    }
    const std::vector<const Series *> ranks{&low, &high};
    chart.setSeries({{QStringLiteral("node"), QStringLiteral("node"), QColor(0, 0, 255),
                      M4Reducer::aggregate(ranks, chart.fromMs(), chart.toMs(), chart.pixelWidth())}});

    // Per scale, in logical pixels: the deepest and the highest band pixel and where they are, and the band's
    // extent halfway between them.
    struct Extent
    {
        double deepest = -1;
        double deepestX = -1;
        double highest = 1e9;
        double highestX = -1;
        double middleTop = 1e9;
        double middleBottom = -1;
    };
    auto measure = [&](qreal scale) {
        const QImage image = chart.grabImage(chart.size(), scale);
        const QRect plot = chart.plotArea();
        Extent e;
        const int middle = int((plot.left() + plot.width() / 2) * scale);
        for (int x = int((plot.left() + 2) * scale); x < int((plot.right() - 2) * scale); ++x) {
            for (int y = int(plot.top() * scale); y < int(plot.bottom() * scale); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() - c.red() < 25)
                    continue;
                const double ly = y / scale;
                if (ly > e.deepest) {
                    e.deepest = ly;
                    e.deepestX = x / scale;
                }
                if (ly < e.highest) {
                    e.highest = ly;
                    e.highestX = x / scale;
                }
                if (x == middle) {
                    e.middleTop = std::min(e.middleTop, ly);
                    e.middleBottom = std::max(e.middleBottom, ly);
                }
            }
        }
        return e;
    };
    const Extent one = measure(1.0);
    // The dip and the spike stand far out of the band at ratio 1.
    QVERIFY2(one.deepest - one.middleBottom > 40,
             qPrintable(QString::number(one.deepest - one.middleBottom)));
    QVERIFY2(one.middleTop - one.highest > 15, qPrintable(QString::number(one.middleTop - one.highest)));
    for (qreal scale : {1.5, 2.0, 3.0}) {
        const Extent e = measure(scale);
        const QString at = QStringLiteral(" at scale %1").arg(scale);
        QVERIFY2(std::abs(e.deepest - one.deepest) <= 1.5, qPrintable(QString::number(e.deepest) + at));
        QVERIFY2(std::abs(e.deepestX - one.deepestX) <= 1.5, qPrintable(QString::number(e.deepestX) + at));
        QVERIFY2(std::abs(e.highest - one.highest) <= 1.5, qPrintable(QString::number(e.highest) + at));
        QVERIFY2(std::abs(e.highestX - one.highestX) <= 1.5, qPrintable(QString::number(e.highestX) + at));
        QVERIFY2(std::abs(e.middleTop - one.middleTop) <= 1.5, qPrintable(QString::number(e.middleTop) + at));
        QVERIFY2(std::abs(e.middleBottom - one.middleBottom) <= 1.5,
                 qPrintable(QString::number(e.middleBottom) + at));
    }
}

// The chart paints its own grid, tick labels and title (ChartAxes): each value tick has a grid line across
// the plot and its label left of it, each time tick a grid line up the plot and its label under it, and the
// title with its remark sits above the plot, the remark in the note colour.
void TestChartWidget::labelsTitleAndGridArePaintedWhereTheirTicksAre()
{
    ChartWidget chart;
    showChart(chart);
    chart.setTitle(QStringLiteral("GPU utilization"));
    chart.setNote(QStringLiteral("sampled every 5 min"));
    chart.setValueFormat(ValueFormat::Percent);
    const Series raw = syntheticSeries(10'000, 8640, 1.0);
    chart.setSeries({{QStringLiteral("r"), QStringLiteral("r"), QColor(0x1f, 0x77, 0xb4),
                      M4Reducer::reduce(raw, chart.fromMs(), chart.toMs(), chart.pixelWidth())}});
    const QImage image = chart.grabImage(chart.size());
    const QRect plot = chart.plotArea();
    const QColor text = chart.palette().color(QPalette::WindowText);
    auto inkIn = [&](const QRect &area, const QColor &ink) {
        int count = 0;
        const QRect r = area.intersected(image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) +
                                     std::abs(c.blue() - ink.blue()) <
                                 90
                             ? 1
                             : 0;
            }
        }
        return count;
    };

    // Value ticks: a grid line is a row of one colour across most of the plot's width; a label left of it.
    const QColor base = chart.palette().color(QPalette::Base);
    QList<int> gridRows;
    for (int y = plot.top() + 2; y < plot.bottom() - 1; ++y) {
        const QColor c = image.pixelColor(plot.left() + 5, y);
        if (c == base)
            continue;
        int same = 0;
        for (int x = plot.left() + 5; x < plot.right() - 5; ++x)
            same += image.pixelColor(x, y) == c ? 1 : 0;
        if (same > (plot.width() - 10) * 3 / 5)
            gridRows.append(y);
    }
    const int labels = int(chart.valueAxisLabelsForTest().size());
    QVERIFY2(gridRows.size() >= labels - 2 && gridRows.size() <= labels,
             qPrintable(QString::number(gridRows.size())));
    for (int y : gridRows)
        QVERIFY2(inkIn(QRect(0, y - 5, plot.left() - 4, 11), text) > 5, qPrintable(QString::number(y)));
    // Away from the ticks, no label.
    QCOMPARE(inkIn(QRect(0, (gridRows.at(0) + gridRows.at(1)) / 2 - 2, plot.left() - 4, 5), text), 0);

    // Time ticks: a label under each.
    const QList<qint64> ticks = chart.timeAxisTicksForTest();
    QVERIFY(ticks.size() >= 3);
    for (qint64 t : ticks) {
        const int x = plot.left() + int(double(plot.width()) * double(t - chart.fromMs()) /
                                        double(chart.toMs() - chart.fromMs()));
        QVERIFY2(inkIn(QRect(x - 15, plot.bottom() + 4, 31, 16), text) > 5, qPrintable(QString::number(t)));
        // And its grid line up the plot, between the line's pixels.
        int column = 0;
        for (int y = plot.top() + 2; y < plot.bottom() - 1; ++y)
            column += image.pixelColor(x, y) != base ? 1 : 0;
        int best = column;
        for (int dx : {-1, 1}) {
            int other = 0;
            for (int y = plot.top() + 2; y < plot.bottom() - 1; ++y)
                other += image.pixelColor(x + dx, y) != base ? 1 : 0;
            best = std::max(best, other);
        }
        QVERIFY2(best > plot.height() / 2, qPrintable(QString::number(t)));
    }

    // The title above the plot, and its remark in the note colour to the right of the middle.
    const QColor note = ChartStyle::fromPalette(chart.palette()).note;
    const QRect header(0, 0, image.width(), plot.top() - 4);
    QVERIFY(inkIn(header.adjusted(0, 0, -image.width() / 2, 0), text) > 20);
    QVERIFY(inkIn(header.adjusted(image.width() / 2, 0, 0, 0), note) > 20);
}

// A chart's line image is drawn in strips by two threads at once: the picture must be the one drawn whole,
// at ratio 1 and 2 and at a fractional offset, for the dashboard's heaviest chart (bands, spikes, 24 lines).
// A line starting at a strip's edge may round a step differently in the edge pixel; nothing more.
void TestChartWidget::linesDrawnInStripsAreTheLinesDrawnWhole()
{
    const qint64 from = Start;
    const qint64 to = Start + 24 * Hour;
    const QList<ChartSeries> lines = dashboardLines(from, to, 900, QPalette());
    for (const QTransform &toDevice : {QTransform(1, 0, 0, 1, 40, 12), QTransform(2, 0, 0, 2, 80.5, 24.25)}) {
        QImage whole;
        for (int strips : {1, 4, 7}) {
            ChartLineLayer layer;
            layer.setPlotArea(QRectF(0, 0, 900, 400));
            layer.setXRange(double(from), double(to));
            layer.setYRange(0, 80 * GiB);
            layer.setSeries(lines);
            layer.setStripCountForTest(strips);
            layer.prepare(toDevice);
            const QImage image = layer.imageForTest();
            QVERIFY(!image.isNull());
            if (strips == 1) {
                whole = image;
                continue;
            }
            QCOMPARE(image.size(), whole.size());
            const auto [differing, worst] = differences(image, whole);
            const QString what = QStringLiteral("%1 strips at scale %2: %3 pixels differ, by up to %4")
                                     .arg(strips)
                                     .arg(toDevice.m11())
                                     .arg(differing)
                                     .arg(worst);
            QVERIFY2(differing <= image.height() * strips / 2, qPrintable(what));
            QVERIFY2(worst <= 3, qPrintable(what));
        }
    }
}

// An export onto an image of its own has the lines drawn straight into its pixels, in strips by two threads,
// over the background already there; onto any other device (a pixmap here) they go through its painter. At
// every ratio both show the same picture, the background between the lines kept, and nothing outside the
// plot is touched.
void TestChartWidget::anExportDrawsInItsImageTheLinesAPainterWould()
{
    const qint64 from = Start;
    const qint64 to = Start + 24 * Hour;
    const QList<ChartSeries> lines = dashboardLines(from, to, 900, QPalette());
    const QColor background(250, 250, 245);
    const QColor page(20, 20, 20);
    const QRectF plot(40.5, 12.25, 900, 400);
    for (qreal scale : {1.0, 1.5, 2.0, 3.0}) {
        ChartLineLayer layer;
        layer.setPlotArea(QRectF(QPointF(0, 0), plot.size()));
        layer.setXRange(double(from), double(to));
        layer.setYRange(0, 80 * GiB);
        layer.setSeries(lines);
        auto draw = [&](QPaintDevice &device) {
            QPainter painter(&device);
            painter.fillRect(QRectF(0, 0, 1000, 440), page);
            painter.fillRect(plot, background);
            painter.translate(plot.topLeft());
            layer.paint(&painter, nullptr, nullptr);
        };
        const QSize pixels(qRound(1000 * scale), qRound(440 * scale));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        draw(image);
        QPixmap pixmap(pixels);
        pixmap.setDevicePixelRatio(scale);
        draw(pixmap);
        const QImage painted = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const auto [differing, worst] = differences(image, painted);
        const QString what =
            QStringLiteral("scale %1: %2 pixels differ, by up to %3").arg(scale).arg(differing).arg(worst);
        QVERIFY2(differing <= image.height() * 2 && worst <= 3, qPrintable(what));
        // The lines are there, the background between them, and the page around the plot untouched.
        int coloured = 0;
        int plain = 0;
        for (int y = int(plot.top() * scale) + 2; y < int(plot.bottom() * scale) - 2; y += 2) {
            for (int x = int(plot.left() * scale) + 2; x < int(plot.right() * scale) - 2; x += 2) {
                const QColor c = image.pixelColor(x, y);
                coloured += c != background ? 1 : 0;
                plain += c == background ? 1 : 0;
            }
        }
        QVERIFY2(
            coloured > 1000 && plain > 1000,
            qPrintable(
                QStringLiteral("%1 coloured, %2 plain at scale %3").arg(coloured).arg(plain).arg(scale)));
        for (const QPoint corner : {QPoint(1, 1), QPoint(pixels.width() - 2, pixels.height() - 2),
                                    QPoint(int(plot.right() * scale) + 3, int(plot.center().y() * scale))})
            QCOMPARE(image.pixelColor(corner), page);
    }
}

// A chart too narrow for its title and remark shortens the remark first: the title stays whole, and
// nothing is drawn past the chart's edges.
void TestChartWidget::aNarrowChartKeepsItsTitleAndShortensTheRemark()
{
    ChartWidget chart;
    chart.resize(300, 200);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setTitle(QStringLiteral("GPU memory"));
    chart.setNote(QStringLiteral("sampled every 5 min while the rest of this long job is fetched"));
    const QImage image = chart.grabImage(chart.size());
    const QRect plot = chart.plotArea();
    const QColor text = chart.palette().color(QPalette::WindowText);
    const QColor note = ChartStyle::fromPalette(chart.palette()).note;
    auto columnsWith = [&](const QColor &ink) {
        QList<int> columns;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < plot.top() - 4; ++y) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) +
                        std::abs(c.blue() - ink.blue()) <
                    60) {
                    columns.append(x);
                    break;
                }
            }
        }
        return columns;
    };
    const QList<int> title = columnsWith(text);
    const QList<int> remark = columnsWith(note);
    QVERIFY(!title.isEmpty());
    QVERIFY(!remark.isEmpty());
    // The whole title: as wide as the bold text measures, and before the remark.
    QFont bold = chart.font();
    bold.setBold(true);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("GPU memory"));
    QVERIFY2(title.last() - title.first() >= titleWidth - 4,
             qPrintable(QStringLiteral("%1 of %2").arg(title.last() - title.first()).arg(titleWidth)));
    QVERIFY(title.last() < remark.first());
    // The remark is shortened to fit: it ends a few pixels inside the chart's edge, not cut by it.
    QVERIFY2(remark.last() < image.width() - 6, qPrintable(QString::number(remark.last())));
}

void TestChartWidget::rubberBandEmitsRange()
{
    ChartWidget chart;
    showChart(chart);
    const QRect plot = chart.plotArea();
    QVERIFY(plot.width() > 500);
    QSignalSpy spy(&chart, &ChartWidget::rangeSelected);
    const int y = plot.center().y();
    const QPoint from(plot.left() + 100, y);
    const QPoint to(plot.left() + 400, y + 30); // vertical movement must not matter
    QTest::mousePress(&chart, Qt::LeftButton, {}, from);
    QTest::mouseMove(&chart, QPoint(plot.left() + 250, y));
    QTest::mouseMove(&chart, to);
    QTest::mouseRelease(&chart, Qt::LeftButton, {}, to);
    QCOMPARE(spy.count(), 1);
    const qint64 a = spy.at(0).at(0).toLongLong();
    const qint64 b = spy.at(0).at(1).toLongLong();
    QVERIFY(a < b);
    QVERIFY(a > chart.fromMs() && b < chart.toMs());
    const double span = double(chart.toMs() - chart.fromMs());
    QVERIFY(std::abs(double(a - chart.fromMs()) / span - 100.0 / plot.width()) < 0.01);
    QVERIFY(std::abs(double(b - chart.fromMs()) / span - 400.0 / plot.width()) < 0.01);

    // Right to left gives the same ordered range; a drag past the plot edge clamps to the range.
    spy.clear();
    QTest::mousePress(&chart, Qt::LeftButton, {}, to);
    QTest::mouseMove(&chart, QPoint(plot.right() + 50, y));
    QTest::mouseRelease(&chart, Qt::LeftButton, {}, QPoint(plot.right() + 50, y));
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).toLongLong() < spy.at(0).at(1).toLongLong());
    QVERIFY(spy.at(0).at(1).toLongLong() <= chart.toMs());
}

void TestChartWidget::shortDragAndClicks()
{
    ChartWidget chart;
    showChart(chart);
    const QRect plot = chart.plotArea();
    QSignalSpy ranges(&chart, &ChartWidget::rangeSelected);
    QSignalSpy zoomOut(&chart, &ChartWidget::zoomOutRequested);
    const QPoint p = plot.center();
    QTest::mousePress(&chart, Qt::LeftButton, {}, p);
    QTest::mouseRelease(&chart, Qt::LeftButton, {}, p + QPoint(2, 0));
    QCOMPARE(ranges.count(), 0);
    QTest::mouseClick(&chart, Qt::RightButton, {}, p);
    QCOMPARE(zoomOut.count(), 1);
    QTest::mouseDClick(&chart, Qt::LeftButton, {}, p);
    QCOMPARE(zoomOut.count(), 2);
    QCOMPARE(ranges.count(), 0);
}

void TestChartWidget::hoverSignals()
{
    ChartWidget chart;
    showChart(chart);
    const QRect plot = chart.plotArea();
    QSignalSpy hovered(&chart, &ChartWidget::hovered);
    QSignalSpy left(&chart, &ChartWidget::hoverLeft);
    hover(chart, QPoint(plot.left() + plot.width() / 2, plot.center().y()));
    QVERIFY(hovered.count() >= 1);
    const qint64 t = hovered.last().at(0).toLongLong();
    QVERIFY(std::abs(double(t - (chart.fromMs() + chart.toMs()) / 2)) <
            0.01 * double(chart.toMs() - chart.fromMs()));
    hover(chart, QPoint(plot.left() - 20, plot.center().y()));
    QCOMPARE(left.count(), 1);
    hover(chart, plot.center());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&chart, &leave);
    QCOMPARE(left.count(), 2);

    chart.setCrosshair(t); // drawn, not tested pixel by pixel; must not disturb the plot
    chart.setCrosshair(std::nullopt);
}

// A frame's setters in one update (as the dashboard applies a frame) end on the axis the same setters
// give one by one; until the update ends the axis stays as it was.
void TestChartWidget::batchedUpdateEndsWithTheSameAxes()
{
    ChartWidget single;
    ChartWidget batched;
    showChart(single);
    showChart(batched);
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour)};
    points.y = {12 * GiB, 61.5 * GiB};
    const QList<ChartSeries> series{{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, points}};
    for (ChartWidget *chart : {&single, &batched})
        chart->setValueFormat(ValueFormat::Bytes);
    const QStringList before = batched.valueAxisLabelsForTest();

    single.setTimeRange(Start, Start + Hour);
    single.setLimit(80 * GiB, QStringLiteral("GPU memory limit"));
    single.setPlausibleRange({0, 1e15});
    single.setSeries(series);

    batched.beginUpdate();
    batched.setTimeRange(Start, Start + Hour);
    batched.setLimit(80 * GiB, QStringLiteral("GPU memory limit"));
    batched.setPlausibleRange({0, 1e15});
    batched.setSeries(series);
    QCOMPARE(batched.valueAxisLabelsForTest(), before);
    batched.endUpdate();

    QVERIFY(single.valueAxisLabelsForTest() != before);
    QCOMPARE(batched.valueAxisLabelsForTest(), single.valueAxisLabelsForTest());
    QCOMPARE(batched.valueAxisRange(), single.valueAxisRange());
    QCOMPARE(batched.limitText(), single.limitText());
}

// Inside the layout's report of a new plot area the chart is not laid out again (axis labels the new width
// changes lay it out in a later turn, which reports again): the axes and plot area must still end as those
// of a chart made at that size.
void TestChartWidget::aResizedChartEndsWithTheAxesOfOneMadeAtItsSize()
{
    QWidget holder;
    holder.resize(1200, 500);
    auto *resized = new ChartWidget(&holder);
    resized->setGeometry(0, 0, 1000, 400);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    ChartWidget direct;
    direct.resize(430, 260);
    direct.show();
    QVERIFY(QTest::qWaitForWindowExposed(&direct));
    ReducedSeries points;
    points.x = {double(Start), double(Start + 20 * Hour)};
    points.y = {12 * GiB, 61.5 * GiB};
    for (ChartWidget *chart : {resized, &direct}) {
        chart->setValueFormat(ValueFormat::Bytes);
        chart->setTimeRange(Start, Start + 24 * Hour);
        chart->setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, points}});
    }
    QTRY_COMPARE(direct.size(), QSize(430, 260));
    QTest::qWait(50);
    const QStringList wideTicks = resized->timeAxisLabelsForTest();

    resized->setGeometry(0, 0, 430, 260);
    QTRY_COMPARE(resized->timeAxisLabelsForTest(), direct.timeAxisLabelsForTest());
    QVERIFY(resized->timeAxisLabelsForTest() != wideTicks); // fewer ticks fit: the labels did change
    QTRY_COMPARE(resized->valueAxisLabelsForTest(), direct.valueAxisLabelsForTest());
    QTRY_COMPARE(resized->plotArea(), direct.plotArea());
}

// A chart no layout has placed has a made-up size, its plot about 20 px wide: a frame asked for that width
// (the dashboard's, the comparison's, the group's narrowest) would be a smear until the layout ran.
void TestChartWidget::aChartNoLayoutPlacedAsksForNoWidth()
{
    QWidget holder;
    auto *chart = new ChartWidget(&holder);
    chart->setTimeRange(Start, Start + 24 * Hour);
    QTest::qWait(50); // the chart's scene lays it out for its made-up size meanwhile
    QCOMPARE(chart->laidOutPixelWidth(), 0);
    auto *layout = new QVBoxLayout(&holder);
    layout->addWidget(chart);
    holder.resize(900, 400);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    QTRY_VERIFY(chart->laidOutPixelWidth() > 700);
    QCOMPARE(chart->laidOutPixelWidth(), chart->pixelWidth());
}

// Lining charts up sets a margin on each: laid out at once and measured again, that was two layouts of every
// chart of a view in one turn. The margin is laid out with the view's next layout pass; the natural inset,
// which the margin does not change, stays what it was.
void TestChartWidget::anInsetIsLaidOutLaterAndLeavesTheNaturalOne()
{
    ChartWidget chart;
    showChart(chart);
    ReducedSeries points;
    points.x = {double(Start), double(Start + 20 * Hour)};
    points.y = {12 * GiB, 61.5 * GiB};
    chart.setValueFormat(ValueFormat::Bytes);
    chart.setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, points}});
    QTest::qWait(50);
    const qreal natural = chart.naturalPlotInset();
    const int left = chart.plotArea().left();
    QChart *qchart = chart.findChild<QChartView *>()->chart();
    QSignalSpy layouts(qchart, &QChart::plotAreaChanged);
    QSignalSpy news(&chart, &ChartWidget::naturalPlotInsetChanged);
    chart.setPlotInset(natural + 30);
    QCOMPARE(layouts.count(), 0); // not laid out inside the call
    QCOMPARE(chart.naturalPlotInset(), natural);
    QTRY_COMPARE(chart.plotArea().left(), left + 30);
    QCOMPARE(chart.naturalPlotInset(), natural);
    QCOMPARE(news.count(), 0); // its own margin is no news for the group
    chart.setPlotInset(natural);
    QTRY_COMPARE(chart.plotArea().left(), left);
}

// Value labels that widen in the same layout pass as a margin the group set must still be told to the
// group: swallowed with the margin's own move, the charts of a view stayed out of line (8 px in the demo).
void TestChartWidget::labelsWideningWithAMarginAreStillNews()
{
    ChartWidget chart;
    showChart(chart);
    ReducedSeries small;
    small.x = {double(Start), double(Start + 20 * Hour)};
    small.y = {1, 9};
    chart.setValueFormat(ValueFormat::Bytes);
    chart.setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, small}});
    QTest::qWait(50);
    const qreal natural = chart.naturalPlotInset();
    QChart *qchart = chart.findChild<QChartView *>()->chart();
    QSignalSpy layouts(qchart, &QChart::plotAreaChanged);
    QSignalSpy news(&chart, &ChartWidget::naturalPlotInsetChanged);
    // New labels, then the group's margin, both laid out in one pass.
    ReducedSeries large = small;
    large.y = {1.5e12, 1.9e12}; // "1.5 TiB" is wider than "5 B"
    chart.setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, large}});
    chart.setPlotInset(natural + 30);
    QCOMPARE(layouts.count(), 0);
    QTRY_VERIFY(!news.isEmpty());
    const qreal wider = news.last().at(0).toReal();
    QVERIFY2(wider > natural + 5, qPrintable(QStringLiteral("%1 after %2").arg(wider).arg(natural)));
    QCOMPARE(chart.naturalPlotInset(), wider);
}

void TestChartWidget::bytesAxisLabels()
{
    ChartWidget chart;
    showChart(chart);
    chart.setValueFormat(ValueFormat::Bytes);
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour)};
    points.y = {12 * GiB, 61.5 * GiB};
    chart.setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, points}});
    chart.setLimit(80 * GiB, QStringLiteral("GPU memory limit"));
    const QStringList labels = chart.valueAxisLabelsForTest();
    QVERIFY2(labels.contains(QStringLiteral("80 GiB")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(ByteSize::format(0, ByteUnits::Binary))); // zero is "0 B" everywhere
    QCOMPARE(chart.formatValue(80 * GiB), QStringLiteral("80 GiB"));

    // Without the limit the axis shrinks to the data.
    chart.setLimit(std::nullopt);
    QVERIFY(!chart.valueAxisLabelsForTest().contains(QStringLiteral("80 GiB")));

    const AxisScale small = AxisScale::forRange(0, 700 * 1024.0 * 1024.0, ValueFormat::Bytes, 5);
    QVERIFY2(small.labels().contains(QStringLiteral("200 MiB")), qPrintable(small.labels().join(u'|')));
    QCOMPARE(AxisScale::formatValue(1536, ValueFormat::Bytes), QStringLiteral("1.5 KiB"));
    QCOMPARE(AxisScale::formatValue(2.0 * 1024 * GiB, ValueFormat::Bytes), QStringLiteral("2 TiB"));
}

void TestChartWidget::percentAxisLabels()
{
    const AxisScale scale = AxisScale::forRange(0, 1.0, ValueFormat::Percent, 5);
    QCOMPARE(scale.labels().first(), QStringLiteral("0 %"));
    QVERIFY2(scale.labels().contains(QStringLiteral("100 %")), qPrintable(scale.labels().join(u'|')));
    QVERIFY(scale.maximum() > 1.0); // headroom: a line at 100 % must not hide in the frame
    QCOMPARE(AxisScale::formatValue(0.953, ValueFormat::Percent), QStringLiteral("95.3 %"));

    ChartWidget chart;
    showChart(chart);
    chart.setValueFormat(ValueFormat::Percent);
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour)};
    points.y = {0.2, 0.9};
    chart.setSeries({{QStringLiteral("u"), QStringLiteral("u"), Qt::blue, points}});
    const QStringList labels = chart.valueAxisLabelsForTest();
    QVERIFY2(labels.contains(QStringLiteral("0 %")) && labels.contains(QStringLiteral("100 %")),
             qPrintable(labels.join(u'|')));

    // CPU counts in cores, and the axis says so.
    const AxisScale cores = AxisScale::forRange(0, 7.3, ValueFormat::Cores, 4);
    QVERIFY2(cores.labels().contains(QStringLiteral("8 cores")), qPrintable(cores.labels().join(u'|')));
    QCOMPARE(AxisScale::formatValue(2.5, ValueFormat::Cores), QStringLiteral("2.5 cores"));
}

void TestChartWidget::zeroReadsTheSameOnEveryAxis()
{
    // "0 GiB", "0.0 TiB" and "0.00 GiB" in one view were three spellings of one fact.
    const QString zero = ByteSize::format(0, ByteUnits::Binary);
    QCOMPARE(zero, QStringLiteral("0 B"));
    for (double top : {3.0 * 1024 * GiB, 0.8 * GiB, 75 * GiB, 1.2 * 1024 * GiB}) {
        const AxisScale scale = AxisScale::forRange(0, top, ValueFormat::Bytes, 5);
        QCOMPARE(scale.labels().first(), zero);
        QCOMPARE(AxisScale::formatValue(0, ValueFormat::Bytes), zero);
    }
    QCOMPARE(AxisScale::forRange(0, 0.004, ValueFormat::Percent, 4).labels().first(), QStringLiteral("0 %"));
    QCOMPARE(AxisScale::forRange(0, 0.3, ValueFormat::Cores, 4).labels().first(), QStringLiteral("0 cores"));
}

void TestChartWidget::farLimitIsMarkedAtTheEdge()
{
    ChartWidget chart;
    showChart(chart);
    chart.setValueFormat(ValueFormat::Bytes);
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour)};
    points.y = {40 * GiB, 90 * GiB};
    chart.setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, points}});
    // 2 TiB of node memory beside 90 GiB used: the lines keep the axis, the limit is named at the top.
    chart.setLimit(2048 * GiB, QStringLiteral("memory limit"));
    QVERIFY(chart.isLimitAboveAxis());
    QVERIFY(chart.valueAxisRange().second < 200 * GiB);
    QVERIFY(chart.valueAxisRange().second >= 90 * GiB);
    QCOMPARE(chart.limitText(), QStringLiteral("memory limit 2 TiB"));
    // Named in the title's row, right of the title, where it hides no line (at the plot's top edge it
    // covered the highest values); at the top edge only where the title leaves no room beside it.
    chart.setTitle(QStringLiteral("Node memory"));
    QTRY_VERIFY(chart.limitLabelRect().isValid());
    QTRY_VERIFY(chart.limitLabelRect().bottom() < chart.plotArea().top());
    QVERIFY(chart.limitLabelRect().right() <= chart.plotArea().right());
    chart.resize(250, 300);
    QTRY_VERIFY(chart.limitLabelRect().top() >= chart.plotArea().top());
    QVERIFY(chart.limitLabelRect().isValid());
    chart.resize(1000, 400);
    QTRY_VERIFY(chart.limitLabelRect().bottom() < chart.plotArea().top());
    // A limit near the data is drawn where it is.
    chart.setLimit(160 * GiB, QStringLiteral("memory limit"));
    QVERIFY(!chart.isLimitAboveAxis());
    QVERIFY(chart.valueAxisRange().second >= 160 * GiB);
}

// One 1e307 in a GPU utilization line (a server bug, or a hostile one): the other lines keep their scale,
// the axis keeps a handful of ticks, and painting, which maps the value to pixels, finishes.
void TestChartWidget::implausibleValuesDoNotStretchTheAxis()
{
    ChartWidget chart;
    showChart(chart);
    chart.setValueFormat(ValueFormat::Percent);
    chart.setTimeRange(Start, Start + Hour);
    chart.setPlausibleRange(MetricInfo::plausibleRange(Metric::GpuUtilization, std::nullopt));
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour / 3), double(Start + Hour / 2), double(Start + Hour)};
    points.y = {0.5, 1e307, std::numeric_limits<double>::infinity(), 0.9};
    points.lower = {0.4, -1e307, 0.1, 0.8};
    points.upper = {0.6, 1e307, std::numeric_limits<double>::quiet_NaN(), 0.95};
    chart.setSeries({{QStringLiteral("u"), QStringLiteral("u"), Qt::blue, points}});
    QVERIFY(chart.valueAxisRange().second >= 0.95);
    QVERIFY2(chart.valueAxisRange().second <= 1.5,
             qPrintable(QString::number(chart.valueAxisRange().second)));
    QVERIFY(chart.valueAxisRange().first >= 0.0);
    QVERIFY(chart.valueAxisLabelsForTest().size() <= 20);
    const QImage image = chart.grab().toImage();
    QVERIFY(!image.isNull());

    // Without a plausible range (a chart of unknown metric) every finite value still counts, and the axis
    // stays bounded.
    ChartWidget open;
    showChart(open);
    open.setTimeRange(Start, Start + Hour);
    open.setSeries({{QStringLiteral("u"), QStringLiteral("u"), Qt::blue, points}});
    QVERIFY(open.valueAxisLabelsForTest().size() <= 20);
    QVERIFY(!open.grab().toImage().isNull());
}

void TestChartWidget::frenchLimitUsesTheDecimalCommaLikeTheAxis()
{
    // A French desktop reads "79,6 Gio" on the limit as on the axis, never "79.6".
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ChartWidget chart;
    showChart(chart);
    chart.setValueFormat(ValueFormat::Bytes);
    ReducedSeries points;
    points.x = {double(Start), double(Start + Hour)};
    points.y = {0.5 * GiB, 1.2 * GiB};
    chart.setSeries({{QStringLiteral("m"), QStringLiteral("m"), Qt::blue, points}});
    chart.setLimit(81'559.0 * 1024 * 1024, QStringLiteral("limite de mémoire GPU"));
    const QString limit = chart.limitText();
    const QStringList axis = chart.valueAxisLabelsForTest();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(limit.contains(QStringLiteral("79,6")), qPrintable(limit));
    QVERIFY2(
        std::any_of(axis.begin(), axis.end(), [](const QString &l) { return l.contains(QLatin1Char(',')); }),
        qPrintable(axis.join(QLatin1Char('|'))));
    QVERIFY(std::none_of(axis.begin(), axis.end(),
                         [](const QString &l) { return l.contains(QLatin1Char('.')); }));
}

void TestChartWidget::legendUsesTwoColumnsOnlyWhereTheyFit()
{
    // Every rank of two nodes: 16 entries. A narrow chart lists them in one column with every value whole;
    // a wide one in two.
    std::vector<DashboardFrame::Line> lines;
    for (int i = 0; i < 16; ++i) {
        DashboardFrame::Line line;
        line.key.nodeId = QStringLiteral("node-%1").arg(i / 8);
        line.key.rank = i % 8;
        line.label = QStringLiteral("node-%1 · GPU %2").arg(i / 8).arg(i % 8);
        line.last = 0.934;
        line.mean = 0.934;
        line.max = 0.979;
        lines.push_back(line);
    }
    const auto format = [](double v) -> QString {
        return QString::number(v * 100, 'f', 1) + QStringLiteral(" %");
    };
    LegendWidget legend;
    legend.resize(420, 100);
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    legend.setLines(lines, format);
    QTRY_COMPARE(legend.columnCount(), 1);
    QTRY_COMPARE(legend.height(), legend.sizeHint().height()); // sixteen rows claimed
    const int oneColumnHeight = legend.height();
    legend.resize(1400, 100);
    QTRY_COMPARE(legend.columnCount(), 2);
    QTRY_VERIFY(legend.height() < oneColumnHeight); // eight rows
    legend.resize(420, 100);
    QTRY_COMPARE(legend.columnCount(), 1);
}

void TestChartWidget::timeTicksFallOnRoundTimesAndStayPut()
{
    ChartWidget chart;
    showChart(chart);
    // An odd start, as a live window has: 13:28:17.
    const QDateTime odd(QDate(2026, 3, 10), QTime(13, 28, 17));
    const qint64 from = odd.toMSecsSinceEpoch();
    chart.setTimeRange(from, from + 2 * Hour);
    const QList<qint64> ticks = chart.timeAxisTicksForTest();
    const QStringList labels = chart.timeAxisLabelsForTest();
    QVERIFY2(ticks.size() >= 2, qPrintable(labels.join(u'|')));
    for (qint64 t : ticks) {
        const QTime time = QDateTime::fromMSecsSinceEpoch(t).time();
        QVERIFY2(time.second() == 0 && time.minute() % 15 == 0, qPrintable(labels.join(u'|')));
        QVERIFY(t >= from && t <= from + 2 * Hour);
    }
    QVERIFY2(labels.contains(QStringLiteral("14:00")), qPrintable(labels.join(u'|')));
    // A live refresh moves the window by seconds: the ticks stay where they were.
    chart.setTimeRange(from + 5000, from + 2 * Hour + 5000);
    QCOMPARE(chart.timeAxisTicksForTest(), ticks);
    QCOMPARE(chart.timeAxisLabelsForTest(), labels);
}

void TestChartWidget::timeTicksNameTheDateAcrossMidnight()
{
    ChartWidget chart;
    showChart(chart);
    const QDateTime evening(QDate(2026, 3, 10), QTime(21, 40));
    chart.setTimeRange(evening.toMSecsSinceEpoch(), evening.toMSecsSinceEpoch() + 5 * Hour);
    const QStringList labels = chart.timeAxisLabelsForTest();
    const QString midnight = QLocale().toString(QDate(2026, 3, 11), QStringLiteral("d MMM"));
    QVERIFY2(labels.contains(midnight), qPrintable(labels.join(u'|')));
    // Within one afternoon, times alone.
    const QDateTime afternoon(QDate(2026, 3, 10), QTime(13, 0));
    chart.setTimeRange(afternoon.toMSecsSinceEpoch(), afternoon.toMSecsSinceEpoch() + 3 * Hour);
    for (const QString &label : chart.timeAxisLabelsForTest())
        QVERIFY2(label.size() == 5 && label.at(2) == u':', qPrintable(label));
}

void TestChartWidget::timeFormatFollowsSpan()
{
    ChartWidget chart;
    showChart(chart);
    chart.setTimeRange(Start, Start + 2 * 60 * 1000);
    for (const QString &label : chart.timeAxisLabelsForTest()) // seconds matter over two minutes
        QVERIFY2(label.count(u':') == 2 || label.contains(u' '), qPrintable(label));
    chart.setTimeRange(Start, Start + 3 * 24 * Hour);
    const QStringList days = chart.timeAxisLabelsForTest();
    QVERIFY(!days.isEmpty());
    for (const QString &label : days) // dates matter over three days
        QVERIFY2(label.contains(u' '), qPrintable(label));
}

void TestChartWidget::valueAtNearestPoint()
{
    ChartWidget chart;
    ReducedSeries points;
    points.x = {0, 100, 200};
    points.y = {1, 2, 3};
    chart.setSeries({{QStringLiteral("s"), QStringLiteral("s"), Qt::blue, points}});
    QCOMPARE(chart.valueAt(QStringLiteral("s"), 40), 1.0);
    QCOMPARE(chart.valueAt(QStringLiteral("s"), 60), 2.0);
    QCOMPARE(chart.valueAt(QStringLiteral("s"), 1000), 3.0);
    QCOMPARE(chart.valueAt(QStringLiteral("s"), -5), 1.0);
    QVERIFY(!chart.valueAt(QStringLiteral("missing"), 0));
}

void TestChartWidget::paletteChangeKeepsWorking()
{
    ChartWidget chart;
    showChart(chart);
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::WindowText, Qt::white);
    chart.setPalette(dark);
    const QImage image = chart.grabImage(QSize(400, 200));
    // The chart background follows the palette: the corner is the window colour, not QtCharts' white.
    QCOMPARE(image.pixelColor(1, 1), QColor(0x20, 0x20, 0x20));
}

void TestChartWidget::dashboardChartRendersLinesBelowOverlays()
{
    ChartWidget chart;
    showChart(chart);
    fillDashboardChart(chart, 850);
    QVERIFY(chart.pointCountForTest(QStringLiteral("node0")) > 850);
    QVERIFY(chart.pointCountForTest(QStringLiteral("node0")) <= 4 * 850 + 2);
    QVERIFY(chart.valueAt(QStringLiteral("node15"), chart.fromMs()).has_value());
    QVERIFY(chart.valueAxisLabelsForTest().contains(QStringLiteral("80 GiB")));

    const QSize size(1600, 900);
    QImage image = chart.grabImage(size);
    // Set TRAINSCOPE_CHART_PNG to look at the result: lines, bands, axes, limit and crosshair.
    if (const QString path = qEnvironmentVariable("TRAINSCOPE_CHART_PNG"); !path.isEmpty())
        image.save(path);

    // The crosshair is an overlay: its column keeps its own colour over the whole plot height, bands and
    // lines included. Lines drawn over it would break it up.
    const QColor crosshair = ChartStyle::fromPalette(chart.palette()).crosshair;
    int best = 0;
    for (int x = 0; x < image.width(); ++x) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y)
            run += image.pixelColor(x, y) == crosshair ? 1 : 0;
        best = std::max(best, run);
    }
    QVERIFY2(best > image.height() * 3 / 4, qPrintable(QString::number(best)));

    // Every node's colour shows up at nearly full strength (a line, not only its pale band). Antialiased
    // pixels of a sloped 1 px line rarely hit the exact colour, hence the tolerance.
    auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <
               60;
    };
    for (int node = 0; node < 9; ++node) {
        const QColor color = ChartStyle::seriesColor(node, chart.palette());
        int found = 0;
        for (int y = 0; y < image.height() && found < 50; ++y) {
            for (int x = 0; x < image.width(); ++x)
                found += near(image.pixelColor(x, y), color) ? 1 : 0;
        }
        QVERIFY2(found >= 50, qPrintable(QString::number(node)));
    }

    // Repaint cost at the export size: 16 banded lines and 8 rank lines of about 3400 points each. Reported,
    // not asserted: a loaded test machine must not fail the build.
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        image = chart.grabImage(size);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    // The first picture at a new scale builds glyph caches at that scale: a warm-up, then the median.
    image = chart.grabImage(size, 2.0);
    std::vector<double> hiDpiRuns;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        image = chart.grabImage(size, 2.0);
        hiDpiRuns.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(hiDpiRuns.begin(), hiDpiRuns.end());
    const double hiDpiMs = hiDpiRuns[1];
    std::vector<double> empty;
    chart.clearSeries();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        image = chart.grabImage(size);
        empty.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(empty.begin(), empty.end());
    qInfo("render 1600x900: %.1f ms with 24 lines (%.1f ms at scale 2), %.1f ms without lines", ms[2],
          hiDpiMs, empty[2]);
}

// Hovering sweeps the crosshair across every chart of a view: each move must cost a copy of the columns it
// touched, not a repaint of every line and band under them. The lines are drawn again only when they change.
// A view giving its charts new lines one a turn draws each chart's lines in its turn (prepareLines), so the
// paint that shows them only copies: drawn for the wrong transform, the paint would draw them again.
void TestChartWidget::linesDrawnAheadAreOnlyCopiedByThePaint()
{
    QWidget holder; // the chart away from the window's corner: its device offset is not zero
    holder.resize(1100, 500);
    auto *chart = new ChartWidget(&holder);
    chart->setGeometry(37, 23, 1000, 400);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    chart->setTimeRange(Start, Start + 24 * Hour);
    fillDashboardChart(*chart, chart->pixelWidth());
    QTest::qWait(50);
    // New lines: the paint draws them.
    int before = chart->lineRendersForTest();
    chart->clearSeries();
    fillDashboardChart(*chart, chart->pixelWidth());
    QTest::qWait(50);
    QCOMPARE(chart->lineRendersForTest(), before + 1);
    // New lines drawn ahead: the paint only copies them.
    before = chart->lineRendersForTest();
    chart->clearSeries();
    fillDashboardChart(*chart, chart->pixelWidth());
    chart->prepareLines();
    QCOMPARE(chart->lineRendersForTest(), before + 1);
    QTest::qWait(50);
    QCOMPARE(chart->lineRendersForTest(), before + 1);
}

// Lines drawn on a worker (a 64-node chart's banded means took 9-18 ms of the window's turn) are the
// pixels a paint here would draw; the paint after only copies them, and until they are drawn the chart is
// not painted at all, so it never shows new axes over old lines.
void TestChartWidget::linesDrawnElsewhereAreTheLinesDrawnHere()
{
    QWidget holder;
    ChartWidget *here = nullptr;
    ChartWidget *there = nullptr;
    showSideBySide(holder, here, there);
    for (ChartWidget *chart : {here, there}) {
        chart->clearSeries();
        chart->setTimeRange(Start + Hour, Start + 20 * Hour);
        fillDashboardChart(*chart, chart->pixelWidth());
    }
    here->prepareLines();
    const int rendersThere = there->lineRendersForTest();
    QThreadPool pool;
    bool drawn = false;
    there->prepareLinesElsewhere(pool, &holder, [&drawn] { drawn = true; });
    QVERIFY(!there->updatesEnabled()); // no paint of it meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(drawn, 5'000);
    QVERIFY(there->updatesEnabled());
    QTest::qWait(50); // painted
    QCOMPARE(there->lineRendersForTest(), rendersThere);
    QVERIFY(!there->lineImageForTest().isNull());
    expectLinesAlike(there->lineImageForTest(), here->lineImageForTest());
    if (QTest::currentTestFailed())
        return;

    // Nothing to draw: done at once, and the chart paints as before.
    bool again = false;
    there->prepareLinesElsewhere(pool, &holder, [&again] { again = true; });
    QVERIFY(again);
    QVERIFY(there->updatesEnabled());
}

// A chart changed while its lines are drawn on a worker (a newer frame, a layout) never takes that image: it
// draws what it holds now.
void TestChartWidget::linesChangedWhileDrawnElsewhereAreNeverShownOld()
{
    QWidget holder;
    ChartWidget *here = nullptr;
    ChartWidget *there = nullptr;
    showSideBySide(holder, here, there);
    // The worker held back until the chart has changed.
    QThreadPool pool;
    QSemaphore hold;
    holdWorkerAndRefill(pool, hold, {here, there});
    bool drawn = false;
    there->prepareLinesElsewhere(pool, &holder, [&drawn] { drawn = true; });
    const int renders = there->lineRendersForTest();
    for (ChartWidget *chart : {here, there})
        chart->setTimeRange(Start + 2 * Hour, Start + 12 * Hour); // the lines move under the worker
    hold.release();
    QTRY_VERIFY_WITH_TIMEOUT(drawn, 5'000);
    QVERIFY(there->updatesEnabled());
    QTest::qWait(50); // painted: drawn here, for the range it shows
    QCOMPARE(there->lineRendersForTest(), renders + 1);
    here->prepareLines();
    expectLinesAlike(there->lineImageForTest(), here->lineImageForTest());
}

// The dashboard holds a frame back until every chart it gave lines to is through drawing them: a chart that
// is deleted, or asked again, while a worker draws must still answer each call once, or the frame (and every
// later one until a new one starts over) would never be shown.
void TestChartWidget::everyDrawingElsewhereIsAnsweredEvenForAChartDeletedMeanwhile()
{
    QWidget holder;
    ChartWidget *here = nullptr;
    ChartWidget *there = nullptr;
    showSideBySide(holder, here, there);
    QThreadPool pool;
    QSemaphore hold;
    holdWorkerAndRefill(pool, hold, {here, there});
    int hereDone = 0;
    int thereDone = 0;
    here->prepareLinesElsewhere(pool, &holder, [&hereDone] { ++hereDone; });
    there->prepareLinesElsewhere(pool, &holder, [&thereDone] { ++thereDone; });
    there->setTimeRange(Start + 2 * Hour, Start + 12 * Hour);
    there->prepareLinesElsewhere(pool, &holder, [&thereDone] { ++thereDone; }); // the first is outdated
    delete here;
    hold.release();
    QTRY_COMPARE_WITH_TIMEOUT(thereDone, 2, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(hereDone, 1, 5'000);
    pool.waitForDone();
    QTest::qWait(20); // nothing answered twice
    QCOMPARE(hereDone, 1);
    QCOMPARE(thereDone, 2);
    QVERIFY(there->updatesEnabled()); // thawed by the later call's lines
}

// The dashboard asks for each chart's lines as it gives them, then settles the charts' geometry (the plot
// areas lined up, the legends' rows): a chart whose plot area moved since is asked again, or the paint
// would throw the drawing away and draw the lines on the window's thread.
void TestChartWidget::aDrawingElsewhereIsNoLongerCurrentOnceThePlotMoves()
{
    QWidget holder;
    ChartWidget *here = nullptr;
    ChartWidget *there = nullptr;
    showSideBySide(holder, here, there);
    QThreadPool pool;
    QSemaphore hold;
    holdWorkerAndRefill(pool, hold, {there});
    // A failed check must not leave the pool held.
    auto released = qScopeGuard([&hold] { hold.release(); });
    QVERIFY(!there->drawingElsewhereIsCurrent()); // new lines, nothing asked for yet
    bool first = false;
    there->prepareLinesElsewhere(pool, &holder, [&first] { first = true; });
    QVERIFY(there->drawingElsewhereIsCurrent());
    there->resize(there->width() - 40, there->height()); // a layout moves it
    QVERIFY(!there->drawingElsewhereIsCurrent());
    bool second = false;
    there->prepareLinesElsewhere(pool, &holder, [&second] { second = true; });
    QVERIFY(there->drawingElsewhereIsCurrent());
    const int renders = there->lineRendersForTest();
    released.dismiss();
    hold.release();
    QTRY_VERIFY_WITH_TIMEOUT(first && second, 5'000);
    QVERIFY(there->updatesEnabled());
    QTest::qWait(50); // painted: from the second drawing, none here
    QCOMPARE(there->lineRendersForTest(), renders);
    Q_UNUSED(here);
}

void TestChartWidget::crosshairMovesWithoutRedrawingLines()
{
    ChartWidget chart;
    showChart(chart);
    fillDashboardChart(chart, chart.pixelWidth());
    QApplication::processEvents();
    const int rendered = chart.lineRendersForTest();
    QVERIFY(rendered >= 1);
    for (int i = 1; i <= 20; ++i) {
        chart.setCrosshair(chart.fromMs() + (chart.toMs() - chart.fromMs()) * i / 21);
        QApplication::processEvents();
    }
    chart.setCrosshair(std::nullopt);
    QApplication::processEvents();
    QCOMPARE(chart.lineRendersForTest(), rendered);
    // New lines are drawn once, whatever the crosshair does next.
    fillDashboardChart(chart, chart.pixelWidth() / 2);
    QApplication::processEvents();
    chart.setCrosshair(chart.fromMs() + (chart.toMs() - chart.fromMs()) / 3);
    QApplication::processEvents();
    QCOMPARE(chart.lineRendersForTest(), rendered + 1);
}

// A long job saving every ten minutes has a checkpoint every few pixels of a whole-job view: a dashed line
// for each combed over the data, and their row of heads covered a line at 100 %. Dense, each is a tick above
// the plot; sparse checkpoints keep their lines, and an error always has one.
void TestChartWidget::denseCheckpointsAreTicksAboveThePlot()
{
    ChartWidget chart;
    showChart(chart);
    const ChartStyle style = ChartStyle::fromPalette(chart.palette());
    auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <
               60;
    };
    // Pixels of a colour in the plot within a pixel of x, or in the whole plot's width when x is not given.
    // Dense, they are ticks above the plot, so a line at 100 % is never under them either.
    auto countInPlot = [&](const QColor &colour, std::optional<int> x) {
        QApplication::processEvents();
        const QImage image = chart.grab().toImage();
        const QRect plot = chart.plotArea();
        int found = 0;
        for (int px = x ? *x - 1 : plot.left(); px <= (x ? *x + 1 : plot.right()); ++px) {
            for (int y = plot.top(); y < plot.bottom(); ++y)
                found += near(image.pixelColor(px, y), colour) ? 1 : 0;
        }
        return found;
    };
    // Whether a tick of the colour stands above the plot at x: antialiased, its pixels are paler.
    auto tickAbove = [&](const QColor &colour, int x) {
        const QImage image = chart.grab().toImage();
        const int top = chart.plotArea().top();
        for (int px = x - 1; px <= x + 1; ++px) {
            for (int y = top - 5; y < top; ++y) {
                const QColor c = image.pixelColor(px, y);
                if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                        std::abs(c.blue() - colour.blue()) <
                    150)
                    return true;
            }
        }
        return false;
    };

    QList<ChartMarker> sparse;
    for (int i = 1; i <= 4; ++i)
        sparse.append({Start + i * 5 * Hour, ChartMarker::Kind::Checkpoint, QStringLiteral("checkpoint")});
    chart.setMarkers(sparse);
    for (const ChartMarker &marker : sparse) {
        const std::optional<int> x = chart.markerXForTest(marker.timeMs);
        QVERIFY(x);
        QVERIFY2(countInPlot(style.checkpointMarker, x) > 20, "a sparse checkpoint lost its line");
    }

    QList<ChartMarker> dense;
    for (qint64 t = Start + 5 * 60'000; t < Start + 24 * Hour; t += 10 * 60'000)
        dense.append({t, ChartMarker::Kind::Checkpoint, QStringLiteral("checkpoint")});
    const qint64 errorAt = Start + 13 * Hour + 2 * 60'000;
    dense.append({errorAt, ChartMarker::Kind::Error, QStringLiteral("error")});
    chart.setMarkers(dense);
    QCOMPARE(countInPlot(style.checkpointMarker, std::nullopt), 0);
    for (const ChartMarker &marker : dense) {
        const std::optional<int> x = chart.markerXForTest(marker.timeMs);
        QVERIFY(x);
        if (marker.kind == ChartMarker::Kind::Checkpoint)
            QVERIFY2(tickAbove(style.checkpointMarker, *x), "a dense checkpoint left no mark");
    }
    const std::optional<int> errorX = chart.markerXForTest(errorAt);
    QVERIFY(errorX);
    QVERIFY2(countInPlot(style.errorMarker, errorX) > 20, "an error among them lost its line");
    // Hovering still names the checkpoint under the pointer.
    QVERIFY(chart.markerNear(Start + 5 * 60'000 + 10 * 60'000));
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
