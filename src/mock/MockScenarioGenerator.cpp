// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockScenarioGenerator.h"

#include "mock/MockHash.h"

#include <algorithm>
#include <cmath>

namespace {

using Kind = MockScenarioGenerator::Kind;

constexpr double minuteSeconds = 60;
constexpr double hourSeconds = 3600;
constexpr double gibPerMib = 1.0 / 1024.0;
constexpr double ephemeralCapacityGiB = 2048; // the writer's 2 TiB volume
// Every generated job starts on a whole minute, so all anomaly times (whole minutes after the start) fall
// on a scrape instant whatever the interval, and the idle time the store sees is exactly the planted one.
constexpr qint64 scenarioEpochMs = 1'789'999'980'000;

// Independent draws from one seed: each choice is hashed with its own salt.
class Pick
{
public:
    Pick(quint64 seed, Kind kind) : m_base(MockHash::mix(seed * 0x9E37u + quint64(kind) * 0x85EBCA6Bu)) {}

    double real(quint64 salt, double lo, double hi) const
    {
        return lo + (hi - lo) * MockHash::unit(MockHash::mix(m_base ^ MockHash::mix(salt)));
    }
    int integer(quint64 salt, int lo, int hi) const
    {
        return std::min(hi, lo + int(real(salt, 0, double(hi - lo + 1))));
    }
    double minutes(quint64 salt, int lo, int hi) const { return integer(salt, lo, hi) * minuteSeconds; }
    quint64 key() const { return m_base; }

private:
    quint64 m_base;
};

qint64 atSeconds(const MockJob &job, double seconds)
{
    return job.startMs + qint64(seconds * 1000);
}

// Host memory at `seconds` into the job and its slope per second, as the writer's model has them.
std::pair<double, double> cpuMemoryAt(const MockScenario &s, double seconds)
{
    const double driftSpan = 3 * 24 * hourSeconds;
    const double leakSeconds = std::max(0.0, seconds - s.cpuLeakFromSeconds);
    const double value = s.cpuMemoryGiB + s.cpuDriftGiB * std::min(1.0, seconds / driftSpan) +
                         s.cpuLeakGiBPerHour * leakSeconds / hourSeconds;
    const double slope = (seconds < driftSpan ? s.cpuDriftGiB / driftSpan : 0.0) +
                         (leakSeconds > 0 ? s.cpuLeakGiBPerHour / hourSeconds : 0.0);
    return {value, slope};
}

void placeLeak(MockScenarioCase &c, const Pick &pick, double durationSeconds, bool storage)
{
    MockScenario &s = c.job.scenario;
    const double untilLimit = pick.real(20, 1, 48) * hourSeconds;
    const double from = pick.minutes(21, 30, 90);
    const double leakHours = (durationSeconds - from) / hourSeconds;
    const double totalHours = leakHours + untilLimit / hourSeconds;
    if (storage) {
        s.checkpointGiB = 0; // checkpoints go to the cache volume here: the leak is the only growth
        s.storageLeakFromSeconds = from;
        s.storageLeakGiBPerHour = (ephemeralCapacityGiB - s.storageBaseGiB) / totalHours;
    } else {
        const double limit = double(c.job.instanceType.memoryLimitMib) * gibPerMib;
        const auto [noLeak, drift] = cpuMemoryAt(s, durationSeconds);
        s.cpuLeakFromSeconds = from;
        s.cpuLeakGiBPerHour = (limit - noLeak - untilLimit * drift) / totalHours;
    }
    c.expected.append({storage ? QStringLiteral("storage_growth") : QStringLiteral("memory_growth"), -1, -1,
                       atSeconds(c.job, from), c.job.endMs, untilLimit});
}

// Where the anomaly of the kind lies in this job: node, rank and times, and what it must be found as.
void placeAnomaly(MockScenarioCase &c, Kind kind, const Pick &pick, double duration)
{
    MockJob &job = c.job;
    MockScenario &s = job.scenario;
    const int gpus = job.instanceType.gpuCount;
    const double steadyStart = s.loadingSeconds + s.startupSeconds;
    switch (kind) {
    case Kind::Clean:
        break;
    case Kind::HostBoundRank:
    case Kind::RotatingStraggler:
    case Kind::MildImbalance:
        s.slowNode = pick.integer(10, 0, job.nodeCount - 1);
        s.slowRank = pick.integer(11, 0, gpus - 1);
        s.slowFromSeconds = kind == Kind::MildImbalance ? 0 : pick.minutes(12, 60, int(duration / 60) - 60);
        c.expected.append(
            {kind == Kind::MildImbalance ? QStringLiteral("imbalance") : QStringLiteral("lagging_rank"),
             s.slowNode, kind == Kind::RotatingStraggler ? -1 : s.slowRank,
             atSeconds(job, std::max(s.slowFromSeconds, steadyStart)), job.endMs, 0});
        break;
    case Kind::IdleNode: {
        s.idleNode = pick.integer(10, 0, job.nodeCount - 1);
        s.idleFromSeconds = pick.minutes(12, 60, 100);
        s.idleToSeconds = s.idleFromSeconds + pick.minutes(13, 40, 120);
        c.expected.append({QStringLiteral("idle_gpu"), s.idleNode, -1, atSeconds(job, s.idleFromSeconds),
                           atSeconds(job, s.idleToSeconds), 0});
        c.idleGpuHours += gpus * (s.idleToSeconds - s.idleFromSeconds) / hourSeconds;
        break;
    }
    case Kind::IdleHeldGpu:
        s.idleHeldNode = pick.integer(10, 0, job.nodeCount - 1);
        s.idleHeldRank = pick.integer(11, 0, gpus - 1);
        s.idleHeldFromSeconds = pick.minutes(12, 60, 100);
        s.idleHeldToSeconds = s.idleHeldFromSeconds + pick.minutes(13, 20, 60);
        c.expected.append({QStringLiteral("idle_held_gpu"), s.idleHeldNode, s.idleHeldRank,
                           atSeconds(job, s.idleHeldFromSeconds), atSeconds(job, s.idleHeldToSeconds), 0});
        c.idleGpuHours += (s.idleHeldToSeconds - s.idleHeldFromSeconds) / hourSeconds;
        break;
    case Kind::MemoryLeak:
    case Kind::StorageLeak:
        placeLeak(c, pick, duration, kind == Kind::StorageLeak);
        break;
    case Kind::PreallocatedMemory:
        c.expected.append({QStringLiteral("preallocated_memory"), -1, -1, job.startMs, job.endMs, 0});
        break;
    case Kind::OversizedGpu:
        // The smallest offered GPU memory that holds the peak with 15 % to spare: the A100 40 GB.
        c.expected.append({QStringLiteral("memory_headroom"), -1, -1, job.startMs, job.endMs, 40});
        break;
    case Kind::LongStartup:
        c.expected.append(
            {QStringLiteral("long_startup"), -1, -1, job.startMs, atSeconds(job, steadyStart), steadyStart});
        c.idleGpuHours += job.nodeCount * gpus * s.loadingSeconds / hourSeconds;
        break;
    case Kind::CheckpointStalls:
        c.expected.append({QStringLiteral("checkpoint_stalls"), -1, -1, atSeconds(job, steadyStart),
                           job.endMs, s.dipEverySeconds});
        break;
    }
}

} // namespace

