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
