// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"
#include "core/insight/PhaseSegmenter.h"

#include <QCoreApplication>

#include <vector>

class UtilizationGrid;

// GPUs paid for and not used while the job runs (its steady and stall phases; the startup and the tail are
// the phases' own story): under 10 % utilization for 30 minutes or more is `idle_gpu`; for 15 minutes or
// more while holding at least half of the GPU's memory, `idle_held_gpu` (a process that allocated and then
// waits, the case Princeton's job_defense_shield flags). When every GPU of a node is idle, the node is one
// finding with no rank.
class IdleGpuDetector
{
    Q_DECLARE_TR_FUNCTIONS(IdleGpuDetector)

public:
    static constexpr double IdleBelow = 0.10;

    static std::vector<InsightFinding>
    detect(const UtilizationGrid &grid, const PhaseSegmenter::Result &phases, double gpuMemoryLimitBytes);
};
