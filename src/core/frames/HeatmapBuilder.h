// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/HeatmapFrame.h"

#include <optional>

class MetricsStore;
class Series;

// Store + range + width -> a HeatmapFrame. A column wide in points reads its extreme from the series'
// pyramid (SeriesSummary), a narrow one scans its few points, so a frame costs O(rows x width x log n) at
// most, never a pass over every point in view. Pure and thread-safe on a store nobody mutates meanwhile.
//
// A sample stands for the time until the next one, at most one step (the step the store fetched it at, as
// UtilizationGrid counts measured time): a column narrower than the step between two samples shows the
// earlier one, and a column further than one step past the last sample is "no data". A gap is never
// bridged.
class HeatmapBuilder
{
public:
    static HeatmapFrame build(const MetricsStore &store, const HeatmapFrame::Spec &spec);
    // The top of a frame's colour scale before its cells are known: 1 (100 %) for utilization, the GPU's
    // memory for memory (a frame's cells above it raise it); nullopt where the cells alone will say. A view
    // measures its scale's labels with it before the first frame, to ask for that frame at its own width.
    static std::optional<double> scaleBefore(const MetricsStore &store, Metric metric);
    // One row's cells, for tests and the benchmark: holdMs is how long a sample stands for (0: only
    // columns holding a sample have data).
    static void reduceRow(const Series &series, const HeatmapFrame::Spec &spec, HeatmapFrame::Reduction how,
                          qint64 holdMs, float *out);
};
