// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/JobStatistics.h"

#include "core/metrics/MetricsStore.h"
#include "core/metrics/TrainingJob.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace {

constexpr double BytesPerMib = 1024.0 * 1024.0;

// Every sample of the window, pooled: the percentile is over samples, not over per-rank summaries, so a
// straggling rank weighs exactly as much as the time it spent straggling.
void collect(const Series &series, qint64 fromMs, qint64 toMs, std::vector<double> &out)
{
    const std::size_t begin = series.lowerBound(fromMs);
    const auto &times = series.times();
    const auto &values = series.values();
    for (std::size_t i = begin; i < times.size() && times[i] <= toMs; ++i)
        out.push_back(values[i]);
}

void collectRanks(const std::map<int, Series> &ranks, qint64 fromMs, qint64 toMs, std::vector<double> &out)
{
    for (const auto &[rank, series] : ranks)
        collect(series, fromMs, toMs, out);
}

std::optional<double> mean(const std::vector<double> &samples)
{
    if (samples.empty())
        return std::nullopt;
    double sum = 0;
    for (double v : samples)
        sum += v;
    return sum / double(samples.size());
}

std::optional<double> peak(const std::vector<double> &samples)
{
    if (samples.empty())
        return std::nullopt;
    return *std::max_element(samples.begin(), samples.end());
}

// Nearest rank: the smallest sample with at least 95 % of all samples at or below it. Always a value that
// was measured, never an interpolation between two.
std::optional<double> p95(std::vector<double> samples)
{
    if (samples.empty())
        return std::nullopt;
    const auto rank = std::size_t(std::ceil(0.95 * double(samples.size())));
    const auto nth = samples.begin() + qsizetype(std::max<std::size_t>(rank, 1) - 1);
    std::nth_element(samples.begin(), nth, samples.end());
    return *nth;
}

} // namespace

JobStatistics JobStatistics::compute(const MetricsStore &store, const TrainingJob &job, qint64 nowMs,
                                     qint64 fromMs, qint64 toMs)
{
    JobStatistics s;
    s.known = !job.id.isEmpty();
    s.status = job.status;
    s.serverStatus = job.statusText;
    const qint64 end = jobStatusIsActive(job.status) ? nowMs : job.updatedAtMs;
    s.durationMs = std::max<qint64>(0, end - job.createdAtMs);
    s.gpuType = job.instanceType.gpuType;
    s.gpuCount = job.instanceType.gpuCount;
    if (!store.nodes().empty())
        s.nodes = int(store.nodes().size());
    else if (job.nodeCount && *job.nodeCount > 0)
        s.nodes = *job.nodeCount;
    else
        s.nodes = 1;
    s.gpuHours = double(s.durationMs) / 3'600'000.0 * s.gpuCount * s.nodes;

    std::vector<double> utilization;
    std::vector<double> gpuMemory;
    std::vector<double> cpuMemory;
    std::vector<double> storage;
    for (const NodeMetrics &node : store.nodes()) {
        collectRanks(node.gpuUtilization, fromMs, toMs, utilization);
        collectRanks(node.gpuMemory, fromMs, toMs, gpuMemory);
        collect(node.cpuMemory, fromMs, toMs, cpuMemory);
        collect(node.ephemeralUsage, fromMs, toMs, storage);
    }
    s.meanGpuUtilization = mean(utilization);
    s.p95GpuUtilization = p95(std::move(utilization));
    s.peakGpuMemory = peak(gpuMemory);
    s.p95GpuMemory = p95(std::move(gpuMemory));
    s.peakCpuMemory = peak(cpuMemory);
    s.peakStorage = peak(storage);

    if (job.instanceType.gpuMemoryLimitMib && *job.instanceType.gpuMemoryLimitMib > 0)
        s.gpuMemoryLimit = double(*job.instanceType.gpuMemoryLimitMib) * BytesPerMib;
    if (job.instanceType.memoryLimitMib > 0)
        s.cpuMemoryLimit = double(job.instanceType.memoryLimitMib) * BytesPerMib;
    if (s.gpuMemoryLimit && s.peakGpuMemory)
        s.gpuMemoryHeadroomPct = (*s.gpuMemoryLimit - *s.peakGpuMemory) / *s.gpuMemoryLimit * 100.0;
    return s;
}

std::optional<qint64> JobStatistics::firstTimeAtOrAbove(const MetricsStore &store, double threshold)
{
    struct Cursor
    {
        const Series *series;
        std::size_t i;
    };
    std::vector<Cursor> cursors;
    for (const NodeMetrics &node : store.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization) {
            if (!series.isEmpty())
                cursors.push_back({&series, 0});
        }
    }
    // A mean of values that are all exactly at the threshold can land a rounding error below it.
    const double target = threshold - 1e-12;
    // Merged by time, as M4Reducer::aggregate does: the mean at a timestamp is over the ranks reporting then.
    for (;;) {
        qint64 now = std::numeric_limits<qint64>::max();
        for (const Cursor &c : cursors) {
            if (c.i < c.series->size())
                now = std::min(now, c.series->times()[c.i]);
        }
        if (now == std::numeric_limits<qint64>::max())
            return std::nullopt;
        double sum = 0;
        int count = 0;
        for (Cursor &c : cursors) {
            if (c.i < c.series->size() && c.series->times()[c.i] == now) {
                sum += c.series->values()[c.i++];
                ++count;
            }
        }
        if (sum / count >= target)
            return now;
    }
}
