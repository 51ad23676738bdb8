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
    std::size_t n = cpuUsage.heldBytes() + cpuMemory.heldBytes() + ephemeralUsage.heldBytes() +
                    ephemeralUtilization.heldBytes();
    for (const auto &[rank, s] : gpuUtilization)
        n += s.heldBytes();
    for (const auto &[rank, s] : gpuMemory)
        n += s.heldBytes();
    return n;
}
