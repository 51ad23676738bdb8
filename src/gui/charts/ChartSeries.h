// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/ReducedSeries.h"

#include <QColor>
#include <QString>

// One line of a chart, already reduced to the chart's pixel width. A band (points.lower/upper) is drawn as a
// translucent area under the line: the min-max spread of an aggregate across ranks.
struct ChartSeries
{
    QString id; // stable across updates: the chart reuses its drawing objects by id
    QString label;
    QColor color;
    ReducedSeries points;
    // A comparison's overlay dashes every job after the first: where two jobs run alike, the one drawn
    // later would otherwise hide the other completely.
    Qt::PenStyle style = Qt::SolidLine;
};
