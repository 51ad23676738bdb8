// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/MemoryHeadroom.h"

#include "core/insight/UtilizationGrid.h"
#include "core/metrics/ByteSize.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double mib = 1024.0 * 1024.0;
constexpr double margin = 1.15;
constexpr double preallocatedShare = 0.7;
constexpr qint64 firstMinutesMs = 5LL * 60 * 1000;

struct PerInstant
{
    std::vector<double> max;
    std::vector<double> min;
};

// Rank by rank, so each rank's row is read in order.
PerInstant extremes(const UtilizationGrid &grid)
{
    PerInstant p;
    p.max.assign(grid.size(), -1);
    p.min.assign(grid.size(), -1);
    for (std::size_t r = 0; r < grid.ranks().size(); ++r) {
        for (std::size_t i = 0; i < grid.size(); ++i) {
            const double m = grid.memory(r, i);
            if (std::isnan(m))
                continue;
            p.max[i] = std::max(p.max[i], m);
            p.min[i] = p.min[i] < 0 ? m : std::min(p.min[i], m);
        }
    }
    return p;
}

bool preallocated(const UtilizationGrid &grid, const PerInstant &p, double limit)
{
    int early = 0, earlyHigh = 0, all = 0, allHigh = 0;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        if (p.min[i] < 0)
            continue;
        const bool high = p.min[i] >= preallocatedShare * limit;
        ++all;
        allHigh += high ? 1 : 0;
        if (grid.times()[i] - grid.times().front() < firstMinutesMs) {
            ++early;
            earlyHigh += high ? 1 : 0;
        }
    }
    return early > 0 && earlyHigh >= 0.8 * early && allHigh >= 0.95 * all;
}

const InstanceType *smallestThatHolds(const InstanceType &type, const std::vector<InstanceType> &offered,
                                      double needBytes)
{
    const InstanceType *best = nullptr;
    for (const InstanceType &candidate : offered) {
        if (candidate.gpuCount != type.gpuCount || !candidate.gpuMemoryLimitMib)
            continue;
        const double bytes = double(*candidate.gpuMemoryLimitMib) * mib;
        if (*candidate.gpuMemoryLimitMib >= *type.gpuMemoryLimitMib || bytes < needBytes)
            continue;
        if (!best || *candidate.gpuMemoryLimitMib < *best->gpuMemoryLimitMib)
            best = &candidate;
    }
    return best;
}

} // namespace

MemoryHeadroom::Result MemoryHeadroom::analyze(const UtilizationGrid &grid, const InstanceType &type,
                                               const std::vector<InstanceType> &offered)
{
    Result result;
    const double limit = double(type.gpuMemoryLimitMib.value_or(0)) * mib;
    result.headroom.gpuMemoryLimitBytes = qint64(limit);
    result.headroom.offersKnown = !offered.empty();
    const PerInstant p = extremes(grid);
    std::vector<double> peaks;
    std::copy_if(p.max.begin(), p.max.end(), std::back_inserter(peaks), [](double v) { return v >= 0; });
    if (peaks.empty() || limit <= 0)
        return result;
    const auto at = peaks.begin() + std::ptrdiff_t(std::ceil(0.995 * double(peaks.size())) - 1);
    std::nth_element(peaks.begin(), at, peaks.end());
    const double p995 = *at;
    result.headroom.gpuMemoryP995Bytes = p995;
    InsightFinding f;
    f.startMs = grid.times().front();
    f.endMs = grid.times().back() + grid.weightMs(grid.size() - 1);
    f.severity = InsightFinding::Severity::Info;
    f.evidence = {{QStringLiteral("gpu_memory_p995_bytes"), p995},
                  {QStringLiteral("gpu_memory_limit_bytes"), limit},
                  {QStringLiteral("margin"), margin}};
    if (preallocated(grid, p, limit)) {
        f.kind = InsightFinding::Kind::PreallocatedMemory;
        f.summary =
            tr("GPU memory sat at %1 % of the limit from the first minutes: the framework preallocates "
               "it, so its usage says nothing of what the job needs and no smaller GPU is suggested.")
                .arg(qRound(100 * p995 / limit));
        result.findings.push_back(std::move(f));
        return result;
    }
    const InstanceType *smaller = smallestThatHolds(type, offered, p995 * margin);
    if (!smaller)
        return result;
    const int gb = int(std::lround(double(*smaller->gpuMemoryLimitMib) / 1024.0));
    result.headroom.recommendedGpuMemoryGb = gb;
    result.headroom.recommendedInstanceType = smaller->name;
    f.kind = InsightFinding::Kind::MemoryHeadroom;
    f.summary =
        tr("Peak GPU memory (99.5th percentile) was %1 of %2: %3 would hold it with 15 % to spare.")
            .arg(ByteSize::format(p995, ByteUnits::Binary), ByteSize::format(limit, ByteUnits::Binary),
                 smaller->name.isEmpty() ? smaller->id : smaller->name);
    f.evidence.insert(QStringLiteral("needed_bytes"), p995 * margin);
    f.evidence.insert(QStringLiteral("recommended_gpu_memory_gb"), gb);
    f.evidence.insert(QStringLiteral("recommended_instance_type"), smaller->id);
    result.findings.push_back(std::move(f));
    return result;
}
