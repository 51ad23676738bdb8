// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightFinding.h"
#include "core/insight/InsightReport.h"
#include "core/metrics/InstanceType.h"

#include <QCoreApplication>

#include <vector>

class UtilizationGrid;

// How much GPU memory the job needs: the 99.5th percentile over time of the largest rank's memory, plus
// 15 % (AWS Compute Optimizer's P99.5 with the Kubernetes VPA's 15 % margin). When a machine on offer with
// as many GPUs and less memory per GPU holds that, `memory_headroom` names the smallest such one. A job
// whose every GPU sits at 70 % of the limit or more from its first 5 minutes on and stays there has
// preallocated its memory (JAX, TensorFlow): its usage says nothing of its need, so `preallocated_memory`
// replaces the advice.
class MemoryHeadroom
{
    Q_DECLARE_TR_FUNCTIONS(MemoryHeadroom)

public:
    struct Result
    {
        InsightReport::Headroom headroom;
        std::vector<InsightFinding> findings;
    };

    static Result analyze(const UtilizationGrid &grid, const InstanceType &type,
                          const std::vector<InstanceType> &offered);
};