QString MockScenarioGenerator::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Clean:
        return QStringLiteral("clean");
    case Kind::HostBoundRank:
        return QStringLiteral("host_bound_rank");
    case Kind::RotatingStraggler:
        return QStringLiteral("rotating_straggler");
    case Kind::MildImbalance:
        return QStringLiteral("mild_imbalance");
    case Kind::IdleNode:
        return QStringLiteral("idle_node");
    case Kind::IdleHeldGpu:
        return QStringLiteral("idle_held_gpu");
    case Kind::MemoryLeak:
        return QStringLiteral("memory_leak");
    case Kind::StorageLeak:
        return QStringLiteral("storage_leak");
    case Kind::PreallocatedMemory:
        return QStringLiteral("preallocated_memory");
    case Kind::OversizedGpu:
        return QStringLiteral("oversized_gpu");
    case Kind::LongStartup:
        return QStringLiteral("long_startup");
    case Kind::CheckpointStalls:
        return QStringLiteral("checkpoint_stalls");
    }
    return {};
}

MockScenario MockScenarioGenerator::shape(Kind kind, quint64 seed)
{
    const Pick pick(seed, kind);
    MockScenario s;
    // What every job has: its own level, noise, ramp and short checkpoint dips.
    s.steadyUtilization = pick.real(1, 0.85, 0.95);
    s.noise = pick.real(2, 0.03, 0.06);
    s.wave = pick.real(3, 0.015, 0.03);
    s.startupSeconds = pick.minutes(4, 2, 10);
    s.dipEverySeconds = pick.minutes(5, 40, 60);
    s.dipSeconds = pick.integer(6, 1, 2) * 30;
    s.dipUtilization = pick.real(7, 0.30, 0.45);
    s.gpuMemoryFraction = pick.real(8, 0.86, 0.92);
    s.gpuMemoryRampSeconds = pick.minutes(9, 5, 15);
    s.cpuMemoryGiB = pick.real(14, 64, 160);
    switch (kind) {
    case Kind::HostBoundRank:
        s.slowFactor = pick.real(15, 0.40, 0.60);
        break;
    case Kind::RotatingStraggler:
        s.slowFactor = pick.real(15, 0.40, 0.60);
        s.slowRotates = true;
        s.rotateSeconds = pick.minutes(16, 10, 15);
        break;
    case Kind::MildImbalance:
        s.slowFactor = pick.real(15, 0.75, 0.85);
        break;
    case Kind::PreallocatedMemory:
        s.gpuMemoryRampSeconds = 0;
        s.gpuMemoryFraction = pick.real(15, 0.90, 0.95);
        break;
    case Kind::OversizedGpu:
        s.gpuMemoryFraction = pick.real(15, 0.33, 0.40);
        break;
    case Kind::LongStartup:
        s.loadingSeconds = pick.minutes(15, 25, 60);
        s.loadingUtilization = pick.real(16, 0.02, 0.06);
        break;
    case Kind::CheckpointStalls:
        s.dipEverySeconds = pick.minutes(15, 20, 40);
        s.dipSeconds = pick.minutes(16, 3, 6);
        s.dipUtilization = pick.real(17, 0.15, 0.35);
        s.dipWritesCheckpoint = true;
        break;
    default:
        break;
    }
    return s;
}

