// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"

#include <QCoreApplication>

class MetricsStore;

// Store + what the user asked to see -> the reduced lines of every chart. Pure and thread-safe on a store
// nobody mutates meanwhile, so the dashboard runs it on a pool thread against a snapshot.
class FrameBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FrameBuilder)

public:
    // How lines are reduced. Summaries reads the series' pyramids (SeriesSummary), so a frame costs about
    // O(width x log n) per line; Linear visits every point in the window, as before the pyramids, and is kept
    // as the benchmarks' baseline.
    enum class Reduction
    {
        Summaries,
        Linear
    };

    static DashboardFrame build(const MetricsStore &store, const DashboardFrame::Spec &spec,
                                Reduction reduction = Reduction::Summaries);
    // The charts a job shows, in order: cache charts only when the job has a cache.
    static std::vector<Metric> chartsFor(const MetricsStore &store);
    static std::optional<double> limitFor(const MetricsStore &store, Metric metric);
};
