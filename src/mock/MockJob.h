// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockInstanceType.h"
#include "mock/MockScenario.h"
#include "mock/MockTimestamp.h"

#include <QString>

#include <algorithm>
#include <vector>

// One simulated training job: what TrainingJobV1 reports, plus the knobs that shape its generated metrics.
// Metric values are never stored; they are a function of the job, the seed and the sample time.
struct MockJob
{
    QString id;
    QString name;
    QString projectId;
    QString projectName;
    QString status; // TRAINING_JOB_*
    QString errorMessage;
    QString userEmail;
    QString checkpointSyncStatus; // SYNCING, COMPLETED or empty for null
    QString availabilityModel = QStringLiteral("dedicated");
    MockInstanceType instanceType;
    int nodeCount = 1;
    int priority = 0;
    qint64 createdAtMs = 0;
    qint64 startMs = 0; // first metrics sample; meaningless when !hasMetrics
    qint64 endMs = 0;   // last sample of a finished job; a running job ends at the clock's "now"
    qint64 updatedAtMs = 0;
    bool running = false;
    bool hasMetrics = true;    // false for jobs that never started: all series come back empty
    bool hasCache = true;      // false: "cache": null
    bool emptyPerNode = false; // true: "per_node_metrics": [] even though the top-level series exist
    // The store behind the real API scrapes every node on an interval; a query returns, at each multiple of
    // its step, the latest scraped sample at or before that instant.
    int scrapeSeconds = 15;
    MockScenario scenario; // the shape of its metrics: personality and planted anomalies
    // Short drops of one GPU's utilization, scraped like any other sample: what a coarse step skips.
    struct Dip
    {
        int node = 0;
        int rank = 0;
        qint64 fromMs = 0; // samples scraped in [fromMs, toMs) read `value`
        qint64 toMs = 0;
        double value = 0.0;
    };
    std::vector<Dip> dips;
    MockTimestamp::Style timestampStyle = MockTimestamp::Style::Zulu;
    quint64 key = 0; // salts the value generator so jobs differ from each other

    qint64 endAt(qint64 nowMs) const { return running ? std::max(nowMs, startMs) : endMs; }
    qint64 updatedAt(qint64 nowMs) const { return running ? std::max(nowMs, updatedAtMs) : updatedAtMs; }
};
