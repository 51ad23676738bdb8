// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <vector>

// The scaling figure of docs/PERFORMANCE.md: frame time against node count, our frame and the linear M4
// side by side, drawn with QPainter and written with PngFile. Only measured points are drawn.
class ScalingPlot
{
public:
    struct Point
    {
        int nodes = 0;
        double millionPoints = 0;
        double frameMs = 0;
        double linearMs = 0;
    };

    static bool write(const QString &path, const std::vector<Point> &points, const QString &subtitle);
};
