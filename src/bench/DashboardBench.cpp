// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/DashboardBench.h"

#include "bench/BenchOptions.h"
#include "bench/BenchTiming.h"
#include "bench/NaiveChartGrid.h"
#include "bench/ScalingPlot.h"
#include "bench/SyntheticJobStore.h"
#include "core/frames/FrameBuilder.h"
#include "core/frames/HeatmapBuilder.h"
#include "core/json/MetricsParser.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/ValueFormat.h"
#include "mock/MockMetricsWriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QThread>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <thread>

using BenchOptions::intOption;
using BenchTiming::median;
using BenchTiming::medianMs;

namespace {

// The dashboard's chart grid at a typical size: two columns of charts on a 1920-pixel-wide screen.
struct Grid
{
    QWidget window;
    std::map<Metric, ChartWidget *> charts;

    explicit Grid(const MetricsStore &store)
    {
        auto *layout = new QGridLayout(&window);
        int i = 0;
        for (Metric metric : FrameBuilder::chartsFor(store)) {
            auto *chart = new ChartWidget(&window);
            chart->setTitle(MetricInfo::title(metric));
            chart->setValueFormat(valueFormatFor(metric));
            layout->addWidget(chart, i / 2, i % 2);
            charts.emplace(metric, chart);
            ++i;
        }
        window.resize(1900, 1200);
        window.show();
        QApplication::processEvents();
    }

    int plotWidth() const { return charts.begin()->second->pixelWidth(); }

