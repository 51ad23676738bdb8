// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/MetricsTiles.h"

#include <algorithm>

qint64 MetricsTiles::pointsPerTile(int seriesCount)
{
    qint64 points = PointsPerTile;
    while (points > MinPointsPerTile && points * std::max(seriesCount, 1) > PointsPerRequest)
        points /= 2;
    return points;
}

qint64 MetricsTiles::spanMs(int stepSeconds, qint64 pointsPerTile)
{
    return qint64(std::max(stepSeconds, 1)) * 1000 * std::clamp(pointsPerTile, qint64(1), PointsPerTile);
}

std::vector<MetricsTiles::Tile> MetricsTiles::cut(const std::vector<std::pair<qint64, qint64>> &parts,
                                                  int stepSeconds, std::size_t limit, qint64 pointsPerTile)
{
    const qint64 span = spanMs(stepSeconds, pointsPerTile);
    std::vector<Tile> tiles;
    for (const auto &[from, to] : parts) {
        if (to <= from)
            continue;
        // Floor division, so times before 1970 (never seen, but representable) stay on the grid.
        qint64 gridStart = from / span * span;
        if (gridStart > from)
            gridStart -= span;
        for (qint64 start = gridStart; start < to; start += span) {
            if (tiles.size() >= limit)
                return tiles;
            tiles.push_back({std::max(start, from), std::min(start + span, to), stepSeconds});
        }
    }
    return tiles;
}
