// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/CompareFrameBuilder.h"

#include "core/frames/FrameBuilder.h"
#include "core/frames/M4Reducer.h"
#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"
#include "core/metrics/NodeMetrics.h"

#include <algorithm>

namespace {

// Moves reduced x values from epoch ms onto the shared axis.
void shift(ReducedSeries &points, qint64 offsetMs)
{
    const auto by = double(offsetMs);
    for (double &x : points.x)
        x -= by;
}

// The top of a line for its row's scale: values the metric cannot take (an implausible 1e307) left out, as
// the charts leave them out of their axes.
double highest(const ReducedSeries &points, Metric metric, const MetricsStore &store)
{
    const auto plausible = MetricInfo::plausibleRange(metric, FrameBuilder::limitFor(store, metric));
    double top = 0;
    for (const std::vector<double> *values : {&points.y, &points.upper}) {
        for (const double v : *values) {
            if (MetricInfo::isPlausible(v, plausible))
                top = std::max(top, v);
        }
    }
    return top;
}

QString nodeLabel(const NodeMetrics &node, int index)
{
    return node.nodeId.isEmpty() ? CompareFrameBuilder::tr("node %1").arg(index + 1) : node.nodeId;
}

// Every series of a metric in a store: the ranks of every node for GPU metrics, one per node otherwise, the
// job-level series for the cache.
std::vector<const Series *> allSeries(const MetricsStore &store, Metric metric)
{
    std::vector<const Series *> out;
    if (MetricInfo::isCache(metric)) {
        out.push_back(metric == Metric::CacheUsage ? &store.cacheUsage() : &store.cacheUtilization());
        return out;
    }
    for (const NodeMetrics &node : store.nodes()) {
        if (const auto *ranks = node.rankMap(metric)) {
            for (const auto &[rank, series] : *ranks)
                out.push_back(&series);
        } else if (const Series *s = node.series(metric)) {
            out.push_back(s);
        }
    }
    return out;
}

} // namespace

CompareFrameBuilder::CompareFrameBuilder(QObject *parent)
    : QObject(parent),
      m_worker(this, &CompareFrameBuilder::build,
               [this](const std::shared_ptr<const CompareFrame> &frame) { emit frameReady(frame); })
{
    m_worker.setNiceSteps(BackgroundPriority::WindowWorkSteps);
}

CompareFrameBuilder::~CompareFrameBuilder() = default;

std::vector<Metric> CompareFrameBuilder::metricsFor(const std::vector<CompareFrame::Job> &jobs)
{
    std::vector<Metric> out{Metric::GpuUtilization, Metric::GpuMemory, Metric::CpuUsage, Metric::CpuMemory,
                            Metric::EphemeralUsage};
    if (std::any_of(jobs.begin(), jobs.end(),
                    [](const CompareFrame::Job &j) { return j.store && j.store->hasCache(); }))
        out.push_back(Metric::CacheUsage);
    return out;
}

