// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/IdleGpuDetector.h"

#include "core/insight/UtilizationGrid.h"
#include "core/metrics/DurationText.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace {

constexpr qint64 idleMinMs = 30LL * 60 * 1000;
constexpr qint64 heldMinMs = 15LL * 60 * 1000;
constexpr double heldShare = 0.5;

struct Run
{
    std::size_t rank;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 idleMs = 0;
    double sumU = 0;
    int samples = 0;
    int held = 0;
    int withMemory = 0;

    bool isHeld() const { return withMemory > 0 && held >= 0.9 * withMemory; }
};

std::vector<bool> activeSamples(const UtilizationGrid &grid, const PhaseSegmenter::Result &phases)
{
    std::vector<bool> active(grid.size(), false);
    for (std::size_t p = 0; p < phases.phases.size(); ++p) {
        const JobPhase::Kind kind = phases.phases[p].kind;
        if (kind != JobPhase::Kind::Steady && kind != JobPhase::Kind::Stalls)
            continue;
        for (std::size_t i = phases.sampleRanges[p].first; i < phases.sampleRanges[p].second; ++i)
            active[i] = true;
    }
    return active;
}

std::vector<Run> idleRuns(const UtilizationGrid &grid, std::size_t rank, const std::vector<bool> &active,
                          double limit)
{
    std::vector<Run> runs;
    bool open = false;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const double u = grid.utilization(rank, i);
        const bool idle = active[i] && !std::isnan(u) && u < IdleGpuDetector::IdleBelow;
        if (!idle || grid.gapBefore(i)) {
            open = false;
            if (!idle)
                continue;
        }
        if (!open)
            runs.push_back({rank, grid.times()[i]});
        open = true;
        Run &run = runs.back();
        run.endMs = grid.times()[i] + grid.weightMs(i);
        run.idleMs += grid.weightMs(i);
        run.sumU += u;
        ++run.samples;
        const double memory = grid.memory(rank, i);
        if (limit > 0 && !std::isnan(memory)) {
            ++run.withMemory;
            run.held += memory >= heldShare * limit ? 1 : 0;
        }
    }
    return runs;
}

InsightFinding findingOf(const UtilizationGrid &grid, const Run &run, bool held)
{
    const UtilizationGrid::Rank &r = grid.ranks()[run.rank];
    InsightFinding f;
    f.kind = held ? InsightFinding::Kind::IdleHeldGpu : InsightFinding::Kind::IdleGpu;
    f.severity = InsightFinding::Severity::Warning;
    f.node = r.node;
    f.rank = r.rank;
    f.startMs = run.startMs;
    f.endMs = run.endMs;
    const QString node = r.node.isEmpty() ? IdleGpuDetector::tr("the node") : r.node;
    f.summary =
        held ? IdleGpuDetector::tr("GPU %1 on %2 sat idle for %3 while holding its memory.")
                   .arg(r.rank)
                   .arg(node, DurationText::format(run.idleMs))
             : IdleGpuDetector::tr("GPU %1 on %2 stayed below 10 % utilization for %3 while the job ran.")
                   .arg(r.rank)
                   .arg(node, DurationText::format(run.idleMs));
    f.evidence = {{QStringLiteral("idle_minutes"), double(run.idleMs) / 60000.0},
                  {QStringLiteral("mean_utilization"), run.samples ? run.sumU / run.samples : 0},
                  {QStringLiteral("idle_gpu_hours"), double(run.idleMs) / 3.6e6},
                  {QStringLiteral("threshold_utilization"), IdleGpuDetector::IdleBelow}};
    if (run.withMemory > 0)
        f.evidence.insert(QStringLiteral("memory_held_share"), double(run.held) / run.withMemory);
    return f;
}

// Every GPU of a node idle: one finding for the node, spanning its GPUs' idle time.
std::vector<InsightFinding> groupNodes(const UtilizationGrid &grid, std::vector<InsightFinding> idle)
{
    std::map<QString, int> perNode, ranksOfNode;
    for (const UtilizationGrid::Rank &r : grid.ranks())
        ++ranksOfNode[r.node];
    std::map<QString, std::set<int>> idleRanks;
    for (const InsightFinding &f : idle)
        idleRanks[f.node].insert(*f.rank);
    std::vector<InsightFinding> out;
    std::map<QString, InsightFinding> nodeFindings;
    for (InsightFinding &f : idle) {
        if (int(idleRanks[f.node].size()) < ranksOfNode[f.node] || ranksOfNode[f.node] < 2) {
            out.push_back(std::move(f));
            continue;
        }
        auto [it, added] = nodeFindings.try_emplace(f.node, f);
        InsightFinding &n = it->second;
        n.rank.reset();
        n.startMs = std::min(n.startMs, f.startMs);
        n.endMs = std::max(n.endMs, f.endMs);
        if (!added)
            n.evidence[QStringLiteral("idle_gpu_hours")] =
                n.evidence.value(QStringLiteral("idle_gpu_hours")).toDouble() +
                f.evidence.value(QStringLiteral("idle_gpu_hours")).toDouble();
    }
    for (auto &[node, f] : nodeFindings) {
        f.evidence.remove(QStringLiteral("idle_minutes"));
        f.evidence.insert(QStringLiteral("gpus"), ranksOfNode[node]);
        f.summary =
            IdleGpuDetector::tr("All %1 GPUs of %2 stayed below 10 % utilization for %3 while the job ran.")
                .arg(ranksOfNode[node])
                .arg(node.isEmpty() ? IdleGpuDetector::tr("the node") : node,
                     DurationText::format(f.endMs - f.startMs));
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace

std::vector<InsightFinding> IdleGpuDetector::detect(const UtilizationGrid &grid,
                                                    const PhaseSegmenter::Result &phases,
                                                    double gpuMemoryLimitBytes)
{
    const std::vector<bool> active = activeSamples(grid, phases);
    std::vector<InsightFinding> held, idle;
    for (std::size_t r = 0; r < grid.ranks().size(); ++r) {
        for (const Run &run : idleRuns(grid, r, active, gpuMemoryLimitBytes)) {
            if (run.isHeld() && run.idleMs >= heldMinMs)
                held.push_back(findingOf(grid, run, true));
            else if (run.idleMs >= idleMinMs)
                idle.push_back(findingOf(grid, run, false));
        }
    }
    std::vector<InsightFinding> out = groupNodes(grid, std::move(idle));
    std::move(held.begin(), held.end(), std::back_inserter(out));
    return out;
}
