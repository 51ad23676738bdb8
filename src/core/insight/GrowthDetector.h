// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"
#include "core/metrics/InstanceType.h"

#include <QCoreApplication>

#include <vector>

class MetricsStore;
class Series;

// Host memory (`memory_growth`) or ephemeral storage (`storage_growth`) rising steadily towards its limit.
// Over the last 30 minutes the series must rise in every 5-minute step (each step at least a fifth of the
// average one: a checkpoint's single stair is not a trend); a least-squares line through those 30 minutes
// then gives the rate and the time until the limit, reported when it is under 7 days. Of the nodes that
// grow, the one to reach its limit first is reported, with the count of the others.
class GrowthDetector
{
    Q_DECLARE_TR_FUNCTIONS(GrowthDetector)

public:
    struct Trend
    {
        double perHour = 0;         // units of the series per hour
        double untilLimitHours = 0; // from the last sample
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    static std::vector<InsightFinding> detect(const MetricsStore &store, const InstanceType &type);
    // The steady rise of series towards limit over its last 30 minutes, or none.
    static std::optional<Trend> trend(const Series &series, double limit);
};
