// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

// The resource series the metrics endpoint reports. GPU metrics exist once per rank; the others once per
// node. Cache metrics exist only at job level (the API reports one read-write cache per job).
enum class Metric : quint8
{
    GpuUtilization,       // fraction 0-1
    GpuMemory,            // bytes
    CpuUsage,             // cores
    CpuMemory,            // bytes
    EphemeralUsage,       // bytes
    EphemeralUtilization, // fraction 0-1
    CacheUsage,           // bytes
    CacheUtilization,     // fraction 0-1
};

inline constexpr int MetricCount = 8;

constexpr bool isPerRank(Metric m)
{
    return m == Metric::GpuUtilization || m == Metric::GpuMemory;
}
