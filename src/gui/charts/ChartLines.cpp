// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartLines.h"

#include "gui/charts/ChartStyle.h"

QList<ChartSeries> ChartLines::of(const DashboardFrame::Chart &chart, const QPalette &palette)
{
    QList<ChartSeries> out;
    out.reserve(qsizetype(chart.lines.size()));
    for (const DashboardFrame::Line &line : chart.lines) {
        if (!line.hidden)
            out.append(
                {line.id(), line.label, ChartStyle::seriesColor(line.colorIndex, palette), line.points});
    }
    return out;
}

QList<ChartSeries> ChartLines::of(const CompareFrame::Chart &chart, const QStringList &jobLabels,
                                  const QPalette &palette)
{
    QList<ChartSeries> out;
    out.reserve(qsizetype(chart.lines.size()));
    for (const CompareFrame::Line &line : chart.lines) {
        const QString label =
            chart.job < 0 && line.colorIndex < jobLabels.size() ? jobLabels.at(line.colorIndex) : line.label;
        out.append({line.id, label, ChartStyle::seriesColor(line.colorIndex, palette), line.points});
    }
    return out;
}
