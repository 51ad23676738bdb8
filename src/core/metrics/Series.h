// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/SeriesSummary.h"

#include <QtGlobal>

#include <cstddef>
#include <vector>

// One metric over time, stored columnar: epoch milliseconds and the exact values as the API sent them.
// Times are kept sorted ascending; a point is 16 bytes, and the min/max/sum pyramid over the values
// (SeriesSummary) adds under one byte per point. Every change keeps the pyramid in step with the values.
class Series
{
public:
    Series() = default;
    Series(std::vector<qint64> times, std::vector<double> values);

    std::size_t size() const { return m_times.size(); }
    bool isEmpty() const { return m_times.empty(); }
    const std::vector<qint64> &times() const { return m_times; }
    const std::vector<double> &values() const { return m_values; }
    qint64 firstTime() const { return m_times.front(); }
    qint64 lastTime() const { return m_times.back(); }

    void append(qint64 timeMs, double value);
    void reserve(std::size_t n);

    // Sorts by time (stable, so the last of equal timestamps wins after dedupe) and drops duplicate times.
    // Returns true if the input was already sorted and unique: the common case costs one pass.
    bool normalize();

    // The points of a freshly fetched window [fromMs, toMs] replace whatever this series held inside that
    // window; points outside it stay. This is how a finer fetch refines a coarser one without duplicates.
    void replaceWindow(qint64 fromMs, qint64 toMs, const Series &fresh);

    // Index of the first point with time >= t.
    std::size_t lowerBound(qint64 timeMs) const;

    // The pyramid over values(): extremes and sums of index ranges in O(log n).
    const SeriesSummary &summary() const { return m_summary; }
    // Min, max and sum of the values at indexes [begin, end), which must not be empty.
    SeriesSummary::Totals totals(std::size_t begin, std::size_t end) const;

    // Bytes held by the columns and the pyramid, capacity included: what the store costs in memory.
    std::size_t heldBytes() const;
    void shrinkToFit();

    friend bool operator==(const Series &, const Series &) = default;

private:
    std::vector<qint64> m_times;
    std::vector<double> m_values;
    SeriesSummary m_summary;
};
