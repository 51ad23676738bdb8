// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/SeriesSummary.h"

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <unordered_set>
#include <vector>

// One metric over time, stored columnar: epoch milliseconds and the exact values as the API sent them.
// Times are kept sorted ascending; a point is 16 bytes, and the min/max/sum pyramid over the values
// (SeriesSummary) adds under one byte per point. Every change keeps the pyramid in step with the values.
//
// Series of one job mostly share their instants (a node's ranks and metrics are scraped together), so a
// time column can be shared between series with equal times (shareTimesWith): a store then holds each
// column once, which is what pays for the rank rows (RankRows) within the memory budget. A change to a
// shared column copies it first, so sharing never shows through the API.
class Series
{
public:
    Series() = default;
    Series(std::vector<qint64> times, std::vector<double> values);

    // A series at the instants of another, sharing its time column: values must be as many as its points.
    Series(const Series &instantsOf, std::vector<double> values);

    std::size_t size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.empty(); }
    const std::vector<qint64> &times() const { return m_times ? *m_times : noTimes(); }
    const std::vector<double> &values() const { return m_values; }
    qint64 firstTime() const { return times().front(); }
    qint64 lastTime() const { return times().back(); }

    // Changes whenever the points change; copies keep it. What a derived index (RankRows) checks to know
    // it still describes this series.
    quint64 revision() const { return m_revision; }

    // Shares other's time column when it holds the same times; true when the two share one afterwards.
    bool shareTimesWith(const Series &other);
    bool sharesTimesWith(const Series &other) const { return m_times && m_times == other.m_times; }

    void append(qint64 timeMs, double value);
    void reserve(std::size_t n);

    // Sorts by time (stable, so the last of equal timestamps wins after dedupe) and drops duplicate times.
    // Returns true if the input was already sorted and unique: the common case costs one pass.
    bool normalize();

    // Time columns one merge has built (MetricsStore::merge): series that shared a column before it and get
    // the same fresh instants share the result, built once, where each used to copy a column of its own
    // (tens of series, each as long as the job) for every tile.
    struct MergedTimes
    {
        struct Entry
        {
            std::shared_ptr<std::vector<qint64>> before; // held, so its address names no other column
            qint64 fromMs = 0;
            qint64 toMs = 0;
            std::vector<qint64> freshWindow;
            std::shared_ptr<std::vector<qint64>> after;
        };
        // By the column they were built from: an answer of many differently timed series looks up its own.
        std::multimap<const std::vector<qint64> *, Entry> entries;
    };

    // The points of a freshly fetched window [fromMs, toMs] replace whatever this series held inside that
    // window; points outside it stay. This is how a finer fetch refines a coarser one without duplicates.
    // The values change in place (the points after the window move, nothing is copied anew); the time
    // column is built once per merge for the series sharing it when `shared` is given.
    void replaceWindow(qint64 fromMs, qint64 toMs, const Series &fresh, MergedTimes *shared = nullptr);

    // A column's [begin, end) becomes [from, to): the tail moves once, by the difference, and the prefix
    // stays put. Grown to the size it needs and no more: insert() would double the capacity, and as every
    // batch of merged answers starts from a fresh copy (StoreUpdater), each series of the store shown held up
    // to twice its points (22 bytes a point where 17 are budgeted). One copy per growth is nothing beside the
    // batch's own copy. For the columns of a series and of the rows derived from it (RankRows).
    template<typename T, typename It>
    static void spliceWindow(std::vector<T> &column, std::size_t begin, std::size_t end, It from, It to)
    {
        const auto added = std::size_t(to - from);
        const std::size_t removed = end - begin;
        if (added > removed) {
            if (column.size() + (added - removed) > column.capacity())
                column.reserve(column.size() + (added - removed));
            column.insert(column.begin() + std::ptrdiff_t(end), added - removed, T{});
        } else {
            column.erase(column.begin() + std::ptrdiff_t(begin + added),
                         column.begin() + std::ptrdiff_t(end));
        }
        std::copy(from, to, column.begin() + std::ptrdiff_t(begin));
    }

    // Index of the first point with time >= t.
    std::size_t lowerBound(qint64 timeMs) const;

    // The pyramid over values(): extremes and sums of index ranges in O(log n).
    const SeriesSummary &summary() const { return m_summary; }
    // Min, max and sum of the values at indexes [begin, end), which must not be empty.
    SeriesSummary::Totals totals(std::size_t begin, std::size_t end) const;

    // Bytes held by the columns and the pyramid, capacity included: what the series costs in memory.
    std::size_t heldBytes() const;
    // The same, counting a time column only the first time it is seen: what a store of series sharing
    // their columns costs.
    std::size_t heldBytes(std::unordered_set<const void *> &seenTimes) const;
    void shrinkToFit();

    friend bool operator==(const Series &a, const Series &b)
    {
        return a.m_values == b.m_values && a.times() == b.times() && a.m_summary == b.m_summary;
    }

private:
    static const std::vector<qint64> &noTimes();
    static quint64 nextRevision();
    // The time column to change, copied first when another series shares it.
    std::vector<qint64> &ownTimes();
    void setColumns(std::vector<qint64> times, std::vector<double> values);

    std::shared_ptr<std::vector<qint64>> m_times;
    std::vector<double> m_values;
    SeriesSummary m_summary;
    quint64 m_revision = 0;
};
