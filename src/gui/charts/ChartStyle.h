// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QColor>
#include <QPalette>

// Chart colours derived from the widget palette, so charts follow the light or dark desktop theme instead of
// a QtCharts theme that knows nothing about it.
struct ChartStyle
{
    QColor background;
    QColor plotBackground;
    QColor grid;
    QColor axisLine;
    QColor label;
    QColor title;
    QColor limit;
    QColor note; // remarks about the data (sampled, refining): amber, readable on either background
    QColor crosshair;
    QColor checkpointMarker; // event markers: teal for checkpoints, crimson for errors (not the limit's red)
    QColor errorMarker;
    QColor selectionFill;
    QColor selectionBorder;
    bool dark = false;

    static ChartStyle fromPalette(const QPalette &palette);
    // Categorical colours for ranks or nodes, told apart on either background; none of them is the limit's
    // red.
    static QColor seriesColor(int index, const QPalette &palette);
    // Shade `shade` of `shades` of a series colour, darkest to lightest around it: the ranks of one node
    // keep the node's hue and are still told apart.
    static QColor seriesColor(int index, const QPalette &palette, int shade, int shades);
    static int seriesColorCount();
};
