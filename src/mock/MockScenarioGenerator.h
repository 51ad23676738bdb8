// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockInstanceType.h"
#include "mock/MockScenario.h"
#include "mock/MockScenarioCase.h"

#include <QList>
#include <QString>

// Jobs with known anomalies, made from a seed: the demo's personalities and the ground truth the insight
// evaluation scores against come from here, so they cannot drift apart. Every random choice is a hash of
// (seed, kind, what is chosen), so one scenario never changes when another is added.
class MockScenarioGenerator
{
public:
    enum class Kind
    {
        Clean,              // checkpoint dips and a short ramp, nothing to report
        HostBoundRank,      // one rank at 35-60 % of its peers from some point on
        RotatingStraggler,  // the slow rank moves every 10-15 minutes within one node
        MildImbalance,      // one rank steadily at 75-85 % of its peers: not lagging, but unlike them
        IdleNode,           // a whole node idle for 40-120 minutes, memory released
        IdleHeldGpu,        // one GPU idle for 20-60 minutes while it keeps its memory
        MemoryLeak,         // host memory rising until it would reach the limit in 1-48 hours
        StorageLeak,        // ephemeral storage rising the same way
        PreallocatedMemory, // GPU memory at 90-95 % from the first sample
        OversizedGpu,       // peak GPU memory 33-40 % of an 80 GB GPU
        LongStartup,        // 25-60 minutes of data loading before the ramp
        CheckpointStalls,   // every 20-40 minutes all GPUs stall 3-6 minutes while a checkpoint is written
    };
    static constexpr int KindCount = 12;

    static QString kindName(Kind kind);
    // maxNodes caps the job's size (1-16 nodes), so a test can keep its scenarios small.
    static MockScenarioCase make(Kind kind, quint64 seed, int maxNodes = 16);

    // The machines the simulated server offers (GET /v1/instance_types), largest GPU memory first.
    static QList<MockInstanceType> instanceTypes();
    static MockInstanceType h100x8();
    static MockInstanceType a100x8();
    static MockInstanceType a100x8Small();

    // The demo's personalities: the shape of a scenario of that kind, tuned by the caller.
    static MockScenario shape(Kind kind, quint64 seed);
};