MockScenarioCase MockScenarioGenerator::make(Kind kind, quint64 seed, int maxNodes)
{
    const Pick pick(seed, kind);
    MockScenarioCase c;
    c.kind = kindName(kind);
    c.seed = seed;
    MockJob &job = c.job;
    job.id = QStringLiteral("s%1").arg(pick.key() % 0xFFFFFF, 6, 16, QLatin1Char('0'));
    job.name = QStringLiteral("%1-%2").arg(c.kind).arg(seed);
    job.projectId = QStringLiteral("scenarios");
    job.projectName = QStringLiteral("scenarios");
    job.status = QStringLiteral("TRAINING_JOB_COMPLETED");
    job.userEmail = QStringLiteral("scenario@example.com");
    job.checkpointSyncStatus = QStringLiteral("COMPLETED");
    job.instanceType = pick.integer(30, 0, 2) == 0 ? a100x8() : h100x8();
    const int minNodes = kind == Kind::IdleNode ? 2 : 1;
    job.nodeCount = pick.integer(31, minNodes, std::max(minNodes, std::min(maxNodes, 16)));
    static constexpr int scrapes[] = {15, 30, 60};
    job.scrapeSeconds = scrapes[pick.integer(32, 0, 2)];
    const double duration = pick.minutes(33, 180, 480);
    job.startMs = scenarioEpochMs + qint64(pick.integer(34, 0, 1000)) * 86'400'000;
    job.endMs = atSeconds(job, duration);
    job.createdAtMs = job.startMs - 5LL * 60'000;
    job.updatedAtMs = job.endMs;
    job.key = pick.key();
    job.scenario = shape(kind, seed);
    placeAnomaly(c, kind, pick, duration);
    return c;
}

MockInstanceType MockScenarioGenerator::h100x8()
{
    return {QStringLiteral("H100:8x80"),
            QStringLiteral("8x H100 80GB"),
            1960000,
            200000,
            8,
            QStringLiteral("H100"),
            81559};
}

MockInstanceType MockScenarioGenerator::a100x8()
{
    return {QStringLiteral("A100:8x80"),
            QStringLiteral("8x A100 80GB"),
            1400000,
            120000,
            8,
            QStringLiteral("A100"),
            81920};
}

MockInstanceType MockScenarioGenerator::a100x8Small()
{
    return {QStringLiteral("A100:8x40"),
            QStringLiteral("8x A100 40GB"),
            1100000,
            96000,
            8,
            QStringLiteral("A100"),
            40960};
}

QList<MockInstanceType> MockScenarioGenerator::instanceTypes()
{
    return {a100x8(), h100x8(), a100x8Small()};
}
