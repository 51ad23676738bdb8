// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/FrameBuilder.h"

#include "core/frames/M4Reducer.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

constexpr double MiB = 1024.0 * 1024.0;

void fillStats(DashboardFrame::Line &line, const Series &s, qint64 from, qint64 to)
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

QString tr(const char *text)
{
    return QCoreApplication::translate("FrameBuilder", text);
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
    const InstanceType &type = store.job().instanceType;
    switch (metric) {
    case Metric::GpuMemory:
        if (type.gpuMemoryLimitMib && *type.gpuMemoryLimitMib > 0)
            return double(*type.gpuMemoryLimitMib) * MiB;
        return std::nullopt;
    case Metric::CpuUsage:
        return type.millicpuLimit > 0 ? std::optional<double>(double(type.millicpuLimit) / 1000.0)
                                      : std::nullopt;
    case Metric::CpuMemory:
        return type.memoryLimitMib > 0 ? std::optional<double>(double(type.memoryLimitMib) * MiB)
                                       : std::nullopt;
    default:
        return std::nullopt;
    }
}

DashboardFrame FrameBuilder::build(const MetricsStore &store, const DashboardFrame::Spec &spec)
{
    DashboardFrame frame;
    frame.spec = spec;
    const qint64 from = spec.fromMs;
    const qint64 to = spec.toMs;
    const bool multinode = store.nodes().size() > 1;
    auto hidden = [&spec](const SeriesKey &k) {
        return spec.hidden.count(k) > 0;
    };

    std::vector<const NodeMetrics *> nodes;
    for (const NodeMetrics &n : store.nodes()) {
        if (spec.mode != DashboardFrame::NodeMode::OneNode || n.nodeId == spec.node || !multinode)
            nodes.push_back(&n);
    }

    for (Metric metric : chartsFor(store)) {
        DashboardFrame::Chart chart;
        chart.metric = metric;
        chart.limit = limitFor(store, metric);
        auto addLine = [&](SeriesKey key, QString label, int color, const Series &s) {
            DashboardFrame::Line line;
            line.key = std::move(key);
            line.label = std::move(label);
            line.colorIndex = color;
            line.points = M4Reducer::reduce(s, from, to, spec.width);
            fillStats(line, s, from, to);
            chart.lines.push_back(std::move(line));
        };

        if (MetricInfo::isCache(metric)) {
            const Series &s = metric == Metric::CacheUsage ? store.cacheUsage() : store.cacheUtilization();
            if (!hidden({{}, metric, -1}))
                addLine({{}, metric, -1}, MetricInfo::title(metric), 0, s);
            frame.charts.push_back(std::move(chart));
            continue;
        }

        for (const NodeMetrics *node : nodes) {
            const int colorBase = int(std::find_if(store.nodes().begin(), store.nodes().end(),
                                                   [node](const NodeMetrics &n) { return &n == node; }) -
                                      store.nodes().begin());
            const QString nodeLabel = node->nodeId.isEmpty() ? tr("node") : node->nodeId;
            const auto *ranks = node->rankMap(metric);
            if (ranks) {
                if (spec.mode == DashboardFrame::NodeMode::AggregatePerNode && multinode) {
                    std::vector<const Series *> visible;
                    for (const auto &[rank, s] : *ranks) {
                        if (!hidden({node->nodeId, metric, rank}))
                            visible.push_back(&s);
                    }
                    if (!visible.empty()) {
                        DashboardFrame::Line line;
                        line.key = {node->nodeId, metric, -1};
                        line.label = nodeLabel + QStringLiteral(" ") + tr("(mean, min–max)");
                        line.colorIndex = colorBase;
                        line.aggregate = true;
                        line.points = M4Reducer::aggregate(visible, from, to, spec.width);
                        // The legend of an aggregate reads the worst rank's peak and the mean of the means.
                        double meanSum = 0;
                        int meanCount = 0;
                        for (const Series *s : visible) {
                            DashboardFrame::Line tmp;
                            fillStats(tmp, *s, from, to);
                            if (tmp.mean) {
                                meanSum += *tmp.mean;
                                ++meanCount;
                                line.max = std::max(line.max.value_or(*tmp.max), *tmp.max);
                            }
                        }
                        if (meanCount > 0)
                            line.mean = meanSum / meanCount;
                        if (!line.points.isEmpty())
                            line.last = line.points.y.back();
                        chart.lines.push_back(std::move(line));
                    }
                } else {
                    for (const auto &[rank, s] : *ranks) {
                        const SeriesKey key{node->nodeId, metric, rank};
                        if (hidden(key))
                            continue;
                        const QString label = multinode && spec.mode == DashboardFrame::NodeMode::AllNodes
                                                  ? nodeLabel + QStringLiteral(" · ") + tr("GPU %1").arg(rank)
                                                  : tr("GPU %1").arg(rank);
                        // Among 32 lines, ranks cannot all get their own colour: all-nodes colours by node,
                        // so the lagging node stands out; the tooltip names the rank.
                        addLine(key, label,
                                multinode && spec.mode == DashboardFrame::NodeMode::AllNodes ? colorBase
                                                                                             : rank,
                                s);
                    }
                }
            } else {
                const SeriesKey key{node->nodeId, metric, -1};
                if (!hidden(key))
                    addLine(key, multinode ? nodeLabel : MetricInfo::title(metric), colorBase,
                            *node->series(metric));
            }
        }
        frame.charts.push_back(std::move(chart));
    }
    return frame;
}
