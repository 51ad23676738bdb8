// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/NodeMetrics.h"
#include "core/metrics/TrainingJob.h"

#include <QStringList>

#include <vector>

// GetTrainingJobMetricsResponseV1, ingested. Every series is sorted by time with unique timestamps.
struct MetricsResponse
{
    TrainingJob job;
    NodeMetrics leader;             // the top-level series: the leader node's for multinode jobs
    std::vector<NodeMetrics> nodes; // per_node_metrics, in the order the API sent them
    bool hasCache = false;          // false when the API sent "cache": null
    Series cacheUsage;
    Series cacheUtilization;
    // Data that was accepted but repaired (out-of-order or duplicated timestamps), for a visible warning.
    QStringList warnings;

    // The nodes to show: per_node_metrics, or the leader-level series as one node when that list is empty.
    std::vector<const NodeMetrics *> effectiveNodes() const;
    std::size_t pointCount() const;
    std::size_t heldBytes() const;
};
