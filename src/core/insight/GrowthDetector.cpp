// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/GrowthDetector.h"

#include "core/metrics/ByteSize.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricsStore.h"

#include <cmath>

namespace {

constexpr qint64 fitMs = 30LL * 60 * 1000;
constexpr int steps = 6;
constexpr double horizonHours = 7 * 24;
constexpr double mib = 1024.0 * 1024.0;

struct Candidate
{
    GrowthDetector::Trend trend;
    QString node;
};

InsightFinding findingOf(InsightFinding::Kind kind, const Candidate &first, int nodes, double limit)
{
    InsightFinding f;
    f.kind = kind;
    const double hours = first.trend.untilLimitHours;
    f.severity = hours < 1    ? InsightFinding::Severity::Critical
                 : hours < 24 ? InsightFinding::Severity::Warning
                              : InsightFinding::Severity::Info;
    f.node = first.node;
    f.startMs = first.trend.fromMs;
    f.endMs = first.trend.toMs;
    const QString until = DurationText::format(qint64(hours * 3.6e6));
    const QString node = first.node.isEmpty() ? GrowthDetector::tr("the node") : first.node;
    if (kind == InsightFinding::Kind::MemoryGrowth) {
        f.summary =
            GrowthDetector::tr("Host memory on %1 grows by %2 per hour and would reach the limit in %3.")
                .arg(node, ByteSize::format(first.trend.perHour, ByteUnits::Binary), until);
        f.evidence.insert(QStringLiteral("growth_bytes_per_hour"), first.trend.perHour);
        f.evidence.insert(QStringLiteral("limit_bytes"), limit);
    } else {
        f.summary =
            GrowthDetector::tr("Ephemeral storage on %1 fills by %2 % of its size per hour and would be "
                               "full in %3.")
                .arg(node)
                .arg(first.trend.perHour * 100, 0, 'f', 1)
                .arg(until);
        f.evidence.insert(QStringLiteral("growth_share_per_hour"), first.trend.perHour);
    }
    f.evidence.insert(QStringLiteral("hours_to_limit"), hours);
    f.evidence.insert(QStringLiteral("fit_minutes"), 30);
    f.evidence.insert(QStringLiteral("nodes_growing"), nodes);
    return f;
}

void report(std::vector<InsightFinding> &out, InsightFinding::Kind kind, const std::vector<Candidate> &grown,
            double limit)
{
    if (grown.empty())
        return;
    const Candidate *first = &grown.front();
    for (const Candidate &c : grown) {
        if (c.trend.untilLimitHours < first->trend.untilLimitHours)
            first = &c;
    }
    out.push_back(findingOf(kind, *first, int(grown.size()), limit));
}

} // namespace

std::optional<GrowthDetector::Trend> GrowthDetector::trend(const Series &series, double limit)
{
    if (series.size() < 10 || limit <= 0)
        return std::nullopt;
    const qint64 last = series.lastTime();
    const std::size_t begin = series.lowerBound(last - fitMs);
    if (series.size() - begin < 10 || last - series.times()[begin] < fitMs * 5 / 6)
        return std::nullopt;
    double means[steps] = {};
    int counts[steps] = {};
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const auto n = double(series.size() - begin);
    for (std::size_t i = begin; i < series.size(); ++i) {
        const double x = double(series.times()[i] - last) / 3.6e6;
        const double y = series.values()[i];
        sx += x, sy += y, sxx += x * x, sxy += x * y;
        const int step = std::min(steps - 1, int((series.times()[i] - (last - fitMs)) * steps / fitMs));
        means[step] += y;
        ++counts[step];
    }
    for (int s = 0; s < steps; ++s) {
        if (counts[s] == 0)
            return std::nullopt;
        means[s] /= counts[s];
    }
    const double average = (means[steps - 1] - means[0]) / (steps - 1);
    for (int s = 1; s < steps; ++s) {
        if (average <= 0 || means[s] - means[s - 1] < 0.2 * average)
            return std::nullopt;
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double atLast = (sy - slope * sx) / n; // the line at x = 0, the last sample
    if (slope <= 0)
        return std::nullopt;
    const double hours = std::max(0.0, (limit - atLast) / slope);
    if (hours > horizonHours)
        return std::nullopt;
    return Trend{slope, hours, series.times()[begin], last};
}

std::vector<InsightFinding> GrowthDetector::detect(const MetricsStore &store, const InstanceType &type)
{
    const double memoryLimit = double(type.memoryLimitMib) * mib;
    std::vector<Candidate> memory, storage;
    for (const NodeMetrics &node : store.nodes()) {
        if (auto t = trend(node.cpuMemory, memoryLimit))
            memory.push_back({*t, node.nodeId});
        if (auto t = trend(node.ephemeralUtilization, 1.0))
            storage.push_back({*t, node.nodeId});
    }
    std::vector<InsightFinding> out;
    report(out, InsightFinding::Kind::MemoryGrowth, memory, memoryLimit);
    report(out, InsightFinding::Kind::StorageGrowth, storage, 1.0);
    return out;
}
