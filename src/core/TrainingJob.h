// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "InstanceType.h"
#include "JobStatus.h"

#include <QString>

#include <optional>

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

    friend bool operator==(const TrainingJob &, const TrainingJob &) = default;
};
