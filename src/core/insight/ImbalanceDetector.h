// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"

#include <QCoreApplication>

#include <set>
#include <vector>

class UtilizationGrid;

// Ranks whose utilization is distributed unlike their peers': the Jensen–Shannon distance (base 2, so
// 0 to 1) between the rank's histogram (2 % bins) and the pooled histogram of the other ranks above 0.2,
// SageMaker Debugger's LoadBalancing rule. Comparing against the pool, not pair by pair, keeps the
// sampling noise of short jobs low; and the rank's mean must differ from its peers' by 5 points or more
// (Composer's HealthChecker asks 10 between extremes), since two histograms of a few hundred samples can
// differ by chance where the means do not. Ranks already explained (lagging, idle) are left out
// of both sides, so one cause is reported once.
class ImbalanceDetector
{
    Q_DECLARE_TR_FUNCTIONS(ImbalanceDetector)

public:
    static constexpr double Threshold = 0.2;
    static constexpr double MinMeanGap = 0.05;

    // explained: indices into grid.ranks().
    static std::vector<InsightFinding> detect(const UtilizationGrid &grid,
                                              const std::set<std::size_t> &explained);
    static double jensenShannonDistance(const std::vector<double> &p, const std::vector<double> &q);
};
