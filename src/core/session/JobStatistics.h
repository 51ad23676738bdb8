// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/JobStatus.h"

#include <QString>

#include <limits>
#include <optional>

class MetricsStore;
struct TrainingJob;

// The comparison table's row for one job. Utilizations are fractions 0-1, memory and storage in bytes.
// A statistic is nullopt when the job has no data for it (a pending job, a CPU-only instance).
struct JobStatistics
{
    // The job's description arrived. Without it (still asked for, or refused) nothing below was measured:
    // its zeros are placeholders, never figures.
    bool known = false;
    JobStatus status = JobStatus::Unknown;
    QString serverStatus;  // the server's own word, for a status this version does not know
    qint64 durationMs = 0; // created_at until updated_at, or until now while running
    QString gpuType;
    int gpuCount = 0;    // per node
    int nodes = 0;       // nodes with metrics, else node_count, else 1
    double gpuHours = 0; // duration x GPUs per node x nodes
    std::optional<double> meanGpuUtilization;
    std::optional<double> p95GpuUtilization;
    std::optional<double> peakGpuMemory;
    std::optional<double> p95GpuMemory;
    std::optional<double> gpuMemoryLimit;       // per GPU
    std::optional<double> gpuMemoryHeadroomPct; // (limit - peak) / limit x 100
    std::optional<double> peakCpuMemory;
    std::optional<double> cpuMemoryLimit;
    std::optional<double> peakStorage; // ephemeral storage bytes

    // Over every rank of every node, samples inside [fromMs, toMs] (the whole job by default). p95 is the
    // nearest-rank 95th percentile of all samples pooled.
    static JobStatistics compute(const MetricsStore &store, const TrainingJob &job, qint64 nowMs,
                                 qint64 fromMs = std::numeric_limits<qint64>::min(),
                                 qint64 toMs = std::numeric_limits<qint64>::max());
    // The first sample time at which the mean GPU utilization across all ranks and nodes reaches threshold.
    static std::optional<qint64> firstTimeAtOrAbove(const MetricsStore &store, double threshold);
};
