// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/CompareFrame.h"
#include "core/frames/DashboardFrame.h"
#include "gui/charts/ChartSeries.h"

#include <QList>
#include <QPalette>
#include <QStringList>

// A frame's chart as the lines a ChartWidget draws: ids, labels and colours decided once, so the window and
// the exported picture of the same frame show the same lines in the same colours.
class ChartLines
{
public:
    static QList<ChartSeries> of(const DashboardFrame::Chart &chart, const QPalette &palette);
    // An overlay chart (job < 0) names each line after its job; a column chart keeps the frame's labels.
    static QList<ChartSeries> of(const CompareFrame::Chart &chart, const QStringList &jobLabels,
                                 const QPalette &palette);
};
