// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/ReducedSeries.h"
#include "core/metrics/Metric.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

class MetricsStore;

// What a comparison draws for one range and width: per chart its lines, already reduced to pixel columns and
// already moved onto the shared x axis (x = epoch ms - the job's offset). Built off the GUI thread from
// snapshots of the jobs' stores.
struct CompareFrame
{
    enum class Layout
    {
        Columns, // one column per job, one row per metric
        Overlay  // one chart per metric, one colour per job
    };

    struct Job
    {
        std::shared_ptr<const MetricsStore> store; // null while a job has nothing loaded
        qint64 offsetMs = 0;                       // epoch ms that is x = 0 for this job
    };

    struct Spec
    {
        qint64 fromMs = 0; // on the shared axis
        qint64 toMs = 0;
        int width = 0; // pixel columns of the plot area
        Layout layout = Layout::Columns;
        bool perRank = false; // overlay: every rank of every job as well
        std::vector<Job> jobs;
    };

    struct Line
    {
        QString id;
        QString label;
        int colorIndex = 0;
        ReducedSeries points;
        // Among the lines of one colour (a job's nodes in its column), this line's shade of it.
        int shade = 0;
        int shades = 1;
    };

    struct Chart
    {
        Metric metric = Metric::GpuUtilization;
        int job = -1; // the job of a column chart; -1 for an overlay chart, which holds every job
        std::optional<double> limit;
        std::vector<Line> lines;
    };

    Spec spec;
    std::vector<Metric> metrics; // the rows (columns layout) or charts (overlay), in order
    std::vector<Chart> charts;   // columns: row-major, metrics.size() x jobs; overlay: one per metric
    // Per metric, the highest value any chart of that metric shows (limits included): the shared scale.
    std::vector<double> rowMaximum;

    const Chart *chart(Metric metric, int job) const
    {
        for (const Chart &c : charts) {
            if (c.metric == metric && c.job == job)
                return &c;
        }
        return nullptr;
    }
};
