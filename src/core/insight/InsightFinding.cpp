// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/InsightFinding.h"

#include <algorithm>

QString InsightFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LaggingRank:
        return QStringLiteral("lagging_rank");
    case Kind::Imbalance:
        return QStringLiteral("imbalance");
    case Kind::IdleGpu:
        return QStringLiteral("idle_gpu");
    case Kind::IdleHeldGpu:
        return QStringLiteral("idle_held_gpu");
    case Kind::MemoryHeadroom:
        return QStringLiteral("memory_headroom");
    case Kind::PreallocatedMemory:
        return QStringLiteral("preallocated_memory");
    case Kind::MemoryGrowth:
        return QStringLiteral("memory_growth");
    case Kind::StorageGrowth:
        return QStringLiteral("storage_growth");
    case Kind::LongStartup:
        return QStringLiteral("long_startup");
    case Kind::CheckpointStalls:
        return QStringLiteral("checkpoint_stalls");
    }
    return {};
}

QString InsightFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::pair<qint64, qint64> InsightFinding::viewWindow() const
{
    const qint64 length = std::max<qint64>(endMs - startMs, 60'000);
    const qint64 margin = std::max<qint64>(length / 5, 2LL * 60'000);
    return {startMs - margin, endMs + margin};
}
