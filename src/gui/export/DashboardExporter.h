// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"
#include "core/insight/FindingText.h"
#include "gui/charts/ValueFormat.h"
#include "gui/export/ExportOptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

#include <vector>

class MetricsStore;

// A job's dashboard as one picture for a report: a header naming the job, its status and the time range
// (local time), then every chart with a compact legend (last / mean / max) in a grid. Lines are reduced
// for the export's own plot width, not the window's, so a wide export is as detailed as it looks.
//
// Needs a QApplication (the charts are widgets); they are laid out off screen and never shown.
class DashboardExporter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExporter)

public:
    struct Result
    {
        QImage image;         // options().pixelSize() pixels, device pixel ratio options().scale
        DashboardFrame frame; // as drawn: reduced to the export's plot width
        // Per chart of frame, the plot area in image pixels: where the lines are drawn.
        std::vector<QRectF> plotAreas;
    };

    explicit DashboardExporter(ExportOptions options = {});

    const ExportOptions &options() const { return m_options; }

    // Every chart the job has (FrameBuilder::chartsFor). spec gives the window, node mode and hidden series;
    // its width is ignored and replaced by the plot width at the export size.
    Result render(const MetricsStore &store, const DashboardFrame::Spec &spec) const;
    // One metric across the whole width, with the same header and legend.
    Result renderChart(const MetricsStore &store, const DashboardFrame::Spec &spec, Metric metric) const;
    // The heatmap view: GPU utilization and GPU memory (or the per-rank metrics given) as heatmaps
    // (HeatmapWidget), a row per rank, each the whole width, one above the other under the same header.
    // plotAreas holds their plot areas; frame stays empty.
    Result renderHeatmaps(const MetricsStore &store, const DashboardFrame::Spec &spec,
                          const std::vector<Metric> &metrics = {Metric::GpuUtilization,
                                                                Metric::GpuMemory}) const;

    // page (rendered by this exporter) with the findings listed under it, the page's width, taller by what
    // the list needs: titled "Findings", each finding's line with its why line in smaller type under it.
    QImage withFindings(const QImage &page, const std::vector<FindingText::Line> &lines) const;

    // The plot width a chart gets at this size before any data is known: what a caller picks the fetch
    // resolution (DashboardController::stepFor) from.
    int estimatedPlotWidth(bool singleChart = false) const;

private:
    Result renderMetrics(const MetricsStore &store, const DashboardFrame::Spec &spec,
                         const std::vector<Metric> &metrics) const;

    ExportOptions m_options;
};
