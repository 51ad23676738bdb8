// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/PixelColumnEdges.h"

#include "core/frames/PixelColumns.h"

#include <algorithm>

namespace {

// A column of up to this many points is walked; the rest of a wider one is searched.
constexpr std::size_t Walked = 64;

} // namespace

PixelColumnEdges::PixelColumnEdges(std::span<const qint64> times, qint64 fromMs, qint64 toMs, int width)
    : m_from(fromMs), m_to(toMs), m_times(times.data()), m_count(times.size())
{
    if (width <= 0 || toMs < fromMs)
        return;
    const qint64 *t = times.data();
    const std::size_t n = times.size();
    m_edges.resize(std::size_t(width) + 1);
    const std::size_t last = std::size_t(std::upper_bound(t, t + n, toMs) - t);
    std::size_t begin = std::min(std::size_t(std::lower_bound(t, t + n, fromMs) - t), last);
    m_edges[0] = begin;
    // Every column in turn, each one's end stepped from the last one's (no division per column); toMs
    // belongs to the last column.
    PixelColumns columns(fromMs, toMs, width);
    for (int c = 0; c + 1 < width; ++c) {
        columns.next();
        const qint64 next = columns.end();
        std::size_t end = begin;
        const std::size_t walked = std::min(last, begin + Walked);
        while (end < walked && t[end] < next)
            ++end;
        if (end == walked && end < last && t[end] < next)
            end = std::size_t(std::lower_bound(t + end, t + last, next) - t);
        m_edges[std::size_t(c) + 1] = end;
        begin = end;
    }
    m_edges[std::size_t(width)] = last;
}
