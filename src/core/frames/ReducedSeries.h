// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <cstddef>
#include <vector>

// A line already reduced to a chart's pixel width, ready to hand to a chart: x is epoch ms as double because
// that is what chart axes take. lower/upper are either empty or as long as x: the min-max band across ranks
// at each x, so one x column serves the mean line and its band.
struct ReducedSeries
{
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> lower;
    std::vector<double> upper;

    std::size_t size() const { return x.size(); }
    bool isEmpty() const { return x.empty(); }
    bool hasBand() const { return !lower.empty(); }
    void clear()
    {
        x.clear();
        y.clear();
        lower.clear();
        upper.clear();
    }
};
