// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/RankScore.h"

#include "core/metrics/MetricsStore.h"

#include <algorithm>

namespace {

double weight(InsightFinding::Severity severity)
{
    switch (severity) {
    case InsightFinding::Severity::Critical:
        return 9;
    case InsightFinding::Severity::Warning:
        return 3;
    case InsightFinding::Severity::Info:
        return 1;
    }
    return 1;
}

} // namespace

bool RankScore::concerns(const InsightFinding &finding, const QString &node, int rank)
{
    return !finding.node.isEmpty() && finding.node == node && (!finding.rank || *finding.rank == rank);
}

double RankScore::of(const InsightReport &report, const QString &node, int rank)
{
    qint64 first = 0;
    qint64 last = 0;
    for (const JobPhase &p : report.phases) {
        first = first == 0 ? p.startMs : std::min(first, p.startMs);
        last = std::max(last, p.endMs);
    }
    const double span = double(std::max<qint64>(1, last - first));
    double score = 0;
    for (const InsightFinding &f : report.findings) {
        if (!concerns(f, node, rank))
            continue;
        const double share = std::clamp(double(f.endMs - f.startMs) / span, 0.0, 1.0);
        score += weight(f.severity) * (1.0 + share) * (f.rank ? 1.0 : 0.5);
    }
    return score;
}

std::set<SeriesKey> RankScore::otherRanks(const MetricsStore &store, const InsightFinding &finding)
{
    std::set<SeriesKey> hidden;
    if (finding.node.isEmpty())
        return hidden;
    for (const NodeMetrics &node : store.nodes()) {
        for (Metric metric : {Metric::GpuUtilization, Metric::GpuMemory}) {
            for (const auto &[rank, series] : *node.rankMap(metric)) {
                if (!concerns(finding, node.nodeId, rank))
                    hidden.insert({node.nodeId, metric, rank});
            }
        }
    }
    return hidden;
}
