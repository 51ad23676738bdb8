// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/InsightHeadline.h"

#include "core/metrics/DurationText.h"

#include <QLocale>

#include <algorithm>

namespace {

QString where(const InsightFinding &f)
{
    if (f.node.isEmpty())
        return {};
    return f.rank ? InsightHeadline::tr("%1 GPU %2").arg(f.node).arg(*f.rank) : f.node;
}

} // namespace

const InsightFinding *InsightHeadline::leading(const InsightReport &report)
{
    const InsightFinding *best = nullptr;
    for (const InsightFinding &f : report.findings) {
        if (!best || int(f.severity) > int(best->severity) ||
            (f.severity == best->severity && f.startMs < best->startMs))
            best = &f;
    }
    return best;
}

QString InsightHeadline::brief(const InsightFinding &f)
{
    const QString at = where(f);
    const QString lasting = DurationText::format(f.endMs - f.startMs);
    using Kind = InsightFinding::Kind;
    switch (f.kind) {
    case Kind::LaggingRank:
        return at.isEmpty() ? tr("ranks take turns lagging for %1").arg(lasting)
                            : tr("%1 held back for %2").arg(at, lasting);
    case Kind::Imbalance:
        return tr("%1 busy unlike its peers").arg(at);
    case Kind::IdleGpu:
        return tr("%1 idle for %2").arg(at, lasting);
    case Kind::IdleHeldGpu:
        return tr("%1 idle but holding its memory for %2").arg(at, lasting);
    case Kind::MemoryHeadroom:
        return tr("GPU memory oversized");
    case Kind::PreallocatedMemory:
        return tr("GPU memory preallocated");
    case Kind::MemoryGrowth:
        return at.isEmpty() ? tr("host memory grows toward its limit")
                            : tr("%1: host memory grows toward its limit").arg(at);
    case Kind::StorageGrowth:
        return at.isEmpty() ? tr("storage grows toward its limit")
                            : tr("%1: storage grows toward its limit").arg(at);
    case Kind::LongStartup:
        return tr("startup took %1").arg(lasting);
    case Kind::CheckpointStalls:
        return tr("checkpoint stalls");
    }
    return f.summary;
}

QString InsightHeadline::of(const InsightReport &report)
{
    QStringList parts;
    const QLocale locale;
    if (const InsightFinding *top = leading(report)) {
        QString first = brief(*top);
        if (report.findings.size() > 1)
            first += tr(" (+%n more)", nullptr, int(report.findings.size()) - 1);
        parts << first;
    }
    const auto &h = report.headroom;
    if (h.gpuMemoryP995Bytes && h.gpuMemoryLimitBytes > 0) {
        const double free = 100.0 * (1.0 - *h.gpuMemoryP995Bytes / double(h.gpuMemoryLimitBytes));
        parts << tr("%1 % GPU memory headroom").arg(locale.toString(std::max(0.0, free), 'f', 0));
    }
    if (report.gpuHours > 0) {
        QString idle = tr("%1 idle GPU-hours").arg(locale.toString(report.idleGpuHours, 'f', 1));
        if (report.idleCost && report.idleGpuHours >= 0.05) // "0.0 idle GPU-hours ≈ $0.00" says nothing
            idle += tr(" ≈ $%1").arg(locale.toString(*report.idleCost, 'f', *report.idleCost < 10 ? 2 : 0));
        parts << idle;
    }
    return parts.join(QStringLiteral(" · "));
}
