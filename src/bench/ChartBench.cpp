// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/ChartBench.h"

#include "bench/BenchTiming.h"

#include "core/frames/M4Reducer.h"
#include "core/metrics/Series.h"
#include "gui/charts/ChartLineLayer.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr qint64 Start = 1'760'000'000'000;

// One untimed run first: glyph caches and layouts at this scale are built once.
template<typename Work> double medianMs(int runs, Work &&work)
{
    return BenchTiming::medianMs(runs, work, 1);
}

// The same chart tst_chartwidget measures: 16 nodes of 8 ranks as mean lines with bands, the last node's
// ranks as lines, a limit and a crosshair.
QList<ChartSeries> fillChart(ChartWidget &chart, int width)
{
    chart.setTitle(QStringLiteral("GPU memory"));
    chart.setValueFormat(ValueFormat::Bytes);
    chart.setLimit(80 * GiB, QStringLiteral("GPU memory limit"));
    const qint64 from = chart.fromMs();
    const qint64 step = (chart.toMs() - from) / 10'000;
    QList<ChartSeries> list;
    for (int node = 0; node < 16; ++node) {
        std::vector<std::unique_ptr<Series>> ranks;
        std::vector<const Series *> pointers;
        for (int rank = 0; rank < 8; ++rank) {
            auto s = std::make_unique<Series>();
            for (qint64 i = 0; i < 10'000; ++i) {
                const double phase = double(i) / (700.0 + 40.0 * node) + rank * 0.3;
                const double spike = (i + 131LL * rank) % 997 == 0 ? 4.0 : 0.0;
                s->append(from + i * step, GiB * (10.0 + 3.5 * node + 2.5 * std::sin(phase) + spike));
            }
            pointers.push_back(s.get());
            ranks.push_back(std::move(s));
        }
        list.append({QStringLiteral("node%1").arg(node), QStringLiteral("node %1").arg(node),
                     ChartStyle::seriesColor(node, chart.palette()),
                     M4Reducer::aggregate(pointers, chart.fromMs(), chart.toMs(), width)});
        for (int rank = 0; node == 15 && rank < 8; ++rank)
            list.append({QStringLiteral("rank%1").arg(rank), QStringLiteral("GPU %1").arg(rank),
                         ChartStyle::seriesColor(rank, chart.palette()),
                         M4Reducer::reduce(*ranks[std::size_t(rank)], chart.fromMs(), chart.toMs(), width)});
    }
    chart.setSeries(list);
    chart.setCrosshair(from + (chart.toMs() - from) * 2 / 3);
    return list;
}

// A band's worth of pixel-column spans: one rect per column of a 1600-column plot, jagged heights; or the
// same number of pixels as horizontal runs one scan line tall (transposed), as ChartLineLayer fills them.
std::vector<QRect> bandRects(int columns, int height, int scale, bool horizontal)
{
    QRandomGenerator rng(3);
    std::vector<QRect> rects;
    for (int x = 0; x < columns * scale; ++x) {
        const int top = int(rng.bounded(height * scale / 2));
        const QRect column(x, top, 1, 1 + int(rng.bounded(height * scale / 3)));
        rects.push_back(
            horizontal ? QRect(column.top() % (height * scale / 2), x % (height * scale), column.height(), 1)
                       : column);
    }
    return rects;
}

// Microseconds per rect for 16 bands of spans filled one way into a 1600 x 900 (x scale) image.
double usPerRect(qreal ratio, bool identity, bool antialias, QPainter::CompositionMode mode,
                 QImage::Format format, bool horizontal = false)
{
    const int scale = int(ratio);
    QImage image(1600 * scale, 900 * scale, format);
    image.setDevicePixelRatio(identity ? 1.0 : ratio);
    image.fill(Qt::white);
    const std::vector<QRect> rects = bandRects(1600, 900, identity ? scale : 1, horizontal);
    const double ms = medianMs(3, [&] {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, antialias);
        p.setCompositionMode(mode);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 90, 200, 50));
        for (int band = 0; band < 16; ++band)
            p.drawRects(rects.data(), int(rects.size()));
    });
    return ms * 1000.0 / (16.0 * double(rects.size()));
}

