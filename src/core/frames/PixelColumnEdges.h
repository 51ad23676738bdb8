// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <span>
#include <vector>

// Where a window's pixel columns (PixelColumns) fall in one time column: column c holds the points at
// indexes [at(c), at(c + 1)); at(0) is the window's first point and at(width()) one past its last.
//
// Series that share a time column share these. A job's nodes and metrics are scraped together, so the store
// usually keeps one time column for all of them (MetricsStore::reindex): a frame works the edges out once,
// and every series then reads only its values.
class PixelColumnEdges
{
public:
    PixelColumnEdges() = default;
    // No columns (width() == 0) for a window of none: width <= 0 or toMs < fromMs.
    PixelColumnEdges(std::span<const qint64> times, qint64 fromMs, qint64 toMs, int width);

    int width() const { return m_edges.empty() ? 0 : int(m_edges.size() - 1); }
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    std::size_t at(std::size_t column) const { return m_edges[column]; }
    // at(0) .. at(width()), for loops that keep the pointer in a register.
    const std::size_t *data() const { return m_edges.data(); }
    // Whether these were worked out from this very time column (the same array, of the same length).
    bool isFor(std::span<const qint64> times) const
    {
        return times.data() == m_times && times.size() == m_count;
    }

private:
    std::vector<std::size_t> m_edges;
    qint64 m_from = 0;
    qint64 m_to = 0;
    const qint64 *m_times = nullptr;
    std::size_t m_count = 0;
};
