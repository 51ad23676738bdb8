// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/MetricInfo.h"
#include "core/metrics/ByteSize.h"

#include <algorithm>
#include <limits>

QString MetricInfo::title(Metric metric)
{
    switch (metric) {
    case Metric::GpuUtilization:
        return tr("GPU utilization");
    case Metric::GpuMemory:
        return tr("GPU memory");
    case Metric::CpuUsage:
        return tr("CPU usage");
    case Metric::CpuMemory:
        return tr("CPU memory");
    case Metric::EphemeralUsage:
        return tr("Ephemeral storage");
    case Metric::EphemeralUtilization:
        return tr("Ephemeral storage utilization");
    case Metric::CacheUsage:
        return tr("Cache");
    case Metric::CacheUtilization:
        return tr("Cache utilization");
    }
    return {};
}

QString MetricInfo::csvName(Metric metric)
{
    switch (metric) {
    case Metric::GpuUtilization:
        return QStringLiteral("gpu_utilization");
    case Metric::GpuMemory:
        return QStringLiteral("gpu_memory_usage_bytes");
    case Metric::CpuUsage:
        return QStringLiteral("cpu_usage");
    case Metric::CpuMemory:
        return QStringLiteral("cpu_memory_usage_bytes");
    case Metric::EphemeralUsage:
        return QStringLiteral("ephemeral_storage_usage_bytes");
    case Metric::EphemeralUtilization:
        return QStringLiteral("ephemeral_storage_utilization");
    case Metric::CacheUsage:
        return QStringLiteral("cache_usage_bytes");
    case Metric::CacheUtilization:
        return QStringLiteral("cache_utilization");
    }
    return {};
}

QString MetricInfo::limitLabel(Metric metric)
{
    switch (metric) {
    case Metric::GpuMemory:
        return tr("GPU memory limit");
    case Metric::CpuUsage:
        return tr("CPU limit");
    case Metric::CpuMemory:
        return tr("memory limit");
    default:
        return {};
    }
}

MetricInfo::Unit MetricInfo::unit(Metric metric)
{
    switch (metric) {
    case Metric::GpuUtilization:
    case Metric::EphemeralUtilization:
    case Metric::CacheUtilization:
        return Unit::Fraction;
    case Metric::CpuUsage:
        return Unit::Cores;
    default:
        return Unit::Bytes;
    }
}

std::optional<double> MetricInfo::limit(Metric metric, const InstanceType &type)
{
    switch (metric) {
    case Metric::GpuMemory:
        if (type.gpuMemoryLimitMib && *type.gpuMemoryLimitMib > 0)
            return double(*type.gpuMemoryLimitMib) * ByteSize::MiB;
        return std::nullopt;
    case Metric::CpuUsage:
        return type.millicpuLimit > 0 ? std::optional<double>(double(type.millicpuLimit) / 1000.0)
                                      : std::nullopt;
    case Metric::CpuMemory:
        return type.memoryLimitMib > 0 ? std::optional<double>(double(type.memoryLimitMib) * ByteSize::MiB)
                                       : std::nullopt;
    default:
        return std::nullopt;
    }
}

std::pair<double, double> MetricInfo::plausibleRange(Metric metric, std::optional<double> limit)
{
    constexpr double Unbounded = std::numeric_limits<double>::max();
    constexpr double MostOverLimit = 100.0;
    switch (unit(metric)) {
    case Unit::Fraction:
        return {0.0, 1.5};
    case Unit::Bytes:
    case Unit::Cores:
        return {0.0, limit && *limit > 0 ? *limit * MostOverLimit : Unbounded};
    }
    return {std::numeric_limits<double>::lowest(), Unbounded};
}

int MetricInfo::seriesCount(int nodes, int gpusPerNode)
{
    int perNode = 0;
    int perJob = 0;
    for (int i = 0; i < MetricCount; ++i) {
        const auto metric = Metric(i);
        if (isCache(metric))
            ++perJob;
        else
            perNode += isPerRank(metric) ? std::clamp(gpusPerNode, 0, 1 << 20) : 1;
    }
    // Both counts come from the server: a job claiming billions of nodes must not overflow the product.
    constexpr qint64 Most = std::numeric_limits<int>::max();
    return int(std::min<qint64>(qint64(std::clamp(nodes, 1, 1 << 20)) * perNode + perJob, Most));
}
