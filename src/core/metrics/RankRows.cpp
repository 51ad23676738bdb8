// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/RankRows.h"

#include <algorithm>
#include <cmath>

void RankRows::clear()
{
    *this = RankRows{};
}

void RankRows::rebuild(const std::map<int, Series> &ranks)
{
    clear();
    if (ranks.size() < 2)
        return; // one rank is its own mean: nothing to save
    const Series &head = ranks.begin()->second;
    if (head.isEmpty())
        return;
    for (const auto &[rank, s] : ranks) {
        if (!s.sharesTimesWith(head))
            return;
    }
    const std::size_t n = head.size();
    std::vector<double> sums(head.values());
    std::vector<double> lows(head.values());
    std::vector<double> highs(head.values());
    for (auto it = std::next(ranks.begin()); it != ranks.end(); ++it) {
        const double *v = it->second.values().data();
        for (std::size_t i = 0; i < n; ++i) {
            sums[i] += v[i];
            lows[i] = std::min(lows[i], v[i]);
            highs[i] = std::max(highs[i], v[i]);
        }
    }
    // A NaN makes min and max depend on the order they are taken in; the ranks' own path handles it.
    if (std::any_of(sums.begin(), sums.end(), [](double v) { return std::isnan(v); }))
        return;
    std::vector<const double *> columns;
    for (const auto &[rank, s] : ranks)
        columns.push_back(s.values().data());
    m_cells.resize(n * columns.size());
    float *cell = m_cells.data();
    for (std::size_t i = 0; i < n; ++i) {
        for (const double *v : columns)
            *cell++ = float(v[i]);
    }
    m_revisions.reserve(ranks.size());
    for (const auto &[rank, s] : ranks)
        m_revisions.push_back(s.revision());
    m_sums = Series(head, std::move(sums));
    m_lows = Series(head, std::move(lows));
    m_highs = Series(head, std::move(highs));
}

void RankRows::replaceWindows(const std::map<int, Series> &ranks,
                              const std::vector<std::pair<qint64, qint64>> &windows,
                              Series::MergedTimes &shared)
{
    const std::size_t count = ranks.size();
    const Series *head = count > 0 ? &ranks.begin()->second : nullptr;
    const bool spliceable = !isEmpty() && count == m_revisions.size() && head && !head->isEmpty() &&
                            std::all_of(ranks.begin(), ranks.end(),
                                        [head](const auto &r) { return r.second.sharesTimesWith(*head); });
    if (!spliceable) {
        rebuild(ranks);
        return;
    }
    std::vector<const double *> columns;
    columns.reserve(count);
    for (const auto &[rank, s] : ranks)
        columns.push_back(s.values().data());
    const std::vector<qint64> &times = head->times();
    for (const auto &[fromMs, toMs] : windows) {
        if (toMs < fromMs)
            continue;
        // The window's instants in the ranks' merged column, and where it lay in the rows' column so far.
        const std::size_t begin = head->lowerBound(fromMs);
        const std::size_t end =
            std::size_t(std::upper_bound(times.begin(), times.end(), toMs) - times.begin());
        const std::vector<qint64> &rowTimes = m_sums.times();
        const std::size_t oldBegin = m_sums.lowerBound(fromMs);
        const std::size_t oldEnd =
            std::size_t(std::upper_bound(rowTimes.begin(), rowTimes.end(), toMs) - rowTimes.begin());
        const std::size_t n = end - begin;
        std::vector<double> sums(n);
        std::vector<double> lows(n);
        std::vector<double> highs(n);
        std::vector<float> cells(n * count);
        for (std::size_t i = 0; i < n; ++i) {
            double sum = 0;
            double low = columns.front()[begin + i];
            double high = low;
            for (std::size_t r = 0; r < count; ++r) {
                const double v = columns[r][begin + i];
                sum += v;
                low = std::min(low, v);
                high = std::max(high, v);
                cells[i * count + r] = float(v);
            }
            if (std::isnan(sum)) {
                clear(); // as rebuild(): a NaN makes min and max depend on their order; the ranks' path has
                         // it
                return;
            }
            sums[i] = sum;
            lows[i] = low;
            highs[i] = high;
        }
        Series::spliceWindow(m_cells, oldBegin * count, oldEnd * count, cells.begin(), cells.end());
        const Series freshSums(
            std::vector<qint64>(times.begin() + qsizetype(begin), times.begin() + qsizetype(end)),
            std::move(sums));
        m_sums.replaceWindow(fromMs, toMs, freshSums, &shared);
        m_lows.replaceWindow(fromMs, toMs, Series(freshSums, std::move(lows)), &shared);
        m_highs.replaceWindow(fromMs, toMs, Series(freshSums, std::move(highs)), &shared);
    }
    m_revisions.clear();
    for (const auto &[rank, s] : ranks)
        m_revisions.push_back(s.revision());
    // The merge built the ranks' column once for all who shared it, the rows included; one built apart (an
    // empty window, say) is taken here.
    if (!adopt(ranks))
        rebuild(ranks);
}

bool RankRows::adopt(const std::map<int, Series> &ranks)
{
    if (isEmpty() || ranks.size() != m_revisions.size())
        return false;
    const Series &head = ranks.begin()->second;
    std::size_t i = 0;
    for (const auto &[rank, s] : ranks) {
        if (s.revision() != m_revisions[i++] || !s.sharesTimesWith(head))
            return false;
    }
    if (!m_sums.sharesTimesWith(head)) {
        if (m_sums.size() != head.size() || !m_sums.shareTimesWith(head))
            return false;
        m_lows.shareTimesWith(head);
        m_highs.shareTimesWith(head);
    }
    return describes(ranks);
}

bool RankRows::describes(std::span<const Series *const> ranks) const
{
    if (isEmpty() || ranks.size() != m_revisions.size())
        return false;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        if (!ranks[i] || ranks[i]->revision() != m_revisions[i] || !ranks[i]->sharesTimesWith(m_sums))
            return false;
    }
    return true;
}

bool RankRows::describes(const std::map<int, Series> &ranks) const
{
    std::vector<const Series *> all;
    all.reserve(ranks.size());
    for (const auto &[rank, s] : ranks)
        all.push_back(&s);
    return describes(all);
}

std::size_t RankRows::heldBytes(std::unordered_set<const void *> &seenTimes) const
{
    return m_revisions.capacity() * sizeof(quint64) + m_cells.capacity() * sizeof(float) +
           m_sums.heldBytes(seenTimes) + m_lows.heldBytes(seenTimes) + m_highs.heldBytes(seenTimes);
}

void RankRows::shrinkToFit()
{
    m_revisions.shrink_to_fit();
    m_cells.shrink_to_fit();
    m_sums.shrinkToFit();
    m_lows.shrinkToFit();
    m_highs.shrinkToFit();
}
