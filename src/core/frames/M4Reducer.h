// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/ReducedSeries.h"

#include <QtGlobal>

#include <span>
#include <vector>

class PixelColumnEdges;
class RankRows;
class Series;

// Reduces a line to what a chart of a given pixel width can show, without losing a spike: per pixel column
// the first, min, max and last point (M4, Jugel et al., PVLDB 2014), in time order. A line drawn from that is
// pixel identical to one drawn from all points, at no more than 4 points per column. The nearest point
// outside the window on each side is kept too, so the line runs to the plot edges instead of stopping at the
// last sample.
//
// Columns split [fromMs, toMs] evenly: column c holds the times t with floor((t - fromMs) * width / span) ==
// c, and toMs itself belongs to the last column. Input times must be sorted ascending (Series keeps them so).
//
// reduce() of a Series reads the extremes of wide columns from the series' pyramid (SeriesSummary), so its
// cost follows the pixel columns rather than the points in view; the result is the same as reduceLinear(),
// which visits every point and is kept as the benchmarks' baseline.
class M4Reducer
{
public:
    static ReducedSeries reduce(const Series &series, qint64 fromMs, qint64 toMs, int width);
    // reduce() of each series over the given columns, when most of them share the time column the columns
    // were worked out from (PixelColumnEdges::isFor), as a chart's series usually do: the columns are found
    // once, not per series, and the series are scanned four (LaneExtremes) or two at a time. A series of
    // another time column is reduced over its own columns of the same window.
    static std::vector<ReducedSeries> reduce(std::span<const Series *const> series,
                                             const PixelColumnEdges &columns);
    static ReducedSeries reduceLinear(const Series &series, qint64 fromMs, qint64 toMs, int width);
    static ReducedSeries reduce(std::span<const qint64> times, std::span<const double> values, qint64 fromMs,
                                qint64 toMs, int width);
    // Reuses out's capacity: a chart re-reducing on every zoom step need not allocate.
    static void reduceInto(std::span<const qint64> times, std::span<const double> values, qint64 fromMs,
                           qint64 toMs, int width, ReducedSeries &out);

    // Many ranks as one line: y is the mean across the ranks reporting at each timestamp, lower/upper the min
    // and max across ranks, and the band is widened to the whole pixel column so no rank's spike drops out.
    // Ranks are matched on equal timestamps; a rank missing a timestamp just does not count there.
    static ReducedSeries aggregate(std::span<const Series *const> ranks, qint64 fromMs, qint64 toMs,
                                   int width);

    // Many ranks as one line, from their pyramids: per pixel column (the same columns as above) one point,
    // the mean of every value of every rank in the column, placed midway between the column's first and last
    // point in time, with the min-max band across them; plus the ranks' nearest instant outside the window on
    // each side. Where a column holds one instant this is exactly aggregate()'s point; where it holds many,
    // the mean is the column's, not M4 of the per-instant means, which is what makes it O(width x log n) per
    // rank. Ranks need not share timestamps.
    static ReducedSeries aggregateColumns(std::span<const Series *const> ranks, qint64 fromMs, qint64 toMs,
                                          int width);
    // The same line from a node's rank rows, when they describe the ranks (RankRows::describes): the same
    // columns, neighbours and band; the means differ from the ranks' only by the order the sums were added
    // in. A column costs its instants, not its instants times the ranks, and wide ones their logarithm.
    static ReducedSeries aggregateColumns(const RankRows &rows, qint64 fromMs, qint64 toMs, int width);
};
