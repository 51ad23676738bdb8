// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"
#include "core/insight/JobPhase.h"

#include <QStringList>

#include <optional>
#include <vector>

// What the analysis of one job found, with the figures a report prints beside the findings.
struct InsightReport
{
    std::vector<InsightFinding> findings;
    std::vector<JobPhase> phases;
    double gpuHours = 0;     // GPU-hours measured (samples times their interval, every rank)
    double idleGpuHours = 0; // of those, below 10 % utilization; the phases' shares sum to it
    std::optional<double> pricePerGpuHour;
    std::optional<double> idleCost; // idleGpuHours times the price, when a price is known

    struct Headroom
    {
        qint64 gpuMemoryLimitBytes = 0;
        std::optional<double> gpuMemoryP995Bytes;  // none when no GPU memory was reported
        std::optional<int> recommendedGpuMemoryGb; // a smaller offered GPU that holds P99.5 + 15 %
        QString recommendedInstanceType;
        bool offersKnown = false; // a list of machines on offer was there to choose a smaller GPU from
    };
    Headroom headroom;

    // What these metrics cannot show, in the words the user reads (translated).
    QStringList caveats;
};
