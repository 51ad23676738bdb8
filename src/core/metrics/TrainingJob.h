// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/InstanceType.h"
#include "core/metrics/JobStatus.h"

#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

// TrainingJobV1, as the app needs it. Times are epoch milliseconds (UTC); views convert to local time.
struct TrainingJob
{
    QString id;
    QString name; // may be empty: the API allows a null name
    QString projectId;
    QString projectName;
    QString statusText; // verbatim from the API, so unknown statuses are shown as sent
    JobStatus status = JobStatus::Unknown;
    QString errorMessage;
    InstanceType instanceType;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString checkpointSyncStatus; // SYNCING, COMPLETED or empty
    qint64 priority = 0;
    QString userEmail;
    std::optional<int> nodeCount; // not in the spec, but real servers send it: read when present

    QString displayName() const { return name.isEmpty() ? id : name; }

    // How many nodes the job has, one number wherever it is shown: what the server says when it says it
    // (a queued job has no metrics yet), otherwise the nodes that report metrics.
    int nodes(int nodesWithMetrics) const { return nodeCount.value_or(nodesWithMetrics); }

    // When the job had machines whose metrics can exist: from its creation until its last update once it
    // has finished, or until now while it runs. At least a second long, so a window over it is never empty.
    std::pair<qint64, qint64> lifetimeMs(qint64 nowMs) const
    {
        const qint64 end = jobStatusIsFinished(status) ? updatedAtMs : nowMs;
        return {createdAtMs, std::max(end, createdAtMs + 1000)};
    }

    friend bool operator==(const TrainingJob &, const TrainingJob &) = default;
};
