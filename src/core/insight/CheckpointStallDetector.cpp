// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/CheckpointStallDetector.h"

#include "core/insight/UtilizationGrid.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double dropShare = 0.7;
constexpr double togetherShare = 0.9;
constexpr double minStallShare = 0.05;
constexpr double storageStepBytes = 1024.0 * 1024.0 * 1024.0;

struct Dip
{
    qint64 startMs;
    qint64 endMs;
    qint64 stalledMs = 0;
};

// The samples between the startup and the tail.
std::pair<std::size_t, std::size_t> trainingRange(const PhaseSegmenter::Result &phases, std::size_t n)
{
    std::size_t first = 0, last = n;
    if (!phases.phases.empty() && phases.phases.front().kind == JobPhase::Kind::Startup)
        first = phases.sampleRanges.front().second;
    if (phases.phases.size() > 1 && phases.phases.back().kind == JobPhase::Kind::Tail)
        last = phases.sampleRanges.back().first;
    return {first, std::max(first, last)};
}

std::vector<Dip> dipsOf(const UtilizationGrid &grid, std::size_t first, std::size_t last, double level)
{
    // Counted rank by rank, so each rank's row is read in order.
    std::vector<int> valid(last - first, 0), dropped(last - first, 0);
    for (std::size_t r = 0; r < grid.ranks().size(); ++r) {
        for (std::size_t i = first; i < last; ++i) {
            const double u = grid.utilization(r, i);
            if (std::isnan(u))
                continue;
            ++valid[i - first];
            dropped[i - first] += u < dropShare * level ? 1 : 0;
        }
    }
    std::vector<Dip> dips;
    bool open = false;
    for (std::size_t i = first; i < last; ++i) {
        const bool stalled = valid[i - first] > 0 && dropped[i - first] >= togetherShare * valid[i - first];
        if (!stalled || grid.gapBefore(i))
            open = false;
        if (!stalled)
            continue;
        if (!open)
            dips.push_back({grid.times()[i], 0});
        open = true;
        dips.back().endMs = grid.times()[i] + grid.weightMs(i);
        dips.back().stalledMs += grid.weightMs(i);
    }
    return dips;
}

double valueBefore(const Series &s, qint64 t)
{
    const std::size_t i = s.lowerBound(t);
    return i == 0 ? NAN : s.values()[i - 1];
}

// A dip some node's ephemeral storage grew across: the checkpoint being written.
bool storageStepped(const MetricsStore &store, const Dip &dip, qint64 stepMs)
{
    for (const NodeMetrics &node : store.nodes()) {
        const Series &s = node.ephemeralUsage;
        const double before = valueBefore(s, dip.startMs);
        if (std::isnan(before))
            continue;
        const std::size_t end = s.lowerBound(dip.endMs + 2 * stepMs);
        for (std::size_t i = s.lowerBound(dip.startMs); i < end; ++i) {
            if (s.values()[i] - before >= storageStepBytes)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<InsightFinding> CheckpointStallDetector::detect(const UtilizationGrid &grid,
                                                              const PhaseSegmenter::Result &phases,
                                                              const MetricsStore &store)
{
    const auto [first, last] = trainingRange(phases, grid.size());
    if (last <= first || phases.steadyLevel < 0.1)
        return std::nullopt;
    const std::vector<Dip> dips = dipsOf(grid, first, last, phases.steadyLevel);
    if (dips.size() < 3)
        return std::nullopt;
    std::vector<qint64> intervals;
    for (std::size_t d = 1; d < dips.size(); ++d)
        intervals.push_back(dips[d].startMs - dips[d - 1].startMs);
    std::vector<qint64> sorted = intervals;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const qint64 period = sorted[sorted.size() / 2];
    const auto regular = std::count_if(intervals.begin(), intervals.end(), [period](qint64 v) {
        return std::abs(double(v - period)) <= 0.25 * double(period);
    });
    qint64 stalled = 0;
    int confirmed = 0;
    for (const Dip &dip : dips) {
        stalled += dip.stalledMs;
        confirmed += storageStepped(store, dip, grid.stepMs()) ? 1 : 0;
    }
    const qint64 span = grid.times()[last - 1] + grid.weightMs(last - 1) - grid.times()[first];
    const double share = span > 0 ? double(stalled) / double(span) : 0;
    if (double(regular) < 0.7 * double(intervals.size()) || share < minStallShare)
        return std::nullopt;
    const bool isCheckpoint = confirmed >= 0.7 * double(dips.size());
    InsightFinding f;
    f.kind = InsightFinding::Kind::CheckpointStalls;
    f.severity = share >= 0.1 ? InsightFinding::Severity::Warning : InsightFinding::Severity::Info;
    f.startMs = dips.front().startMs;
    f.endMs = dips.back().endMs;
    const qint64 mean = stalled / qint64(dips.size());
    f.summary = (isCheckpoint ? tr("Every %1 all GPUs stall for %2 while a checkpoint is written (ephemeral "
                                   "storage grows at the same times): %3 % of the training time.")
                              : tr("Every %1 all GPUs stall together for %2: %3 % of the training time."))
                    .arg(DurationText::format(period), DurationText::format(mean))
                    .arg(share * 100, 0, 'f', 1);
    f.evidence = {{QStringLiteral("period_seconds"), double(period) / 1000.0},
                  {QStringLiteral("mean_stall_seconds"), double(mean) / 1000.0},
                  {QStringLiteral("dips"), int(dips.size())},
                  {QStringLiteral("stall_share"), share},
                  {QStringLiteral("dips_with_storage_step"), confirmed},
                  {QStringLiteral("confirmed_by_storage"), isCheckpoint}};
    return f;
}
