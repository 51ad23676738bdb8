// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <cstddef>
#include <vector>

// A min/max/sum pyramid over a series' values, so the extremes and the sum of any index range cost
// O(log n) instead of a pass over the range: a frame's cost follows its pixel columns, not the points in
// view. Level 0 summarizes blocks of LeafPoints points, each level above Fanout blocks of the one below; a
// block exists only once complete, and the incomplete tail of a level is read from the level below (the
// points themselves for level 0). With 32-point leaves and a fanout of 8 the index costs 24 * 8 / 7 / 32 =
// 0.86 bytes per point, next to the 16 of the point itself.
//
// The summary does not own the values: every query takes the values it was built from. Series keeps the two
// in step on every change (see Series), rebuilding only from the first block a change touches.
class SeriesSummary
{
public:
    static constexpr std::size_t LeafPoints = 32;
    static constexpr std::size_t Fanout = 8;

    struct Node
    {
        double min;
        double max;
        double sum;
        friend bool operator==(const Node &, const Node &) = default;
    };

    // The first lowest and first highest point of a range, as a linear scan with strict comparisons finds
    // them (so ties resolve to the earliest point, exactly as M4 over the raw points does).
    struct Extremes
    {
        std::size_t minIndex = 0;
        std::size_t maxIndex = 0;
    };

    struct Totals
    {
        double min = 0;
        double max = 0;
        double sum = 0;
    };

    void clear();
    // Recomputes every block from the one holding point `from` on; blocks before it keep their summaries.
    void rebuildFrom(const std::vector<double> &values, std::size_t from);
    // Keeps up with one point appended to values.
    void appended(const std::vector<double> &values);
    void shrinkToFit();
    std::size_t heldBytes() const;

    // False when a value is NaN: min and max of such a range depend on the order of comparisons, so callers
    // scan the points instead.
    bool usable() const { return m_firstNaN == NoNaN; }

    // [begin, end) must be a non-empty range of values.
    Extremes extremes(const double *values, std::size_t begin, std::size_t end) const;
    Totals totals(const double *values, std::size_t begin, std::size_t end) const;

    friend bool operator==(const SeriesSummary &, const SeriesSummary &) = default;

private:
    static constexpr std::size_t NoNaN = std::size_t(-1);

    template<typename Points, typename Block>
    void forEachPart(std::size_t begin, std::size_t end, Points &&points, Block &&block) const;
    template<typename Block>
    void forEachBlock(std::size_t level, std::size_t lo, std::size_t hi, Block &&block) const;
    std::size_t descend(const double *values, std::size_t level, std::size_t index, double target,
                        bool lowest) const;

    std::vector<std::vector<Node>> m_levels;
    std::size_t m_firstNaN = NoNaN;
};
