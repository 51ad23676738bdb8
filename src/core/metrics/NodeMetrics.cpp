// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/NodeMetrics.h"

const std::map<int, Series> *NodeMetrics::rankMap(Metric metric) const
{
    switch (metric) {
    case Metric::GpuUtilization:
        return &gpuUtilization;
    case Metric::GpuMemory:
        return &gpuMemory;
    default:
        return nullptr;
    }
}

const RankRows *NodeMetrics::rankRows(Metric metric) const
{
    switch (metric) {
    case Metric::GpuUtilization:
        return &gpuUtilizationRows;
    case Metric::GpuMemory:
        return &gpuMemoryRows;
    default:
        return nullptr;
    }
}

namespace {

// Rows still describing their ranks, or able to take them on as they are: nothing to build.
bool kept(RankRows &rows, const std::map<int, Series> &ranks)
{
    return rows.describes(ranks) || rows.adopt(ranks);
}

} // namespace

bool NodeMetrics::keepRows()
{
    const bool utilization = kept(gpuUtilizationRows, gpuUtilization);
    return kept(gpuMemoryRows, gpuMemory) && utilization;
}

void NodeMetrics::rebuildRows()
{
    if (!kept(gpuUtilizationRows, gpuUtilization))
        gpuUtilizationRows.rebuild(gpuUtilization);
    if (!kept(gpuMemoryRows, gpuMemory))
        gpuMemoryRows.rebuild(gpuMemory);
}

std::vector<Series *> NodeMetrics::allSeries()
{
    std::vector<Series *> out;
    out.reserve(gpuUtilization.size() + gpuMemory.size() + 4);
    for (auto &[rank, s] : gpuUtilization)
        out.push_back(&s);
    for (auto &[rank, s] : gpuMemory)
        out.push_back(&s);
    for (Series *s : {&cpuUsage, &cpuMemory, &ephemeralUsage, &ephemeralUtilization})
        out.push_back(s);
    return out;
}

const Series *NodeMetrics::series(Metric metric, int rank) const
{
    return const_cast<NodeMetrics *>(this)->series(metric, rank);
}

Series *NodeMetrics::series(Metric metric, int rank)
{
    switch (metric) {
    case Metric::GpuUtilization:
    case Metric::GpuMemory: {
        auto &map = metric == Metric::GpuUtilization ? gpuUtilization : gpuMemory;
        auto it = map.find(rank);
        return it == map.end() ? nullptr : &it->second;
    }
    case Metric::CpuUsage:
        return &cpuUsage;
    case Metric::CpuMemory:
        return &cpuMemory;
    case Metric::EphemeralUsage:
        return &ephemeralUsage;
    case Metric::EphemeralUtilization:
        return &ephemeralUtilization;
    case Metric::CacheUsage:
    case Metric::CacheUtilization:
        return nullptr; // job-level, see MetricsResponse
    }
    return nullptr;
}

std::size_t NodeMetrics::pointCount() const
{
    std::size_t n = cpuUsage.size() + cpuMemory.size() + ephemeralUsage.size() + ephemeralUtilization.size();
    for (const auto &[rank, s] : gpuUtilization)
        n += s.size();
    for (const auto &[rank, s] : gpuMemory)
        n += s.size();
    return n;
}

std::size_t NodeMetrics::heldBytes() const
{
    std::unordered_set<const void *> seen;
    return heldBytes(seen);
}

std::size_t NodeMetrics::heldBytes(std::unordered_set<const void *> &seenTimes) const
{
    std::size_t n = cpuUsage.heldBytes(seenTimes) + cpuMemory.heldBytes(seenTimes) +
                    ephemeralUsage.heldBytes(seenTimes) + ephemeralUtilization.heldBytes(seenTimes);
    for (const auto &[rank, s] : gpuUtilization)
        n += s.heldBytes(seenTimes);
    for (const auto &[rank, s] : gpuMemory)
        n += s.heldBytes(seenTimes);
    return n + gpuUtilizationRows.heldBytes(seenTimes) + gpuMemoryRows.heldBytes(seenTimes);
}
