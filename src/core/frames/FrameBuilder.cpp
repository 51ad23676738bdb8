// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/FrameBuilder.h"

#include "core/frames/M4Reducer.h"
#include "core/frames/PixelColumnEdges.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>

namespace {

void fillStatsLinear(DashboardFrame::Line &line, const Series &s, qint64 from, qint64 to)
{
    const std::size_t begin = s.lowerBound(from);
    const std::size_t end = s.lowerBound(to + 1);
    if (begin >= end)
        return;
    double sum = 0;
    double max = s.values()[begin];
    for (std::size_t i = begin; i < end; ++i) {
        sum += s.values()[i];
        max = std::max(max, s.values()[i]);
    }
    line.last = s.values()[end - 1];
    line.mean = sum / double(end - begin);
    line.max = max;
}

void fillStats(DashboardFrame::Line &line, const Series &s, qint64 from, qint64 to)
{
    const std::size_t begin = s.lowerBound(from);
    const std::size_t end = s.lowerBound(to + 1);
    if (begin >= end)
        return;
    // From the series' pyramid: the legend costs O(log n) whatever the window holds.
    const SeriesSummary::Totals totals = s.totals(begin, end);
    line.last = s.values()[end - 1];
    line.mean = totals.sum / double(end - begin);
    line.max = totals.max;
}

} // namespace

std::vector<Metric> FrameBuilder::chartsFor(const MetricsStore &store)
{
    std::vector<Metric> out{Metric::GpuUtilization, Metric::GpuMemory,      Metric::CpuUsage,
                            Metric::CpuMemory,      Metric::EphemeralUsage, Metric::EphemeralUtilization};
    if (store.hasCache()) {
        out.push_back(Metric::CacheUsage);
        out.push_back(Metric::CacheUtilization);
    }
    return out;
}

std::optional<double> FrameBuilder::limitFor(const MetricsStore &store, Metric metric)
{
    return MetricInfo::limit(metric, store.job().instanceType);
}

namespace {

// The lines of one frame: which series are visible, how they are labelled and coloured, and the reduction.
class LineMaker
{
public:
    LineMaker(const MetricsStore &store, const DashboardFrame::Spec &spec, FrameBuilder::Reduction reduction)
        : m_spec(spec), m_multinode(store.nodes().size() > 1),
          m_linear(reduction == FrameBuilder::Reduction::Linear)
    {}

    bool hidden(const SeriesKey &key) const { return m_spec.hidden.count(key) > 0; }

    void add(DashboardFrame::Chart &chart, SeriesKey key, QString label, int color, const Series &s) const
    {
        DashboardFrame::Line line;
        line.hidden = hidden(key);
        if (line.hidden && !m_spec.listHidden)
            return;
        line.key = std::move(key);
        line.label = std::move(label);
        line.colorIndex = color;
        if (!line.hidden) {
            if (m_linear)
                line.points = M4Reducer::reduceLinear(s, m_spec.fromMs, m_spec.toMs, m_spec.width);
            else
                m_pending.push_back({chart.lines.size(), &s});
            stats(line, s);
        }
        chart.lines.push_back(std::move(line));
    }

    // Reduces the lines add() left for later, all of the chart's at once: its series usually share one time
    // column, whose pixel columns are then found once for all of them (M4Reducer's batch).
    void reducePending(DashboardFrame::Chart &chart) const
    {
        if (m_pending.empty())
            return;
        std::vector<const Series *> series;
        series.reserve(m_pending.size());
        for (const Pending &p : m_pending)
            series.push_back(p.series);
        std::vector<ReducedSeries> reduced = M4Reducer::reduce(series, columnsOf(*series.front()));
        for (std::size_t i = 0; i < m_pending.size(); ++i)
            chart.lines[m_pending[i].line].points = std::move(reduced[i]);
        m_pending.clear();
    }

