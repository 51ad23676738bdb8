// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"
#include "core/metrics/SeriesKey.h"

#include <QString>

#include <set>

class MetricsStore;

// How much a report has to say about one GPU rank: the heatmap's "by finding score" row order puts the
// ranks with the most serious findings first. Each finding naming the rank adds its severity's weight
// (info 1, warning 3, critical 9) times its share of the job's analysed time, plus the weight itself so a
// short critical finding still outranks a long info; a finding naming the rank's node without a rank counts
// half. Job-wide findings say nothing about one rank and add nothing. 0: the report names the rank nowhere.
class RankScore
{
public:
    static double of(const InsightReport &report, const QString &node, int rank);
    // Whether a finding is about this rank: it names the rank, or the rank's node as a whole.
    static bool concerns(const InsightFinding &finding, const QString &node, int rank);
    // The GPU series (utilization and memory) of every rank the finding does not concern: what to hide so
    // its ranks stand alone. Empty for a job-wide finding.
    static std::set<SeriesKey> otherRanks(const MetricsStore &store, const InsightFinding &finding);
};
