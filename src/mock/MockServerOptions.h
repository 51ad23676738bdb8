// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockJob.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

// How the simulated Baseten server behaves. Every fault it injects is derived from `seed`, so a failing test
// run can be replayed exactly.
struct MockServerOptions
{
    QString apiKey = QStringLiteral("demo-key");
    quint64 seed = 1;
    int latencyMs = 0;       // added to every answer, without blocking the server's event loop
    double failRate = 0.0;   // fraction (0-1) of requests answered 500 or 503
    int rateLimitEvery = 0;  // every Nth request is answered 429; 0 disables it
    QString logRequestsPath; // one JSON line per request when set
    // A query returning more points per series is refused with 400, as the real store does; 0 lifts the
    // limit (only a benchmark's single-request baseline does that).
    qint64 maxPointsPerSeries = 11000;
    // Jobs served beside the demo's, for tests and benchmarks that need a shape of their own. Each names a
    // project of the dataset; its project name and, when 0, its key are filled in.
    QList<MockJob> extraJobs;
    // Each connection's socket send buffer (the kernel doubles it); 0 leaves the system's. Bounds how much
    // one write copies inside the kernel, where this server's thread cannot be preempted. Under 64 KiB each
    // write waits for the client's delayed acknowledgement (40 ms).
    int sendBufferBytes = 256 * 1024;
    // A fault at an exact point: a metrics request of this job, window start and step that it returns true
    // for is refused with 400 (which no client retries). Called on the server's thread.
    std::function<bool(const QString &jobId, qint64 startMs, qint64 stepSeconds)> refuseMetrics;
    // Epoch milliseconds. Called from the server's thread: an injected clock must be thread-safe.
    std::function<qint64()> clock = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
};
