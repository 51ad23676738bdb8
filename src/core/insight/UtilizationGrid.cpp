// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/UtilizationGrid.h"

#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace {

constexpr float missing = std::numeric_limits<float>::quiet_NaN();

std::size_t rankCount(const MetricsStore &store)
{
    std::size_t ranks = 0;
    for (const NodeMetrics &node : store.nodes())
        ranks += node.gpuUtilization.size();
    return ranks;
}

// The union of every rank's sample times; ranks fetched together share them, so usually one copy.
// Nothing when it grows past maxTimes: ranks that share no times would make the grid quadratic.
std::optional<std::vector<qint64>> unionOfTimes(const MetricsStore &store, std::size_t maxTimes)
{
    std::vector<qint64> times;
    for (const NodeMetrics &node : store.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization) {
            if (series.times() == times)
                continue;
            std::vector<qint64> merged;
            merged.reserve(std::max(times.size(), series.size()));
            std::set_union(times.begin(), times.end(), series.times().begin(), series.times().end(),
                           std::back_inserter(merged));
            if (merged.size() > maxTimes)
                return std::nullopt;
            times = std::move(merged);
        }
    }
    return times;
}

void fillRow(float *row, const std::vector<qint64> &times, const Series &series)
{
    std::size_t j = 0;
    const auto &t = series.times();
    const auto &v = series.values();
    for (std::size_t i = 0; i < times.size() && j < t.size(); ++i) {
        while (j < t.size() && t[j] < times[i])
            ++j;
        if (j < t.size() && t[j] == times[i])
            row[i] = float(v[j]);
    }
}

} // namespace

UtilizationGrid::UtilizationGrid(const MetricsStore &store, std::size_t maxCells)
{
    std::optional<std::vector<qint64>> times =
        unionOfTimes(store, maxCells / std::max<std::size_t>(1, rankCount(store)));
    if (!times) {
        m_tooLarge = true;
        return;
    }
    m_times = std::move(*times);
    const std::size_t n = m_times.size();
    for (const NodeMetrics &node : store.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization)
            m_ranks.push_back({node.nodeId, m_nodeCount, rank});
        ++m_nodeCount;
    }
    m_util.assign(m_ranks.size() * n, missing);
    m_memory.assign(m_ranks.size() * n, missing);
    std::size_t r = 0;
    for (const NodeMetrics &node : store.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization) {
            fillRow(m_util.data() + r * n, m_times, series);
            const auto memory = node.gpuMemory.find(rank);
            if (memory != node.gpuMemory.end())
                fillRow(m_memory.data() + r * n, m_times, memory->second);
            ++r;
        }
    }
    computeStep();
    computeMedian();
}

UtilizationGrid::UtilizationGrid(std::vector<qint64> times, std::vector<Rank> ranks,
                                 const std::vector<std::vector<double>> &rows)
    : m_times(std::move(times)), m_ranks(std::move(ranks))
{
    const std::size_t n = m_times.size();
    m_util.assign(m_ranks.size() * n, missing);
    m_memory.assign(m_ranks.size() * n, missing);
    for (std::size_t r = 0; r < rows.size() && r < m_ranks.size(); ++r) {
        for (std::size_t i = 0; i < n && i < rows[r].size(); ++i)
            m_util[r * n + i] = float(rows[r][i]);
        m_nodeCount = std::max(m_nodeCount, m_ranks[r].nodeIndex + 1);
    }
    computeStep();
    computeMedian();
}

void UtilizationGrid::computeStep()
{
    // The most common interval is the step; a median of the differences is that, and cheap.
    if (m_times.size() < 2) {
        m_stepMs = 60'000;
        return;
    }
    std::vector<qint64> diffs(m_times.size() - 1);
    for (std::size_t i = 1; i < m_times.size(); ++i)
        diffs[i - 1] = m_times[i] - m_times[i - 1];
    std::nth_element(diffs.begin(), diffs.begin() + diffs.size() / 2, diffs.end());
    m_stepMs = std::max<qint64>(diffs[diffs.size() / 2], 1000);
}

void UtilizationGrid::computeMedian()
{
    const std::size_t n = m_times.size();
    const std::size_t ranks = m_ranks.size();
    m_median.assign(n, std::numeric_limits<double>::quiet_NaN());
    // Rows are per rank; a median needs a column. Copying a block of instants at a time keeps both reads
    // and writes in cache, where walking down a column would miss it at every rank.
    constexpr std::size_t block = 256;
    std::vector<float> columns(block * ranks);
    std::vector<float> column;
    column.reserve(ranks);
    for (std::size_t i0 = 0; i0 < n; i0 += block) {
        const std::size_t width = std::min(block, n - i0);
        for (std::size_t r = 0; r < ranks; ++r) {
            const float *row = m_util.data() + r * n + i0;
            for (std::size_t k = 0; k < width; ++k)
                columns[k * ranks + r] = row[k];
        }
        for (std::size_t k = 0; k < width; ++k) {
            column.clear();
            for (std::size_t r = 0; r < ranks; ++r) {
                const float v = columns[k * ranks + r];
                if (!std::isnan(v))
                    column.push_back(v);
            }
            if (column.empty())
                continue;
            // The upper middle value for an even count: one selection instead of two, and a value some
            // rank really had.
            const auto mid = column.begin() + column.size() / 2;
            std::nth_element(column.begin(), mid, column.end());
            m_median[i0 + k] = *mid;
        }
    }
}

qint64 UtilizationGrid::weightMs(std::size_t i) const
{
    if (i + 1 >= m_times.size())
        return m_stepMs;
    return std::min(m_times[i + 1] - m_times[i], m_stepMs);
}

bool UtilizationGrid::gapBefore(std::size_t i) const
{
    return i > 0 && m_times[i] - m_times[i - 1] > 3 * m_stepMs;
}
