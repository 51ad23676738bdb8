// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/ScrapeInterval.h"
#include "core/metrics/MetricsResponse.h"

#include <array>
#include <cstdlib>
#include <map>

namespace {

constexpr std::array<int, 10> UsualSettings{1, 2, 5, 10, 15, 20, 30, 60, 120, 300};

// Distances, in whole seconds, between the points where a series' value changes.
void countChanges(const Series &series, std::map<qint64, int> &distances)
{
    const auto &times = series.times();
    const auto &values = series.values();
    qint64 lastChange = -1;
    for (std::size_t i = 1; i < times.size(); ++i) {
        if (values[i] == values[i - 1])
            continue;
        if (lastChange >= 0)
            ++distances[(times[i] - lastChange + 500) / 1000];
        lastChange = times[i];
    }
}

void countNode(const NodeMetrics &node, std::map<qint64, int> &distances)
{
    for (const auto &[rank, s] : node.gpuUtilization)
        countChanges(s, distances);
    for (const auto &[rank, s] : node.gpuMemory)
        countChanges(s, distances);
    countChanges(node.cpuUsage, distances);
    countChanges(node.cpuMemory, distances);
    countChanges(node.ephemeralUsage, distances);
}

} // namespace

std::optional<int> ScrapeInterval::discover(const MetricsResponse &probe)
{
    std::map<qint64, int> distances;
    for (const NodeMetrics *node : probe.effectiveNodes())
        countNode(*node, distances);
    int evidence = 0;
    qint64 mode = 0;
    int modeCount = 0;
    for (const auto &[seconds, count] : distances) {
        evidence += count;
        if (seconds > 0 && count > modeCount) { // ties go to the shorter distance: map order
            mode = seconds;
            modeCount = count;
        }
    }
    if (evidence < MinimumEvidence || mode == 0)
        return std::nullopt;
    return snap(mode);
}

int ScrapeInterval::snap(qint64 seconds)
{
    int best = UsualSettings.front();
    for (int s : UsualSettings) {
        if (std::llabs(s - seconds) < std::llabs(best - seconds))
            best = s;
    }
    return best;
}
