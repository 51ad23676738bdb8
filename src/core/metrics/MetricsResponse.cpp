// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/MetricsResponse.h"

std::vector<const NodeMetrics *> MetricsResponse::effectiveNodes() const
{
    std::vector<const NodeMetrics *> out;
    if (nodes.empty()) {
        out.push_back(&leader);
        return out;
    }
    out.reserve(nodes.size());
    for (const NodeMetrics &n : nodes)
        out.push_back(&n);
    return out;
}

std::size_t MetricsResponse::pointCount() const
{
    std::size_t n = leader.pointCount() + cacheUsage.size() + cacheUtilization.size();
    for (const NodeMetrics &node : nodes)
        n += node.pointCount();
    return n;
}

std::size_t MetricsResponse::heldBytes() const
{
    std::size_t n = leader.heldBytes() + cacheUsage.heldBytes() + cacheUtilization.heldBytes();
    for (const NodeMetrics &node : nodes)
        n += node.heldBytes();
    return n;
}
