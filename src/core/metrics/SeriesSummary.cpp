// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/SeriesSummary.h"

#include <algorithm>
#include <cmath>

namespace {

SeriesSummary::Node leafOf(const double *v)
{
    SeriesSummary::Node n{v[0], v[0], 0.0};
    for (std::size_t k = 0; k < SeriesSummary::LeafPoints; ++k) {
        n.min = v[k] < n.min ? v[k] : n.min;
        n.max = v[k] > n.max ? v[k] : n.max;
        n.sum += v[k];
    }
    return n;
}

SeriesSummary::Node parentOf(const SeriesSummary::Node *children)
{
    SeriesSummary::Node n = children[0];
    for (std::size_t k = 1; k < SeriesSummary::Fanout; ++k) {
        n.min = children[k].min < n.min ? children[k].min : n.min;
        n.max = children[k].max > n.max ? children[k].max : n.max;
        n.sum += children[k].sum;
    }
    return n;
}

} // namespace

void SeriesSummary::clear()
{
    m_levels.clear();
    m_firstNaN = NoNaN;
}

void SeriesSummary::rebuildFrom(const std::vector<double> &values, std::size_t from)
{
    const std::size_t n = values.size();
    if (m_firstNaN != NoNaN && m_firstNaN >= from)
        m_firstNaN = NoNaN;
    if (m_firstNaN == NoNaN) {
        for (std::size_t i = from; i < n; ++i) {
            if (std::isnan(values[i])) {
                m_firstNaN = i;
                break;
            }
        }
    }
    std::size_t changed = from / LeafPoints;
    std::size_t count = n / LeafPoints;
    std::size_t level = 0;
    for (; count > 0; ++level, changed /= Fanout, count /= Fanout) {
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        std::vector<Node> &nodes = m_levels[level];
        nodes.resize(std::min({changed, nodes.size(), count}));
        // One exact reservation for a rebuild; a single appended block grows the vector as usual, so
        // appending point by point stays amortized O(1).
        if (count - nodes.size() > 1)
            nodes.reserve(count);
        for (std::size_t j = nodes.size(); j < count; ++j)
            nodes.push_back(level == 0 ? leafOf(values.data() + j * LeafPoints)
                                       : parentOf(m_levels[level - 1].data() + j * Fanout));
    }
    m_levels.resize(level);
}

void SeriesSummary::appended(const std::vector<double> &values)
{
    const std::size_t n = values.size();
    if (m_firstNaN == NoNaN && std::isnan(values.back()))
        m_firstNaN = n - 1;
    if (n % LeafPoints == 0)
        rebuildFrom(values, n - 1);
}

void SeriesSummary::shrinkToFit()
{
    for (std::vector<Node> &nodes : m_levels)
        nodes.shrink_to_fit();
    m_levels.shrink_to_fit();
}

std::size_t SeriesSummary::heldBytes() const
{
    std::size_t bytes = m_levels.capacity() * sizeof(std::vector<Node>);
    for (const std::vector<Node> &nodes : m_levels)
        bytes += nodes.capacity() * sizeof(Node);
    return bytes;
}

// Visits [begin, end) in time order as the fewest parts: loose points at the ends, whole blocks as high in
// the pyramid as they fit.
template<typename Points, typename Block>
void SeriesSummary::forEachPart(std::size_t begin, std::size_t end, Points &&points, Block &&block) const
{
    const std::size_t leaves = m_levels.empty() ? 0 : m_levels[0].size();
    const std::size_t lo = (begin + LeafPoints - 1) / LeafPoints;
    const std::size_t hi = std::min(end / LeafPoints, leaves);
    if (lo >= hi) {
        points(begin, end);
        return;
    }
    if (begin < lo * LeafPoints)
        points(begin, lo * LeafPoints);
    forEachBlock(0, lo, hi, block);
    if (hi * LeafPoints < end)
        points(hi * LeafPoints, end);
}

template<typename Block>
void SeriesSummary::forEachBlock(std::size_t level, std::size_t lo, std::size_t hi, Block &&block) const
{
    const std::size_t parentLo = (lo + Fanout - 1) / Fanout;
    const std::size_t parentHi = hi / Fanout;
    if (level + 1 >= m_levels.size() || parentLo >= parentHi) {
        for (std::size_t j = lo; j < hi; ++j)
            block(level, j);
        return;
    }
    for (std::size_t j = lo; j < parentLo * Fanout; ++j)
        block(level, j);
    forEachBlock(level + 1, parentLo, parentHi, block);
    for (std::size_t j = parentHi * Fanout; j < hi; ++j)
        block(level, j);
}

// The first point equal to target inside a block known to hold it: the first child holding it, down to the
// leaf's points.
std::size_t SeriesSummary::descend(const double *values, std::size_t level, std::size_t index, double target,
                                   bool lowest) const
{
    for (; level > 0; --level) {
        const std::vector<Node> &below = m_levels[level - 1];
        std::size_t c = index * Fanout;
        for (; c + 1 < (index + 1) * Fanout; ++c) {
            if ((lowest ? below[c].min : below[c].max) == target)
                break;
        }
        index = c;
    }
    std::size_t i = index * LeafPoints;
    for (; i + 1 < (index + 1) * LeafPoints; ++i) {
        if (values[i] == target)
            break;
    }
    return i;
}

SeriesSummary::Extremes SeriesSummary::extremes(const double *values, std::size_t begin,
                                                std::size_t end) const
{
    // Where the extreme seen so far lies: a point (level -1) or a block, resolved to its point at the end.
    struct Where
    {
        double value;
        std::ptrdiff_t level;
        std::size_t index;
    };
    Where low{values[begin], -1, begin};
    Where high = low;
    auto points = [&](std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i) {
            const double v = values[i];
            if (v < low.value)
                low = {v, -1, i};
            if (v > high.value)
                high = {v, -1, i};
        }
    };
    auto block = [&](std::size_t level, std::size_t j) {
        const Node &n = m_levels[level][j];
        if (n.min < low.value)
            low = {n.min, std::ptrdiff_t(level), j};
        if (n.max > high.value)
            high = {n.max, std::ptrdiff_t(level), j};
    };
    forEachPart(begin, end, points, block);
    auto resolve = [&](const Where &w, bool lowest) {
        return w.level < 0 ? w.index : descend(values, std::size_t(w.level), w.index, w.value, lowest);
    };
    return {resolve(low, true), resolve(high, false)};
}

SeriesSummary::Totals SeriesSummary::totals(const double *values, std::size_t begin, std::size_t end) const
{
    Totals t{values[begin], values[begin], 0.0};
    auto points = [&](std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i) {
            const double v = values[i];
            t.min = v < t.min ? v : t.min;
            t.max = v > t.max ? v : t.max;
            t.sum += v;
        }
    };
    auto block = [&](std::size_t level, std::size_t j) {
        const Node &n = m_levels[level][j];
        t.min = n.min < t.min ? n.min : t.min;
        t.max = n.max > t.max ? n.max : t.max;
        t.sum += n.sum;
    };
    forEachPart(begin, end, points, block);
    return t;
}
