// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/MetricsStore.h"

#include <QString>

// A whole job of any shape at full resolution, as the dashboard holds it after fetching it tile by tile: the
// simulated server's writer produces each tile's JSON, the client's parser reads it, and the store merges
// the tiles. Used by the benchmarks that need a long, wide job (dashboard --days, cache, open).
class SyntheticJobStore
{
public:
    // days of samples every stepSeconds for nodes x gpus; an empty store and *why on failure. finished marks
    // the job completed, as the offline cache keeps only finished jobs.
    static MetricsStore build(int nodes, int gpus, int days, int stepSeconds, QString *why = nullptr,
                              bool finished = false);
    // The number of points per series such a job has.
    static int pointsPerSeries(int days, int stepSeconds);
};
