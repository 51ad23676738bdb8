// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Series.h"

#include <map>
#include <span>
#include <utility>
#include <vector>

// One node's ranks of a GPU metric read as rows: at each instant the sum, the lowest and the highest value
// across the ranks. The dashboard's default line for a node (its ranks' mean with their min-max band) reads
// a column of the chart from these three series and their pyramids instead of from every rank: a frame of a
// 64-node job then visits an eighth of the values it would otherwise, and wide columns none at all.
//
// Rows exist only for ranks that share one time column (Series::shareTimesWith), which is what the API sends
// for a node's GPUs. They are derived data: describes() says whether they still match the ranks a caller
// holds, and callers fall back to the ranks themselves when not (hidden ranks, a rank being merged).
//
// The rows also keep every rank's value as a float, instant by instant (cells()): the heatmap shows floats,
// and its column of a node reads the node's ranks side by side from half the bytes the doubles take, one
// pass for all of them. Rounding to float is monotonic, so the lowest float of a column is the float of its
// lowest double: the cells are exactly those the ranks themselves give (4 bytes per rank value).
class RankRows
{
public:
    // Rebuilds from every rank of the map when they all share one time column; empty otherwise.
    void rebuild(const std::map<int, Series> &ranks);
    // The rows after the ranks they described had the points in `windows` replaced (MetricsStore::merge,
    // with the merge's shared columns): only the instants inside the windows are computed, the rest moves
    // with the ranks' values, where rebuild() computed every instant of the job for every tile (most of a
    // tile's merge on the GUI thread). The same rows as rebuild() gives; rebuild() itself when the rows did
    // not describe the ranks before or the ranks no longer share a column.
    void replaceWindows(const std::map<int, Series> &ranks,
                        const std::vector<std::pair<qint64, qint64>> &windows, Series::MergedTimes &shared);
    // Takes the ranks' time column when the rows were built from these very ranks and only the column's
    // sharing changed (MetricsStore::reindex points equal columns at one); false when that is not the case.
    bool adopt(const std::map<int, Series> &ranks);
    void clear();

    bool isEmpty() const { return m_sums.isEmpty(); }
    // True when built from exactly these series, in this order, as they are now.
    bool describes(std::span<const Series *const> ranks) const;
    // True when built from every rank of the map as it is now.
    bool describes(const std::map<int, Series> &ranks) const;

    int rankCount() const { return int(m_revisions.size()); }
    const Series &sums() const { return m_sums; }
    const Series &lows() const { return m_lows; }
    const Series &highs() const { return m_highs; }
    // Rank r's value at instant i (index into the shared time column) is cells()[i * rankCount() + r],
    // ranks in the map's order.
    const std::vector<float> &cells() const { return m_cells; }

    std::size_t heldBytes(std::unordered_set<const void *> &seenTimes) const;
    void shrinkToFit();

    friend bool operator==(const RankRows &, const RankRows &) = default;

private:
    std::vector<quint64> m_revisions;
    Series m_sums;
    Series m_lows;
    Series m_highs;
    std::vector<float> m_cells;
};