    // One node's lines of a metric: its mean with the min-max band of its ranks, every visible rank, or its
    // one per-node series.
    void addNode(DashboardFrame::Chart &chart, const NodeMetrics &node, int colorBase) const
    {
        const QString nodeLabel = node.nodeId.isEmpty() ? FrameBuilder::tr("node") : node.nodeId;
        const auto *ranks = node.rankMap(chart.metric);
        if (!ranks) {
            const SeriesKey key{node.nodeId, chart.metric, -1};
            add(chart, key, m_multinode ? nodeLabel : MetricInfo::title(chart.metric), colorBase,
                *node.series(chart.metric));
        } else if (m_spec.mode == DashboardFrame::NodeMode::AggregatePerNode && m_multinode) {
            addAggregate(chart, node, *ranks, nodeLabel, colorBase);
        } else {
            const bool allNodes = m_multinode && m_spec.mode == DashboardFrame::NodeMode::AllNodes;
            int shade = 0;
            for (const auto &[rank, s] : *ranks) {
                const SeriesKey key{node.nodeId, chart.metric, rank};
                const QString label =
                    allNodes ? nodeLabel + QStringLiteral(" · ") + FrameBuilder::tr("GPU %1").arg(rank)
                             : FrameBuilder::tr("GPU %1").arg(rank);
                // Among 32 lines, ranks cannot all get their own colour: all-nodes gives a node one hue,
                // so the lagging node stands out, and its ranks shades of it, so they are told apart.
                add(chart, key, label, allNodes ? colorBase : rank, s);
                if (allNodes && !chart.lines.empty() && chart.lines.back().key == key) {
                    chart.lines.back().shade = shade;
                    chart.lines.back().shades = int(ranks->size());
                }
                ++shade;
            }
        }
    }

private:
    void addAggregate(DashboardFrame::Chart &chart, const NodeMetrics &node,
                      const std::map<int, Series> &ranks, const QString &nodeLabel, int colorBase) const
    {
        std::vector<const Series *> visible;
        for (const auto &[rank, s] : ranks) {
            if (!hidden({node.nodeId, chart.metric, rank}))
                visible.push_back(&s);
        }
        if (visible.empty() && !m_spec.listHidden)
            return;
        DashboardFrame::Line line;
        line.key = {node.nodeId, chart.metric, -1};
        line.label = nodeLabel + QStringLiteral(" ") + FrameBuilder::tr("(mean, min–max)");
        line.colorIndex = colorBase;
        line.aggregate = true;
        line.hidden = visible.empty();
        if (line.hidden) {
            chart.lines.push_back(std::move(line));
            return;
        }
        const RankRows *rows = node.rankRows(chart.metric);
        if (m_linear)
            line.points = M4Reducer::aggregate(visible, m_spec.fromMs, m_spec.toMs, m_spec.width);
        else if (rows && rows->describes(visible))
            line.points = M4Reducer::aggregateColumns(*rows, m_spec.fromMs, m_spec.toMs, m_spec.width);
        else
            line.points = M4Reducer::aggregateColumns(visible, m_spec.fromMs, m_spec.toMs, m_spec.width);
        // The legend of an aggregate reads the worst rank's peak and the mean of the means.
        double meanSum = 0;
        int meanCount = 0;
        for (const Series *s : visible) {
            DashboardFrame::Line one;
            stats(one, *s);
            if (one.mean) {
                meanSum += *one.mean;
                ++meanCount;
                line.max = std::max(line.max.value_or(*one.max), *one.max);
            }
        }
        if (meanCount > 0)
            line.mean = meanSum / meanCount;
        if (!line.points.isEmpty())
            line.last = line.points.y.back();
        chart.lines.push_back(std::move(line));
    }

    void stats(DashboardFrame::Line &line, const Series &s) const
    {
        if (m_linear)
            fillStatsLinear(line, s, m_spec.fromMs, m_spec.toMs);
        else
            fillStats(line, s, m_spec.fromMs, m_spec.toMs);
    }

    // The pixel columns of the time column s keeps, worked out once per frame for every chart.
    const PixelColumnEdges &columnsOf(const Series &s) const
    {
        for (const PixelColumnEdges &c : m_columns) {
            if (c.isFor(s.times()))
                return c;
        }
        return m_columns.emplace_back(s.times(), m_spec.fromMs, m_spec.toMs, m_spec.width);
    }

    struct Pending
    {
        std::size_t line; // its index in the chart's lines
        const Series *series;
    };

    const DashboardFrame::Spec &m_spec;
    bool m_multinode;
    bool m_linear;
    mutable std::vector<Pending> m_pending;
    // A deque, so a reference handed out stays valid while more are added; a job has a few time columns
    // at most.
    mutable std::deque<PixelColumnEdges> m_columns;
};

} // namespace

DashboardFrame FrameBuilder::build(const MetricsStore &store, const DashboardFrame::Spec &spec,
                                   Reduction reduction)
{
    DashboardFrame frame;
    frame.spec = spec;
    frame.fromData = store.pointCount() > 0;
    const LineMaker lines(store, spec, reduction);
    const bool multinode = store.nodes().size() > 1;
    for (Metric metric : chartsFor(store)) {
        DashboardFrame::Chart chart;
        chart.metric = metric;
        chart.limit = limitFor(store, metric);
        // A metric drawn as a heatmap keeps its chart (and limit) without lines.
        if (spec.asHeatmap.count(metric) != 0) {
            frame.charts.push_back(std::move(chart));
            continue;
        }
        if (MetricInfo::isCache(metric)) {
            const Series &s = metric == Metric::CacheUsage ? store.cacheUsage() : store.cacheUtilization();
            lines.add(chart, {{}, metric, -1}, MetricInfo::title(metric), 0, s);
        } else {
            // A node's colour is its place in the job, whatever the mode shows.
            for (std::size_t i = 0; i < store.nodes().size(); ++i) {
                const NodeMetrics &node = store.nodes()[i];
                if (spec.mode != DashboardFrame::NodeMode::OneNode || node.nodeId == spec.node || !multinode)
                    lines.addNode(chart, node, int(i));
            }
        }
        lines.reducePending(chart);
        frame.charts.push_back(std::move(chart));
    }
    return frame;
}
