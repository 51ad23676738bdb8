// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/HeatmapBench.h"

#include "bench/BenchOptions.h"
#include "bench/BenchTiming.h"
#include "bench/SyntheticJobStore.h"
#include "core/frames/HeatmapBuilder.h"
#include "core/metrics/MetricsStore.h"
#include "gui/charts/ColorMap.h"
#include "gui/charts/HeatmapWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using BenchOptions::intOption;
using BenchTiming::median;

namespace {

// The naive heatmap: every sample in the window is a rectangle of its row, coloured by its value.
void paintNaive(const MetricsStore &store, qint64 from, qint64 to, QImage &canvas, const QRect &plot)
{
    QPainter p(&canvas);
    p.fillRect(canvas.rect(), Qt::white);
    int rows = 0;
    for (const NodeMetrics &node : store.nodes())
        rows += int(node.gpuUtilization.size());
    const double rowHeight = double(plot.height()) / std::max(1, rows);
    const double perMs = double(plot.width()) / double(to - from);
    int row = 0;
    for (const NodeMetrics &node : store.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization) {
            const std::size_t end = series.lowerBound(to + 1);
            for (std::size_t i = series.lowerBound(from); i < end; ++i) {
                const double x = plot.left() + double(series.times()[i] - from) * perMs;
                const double next =
                    i + 1 < series.size() ? plot.left() + double(series.times()[i + 1] - from) * perMs : x;
                p.fillRect(QRectF(x, plot.top() + row * rowHeight, std::max(1.0, next - x), rowHeight),
                           QColor(ColorMap::at(series.values()[i])));
            }
            ++row;
        }
    }
}

struct Figures
{
    double ours = 0;
    double baseline = 0;
    double build = 0; // of ours: the frame from the pyramids
    double image = 0; // the image of columns x rows; the rest is painting
    int rows = 0;
    int width = 0;
};

Figures measure(const MetricsStore &store, int runs)
{
    const auto [first, last] = store.dataBounds();
    HeatmapWidget widget;
    widget.resize(1900, 800);
    widget.setTitle(QStringLiteral("GPU utilization"));
    widget.show();
    QApplication::processEvents();
    QImage canvas(widget.size(), QImage::Format_RGB32);
    Figures f;
    f.width = widget.pixelWidth();
    std::vector<double> ours;
    std::vector<double> naive;
    std::vector<double> buildMs;
    std::vector<double> imageMs;
    for (int run = 0; run < runs; ++run) {
        // A range change: the whole job give or take a few minutes, so no two frames are alike.
        const qint64 from = first + qint64(run) * 60'000;
        const qint64 to = last - qint64(run) * 60'000;
        QElapsedTimer timer;
        timer.start();
        auto frame = std::make_shared<HeatmapFrame>(
            HeatmapBuilder::build(store, {Metric::GpuUtilization, from, to, widget.pixelWidth()}));
        const qint64 built = timer.nsecsElapsed();
        widget.setTimeRange(from, to);
        widget.setFrame(frame);
        const qint64 imaged = timer.nsecsElapsed();
        widget.render(&canvas);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        buildMs.push_back(double(built) / 1e6);
        imageMs.push_back(double(imaged - built) / 1e6);
        f.rows = int(frame->rows.size());
        if (run < 3) { // the baseline is slow: three runs tell its median
            timer.restart();
            paintNaive(store, from, to, canvas, widget.plotArea());
            naive.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    f.ours = median(ours);
    f.build = median(buildMs);
    f.image = median(imageMs);
    f.baseline = median(naive);
    return f;
}

bool runCase(int nodes, int gpus, int days, int step, int runs, bool judged)
{
    QString why;
    QElapsedTimer timer;
    timer.start();
    const MetricsStore store = SyntheticJobStore::build(nodes, gpus, days, step, &why, true);
    if (store.nodes().empty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return false;
    }
    std::size_t points = 0;
    for (const NodeMetrics &node : store.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization)
            points += series.size();
    }
    std::printf(
        "store: %d nodes x %d GPUs, %d days at %d s: %.2f M GPU-utilization points (built in %.1f s)\n",
        nodes, gpus, days, step, double(points) / 1e6, double(timer.elapsed()) / 1000);
    const Figures f = measure(store, runs);
    std::printf("heatmap: %.2f ms, baseline %.2f ms, speedup %.1fx (%d rows x %d columns, median of %d)\n",
                f.ours, f.baseline, f.baseline / std::max(1e-6, f.ours), f.rows, f.width, runs);
    std::printf("  of which: frame %.2f ms, image %.2f ms, painting %.2f ms\n", f.build, f.image,
                f.ours - f.build - f.image);
    if (!judged)
        return true;
    const bool fast = f.ours <= 16.0;
    const bool ahead = f.baseline / std::max(1e-6, f.ours) >= 20.0;
    std::printf("targets:\n  %s heatmap <= 16 ms\n  %s speedup >= 20x\n", fast ? "met   " : "MISSED",
                ahead ? "met   " : "MISSED");
    return fast && ahead;
}

} // namespace

int runHeatmapBench(const QStringList &args)
{
    const int gpus = intOption(args, QStringLiteral("--gpus"), 8);
    const int days = intOption(args, QStringLiteral("--days"), 3);
    const int step = intOption(args, QStringLiteral("--step"), 15);
    const int runs = std::max(3, intOption(args, QStringLiteral("--runs"), 11));
    if (args.contains(QStringLiteral("--nodes")))
        return runCase(intOption(args, QStringLiteral("--nodes"), 16), gpus, days, step, runs, false) ? 0 : 1;
    const bool met = runCase(16, gpus, days, step, runs, true);
    runCase(64, gpus, days, step, std::max(3, runs / 2), false);
    return met ? 0 : 1;
}
