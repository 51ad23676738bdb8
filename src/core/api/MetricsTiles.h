// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <utility>
#include <vector>

// How a window is cut into requests at a job's native step. Tiles sit on a fixed grid of the epoch (a tile
// spans PointsPerTile steps and starts at a multiple of that span), so the same instants are asked for
// whichever zoom or session needs them, and what one view fetched is what the next one finds covered.
// A request never crosses a grid line; it may cover less than its tile when only part of it is wanted.
class MetricsTiles
{
public:
    // Well under the API's 11,000 points per series, so one tile of a 128-GPU job stays a few tens of MB and
    // a zoomed view waits for little more than it shows. The end instant is asked for too: +1 point.
    static constexpr qint64 PointsPerTile = 720;
    // A wide job's tile holds more series: at most this many points in all (a 16-node job of 8 GPUs has
    // 322 series, so its tiles keep PointsPerTile; about 58 bytes of JSON a point, 14 MB an answer), so an
    // answer's size, the window thread's copy of it out of the network reply and the parse's memory stay
    // the same for 64 or 128 nodes (a 64-node tile of 720 points was 51 MB).
    static constexpr qint64 PointsPerRequest = 240'000;
    static constexpr qint64 MinPointsPerTile = PointsPerTile / 16;
    // PointsPerTile halved until `seriesCount` series fit PointsPerRequest, never below MinPointsPerTile.
    // Each halving splits every grid cell in two: the grids of all widths line up.
    static qint64 pointsPerTile(int seriesCount);

    struct Tile
    {
        qint64 fromMs;
        qint64 toMs; // inclusive: the next tile starts here
        int stepSeconds;

        bool intersects(qint64 from, qint64 to) const { return fromMs < to && toMs > from; }
        friend bool operator==(const Tile &, const Tile &) = default;
    };

    static qint64 spanMs(int stepSeconds, qint64 pointsPerTile = PointsPerTile);
    // The requests that fetch `parts` (time-ordered, non-overlapping windows) at stepSeconds, in time order:
    // each part cut at the grid lines it crosses. Stops after `limit` tiles: the window comes from a job's
    // lifetime as the server states it, and a job claiming centuries must not cost millions of tiles here.
    static std::vector<Tile> cut(const std::vector<std::pair<qint64, qint64>> &parts, int stepSeconds,
                                 std::size_t limit = std::size_t(-1), qint64 pointsPerTile = PointsPerTile);
};
