// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/InsightEngine.h"

#include "core/insight/CheckpointStallDetector.h"
#include "core/insight/GrowthDetector.h"
#include "core/insight/IdleGpuDetector.h"
#include "core/insight/ImbalanceDetector.h"
#include "core/insight/LaggingRankDetector.h"
#include "core/insight/MemoryHeadroom.h"
#include "core/insight/PhaseSegmenter.h"
#include "core/insight/UtilizationGrid.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace {

// GPU-hours measured and idle, each phase its share: every sample belongs to exactly one phase, so the
// phases sum to the total.
void accountIdleTime(const UtilizationGrid &grid, PhaseSegmenter::Result &phases, InsightReport &report)
{
    std::vector<std::size_t> phaseOf(grid.size(), 0);
    for (std::size_t p = 0; p < phases.phases.size(); ++p)
        std::fill(phaseOf.begin() + std::ptrdiff_t(phases.sampleRanges[p].first),
                  phaseOf.begin() + std::ptrdiff_t(phases.sampleRanges[p].second), p);
    std::vector<double> idleMs(phases.phases.size(), 0);
    double measuredMs = 0;
    for (std::size_t r = 0; r < grid.ranks().size(); ++r) { // rank by rank: each row read in order
        for (std::size_t i = 0; i < grid.size(); ++i) {
            const double u = grid.utilization(r, i);
            if (std::isnan(u))
                continue;
            const auto weight = double(grid.weightMs(i));
            measuredMs += weight;
            if (u < IdleGpuDetector::IdleBelow && !phases.phases.empty())
                idleMs[phaseOf[i]] += weight;
        }
    }
    report.gpuHours = measuredMs / 3.6e6;
    for (std::size_t p = 0; p < phases.phases.size(); ++p) {
        phases.phases[p].idleGpuHours = idleMs[p] / 3.6e6;
        report.idleGpuHours += phases.phases[p].idleGpuHours;
    }
}

std::optional<InsightFinding> longStartup(const UtilizationGrid &grid, const PhaseSegmenter::Result &phases)
{
    if (phases.phases.size() < 2 || phases.phases.front().kind != JobPhase::Kind::Startup)
        return std::nullopt;
    const JobPhase &startup = phases.phases.front();
    const qint64 took = startup.endMs - grid.times().front();
    if (took <= InsightEngine::LongStartupMs)
        return std::nullopt;
    InsightFinding f;
    f.kind = InsightFinding::Kind::LongStartup;
    f.severity = InsightFinding::Severity::Info;
    f.startMs = startup.startMs;
    f.endMs = startup.endMs;
    f.summary =
        InsightEngine::tr("The job took %1 to reach steady GPU utilization (%2 GPU-hours idle meanwhile).")
            .arg(DurationText::format(took))
            .arg(startup.idleGpuHours, 0, 'f', 1);
    f.evidence = {{QStringLiteral("startup_minutes"), double(took) / 60000.0},
                  {QStringLiteral("threshold_minutes"), double(InsightEngine::LongStartupMs) / 60000.0},
                  {QStringLiteral("steady_level"), phases.steadyLevel},
                  {QStringLiteral("idle_gpu_hours"), startup.idleGpuHours}};
    return f;
}

// The ranks a lagging or idle finding already explains: the imbalance detector leaves them out.
std::set<std::size_t> explainedRanks(const UtilizationGrid &grid, const std::vector<InsightFinding> &findings)
{
    std::set<std::size_t> explained;
    for (const InsightFinding &f : findings) {
        for (std::size_t r = 0; r < grid.ranks().size(); ++r) {
            const UtilizationGrid::Rank &rank = grid.ranks()[r];
            if (rank.node == f.node && (!f.rank || *f.rank == rank.rank))
                explained.insert(r);
        }
    }
    return explained;
}

QStringList caveatsFor(const UtilizationGrid &grid)
{
    QStringList caveats{LaggingRankDetector::blindSpot()};
    caveats.append(
        InsightEngine::tr("Utilization is the share of time a kernel ran, not how much of the GPU it "
                          "used: a busy GPU can still be inefficient."));
    caveats.append(InsightEngine::tr("Analysed at one sample every %1; anything shorter may be missed.")
                       .arg(DurationText::format(grid.stepMs())));
    return caveats;
}

void sortFindings(std::vector<InsightFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const InsightFinding &a, const InsightFinding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.startMs < b.startMs;
    });
}

} // namespace

InsightReport InsightEngine::analyze(const MetricsStore &store, const InsightOptions &options)
{
    InsightReport report;
    const InstanceType &type = store.job().instanceType;
    const UtilizationGrid grid(store, options.maxGridCells);
    if (grid.isTooLarge()) {
        report.caveats.append(tr("The GPUs of this job report at times they do not share, more of them than "
                                 "can be compared rank by rank, so nothing is said about its GPUs."));
        return report;
    }
    if (grid.size() == 0 || grid.ranks().empty()) {
        report.caveats.append(tr("No GPU utilization was reported for this job, so nothing can be said about "
                                 "its GPUs."));
        return report;
    }
    PhaseSegmenter::Result phases = PhaseSegmenter::segment(grid);
    accountIdleTime(grid, phases, report);
    report.phases = phases.phases;
    report.pricePerGpuHour = options.pricePerGpuHour;
    if (options.pricePerGpuHour)
        report.idleCost = report.idleGpuHours * *options.pricePerGpuHour;

    std::vector<InsightFinding> &findings = report.findings;
    findings = LaggingRankDetector::detect(grid);
    std::vector<InsightFinding> idle =
        IdleGpuDetector::detect(grid, phases, double(type.gpuMemoryLimitMib.value_or(0)) * 1024.0 * 1024.0);
    std::move(idle.begin(), idle.end(), std::back_inserter(findings));
    std::vector<InsightFinding> imbalance = ImbalanceDetector::detect(grid, explainedRanks(grid, findings));
    std::move(imbalance.begin(), imbalance.end(), std::back_inserter(findings));
    MemoryHeadroom::Result headroom = MemoryHeadroom::analyze(grid, type, options.instanceTypes);
    report.headroom = headroom.headroom;
    std::move(headroom.findings.begin(), headroom.findings.end(), std::back_inserter(findings));
    std::vector<InsightFinding> growth = GrowthDetector::detect(store, type);
    std::move(growth.begin(), growth.end(), std::back_inserter(findings));
    if (auto startup = longStartup(grid, phases))
        findings.push_back(std::move(*startup));
    if (auto stalls = CheckpointStallDetector::detect(grid, phases, store))
        findings.push_back(std::move(*stalls));
    sortFindings(findings);
    report.caveats = caveatsFor(grid);
    return report;
}

QString InsightEngine::noOffersCaveat()
{
    return tr("The machines on offer are not listed here, so no smaller GPU is suggested.");
}
