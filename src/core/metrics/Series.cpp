// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/Series.h"

#include <algorithm>
#include <numeric>

Series::Series(std::vector<qint64> times, std::vector<double> values)
    : m_times(std::move(times)), m_values(std::move(values))
{
    Q_ASSERT(m_times.size() == m_values.size());
    m_summary.rebuildFrom(m_values, 0);
}

void Series::append(qint64 timeMs, double value)
{
    m_times.push_back(timeMs);
    m_values.push_back(value);
    m_summary.appended(m_values);
}

void Series::reserve(std::size_t n)
{
    m_times.reserve(n);
    m_values.reserve(n);
}

bool Series::normalize()
{
    bool sortedUnique = true;
    for (std::size_t i = 1; i < m_times.size(); ++i) {
        if (m_times[i] <= m_times[i - 1]) {
            sortedUnique = false;
            break;
        }
    }
    if (sortedUnique)
        return true;

    std::vector<std::size_t> order(m_times.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [this](std::size_t a, std::size_t b) { return m_times[a] < m_times[b]; });
    std::vector<qint64> times;
    std::vector<double> values;
    times.reserve(order.size());
    values.reserve(order.size());
    for (std::size_t idx : order) {
        if (!times.empty() && times.back() == m_times[idx]) {
            values.back() = m_values[idx]; // a repeated timestamp: the later report wins
            continue;
        }
        times.push_back(m_times[idx]);
        values.push_back(m_values[idx]);
    }
    m_times = std::move(times);
    m_values = std::move(values);
    m_summary.rebuildFrom(m_values, 0);
    return false;
}

std::size_t Series::lowerBound(qint64 timeMs) const
{
    return std::size_t(std::lower_bound(m_times.begin(), m_times.end(), timeMs) - m_times.begin());
}

void Series::replaceWindow(qint64 fromMs, qint64 toMs, const Series &fresh)
{
    // An inverted window holds nothing; without this the kept ranges below would overlap and repeat points.
    if (toMs < fromMs)
        return;
    const std::size_t begin = lowerBound(fromMs);
    const std::size_t end =
        std::size_t(std::upper_bound(m_times.begin(), m_times.end(), toMs) - m_times.begin());

    // Only the fresh points inside the window count: a server that answers with more than was asked for
    // must not overwrite data outside the window with its coarser view.
    const std::size_t fBegin = fresh.lowerBound(fromMs);
    const std::size_t fEnd = std::size_t(std::upper_bound(fresh.m_times.begin(), fresh.m_times.end(), toMs) -
                                         fresh.m_times.begin());

    std::vector<qint64> times;
    std::vector<double> values;
    const std::size_t total = begin + (fEnd - fBegin) + (m_times.size() - end);
    times.reserve(total);
    values.reserve(total);
    times.insert(times.end(), m_times.begin(), m_times.begin() + qsizetype(begin));
    values.insert(values.end(), m_values.begin(), m_values.begin() + qsizetype(begin));
    times.insert(times.end(), fresh.m_times.begin() + qsizetype(fBegin),
                 fresh.m_times.begin() + qsizetype(fEnd));
    values.insert(values.end(), fresh.m_values.begin() + qsizetype(fBegin),
                  fresh.m_values.begin() + qsizetype(fEnd));
    times.insert(times.end(), m_times.begin() + qsizetype(end), m_times.end());
    values.insert(values.end(), m_values.begin() + qsizetype(end), m_values.end());
    m_times = std::move(times);
    m_values = std::move(values);
    // Blocks before the window are unchanged; everything from it on may have moved.
    m_summary.rebuildFrom(m_values, begin);
}

std::size_t Series::heldBytes() const
{
    return m_times.capacity() * sizeof(qint64) + m_values.capacity() * sizeof(double) + m_summary.heldBytes();
}

SeriesSummary::Totals Series::totals(std::size_t begin, std::size_t end) const
{
    if (m_summary.usable())
        return m_summary.totals(m_values.data(), begin, end);
    SeriesSummary::Totals t{m_values[begin], m_values[begin], 0.0};
    for (std::size_t i = begin; i < end; ++i) {
        t.min = std::min(t.min, m_values[i]);
        t.max = std::max(t.max, m_values[i]);
        t.sum += m_values[i];
    }
    return t;
}

void Series::shrinkToFit()
{
    m_times.shrink_to_fit();
    m_values.shrink_to_fit();
    m_summary.shrinkToFit();
}
