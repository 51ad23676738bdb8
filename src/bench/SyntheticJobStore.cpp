// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/SyntheticJobStore.h"

#include "core/json/MetricsParser.h"
#include "mock/MockJob.h"
#include "mock/MockMetricsWriter.h"

#include <algorithm>

namespace {

// A fixed "now" keeps the store identical between runs (as MockMetricsWriter::syntheticPayload does).
constexpr qint64 NowMs = 1795168800000; // 2026-11-20T10:00:00Z
// JSON per tile stays around this size, so a 64-node job never needs gigabytes of text at once.
constexpr double TileJsonBytes = 96e6;
constexpr double JsonBytesPerPoint = 45;

} // namespace

int SyntheticJobStore::pointsPerSeries(int days, int stepSeconds)
{
    return int(qint64(days) * 86400 / stepSeconds) + 1;
}

MetricsStore SyntheticJobStore::build(int nodes, int gpus, int days, int stepSeconds, QString *why,
                                      bool finished)
{
    // syntheticJob lays the job out on a 60 s grid; its lifetime is what matters here.
    const MockJob job = MockMetricsWriter::syntheticJob(nodes, gpus, days * 1440 + 1, NowMs);
    const MockMetricsWriter writer(1);
    const double seriesCount = double(nodes) * (2.0 * gpus + 4.0) + 2.0;
    const int tileSamples = std::clamp(int(TileJsonBytes / (JsonBytesPerPoint * seriesCount)), 100,
                                       MockMetricsWriter::maxPointsPerSeries);
    const qint64 stepMs = qint64(stepSeconds) * 1000;
    const qint64 endMs = NowMs / 60000 * 60000;
    MetricsStore store;
    for (qint64 from = job.startMs; from <= endMs; from += tileSamples * stepMs) {
        const qint64 to = std::min(from + tileSamples * stepMs - 1, endMs);
        ApiResult<MetricsResponse> parsed =
            MetricsParser::parse(writer.write(job, NowMs, from, to, stepSeconds));
        if (!parsed.ok()) {
            if (why)
                *why = parsed.error().message();
            return {};
        }
        MetricsResponse response = parsed.value();
        if (finished) {
            response.job.status = JobStatus::Completed;
            response.job.statusText = QStringLiteral("TRAINING_JOB_COMPLETED");
        }
        store.merge(response, from, to, stepSeconds);
    }
    return store;
}