    // Takes the frame's points: a frame is shown once, so its arrays move into the charts.
    void show(DashboardFrame &frame)
    {
        for (DashboardFrame::Chart &c : frame.charts) {
            QList<ChartSeries> series;
            for (DashboardFrame::Line &line : c.lines)
                series.append({line.label, line.label,
                               ChartStyle::seriesColor(line.colorIndex, window.palette()),
                               std::move(line.points)});
            ChartWidget *chart = charts.at(c.metric);
            chart->setTimeRange(frame.spec.fromMs, frame.spec.toMs);
            chart->setLimit(c.limit);
            chart->setSeries(series);
        }
    }
};

// The naive dashboard: every stored point of every series inside the window goes to the chart.
DashboardFrame rawFrame(const MetricsStore &store, const DashboardFrame::Spec &spec)
{
    DashboardFrame frame;
    frame.spec = spec;
    for (Metric metric : FrameBuilder::chartsFor(store)) {
        DashboardFrame::Chart chart;
        chart.metric = metric;
        chart.limit = FrameBuilder::limitFor(store, metric);
        auto add = [&](const QString &label, const Series &s) {
            DashboardFrame::Line line;
            line.label = label;
            const std::size_t b = s.lowerBound(spec.fromMs);
            const std::size_t e = s.lowerBound(spec.toMs + 1);
            for (std::size_t i = b; i < e; ++i) {
                line.points.x.push_back(double(s.times()[i]));
                line.points.y.push_back(s.values()[i]);
            }
            chart.lines.push_back(std::move(line));
        };
        for (const NodeMetrics &node : store.nodes()) {
            if (const auto *ranks = node.rankMap(metric)) {
                for (const auto &[rank, s] : *ranks)
                    add(node.nodeId + QString::number(rank), s);
            } else if (const Series *s = node.series(metric)) {
                add(node.nodeId, *s);
            }
        }
        if (MetricInfo::isCache(metric))
            add(MetricInfo::title(metric),
                metric == Metric::CacheUsage ? store.cacheUsage() : store.cacheUtilization());
        frame.charts.push_back(std::move(chart));
    }
    return frame;
}

std::size_t pointsIn(const DashboardFrame &frame)
{
    std::size_t n = 0;
    for (const auto &c : frame.charts)
        for (const auto &l : c.lines)
            n += l.points.size() * (l.points.hasBand() ? 3 : 1);
    return n;
}

struct Timing
{
    // The frame and, for a job that opens on them, both GPU heatmaps, built one after the other: the
    // processor time of a range change. The dashboard builds the heatmaps on a worker of their own, beside
    // the frame's (sideBySide: until both are done, which on a busy machine is no shorter).
    double ours = 0;
    double sideBySide = 0;
    double linear = 0;
    double chartsMs = 0;
    double frameMs = 0;    // the frame alone
    double heatmapsMs = 0; // both heatmaps alone, one after the other as their worker builds them
};

std::vector<HeatmapFrame::Spec> gpuHeatmaps(qint64 from, qint64 to, int width)
{
    return {{Metric::GpuUtilization, from, to, width}, {Metric::GpuMemory, from, to, width}};
}

// The default view of one window: our frame (mean per node with its band; for more than two nodes the GPU
// charts as heatmaps, a row spanning both columns, instead), against the linear M4 frame of every chart as
// lines (the path before the pyramids), and the time to hand ours to the charts.
Timing timeWindow(const MetricsStore &store, Grid &grid, qint64 from, qint64 to, int repeats)
{
    DashboardFrame::Spec spec;
    spec.fromMs = from;
    spec.toMs = to;
    spec.width = grid.plotWidth();
    spec.mode = DashboardFrame::NodeMode::AggregatePerNode;
    Timing t;
    const DashboardFrame::Spec linearSpec = spec; // every chart as lines
    auto linear = [&] {
        (void)FrameBuilder::build(store, linearSpec, FrameBuilder::Reduction::Linear);
    };
    if (HeatmapFrame::leadsWithHeatmaps(store.nodes().size())) {
        spec.asHeatmap = {Metric::GpuUtilization, Metric::GpuMemory};
        const auto specs = gpuHeatmaps(from, to, 2 * grid.plotWidth()); // a row spanning both columns
        auto heatmaps = [&] {
            for (const HeatmapFrame::Spec &s : specs)
                HeatmapBuilder::build(store, s);
        };
        auto lines = [&] {
            (void)FrameBuilder::build(store, spec);
        };
        const auto [linearMs, heatmapsMs, linesMs] =
            BenchTiming::interleavedMediansMs(repeats, linear, heatmaps, lines);
        t.linear = linearMs;
        t.heatmapsMs = heatmapsMs;
        t.frameMs = linesMs;
        t.sideBySide = medianMs(repeats, [&] {
            std::thread worker(heatmaps);
            FrameBuilder::build(store, spec);
            worker.join();
        });
    } else {
        auto lines = [&] {
            (void)FrameBuilder::build(store, spec);
        };
        const auto [linearMs, linesMs] = BenchTiming::interleavedMediansMs(repeats, linear, lines);
        t.linear = linearMs;
        t.frameMs = linesMs;
    }
    t.ours = t.frameMs + t.heatmapsMs;
    DashboardFrame frame = FrameBuilder::build(store, spec);
    QElapsedTimer timer;
    timer.start();
    grid.show(frame);
    t.chartsMs = double(timer.nsecsElapsed()) / 1e6;
    return t;
}

// trainscope-bench dashboard --nodes N --days D: a job at full resolution (15 s), the whole-job view and a
// zoom sequence, frames from the pyramids against the linear M4 in the same run.
int runScaleBench(const QStringList &args)
{
    const int nodes = intOption(args, QStringLiteral("--nodes"), 16);
    const int gpus = intOption(args, QStringLiteral("--gpus"), 8);
    const int days = intOption(args, QStringLiteral("--days"), 3);
    const int step = intOption(args, QStringLiteral("--step"), 15);
    const int repeats = intOption(args, QStringLiteral("--repeats"), 5);
    QElapsedTimer timer;
    timer.start();
    QString why;
    MetricsStore store = SyntheticJobStore::build(nodes, gpus, days, step, &why);
    if (store.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    const auto points = double(store.pointCount());
    std::printf("store: %d nodes x %d GPUs, %d days at %d s, %.2f M points (fetched in tiles, %.1f s)\n",
                nodes, gpus, days, step, points / 1e6, double(timer.elapsed()) / 1000);
    // Unshared, a point is 16 bytes (time and value); sharing the time columns saves up to 8 of them, and
    // the pyramids and rank rows spend part of that.
    std::printf("memory: %.2f bytes per stored point including the indexes and rank rows (16 unshared)\n",
                double(store.heldBytes()) / points);

    Grid grid(store);
    const auto [first, last] = store.dataBounds();
    const Timing whole = timeWindow(store, grid, first, last, repeats);
    std::printf("whole job: frame %.2f ms, linear M4 %.2f ms, charts %.2f ms (plot width %d px)\n",
                whole.ours, whole.linear, whole.chartsMs, grid.plotWidth());
    if (whole.heatmapsMs > 0)
        std::printf(
            "  of which: lines %.2f ms, both GPU heatmaps %.2f ms; on two threads, as the dashboard's "
            "workers build them, %.2f ms\n",
            whole.frameMs, whole.heatmapsMs, whole.sideBySide);
    std::vector<double> ours;
    std::vector<double> linear;
    for (int level = 1; level <= 6; ++level) {
        const qint64 span = (last - first) >> level;
        const qint64 from = first + (last - first - span) / 2;
        const Timing t = timeWindow(store, grid, from, from + span, repeats);
        std::printf("zoom 1/%-3d: frame %.2f ms, linear M4 %.2f ms, charts %.2f ms\n", 1 << level, t.ours,
                    t.linear, t.chartsMs);
        ours.push_back(t.ours);
        linear.push_back(t.linear);
    }
    std::printf("scale: %d nodes, %.1f M points, frame %.1f ms, linear M4 %.1f ms, speedup %.1fx\n", nodes,
                points / 1e6, whole.ours, whole.linear, whole.linear / whole.ours);
    std::printf(
        "zoom: %d nodes, %.1f M points, frame %.1f ms, linear M4 %.1f ms, speedup %.1fx (medians over "
        "1/2 to 1/64 of the job)\n",
        nodes, points / 1e6, median(ours), median(linear), median(linear) / median(ours));
    return 0;
}

// --scaling FILE: the whole-job frame for 1, 4, 16 and 64 nodes, plotted.
int runScalingPlot(const QStringList &args)
{
    const QString path = args.value(args.indexOf(QStringLiteral("--scaling")) + 1);
    const int days = intOption(args, QStringLiteral("--days"), 3);
    const int repeats = intOption(args, QStringLiteral("--repeats"), 5);
    std::vector<ScalingPlot::Point> points;
    int plotWidth = 0;
    for (int nodes : {1, 4, 16, 64}) {
        QString why;
        const MetricsStore store = SyntheticJobStore::build(nodes, 8, days, 15, &why);
        if (store.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
        Grid grid(store);
        const auto [first, last] = store.dataBounds();
        const Timing t = timeWindow(store, grid, first, last, repeats);
        plotWidth = grid.plotWidth();
        points.push_back({nodes, double(store.pointCount()) / 1e6, t.ours, t.linear});
        std::printf("scale: %d nodes, %.1f M points, frame %.1f ms, linear M4 %.1f ms, speedup %.1fx\n",
                    nodes, points.back().millionPoints, t.ours, t.linear, t.linear / t.ours);
        std::fflush(stdout);
    }
    double load = 0;
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly))
        load = loadavg.readAll().split(' ').value(0).toDouble();
    const QString subtitle =
        QStringLiteral("%1 days at 15 s, 8 GPUs per node, default view (mean per node with band), plot width "
                       "%2 px, median of %3 frames; %4 cores, load average %5 while measuring. "
                       "trainscope-bench dashboard --scaling FILE --days %1")
            .arg(days)
            .arg(plotWidth)
            .arg(repeats)
            .arg(QThread::idealThreadCount())
            .arg(load, 0, 'f', 1);
    if (!ScalingPlot::write(path, points, subtitle)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("plot: %s\n", qPrintable(path));
    return 0;
}

} // namespace

int runDashboardBench(const QStringList &args)
{
    if (args.contains(QStringLiteral("--scaling")))
        return runScalingPlot(args);
    if (args.contains(QStringLiteral("--days")))
        return runScaleBench(args);

    const int nodes = intOption(args, QStringLiteral("--nodes"), 16);
    const int gpus = intOption(args, QStringLiteral("--gpus"), 8);
    const int points = intOption(args, QStringLiteral("--points"), 10000);
    const int steps = intOption(args, QStringLiteral("--steps"), 8);

    ApiResult<MetricsResponse> parsed =
        MetricsParser::parse(MockMetricsWriter::syntheticPayload(nodes, gpus, points));
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message()));
        return 1;
    }
    MetricsStore store;
    store.merge(parsed.value(), std::numeric_limits<qint64>::min() / 2,
                std::numeric_limits<qint64>::max() / 2, 1);
    const auto [first, last] = store.dataBounds();
    std::printf("store: %d nodes x %d GPUs x %d points per series, %zu points in all\n", nodes, gpus, points,
                store.pointCount());

    Grid grid(store);
    std::printf("charts: %zu, plot width %d px\n", grid.charts.size(), grid.plotWidth());
    // The baseline: a plain QtCharts grid of the same size, raw points through QLineSeries::replace.
    NaiveChartGrid naiveGrid(FrameBuilder::chartsFor(store));
    naiveGrid.resize(grid.window.size());
    naiveGrid.show();
    QApplication::processEvents();

    // A zoom sequence: whole job, then narrower windows, as a user drilling into a dip does.
    std::vector<std::pair<qint64, qint64>> windows;
    for (int i = 0; i < steps; ++i) {
        const qint64 span = (last - first) >> (i % 4);
        const qint64 from = first + (last - first - span) / 2;
        windows.emplace_back(from, from + span);
    }

    auto run = [&](const char *name, DashboardFrame::NodeMode mode, bool naive) {
        std::vector<double> ms;
        std::vector<double> buildMs;
        std::vector<double> showMs;
        std::size_t handed = 0;
        for (const auto &[from, to] : windows) {
            DashboardFrame::Spec spec;
            spec.fromMs = from;
            spec.toMs = to;
            spec.width = grid.plotWidth();
            spec.mode = mode;
            QElapsedTimer timer;
            timer.start();
            DashboardFrame frame = naive ? rawFrame(store, spec) : FrameBuilder::build(store, spec);
            const qint64 built = timer.nsecsElapsed();
            const std::size_t count = pointsIn(frame); // before show() takes the points
            if (naive)
                naiveGrid.showFrame(frame);
            else
                grid.show(frame);
            const qint64 shown = timer.nsecsElapsed();
            ms.push_back(double(shown) / 1e6);
            buildMs.push_back(double(built) / 1e6);
            showMs.push_back(double(shown - built) / 1e6);
            handed = std::max(handed, count);
        }
        const double m = median(ms);
        std::printf("%-34s median %8.1f ms per range change, up to %zu points handed to the charts\n", name,
                    m, handed);
        std::printf("%-34s   of which building the frame %.1f ms, setting the charts %.1f ms (medians)\n", "",
                    median(buildMs), median(showMs));
        return m;
    };

    const double oursMean =
        run("ours (mean per node, the default):", DashboardFrame::NodeMode::AggregatePerNode, false);
    const double oursAll = run("ours (every rank of every node):", DashboardFrame::NodeMode::AllNodes, false);
    const double baseline =
        run("baseline (raw points, every rank):", DashboardFrame::NodeMode::AllNodes, true);
    std::printf("every rank: ours %.1f ms, speedup %.1fx\n", oursAll, baseline / oursAll);
    std::printf("dashboard: %.1f ms, baseline %.1f ms, speedup %.1fx\n", oursMean, baseline,
                baseline / oursMean);
    return 0;
}
