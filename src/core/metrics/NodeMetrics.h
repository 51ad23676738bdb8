// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Metric.h"
#include "core/metrics/Series.h"

#include <QString>

#include <map>

// All series of one node. GPU series are keyed by rank; the API sends ranks as string map keys ("0".."7").
struct NodeMetrics
{
    QString nodeId;
    std::map<int, Series> gpuUtilization;
    std::map<int, Series> gpuMemory;
    Series cpuUsage;
    Series cpuMemory;
    Series ephemeralUsage;
    Series ephemeralUtilization;

    // Uniform access for code that walks every metric: rank is ignored for per-node metrics.
    const Series *series(Metric metric, int rank = -1) const;
    Series *series(Metric metric, int rank = -1);
    const std::map<int, Series> *rankMap(Metric metric) const;

    std::size_t pointCount() const;
    std::size_t heldBytes() const;
};
