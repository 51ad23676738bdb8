// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/BenchJob.h"

#include "mock/MockScenarioGenerator.h"

MockJob benchJob(const QString &id, qint64 nowMs, int nodes, int days, int scrapeSeconds)
{
    constexpr qint64 hourMs = 3'600'000;
    MockJob job;
    job.id = id;
    job.name = QStringLiteral("bench-") + id;
    job.projectId = QStringLiteral("n4q95w5");
    job.status = QStringLiteral("TRAINING_JOB_COMPLETED");
    job.instanceType = MockScenarioGenerator::h100x8();
    job.nodeCount = nodes;
    job.endMs = nowMs - hourMs;
    job.startMs = job.endMs - qint64(days) * 24 * hourMs;
    job.createdAtMs = job.startMs - 300'000;
    job.updatedAtMs = job.endMs;
    job.scrapeSeconds = scrapeSeconds;
    return job;
}
