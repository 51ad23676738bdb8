// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Metric.h"
#include "core/metrics/RankRows.h"
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
    // The GPU metrics' ranks as rows (see RankRows), rebuilt by rebuildRows() after the ranks change.
    RankRows gpuUtilizationRows;
    RankRows gpuMemoryRows;

    // Uniform access for code that walks every metric: rank is ignored for per-node metrics.
    const Series *series(Metric metric, int rank = -1) const;
    Series *series(Metric metric, int rank = -1);
    const std::map<int, Series> *rankMap(Metric metric) const;
    // The rows of a GPU metric; nullptr for per-node metrics. Check RankRows::describes before use.
    const RankRows *rankRows(Metric metric) const;
    // Rebuilds the rows of each GPU metric whose ranks changed since they were built.
    void rebuildRows();
    // The cheap part of that: rows still describing their ranks, or able to take them on as they are (a
    // merge that spliced them), are kept. False when rebuildRows() has rows to build.
    bool keepRows();
    // Every series of the node, GPU ranks first.
    std::vector<Series *> allSeries();

    std::size_t pointCount() const;
    std::size_t heldBytes() const;
    std::size_t heldBytes(std::unordered_set<const void *> &seenTimes) const;
};
