// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockScenario.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct MockJob;

// When a simulated job writes its checkpoints, and GetTrainingJobCheckpointsResponseV1 bodies listing them.
// The metrics writer steps ephemeral storage up by the same count, so a checkpoint the server lists is where
// the storage chart climbs (and, for jobs whose dips write them, where every GPU stalls).
class MockCheckpoints
{
public:
    struct Checkpoint
    {
        QString id;
        qint64 createdAtMs = 0;
        qint64 sizeBytes = 0;
        bool syncing = false; // the newest checkpoint of a running job is still being uploaded
    };

    static constexpr double everySeconds = 1800; // without dips that write them: every 30 minutes

    // Checkpoints written by `elapsedSeconds` after the job's first sample.
    static double writtenBy(const MockScenario &scenario, double elapsedSeconds);
    // Seconds after the first sample at which checkpoint number `k` (from 1) is written.
    static double writtenAt(const MockScenario &scenario, int k);

    static std::vector<Checkpoint> list(const MockJob &job, quint64 seed, qint64 nowMs);
    static QByteArray body(const MockJob &job, quint64 seed, qint64 nowMs);
};