void rasterPaths()
{
    using CM = QPainter::CompositionMode;
    const QImage::Format premul = QImage::Format_ARGB32_Premultiplied;
    std::printf("raster paths, 16 bands of 1600 pixel-column spans (us per rect):\n");
    std::printf("  ratio 1 image, identity                      %.3f\n",
                usPerRect(1, true, false, CM::CompositionMode_SourceOver, premul));
    std::printf("  ratio 2 image, painter scaled 2x             %.3f\n",
                usPerRect(2, false, false, CM::CompositionMode_SourceOver, premul));
    std::printf("  ratio 2 image, scaled 2x, antialiased        %.3f\n",
                usPerRect(2, false, true, CM::CompositionMode_SourceOver, premul));
    std::printf("  plain 2x image, device pixels, identity      %.3f\n",
                usPerRect(2, true, false, CM::CompositionMode_SourceOver, premul));
    std::printf("  plain 2x image, identity, Format_ARGB32      %.3f\n",
                usPerRect(2, true, false, CM::CompositionMode_SourceOver, QImage::Format_ARGB32));
    std::printf("  plain 2x image, identity, Format_RGB32       %.3f\n",
                usPerRect(2, true, false, CM::CompositionMode_SourceOver, QImage::Format_RGB32));
    std::printf("  plain 2x image, identity, SourceAtop         %.3f\n",
                usPerRect(2, true, false, CM::CompositionMode_SourceAtop, premul));
    std::printf("  plain 2x image, the same pixels as rows      %.3f\n",
                usPerRect(2, true, false, CM::CompositionMode_SourceOver, premul, true));
    std::printf("  ratio 1 image, the same pixels as rows       %.3f\n",
                usPerRect(1, true, false, CM::CompositionMode_SourceOver, premul, true));
}

// The line image a repaint copies (ChartLineLayer::prepare), drawn whole on the GUI thread or in strips with
// a second thread, at ratio 1 and 2: what a frame reaching a chart costs the GUI thread.
void lineImages(const QList<ChartSeries> &lines, qint64 from, qint64 to)
{
    for (const qreal ratio : {1.0, 2.0}) {
        double ms[2] = {0, 0};
        for (int strips : {1, 0}) {
            ChartLineLayer layer;
            layer.setPlotArea(QRectF(0, 0, 1500, 800));
            layer.setXRange(double(from), double(to));
            layer.setYRange(0, 80 * GiB);
            layer.setStripCountForTest(strips);
            ms[strips == 0 ? 1 : 0] = medianMs(9, [&] {
                layer.setSeries(lines); // a new frame: drawn again
                layer.prepare(QTransform(ratio, 0, 0, ratio, 60 * ratio, 30 * ratio));
            });
        }
        std::printf(
            "line image 1500x800 at ratio %.0f: whole %.1f ms, in strips on two threads %.1f ms (%.1fx)\n",
            ratio, ms[0], ms[1], ms[0] / ms[1]);
    }
}

} // namespace

int runChartBench(const QStringList &args)
{
    const bool paths = !args.contains(QStringLiteral("--no-paths"));
    ChartWidget chart;
    chart.resize(1600, 900);
    chart.setTimeRange(Start, Start + 3LL * 24 * 3600 * 1000);
    chart.show();
    QApplication::processEvents();
    const QList<ChartSeries> lines = fillChart(chart, 850);
    const QSize size(1600, 900);
    const double one = medianMs(5, [&] { (void)chart.grabImage(size, 1.0); });
    const double two = medianMs(5, [&] { (void)chart.grabImage(size, 2.0); });
    lineImages(lines, chart.fromMs(), chart.toMs());
    chart.clearSeries();
    const double axesOne = medianMs(5, [&] { (void)chart.grabImage(size, 1.0); });
    const double axesTwo = medianMs(5, [&] { (void)chart.grabImage(size, 2.0); });
    std::printf("chart 1600x900, 16 banded lines + 8 lines: ratio 1 %.1f ms, ratio 2 %.1f ms; without lines "
                "%.1f ms and %.1f ms\n",
                one, two, axesOne, axesTwo);
    if (paths)
        rasterPaths();
    std::printf("hidpi: ratio 1 %.1f ms, ratio 2 %.1f ms, ratio 2 costs %.1fx\n", one, two, two / one);
    return 0;
}
