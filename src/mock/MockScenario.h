// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

// The shape of one simulated job's metrics: its personality (how busy, how much memory, how it starts,
// how often it checkpoints) and the anomalies planted in it. The value generator reads only this and the
// seed, so a scenario with its expected findings (MockScenarioCase) describes exactly what the server
// sends. Times are seconds since the job's first sample; -1 stands for "none".
struct MockScenario
{
    // GPU utilization, as a fraction: a ramp from startupFrom over startupSeconds, after loadingSeconds of
    // data loading at loadingUtilization, then steady with a slow wave and uniform noise.
    double steadyUtilization = 0.915;
    double wave = 0.03;  // amplitude of a 30-minute wave
    double noise = 0.05; // peak to peak
    double loadingSeconds = 0;
    double loadingUtilization = 0.04;
    double startupSeconds = 300;
    double startupFrom = 0.15;

    // Dips on every GPU at once (evaluation or a synchronous checkpoint), the first one period in.
    double dipEverySeconds = 2700;
    double dipSeconds = 180;
    double dipUtilization = 0.30;
    bool dipWritesCheckpoint = false; // ephemeral storage steps up at each dip instead of every 30 minutes

    // GPU memory per rank, as a fraction of the limit, reached over gpuMemoryRampSeconds (0: allocated at
    // once, as JAX and TensorFlow do). gpuMemoryRunsAway: climbs to the limit in the last 25 minutes.
    double gpuMemoryFraction = 0.875;
    double gpuMemoryRampSeconds = 600;
    bool gpuMemoryRunsAway = false;

    // Host memory: a base, a slow drift over three days, and a leak from cpuLeakFromSeconds on.
    double cpuMemoryGiB = 96;
    double cpuDriftGiB = 48;
    double cpuLeakGiBPerHour = 0;
    double cpuLeakFromSeconds = 0;

    // Ephemeral storage: a base, a checkpoint of checkpointGiB every 30 minutes (the last twelve kept), and
    // a steady leak (logs, a cache that is never pruned).
    double storageBaseGiB = 30;
    double checkpointGiB = 42;
    double storageLeakGiBPerHour = 0;
    double storageLeakFromSeconds = 0;

    // One GPU working at slowFactor of its peers from slowFromSeconds on; with slowRotates, the slow GPU
    // moves to the next rank of slowNode every rotateSeconds (an input pipeline starving one rank at a time).
    int slowNode = 0;
    int slowRank = -1;
    double slowFactor = 0.85;
    double slowFromSeconds = 0;
    bool slowRotates = false;
    double rotateSeconds = 600;

    // A whole node idle (GPU memory released) over [idleFromSeconds, idleToSeconds).
    int idleNode = -1;
    double idleFromSeconds = 0;
    double idleToSeconds = 0;
    // One GPU idle while it keeps its memory over [idleHeldFromSeconds, idleHeldToSeconds).
    int idleHeldNode = -1;
    int idleHeldRank = -1;
    double idleHeldFromSeconds = 0;
    double idleHeldToSeconds = 0;
};
