// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/PhaseSegmenter.h"

#include "core/insight/UtilizationGrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr std::size_t maxBins = 2000;
constexpr double steadyShare = 0.8;

struct Binned
{
    std::vector<double> values;
    std::vector<std::size_t> firstSample; // of each bin, plus the end
};

// Bin means of the job median; a bin never spans a gap, so a restart starts a bin of its own.
Binned binMedian(const UtilizationGrid &grid)
{
    Binned b;
    const std::size_t n = grid.size();
    const std::size_t width = std::max<std::size_t>(1, (n + maxBins - 1) / maxBins);
    double sum = 0;
    int count = 0;
    std::size_t first = 0;
    const auto close = [&](std::size_t end) {
        if (count > 0) {
            b.values.push_back(sum / count);
            b.firstSample.push_back(first);
        }
        sum = 0;
        count = 0;
        first = end;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (i > first && (i - first >= width || grid.gapBefore(i)))
            close(i);
        const double m = grid.jobMedian(i);
        if (!std::isnan(m)) {
            sum += m;
            ++count;
        }
    }
    close(n);
    b.firstSample.push_back(n);
    return b;
}

double steadyLevelOf(const UtilizationGrid &grid)
{
    std::vector<double> values;
    values.reserve(grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i) {
        if (!std::isnan(grid.jobMedian(i)))
            values.push_back(grid.jobMedian(i));
    }
    if (values.empty())
        return 0;
    const auto at = values.begin() + std::ptrdiff_t(double(values.size() - 1) * 0.9);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

JobPhase::Kind lowKind(bool seenSteady, bool steadyLater, bool afterGap)
{
    if (!seenSteady || afterGap)
        return JobPhase::Kind::Startup;
    return steadyLater ? JobPhase::Kind::Stalls : JobPhase::Kind::Tail;
}

} // namespace

double PhaseSegmenter::penaltyFor(const std::vector<double> &x)
{
    std::vector<double> diffs;
    for (std::size_t i = 1; i < x.size(); ++i)
        diffs.push_back(std::abs(x[i] - x[i - 1]));
    double sigma = 0.02;
    if (!diffs.empty()) {
        std::nth_element(diffs.begin(), diffs.begin() + diffs.size() / 2, diffs.end());
        sigma = std::max(sigma, diffs[diffs.size() / 2] / 0.6745 / std::sqrt(2.0));
    }
    return 3 * sigma * sigma * std::log(double(std::max<std::size_t>(x.size(), 2)));
}

std::vector<std::size_t> PhaseSegmenter::changePoints(const std::vector<double> &x, double penalty)
{
    const std::size_t n = x.size();
    std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        s1[i + 1] = s1[i] + x[i];
        s2[i + 1] = s2[i] + x[i] * x[i];
    }
    const auto cost = [&](std::size_t a, std::size_t b) {
        const double sum = s1[b] - s1[a];
        return s2[b] - s2[a] - sum * sum / double(b - a);
    };
    std::vector<double> best(n + 1, 0);
    std::vector<std::size_t> previous(n + 1, 0);
    best[0] = -penalty;
    std::vector<std::size_t> candidates{0};
    std::vector<std::size_t> kept;
    for (std::size_t t = 1; t <= n; ++t) {
        double bestValue = std::numeric_limits<double>::infinity();
        for (const std::size_t s : candidates) {
            const double v = best[s] + cost(s, t) + penalty;
            if (v < bestValue) {
                bestValue = v;
                previous[t] = s;
            }
        }
        best[t] = bestValue;
        // PELT's pruning: a start that cannot win now never will (the cost is additive).
        kept.clear();
        for (const std::size_t s : candidates) {
            if (best[s] + cost(s, t) <= best[t])
                kept.push_back(s);
        }
        kept.push_back(t);
        candidates.swap(kept);
    }
    std::vector<std::size_t> ends;
    for (std::size_t t = n; t > 0; t = previous[t])
        ends.push_back(t);
    std::reverse(ends.begin(), ends.end());
    return ends;
}

PhaseSegmenter::Result PhaseSegmenter::segment(const UtilizationGrid &grid)
{
    Result result;
    result.steadyLevel = steadyLevelOf(grid);
    const Binned binned = binMedian(grid);
    if (binned.values.empty())
        return result;
    const std::vector<std::size_t> ends = changePoints(binned.values, penaltyFor(binned.values));
    const bool anySteady = result.steadyLevel >= 0.1;
    std::vector<bool> high;
    std::size_t begin = 0;
    for (const std::size_t end : ends) {
        double sum = 0;
        for (std::size_t b = begin; b < end; ++b)
            sum += binned.values[b];
        high.push_back(anySteady && sum / double(end - begin) >= steadyShare * result.steadyLevel);
        begin = end;
    }
    const auto lastHigh = std::find(high.rbegin(), high.rend(), true);
    const std::size_t lastHighIndex = lastHigh == high.rend() ? 0 : std::size_t(high.rend() - lastHigh - 1);
    bool seenSteady = false;
    bool restarting = false; // after a gap, until the job is steady again
    begin = 0;
    for (std::size_t k = 0; k < ends.size(); ++k) {
        const std::size_t first = binned.firstSample[begin];
        const std::size_t last = binned.firstSample[ends[k]];
        restarting = !high[k] && (restarting || grid.gapBefore(first));
        const JobPhase::Kind kind = high[k]
                                        ? JobPhase::Kind::Steady
                                        : lowKind(seenSteady, seenSteady && k < lastHighIndex, restarting);
        seenSteady = seenSteady || high[k];
        const qint64 start = grid.times()[first];
        const qint64 stop = grid.times()[last - 1] + grid.weightMs(last - 1);
        if (!result.phases.empty() && result.phases.back().kind == kind) {
            result.phases.back().endMs = stop;
            result.sampleRanges.back().second = last;
        } else {
            result.phases.push_back({kind, start, stop, 0});
            result.sampleRanges.emplace_back(first, last);
        }
        begin = ends[k];
    }
    return result;
}
