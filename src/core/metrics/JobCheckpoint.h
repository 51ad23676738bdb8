// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// TrainingJobCheckpointV1, as the timeline needs it: when, how large, and whether it is uploaded yet.
struct JobCheckpoint
{
    QString id;
    qint64 createdAtMs = 0; // epoch milliseconds, UTC
    QString type;           // "full", "lora", ... as sent
    qint64 sizeBytes = 0;
    QString syncStatus; // SYNCING, COMPLETE or empty
    QString baseModel;  // empty for null

    friend bool operator==(const JobCheckpoint &, const JobCheckpoint &) = default;
};
