// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/PixelColumns.h"
#include "core/frames/UninitializedAllocator.h"
#include "core/metrics/Metric.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

// One per-rank metric as a grid: a row per GPU rank (grouped by node, in the store's node order, ranks
// ascending), a cell per pixel column of the plot. A cell holds what the column must not lose: the lowest
// utilization (a short stall stays visible however far out the view is) or the highest memory (a peak
// never averages away). NaN marks a column with no measured sample, which is drawn as "no data", never
// filled in from its neighbours. Built off the GUI thread from a snapshot of the store (HeatmapBuilder).
struct HeatmapFrame
{
    enum class Reduction
    {
        Minimum,
        Maximum,
    };

    struct Spec
    {
        Metric metric = Metric::GpuUtilization;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int width = 0; // pixel columns of the plot area

        bool operator==(const Spec &) const = default;
    };

    struct Row
    {
        QString node;
        int nodeIndex = 0; // the node's place in the job
        int rank = 0;
    };

    Spec spec;
    Reduction reduction = Reduction::Minimum;
    std::vector<Row> rows;
    // rows.size() x spec.width, row after row; HeatmapBuilder writes each cell once.
    std::vector<float, UninitializedAllocator<float>> cells;
    // The value the top of the colour scale stands for: 1 for utilization, the GPU's memory (or, without a
    // known limit, the highest value) for memory. The bottom is 0.
    double scaleMax = 1.0;

    int width() const { return spec.width; }
    float cell(std::size_t row, int column) const { return cells[row * std::size_t(spec.width) + column]; }
    static bool isNoData(float value) { return std::isnan(value); }
    // A job of more than two nodes opens its GPU charts as heatmaps: 24 or more lines per chart read as
    // noise, a row per rank does not.
    static bool leadsWithHeatmaps(std::size_t nodes) { return nodes > 2; }
    static Reduction reductionFor(Metric metric)
    {
        return metric == Metric::GpuMemory ? Reduction::Maximum : Reduction::Minimum;
    }
    // The first instant of a pixel column, and the column holding an instant: the columns of M4Reducer
    // (PixelColumns).
    static qint64 columnStart(const Spec &spec, int column)
    {
        return PixelColumns::startOf(spec.fromMs, spec.toMs, spec.width, column);
    }
    int columnAt(qint64 timeMs) const
    {
        return int(PixelColumns::columnOf(spec.fromMs, spec.toMs, spec.width, timeMs));
    }
};
