// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartLines.h"

#include "gui/charts/ChartStyle.h"

#include <iterator>

QList<ChartSeries> ChartLines::of(const DashboardFrame::Chart &chart, const QPalette &palette)
{
    QList<ChartSeries> out;
    out.reserve(qsizetype(chart.lines.size()));
    for (const DashboardFrame::Line &line : chart.lines) {
        if (!line.hidden)
            out.append({line.id(), line.label,
                        ChartStyle::seriesColor(line.colorIndex, palette, line.shade, line.shades),
                        line.points});
    }
    return out;
}

QList<ChartSeries> ChartLines::of(const CompareFrame::Chart &chart, const QStringList &jobLabels,
                                  const QPalette &palette)
{
    // Overlaid, the first job is solid and every other job has a dash of its own: a line drawn over an equal
    // one leaves the gaps of its dashes, so no job hides another, also for a reader who cannot tell colours.
    static constexpr Qt::PenStyle JobStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                                 Qt::DashDotDotLine};
    const bool overlay = chart.job < 0;
    QList<ChartSeries> out;
    out.reserve(qsizetype(chart.lines.size()));
    for (const CompareFrame::Line &line : chart.lines) {
        const QString label =
            overlay && line.colorIndex < jobLabels.size() ? jobLabels.at(line.colorIndex) : line.label;
        ChartSeries series{line.id, label,
                           ChartStyle::seriesColor(line.colorIndex, palette, line.shade, line.shades),
                           line.points};
        if (overlay)
            series.style = JobStyles[std::size_t(line.colorIndex) % std::size(JobStyles)];
        out.append(series);
    }
    return out;
}
