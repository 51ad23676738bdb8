// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"

#include <QCoreApplication>

#include <vector>

class UtilizationGrid;

// A rank held back while its peers work. An instant is low when the rank's utilization is under 70 % of
// its peers' median, at least 10 points under it, and neither idle (< 10 %, the idle detectors' case) nor
// during a lull of the whole job (median < 20 %). The rank lags at a sample when, over the trailing
// 5 minutes, 80 % of its instants are low and the window means hold the same conditions (the anchors:
// Composer's 10-point range, resiliency-ext's 0.7 relative score, Minder's 5 minutes). One rank taking most
// of the lagged time is `persistent` (its host or hardware); lag spread over three or more ranks, none with
// 60 % of it, is one `rotating` finding (the input pipeline).
class LaggingRankDetector
{
    Q_DECLARE_TR_FUNCTIONS(LaggingRankDetector)

public:
    static std::vector<InsightFinding> detect(const UtilizationGrid &grid);

    // What utilization cannot show, said wherever a straggler finding (or its absence) is read.
    static QString blindSpot();
};
