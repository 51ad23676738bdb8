// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Metric.h"

#include <QString>

#include <compare>
#include <tuple>

// Names one stored series: node, metric and GPU rank (-1 for per-node metrics). Cache metrics are job-wide
// and use an empty node.
struct SeriesKey
{
    QString nodeId;
    Metric metric = Metric::GpuUtilization;
    int rank = -1;

    friend auto operator<=>(const SeriesKey &a, const SeriesKey &b)
    {
        return std::tie(a.nodeId, a.metric, a.rank) <=> std::tie(b.nodeId, b.metric, b.rank);
    }
    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};
