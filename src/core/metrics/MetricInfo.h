// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/InstanceType.h"
#include "core/metrics/Metric.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

// How a metric is named and measured, for labels, axes and exports.
class MetricInfo
{
    Q_DECLARE_TR_FUNCTIONS(MetricInfo)

public:
    enum class Unit
    {
        Fraction,
        Bytes,
        Cores
    };

    static QString title(Metric metric);
    static QString csvName(Metric metric); // stable, untranslated: CSV headers are read by scripts
    // The name of the instance type's limit drawn on the metric's chart; empty where there is none.
    static QString limitLabel(Metric metric);
    static Unit unit(Metric metric);
    // The instance type's limit for the metric, in the metric's unit; none where the type sets none.
    static std::optional<double> limit(Metric metric, const InstanceType &type);
    // What the metric can physically measure: a fraction up to 1.5 (a little over 1 happens when samples of
    // two scrapes meet), no negative amounts, nothing over 100 times the instance's limit. A value outside
    // is kept as the server sent it, reported once per series, and left out of the axis scale, so one
    // 1e307 does not flatten every line.
    static std::pair<double, double> plausibleRange(Metric metric, std::optional<double> limit);
    static bool isPlausible(double value, std::pair<double, double> range)
    {
        return value >= range.first && value <= range.second; // false for NaN too
    }
    // The series an answer holds for a job of `nodes` nodes with `gpusPerNode` GPUs each: per node one per
    // GPU for each per-rank metric and one for each other node metric, and the job's cache metrics once.
    // Counts past any real job's (a server's claim) are taken as 2^20.
    static int seriesCount(int nodes, int gpusPerNode);
    static bool isCache(Metric metric)
    {
        return metric == Metric::CacheUsage || metric == Metric::CacheUtilization;
    }
};
