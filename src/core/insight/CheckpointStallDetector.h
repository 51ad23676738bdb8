// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"
#include "core/insight/PhaseSegmenter.h"

#include <QCoreApplication>

#include <optional>

class MetricsStore;
class UtilizationGrid;

// Periodic stalls of the whole job: instants where at least 90 % of the ranks are below 70 % of the steady
// level, grouped into dips, between the end of the startup and the start of the tail. At least three dips
// whose spacing is regular (70 % of the intervals within ±25 % of the median one) are a pattern; reported
// when the stalls take 5 % of that time or more (a short evaluation pause is not worth a finding). A dip is
// confirmed as a checkpoint when ephemeral storage on some node rises by 1 GiB or more across it.
class CheckpointStallDetector
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointStallDetector)

public:
    static std::optional<InsightFinding>
    detect(const UtilizationGrid &grid, const PhaseSegmenter::Result &phases, const MetricsStore &store);
};
