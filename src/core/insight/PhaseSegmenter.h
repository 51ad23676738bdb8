// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/JobPhase.h"

#include <utility>
#include <vector>

class UtilizationGrid;

// Splits a job into phases from its job-median GPU utilization. The median (at most 2000 bins of it, so
// the cost stays bounded) is cut where its mean shifts, by PELT (Killick, Fearnhead & Eckley 2012) with a
// squared-error cost and the penalty 3·σ²·ln n, σ estimated from the median absolute first difference
// (robust to the shifts themselves) and at least 0.02 so a slow wave is not a phase. Segments whose mean
// reaches 80 % of the steady level (the 90th percentile of the median) are steady; low ones before the
// first steady segment are the startup (or a restart, after a gap), between steady ones stalls, after the
// last one the tail. Adjacent segments of one kind merge.
class PhaseSegmenter
{
public:
    struct Result
    {
        std::vector<JobPhase> phases;
        std::vector<std::pair<std::size_t, std::size_t>> sampleRanges; // [first, last) per phase
        double steadyLevel = 0;
    };

    static Result segment(const UtilizationGrid &grid);

    // The ends of the segments PELT keeps for x (each an exclusive end; the last is x.size()).
    static std::vector<std::size_t> changePoints(const std::vector<double> &x, double penalty);
    static double penaltyFor(const std::vector<double> &x);
};
