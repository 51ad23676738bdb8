// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ClientConfig.h"
#include "core/metrics/Metric.h"
#include "core/session/Resolution.h"
#include "gui/export/ExportOptions.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// What the command line asked for, checked: everything that can be wrong without the network already was.
// The export steps take these, so they can also be driven from code without a command line.

// What both kinds of export share: where to ask, how long to wait, the picture and the files.
struct ExportTarget
{
    ClientConfig config; // base URL, key (from the environment) and transfer timeout
    int timeoutSeconds = 120;
    ExportOptions image;
    QString pngPath;
    QString csvPath;                          // empty: no CSV
    Resolution resolution = Resolution::Full; // full waits until every sample of the window is in
};

// `trainscope export --project P --job J ...`
struct DashboardExportRequest
{
    ExportTarget target;
    QString projectId;
    QString jobId;
    std::optional<qint64> fromMs; // --from; default the job's start
    std::optional<qint64> toMs;   // --to; default the job's end, or now
    std::optional<qint64> lastMs; // --last: the job's last part instead of a window
    QString node;                 // empty: every node
    std::optional<Metric> onlyMetric;
    bool heatmaps = false; // --view heatmap: GPU utilization and memory as heatmaps, a row per rank
    bool findings = false; // --findings: the job's findings listed under the charts
};

// `trainscope export --compare --job P1/J1 --job P2/J2 ...`
struct ComparisonExportRequest
{
    ExportTarget target;
    QList<QPair<QString, QString>> jobs; // project, job; the first is the reference of the differences
    std::optional<qint64> lastMs;        // each job's first part, on time since its start
    bool overlay = false;                // one chart per metric with a colour per job, instead of columns
};
