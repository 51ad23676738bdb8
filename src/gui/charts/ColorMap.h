// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QColor>
#include <QRgb>

#include <array>

// The heatmaps' colour scale: viridis (van der Walt and Smith, 2015; released under CC0), perceptually
// uniform and readable with the common colour-vision deficiencies and in greyscale, since its lightness
// rises steadily from dark violet to yellow. The 256 entries are computed here, not vendored: viridis'
// published five-stop samples (#440154, #3B528B, #21908C, #5DC863, #FDE725) joined by straight lines in
// OKLab (Ottosson, 2020), a space where equal steps look equal, so the lightness stays monotonic.
class ColorMap
{
public:
    static constexpr int Size = 256;

    static const std::array<QRgb, Size> &viridis();
    // The entry for a value in [0, 1] (clamped).
    static QRgb at(double fraction);
    // OKLab lightness (0 black to 1 white) of a colour: what tests check the scale's order by.
    static double lightness(QRgb color);
    // "No data": a neutral grey, no colour of the scale, lighter on a light theme; the heatmap checkers it
    // with a second grey so it reads as a hatch, not as a value.
    static QColor noData(bool dark);
};
