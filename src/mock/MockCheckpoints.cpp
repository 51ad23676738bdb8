// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockCheckpoints.h"

#include "mock/MockHash.h"
#include "mock/MockJob.h"
#include "mock/MockJson.h"

#include <cmath>

namespace {

constexpr double gib = 1024.0 * 1024.0 * 1024.0;

double steadyStart(const MockScenario &s)
{
    return s.loadingSeconds + s.startupSeconds;
}

} // namespace

double MockCheckpoints::writtenBy(const MockScenario &s, double elapsedSeconds)
{
    if (s.dipWritesCheckpoint) {
        const double steady = elapsedSeconds - steadyStart(s);
        return s.dipEverySeconds <= 0 || steady < s.dipEverySeconds ? 0
                                                                    : std::floor(steady / s.dipEverySeconds);
    }
    return std::max(0.0, std::floor(elapsedSeconds / everySeconds));
}

double MockCheckpoints::writtenAt(const MockScenario &s, int k)
{
    if (s.dipWritesCheckpoint)
        return steadyStart(s) + double(k) * s.dipEverySeconds;
    return double(k) * everySeconds;
}

std::vector<MockCheckpoints::Checkpoint> MockCheckpoints::list(const MockJob &job, quint64 seed, qint64 nowMs)
{
    std::vector<Checkpoint> out;
    if (!job.hasMetrics || (job.scenario.dipWritesCheckpoint && job.scenario.dipEverySeconds <= 0))
        return out;
    const qint64 endMs = job.endAt(nowMs);
    const int count = int(writtenBy(job.scenario, double(endMs - job.startMs) / 1000.0));
    // Where checkpoints go to the cache volume, storage shows no step; they still exist, at a typical size.
    const double baseBytes = (job.scenario.checkpointGiB > 0 ? job.scenario.checkpointGiB : 16.0) * gib;
    for (int k = 1; k <= count; ++k) {
        Checkpoint checkpoint;
        checkpoint.id = QStringLiteral("ckpt-%1-%2").arg(job.id).arg(k, 4, 10, QLatin1Char('0'));
        // To the second, as the API's timestamps are written: the list and the body say the same instant.
        const qint64 at = job.startMs + qint64(std::llround(writtenAt(job.scenario, k) * 1000.0));
        checkpoint.createdAtMs = at - at % 1000;
        // Optimizer state and metadata vary a little: a few MiB, never the storage step's scale.
        const quint64 hash = MockHash::mix(seed ^ MockHash::mix(job.key * 0xC4EC + quint64(k)));
        checkpoint.sizeBytes = qint64(baseBytes) + qint64(hash % 8192) * 1024;
        checkpoint.syncing = job.running && k == count;
        out.push_back(checkpoint);
    }
    return out;
}

QByteArray MockCheckpoints::body(const MockJob &job, quint64 seed, qint64 nowMs)
{
    QByteArray out = "{\"training_job\":";
    MockJson::appendJob(out, job, nowMs);
    out.append(",\"checkpoints\":[");
    bool first = true;
    for (const Checkpoint &checkpoint : list(job, seed, nowMs)) {
        if (!first)
            out.append(',');
        first = false;
        out.append("{\"checkpoint_id\":");
        MockJson::appendString(out, checkpoint.id);
        out.append(",\"created_at\":");
        MockJson::appendTimestamp(out, checkpoint.createdAtMs, job);
        out.append(R"(,"checkpoint_type":"full","base_model":null,"lora_adapter_config":null,)");
        out.append("\"size_bytes\":");
        out.append(QByteArray::number(checkpoint.sizeBytes));
        out.append(",\"sync_status\":");
        out.append(checkpoint.syncing ? "\"SYNCING\"" : "\"COMPLETE\"");
        out.append(",\"training_job_id\":");
        MockJson::appendString(out, job.id);
        out.append('}');
    }
    out.append("]}");
    return out;
}
