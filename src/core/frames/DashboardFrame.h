// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/ReducedSeries.h"
#include "core/metrics/Metric.h"
#include "core/metrics/SeriesKey.h"

#include <QString>

#include <optional>
#include <set>
#include <vector>

// What the dashboard draws for one range and width: per chart, its lines already reduced to pixel columns,
// with the legend statistics over the window. Built off the GUI thread from a snapshot of the store.
struct DashboardFrame
{
    enum class NodeMode
    {
        OneNode,
        AllNodes,
        AggregatePerNode
    };

    struct Spec
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int width = 0; // pixel columns of the plot area
        NodeMode mode = NodeMode::AllNodes;
        QString node; // for OneNode
        std::set<SeriesKey> hidden;
        // Hidden series still listed, as lines without points: a legend keeps them, greyed, to bring back.
        bool listHidden = false;
        // Metrics the view shows as heatmaps (HeatmapBuilder) in place of their lines: their charts come
        // without lines, which at 64 nodes would be a third of the frame's time for nothing on screen.
        std::set<Metric> asHeatmap;

        friend bool operator==(const Spec &, const Spec &) = default;
    };

    struct Line
    {
        SeriesKey key; // rank -1 for a node's aggregate line
        QString label;
        int colorIndex = 0;
        // Among the lines of one colour (a node's ranks when every node is drawn), this line's shade.
        int shade = 0;
        int shades = 1;
        bool aggregate = false;
        bool hidden = false; // listed for the legend only (Spec::listHidden): no points, no statistics
        ReducedSeries points;
        // Over the raw points inside the window, not the reduced ones, so the legend is exact.
        std::optional<double> last;
        std::optional<double> mean;
        std::optional<double> max;

        // Stable across frames, so a chart reuses its drawing objects and a hover finds the same line.
        QString id() const
        {
            return key.nodeId + QLatin1Char('/') + QString::number(int(key.metric)) + QLatin1Char('/') +
                   QString::number(key.rank) + (aggregate ? QStringLiteral("/mean") : QString());
        }
    };

    struct Chart
    {
        Metric metric = Metric::GpuUtilization;
        std::optional<double> limit; // in the metric's unit: the instance type's limit
        std::vector<Line> lines;
        bool empty() const { return lines.empty(); }
    };

    Spec spec;
    std::vector<Chart> charts;
    // Built from a store holding samples: a frame of a job whose data has not arrived yet is not its picture.
    bool fromData = false;
};