namespace {

// One job's chart in the columns layout: per node a line (a GPU metric as the mean of its ranks with their
// min-max band: eight lines per node in a column a third of the window wide would be noise), on the shared
// axis, in shades of the job's colour (the next job's colour on a node's line would name the wrong job).
// rowMax grows to the highest value drawn, limit included.
CompareFrame::Chart columnChart(const CompareFrame::Spec &spec, Metric metric, int j, double &rowMax)
{
    const CompareFrame::Job &job = spec.jobs[std::size_t(j)];
    const int width = std::max(1, spec.width);
    CompareFrame::Chart chart;
    chart.metric = metric;
    chart.job = j;
    if (!job.store)
        return chart;
    const MetricsStore &store = *job.store;
    const qint64 from = spec.fromMs + job.offsetMs;
    const qint64 to = spec.toMs + job.offsetMs;
    chart.limit = FrameBuilder::limitFor(store, metric);
    if (MetricInfo::isCache(metric)) {
        chart.lines.push_back({QStringLiteral("cache"), MetricInfo::title(metric), j,
                               M4Reducer::reduce(store.cacheUsage(), from, to, width)});
    } else {
        int index = 0;
        for (const NodeMetrics &node : store.nodes()) {
            CompareFrame::Line line;
            line.id = QStringLiteral("n/") + node.nodeId;
            line.label = nodeLabel(node, index);
            line.colorIndex = j;
            line.shade = index++;
            line.shades = int(store.nodes().size());
            if (const auto *ranks = node.rankMap(metric)) {
                std::vector<const Series *> series;
                for (const auto &[rank, s] : *ranks)
                    series.push_back(&s);
                line.points = M4Reducer::aggregateColumns(series, from, to, width);
            } else if (const Series *s = node.series(metric)) {
                line.points = M4Reducer::reduce(*s, from, to, width);
            }
            if (!line.points.isEmpty())
                chart.lines.push_back(std::move(line));
        }
    }
    for (CompareFrame::Line &line : chart.lines) {
        shift(line.points, job.offsetMs);
        rowMax = std::max(rowMax, highest(line.points, metric, store));
    }
    if (chart.limit)
        rowMax = std::max(rowMax, *chart.limit);
    return chart;
}

// Job j's lines in an overlay chart: its mean (a band only for GPU metrics, whose ranks' spread matters;
// nodes differ in CPU load by design), and with perRank every series of it in the job's colour.
void addOverlayLines(CompareFrame::Chart &chart, const CompareFrame::Spec &spec, int j, double &rowMax)
{
    const CompareFrame::Job &job = spec.jobs[std::size_t(j)];
    if (!job.store)
        return;
    const int width = std::max(1, spec.width);
    const qint64 from = spec.fromMs + job.offsetMs;
    const qint64 to = spec.toMs + job.offsetMs;
    const std::vector<const Series *> series = allSeries(*job.store, chart.metric);
    if (series.empty())
        return;
    if (spec.perRank) {
        int r = 0;
        for (const Series *s : series) {
            CompareFrame::Line line{
                QStringLiteral("j%1/r%2").arg(j).arg(r++), {}, j, M4Reducer::reduce(*s, from, to, width)};
            shift(line.points, job.offsetMs);
            rowMax = std::max(rowMax, highest(line.points, chart.metric, *job.store));
            chart.lines.push_back(std::move(line));
        }
    }
    CompareFrame::Line line;
    line.id = QStringLiteral("j%1").arg(j);
    line.colorIndex = j;
    line.points = series.size() == 1 ? M4Reducer::reduce(*series.front(), from, to, width)
                                     : M4Reducer::aggregateColumns(series, from, to, width);
    if (!isPerRank(chart.metric) || spec.perRank) {
        line.points.lower.clear();
        line.points.upper.clear();
    }
    shift(line.points, job.offsetMs);
    rowMax = std::max(rowMax, highest(line.points, chart.metric, *job.store));
    chart.lines.push_back(std::move(line));
    if (const auto limit = FrameBuilder::limitFor(*job.store, chart.metric)) {
        chart.limit = std::max(chart.limit.value_or(0), *limit);
        rowMax = std::max(rowMax, *limit);
    }
}

} // namespace

CompareFrame CompareFrameBuilder::build(const CompareFrame::Spec &spec)
{
    CompareFrame frame;
    frame.spec = spec;
    frame.metrics = metricsFor(spec.jobs);
    const int jobCount = int(spec.jobs.size());
    for (Metric metric : frame.metrics) {
        double rowMax = 0;
        if (spec.layout == CompareFrame::Layout::Columns) {
            for (int j = 0; j < jobCount; ++j)
                frame.charts.push_back(columnChart(spec, metric, j, rowMax));
        } else {
            CompareFrame::Chart chart;
            chart.metric = metric;
            for (int j = 0; j < jobCount; ++j)
                addOverlayLines(chart, spec, j, rowMax);
            frame.charts.push_back(std::move(chart));
        }
        frame.rowMaximum.push_back(rowMax);
    }
    return frame;
}

void CompareFrameBuilder::request(CompareFrame::Spec spec)
{
    m_worker.request(std::move(spec));
}
