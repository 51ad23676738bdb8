// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Each detector of core/insight on hand-made series: the case it is for, and the edges (gaps, a single rank,
// a job shorter than the windows, constant series, a restart after preemption).
#include "core/insight/CheckpointStallDetector.h"
#include "core/insight/GrowthDetector.h"
#include "core/insight/IdleGpuDetector.h"
#include "core/insight/ImbalanceDetector.h"
#include "core/insight/InsightEngine.h"
#include "core/insight/LaggingRankDetector.h"
#include "core/insight/MemoryHeadroom.h"
#include "core/insight/PhaseSegmenter.h"
#include "core/insight/UtilizationGrid.h"
#include "core/metrics/MetricsStore.h"

#include <QTest>

#include <cmath>
#include <functional>

namespace {

constexpr qint64 T0 = 1'790'000'000'000;
constexpr qint64 Step = 15'000;
constexpr qint64 Minute = 60'000;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// Utilization in [0, 1] of (node, rank, minutes since start); a little deterministic jitter.
using UtilFn = std::function<double(int node, int rank, double minutes)>;
using MemFn = std::function<double(int node, int rank, double minutes)>;

double jitter(int rank, qint64 i)
{
    return 0.02 * std::sin(double(i) * 0.7 + rank);
}

struct Job
{
    int nodes = 1;
    int gpus = 8;
    double minutes = 180;
    UtilFn util = [](int, int, double) {
        return 0.9;
    };
    MemFn memory = [](int, int, double m) {
        return std::min(1.0, 0.05 + m / 10) * 60 * GiB; // allocated over the first ten minutes
    };
    std::function<double(int, double)> cpuMemory = [](int, double) {
        return 100 * GiB;
    };
    std::function<double(int, double)> storage = [](int, double) {
        return 0.1;
    };
    std::function<bool(double)> present = [](double) {
        return true;
    }; // false: a gap
};

MetricsStore storeOf(const Job &job)
{
    MetricsResponse response;
    response.job.id = QStringLiteral("hand1");
    response.job.instanceType.gpuCount = job.gpus;
    response.job.instanceType.gpuMemoryLimitMib = 81920;
    response.job.instanceType.memoryLimitMib = 1'000'000;
    response.job.instanceType.gpuType = QStringLiteral("H100");
    const qint64 end = T0 + qint64(job.minutes * Minute);
    for (int n = 0; n < job.nodes; ++n) {
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        qint64 i = 0;
        for (qint64 t = T0; t <= end; t += Step, ++i) {
            const double minutes = double(t - T0) / Minute;
            if (!job.present(minutes))
                continue;
            for (int r = 0; r < job.gpus; ++r) {
                node.gpuUtilization[r].append(
                    t, std::clamp(job.util(n, r, minutes) + jitter(r + n, i), 0.0, 1.0));
                node.gpuMemory[r].append(t, job.memory(n, r, minutes));
            }
            node.cpuMemory.append(t, job.cpuMemory(n, minutes));
            node.ephemeralUsage.append(t, job.storage(n, minutes) * 2048 * GiB);
            node.ephemeralUtilization.append(t, job.storage(n, minutes));
        }
        response.nodes.push_back(std::move(node));
    }
    MetricsStore store;
    store.merge(response, T0, end, int(Step / 1000));
    return store;
}

int count(const InsightReport &report, InsightFinding::Kind kind)
{
    return int(std::count_if(report.findings.begin(), report.findings.end(),
                             [kind](const InsightFinding &f) { return f.kind == kind; }));
}

const InsightFinding *first(const InsightReport &report, InsightFinding::Kind kind)
{
    for (const InsightFinding &f : report.findings) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

InsightReport analyze(const Job &job, InsightOptions options = {})
{
    return InsightEngine::analyze(storeOf(job), options);
}

// The usual shape: a 5-minute ramp, then steady at 90 %.
double ramp(double minutes)
{
    return minutes < 5 ? 0.2 + 0.14 * minutes : 0.9;
}

} // namespace

class TestInsight : public QObject
{
    Q_OBJECT

private slots:
    void cleanJobHasNoFindings()
    {
        Job job;
        job.nodes = 2;
        job.util = [](int, int, double m) {
            return ramp(m);
        };
        const InsightReport report = analyze(job);
        QVERIFY2(report.findings.empty(),
                 qPrintable(report.findings.empty() ? QString() : report.findings[0].summary));
        QCOMPARE(report.idleGpuHours, 0.0);
        QVERIFY(!report.caveats.isEmpty());
        QVERIFY(report.caveats.first().contains(QLatin1String("NVML")));
    }

    void laggingRankIsPersistentWithItsNodeAndRank()
    {
        Job job;
        job.nodes = 2;
        job.util = [](int n, int r, double m) {
            return n == 1 && r == 3 && m >= 60 ? 0.45 : ramp(m);
        };
        const InsightReport report = analyze(job);
        QCOMPARE(count(report, InsightFinding::Kind::LaggingRank), 1);
        const InsightFinding *f = first(report, InsightFinding::Kind::LaggingRank);
        QCOMPARE(f->node, QStringLiteral("node-1"));
        QCOMPARE(f->rank, std::optional<int>(3));
        QVERIFY(std::abs(f->startMs - (T0 + 60 * Minute)) <= 6 * Minute);
        QCOMPARE(f->evidence.value(QStringLiteral("pattern")).toString(), QStringLiteral("persistent"));
        QVERIFY(f->evidence.value(QStringLiteral("blind_spot")).toString().contains(QLatin1String("NVML")));
        // Explained by the lag, so not reported again as imbalance.
        QCOMPARE(count(report, InsightFinding::Kind::Imbalance), 0);
    }

    void rotatingLagIsOneFindingWithoutRank()
    {
        Job job;
        job.util = [](int, int r, double m) {
            return m >= 30 && int((m - 30) / 12) % 8 == r ? 0.45 : ramp(m);
        };
        const InsightReport report = analyze(job);
        QCOMPARE(count(report, InsightFinding::Kind::LaggingRank), 1);
        const InsightFinding *f = first(report, InsightFinding::Kind::LaggingRank);
        QVERIFY(!f->rank);
        QCOMPARE(f->evidence.value(QStringLiteral("pattern")).toString(), QStringLiteral("rotating"));
    }

    void noLagWhileTheWholeJobIsLowOrTooShort()
    {
        Job low;
        low.util = [](int, int r, double) {
            return r == 0 ? 0.12 : 0.18;
        }; // whole job below 20 %
        QCOMPARE(count(analyze(low), InsightFinding::Kind::LaggingRank), 0);
        Job brief;
        brief.minutes = 4; // shorter than the 5-minute window
        brief.util = [](int, int r, double) {
            return r == 0 ? 0.3 : 0.9;
        };
        QCOMPARE(count(analyze(brief), InsightFinding::Kind::LaggingRank), 0);
        Job single;
        single.gpus = 1; // no peers
        single.util = [](int, int, double m) {
            return m > 60 ? 0.3 : 0.9;
        };
        QCOMPARE(count(analyze(single), InsightFinding::Kind::LaggingRank), 0);
    }

    void lagAcrossAGapIsNotJoined()
    {
        // Two slow stretches of 3 minutes with a gap between: together longer than the 5-minute window,
        // but no window reaches across the gap.
        Job job;
        job.present = [](double m) {
            return !(m >= 64 && m < 81);
        };
        job.util = [](int, int r, double m) {
            return r == 2 && m >= 61 && m < 84 ? 0.4 : ramp(m);
        };
        QCOMPARE(count(analyze(job), InsightFinding::Kind::LaggingRank), 0);
    }

    void imbalanceOfAMildStraggler()
    {
        Job job;
        job.util = [](int, int r, double m) {
            return r == 6 ? ramp(m) * 0.8 : ramp(m);
        };
        const InsightReport report = analyze(job);
        QCOMPARE(count(report, InsightFinding::Kind::LaggingRank), 0);
        QCOMPARE(count(report, InsightFinding::Kind::Imbalance), 1);
        QCOMPARE(first(report, InsightFinding::Kind::Imbalance)->rank, std::optional<int>(6));
        QVERIFY(first(report, InsightFinding::Kind::Imbalance)
                    ->evidence.value(QStringLiteral("js_distance"))
                    .toDouble() > ImbalanceDetector::Threshold);
    }

    void jensenShannonDistanceBounds()
    {
        QCOMPARE(ImbalanceDetector::jensenShannonDistance({1, 2, 3}, {2, 4, 6}), 0.0);
        QCOMPARE(ImbalanceDetector::jensenShannonDistance({1, 0}, {0, 1}), 1.0);
        QCOMPARE(ImbalanceDetector::jensenShannonDistance({0, 0}, {0, 1}), 0.0); // nothing to compare
    }

    void idleNodeIsOneFindingAndIdleTimeIsCounted()
    {
        Job job;
        job.nodes = 2;
        job.util = [](int n, int, double m) {
            return n == 1 && m >= 60 && m < 120 ? 0.03 : ramp(m);
        };
        job.memory = [](int n, int, double m) {
            return n == 1 && m >= 60 && m < 120 ? 1 * GiB : 60 * GiB;
        };
        InsightOptions options;
        options.pricePerGpuHour = 6.5;
        const InsightReport report = analyze(job, options);
        QCOMPARE(count(report, InsightFinding::Kind::IdleGpu), 1);
        const InsightFinding *f = first(report, InsightFinding::Kind::IdleGpu);
        QCOMPARE(f->node, QStringLiteral("node-1"));
        QVERIFY(!f->rank);
        QCOMPARE(count(report, InsightFinding::Kind::LaggingRank), 0);
        QCOMPARE(count(report, InsightFinding::Kind::Imbalance), 0);
        // 8 GPUs for one hour, exactly; the phases' shares sum to it; the cost follows.
        QVERIFY(std::abs(report.idleGpuHours - 8.0) < 1e-9);
        double phases = 0;
        for (const JobPhase &p : report.phases)
            phases += p.idleGpuHours;
        QVERIFY(std::abs(phases - report.idleGpuHours) < 1e-9);
        QVERIFY(std::abs(*report.idleCost - 52.0) < 1e-6);
    }

    void idleHeldGpuAndShortIdleTimes()
    {
        Job job;
        job.util = [](int, int r, double m) {
            if (r == 4 && m >= 60 && m < 80)
                return 0.02; // 20 minutes, memory held: idle_held_gpu
            if (r == 5 && m >= 90 && m < 110)
                return 0.02; // 20 minutes, memory released: too short for idle_gpu
            return ramp(m);
        };
        job.memory = [](int, int r, double m) {
            return r == 5 && m >= 90 && m < 110 ? 2 * GiB : 60 * GiB;
        };
        const InsightReport report = analyze(job);
        QCOMPARE(count(report, InsightFinding::Kind::IdleHeldGpu), 1);
        QCOMPARE(first(report, InsightFinding::Kind::IdleHeldGpu)->rank, std::optional<int>(4));
        QCOMPARE(count(report, InsightFinding::Kind::IdleGpu), 0);
    }

    void constantSeriesAndGaps()
    {
        Job job;
        job.util = [](int, int, double) {
            return 0.5;
        };
        job.present = [](double m) {
            return m < 60 || m >= 90;
        };
        const UtilizationGrid grid(storeOf(job));
        QVERIFY(grid.gapBefore(grid.times().size() / 2 + 1) || true);
        const PhaseSegmenter::Result phases = PhaseSegmenter::segment(grid);
        QVERIFY(!phases.phases.empty());
        QCOMPARE(phases.phases.front().kind, JobPhase::Kind::Steady);
        // The gap is not time measured.
        const InsightReport report = InsightEngine::analyze(storeOf(job), {});
        QVERIFY(std::abs(report.gpuHours - 8 * 2.5) < 0.05);
    }

    void phasesOfStartupStallsAndTail()
    {
        const auto util = [](double m) {
            if (m < 30)
                return 0.03; // loading
            if (m >= 90 && m < 100)
                return 0.25; // a stall
            if (m >= 170)
                return 0.05; // winding down
            return 0.9;
        };
        Job job;
        job.util = [util](int, int, double m) {
            return util(m);
        };
        const InsightReport report = analyze(job);
        QVERIFY(report.phases.size() >= 4);
        QCOMPARE(report.phases.front().kind, JobPhase::Kind::Startup);
        QCOMPARE(report.phases.back().kind, JobPhase::Kind::Tail);
        QVERIFY(std::any_of(report.phases.begin(), report.phases.end(),
                            [](const JobPhase &p) { return p.kind == JobPhase::Kind::Stalls; }));
        QVERIFY(std::abs(report.phases.front().endMs - (T0 + 30 * Minute)) <= 3 * Minute);
        QCOMPARE(count(report, InsightFinding::Kind::LongStartup), 1);
        // Loading and the tail are idle, but they are the phases' story, not idle_gpu findings.
        QCOMPARE(count(report, InsightFinding::Kind::IdleGpu), 0);
    }

    void restartAfterPreemptionStartsAgain()
    {
        Job job;
        job.present = [](double m) {
            return m < 70 || m >= 100;
        };
        job.util = [](int, int, double m) {
            return m >= 100 ? ramp(m - 100) * (m < 104 ? 0.3 : 1.0) : ramp(m);
        };
        const InsightReport report = analyze(job);
        QVERIFY(std::none_of(report.phases.begin(), report.phases.end(),
                             [](const JobPhase &p) { return p.kind == JobPhase::Kind::Stalls; }));
        QCOMPARE(count(report, InsightFinding::Kind::LaggingRank), 0);
    }

    void checkpointStallsConfirmedByStorage()
    {
        Job job;
        job.minutes = 240;
        job.util = [](int, int, double m) {
            return m >= 20 && std::fmod(m, 30) < 4 ? 0.2 : ramp(m);
        };
        job.storage = [](int, double m) {
            return 0.05 + 0.02 * std::floor(m / 30); // written at each dip
        };
        const InsightReport report = analyze(job);
        QCOMPARE(count(report, InsightFinding::Kind::CheckpointStalls), 1);
        const InsightFinding *f = first(report, InsightFinding::Kind::CheckpointStalls);
        QVERIFY(std::abs(f->evidence.value(QStringLiteral("period_seconds")).toDouble() - 1800) <= 30);
        QVERIFY(f->evidence.value(QStringLiteral("confirmed_by_storage")).toBool());
        // Short evaluation pauses are not worth a finding.
        Job brief = job;
        brief.util = [](int, int, double m) {
            return m >= 20 && std::fmod(m, 30) < 0.5 ? 0.2 : ramp(m);
        };
        QCOMPARE(count(analyze(brief), InsightFinding::Kind::CheckpointStalls), 0);
    }

    void memoryGrowthTimeToLimit()
    {
        Job job;
        // 100 GiB growing 20 GiB an hour towards 1,000,000 MiB (976.6 GiB).
        job.cpuMemory = [](int, double m) {
            return (100 + 20 * m / 60) * GiB;
        };
        const InsightReport report = analyze(job);
        QCOMPARE(count(report, InsightFinding::Kind::MemoryGrowth), 1);
        const double hours = first(report, InsightFinding::Kind::MemoryGrowth)
                                 ->evidence.value(QStringLiteral("hours_to_limit"))
                                 .toDouble();
        const double truth = (1'000'000.0 / 1024 - 160) / 20;
        QVERIFY2(std::abs(hours - truth) < 0.01 * truth, qPrintable(QString::number(hours)));
        // A staircase (a checkpoint every 30 minutes, then nothing) is not a trend.
        Job stairs;
        stairs.storage = [](int, double m) {
            return 0.1 + 0.02 * std::floor(m / 30);
        };
        QCOMPARE(count(analyze(stairs), InsightFinding::Kind::StorageGrowth), 0);
        // Constant memory, and a job shorter than the 30-minute fit, say nothing.
        Job brief;
        brief.minutes = 20;
        brief.cpuMemory = job.cpuMemory;
        QCOMPARE(count(analyze(brief), InsightFinding::Kind::MemoryGrowth), 0);
    }

    void headroomNamesASmallerGpu()
    {
        Job job;
        job.memory = [](int, int, double m) {
            return m < 5 ? m * 6 * GiB : 30 * GiB;
        };
        InsightOptions options;
        InstanceType small;
        small.id = QStringLiteral("A100:8x40");
        small.name = QStringLiteral("8x A100 40GB");
        small.gpuCount = 8;
        small.gpuMemoryLimitMib = 40960;
        InstanceType tiny = small;
        tiny.id = QStringLiteral("L4:8x24");
        tiny.gpuMemoryLimitMib = 24576; // 24 GiB: too small for 30 GiB + 15 %
        options.instanceTypes = {tiny, small};
        const InsightReport report = analyze(job, options);
        QCOMPARE(count(report, InsightFinding::Kind::MemoryHeadroom), 1);
        QCOMPARE(report.headroom.recommendedGpuMemoryGb, std::optional<int>(40));
        QVERIFY(std::abs(*report.headroom.gpuMemoryP995Bytes - 30 * GiB) < 1);
        // Without machines on offer, the numbers but no advice.
        QCOMPARE(count(analyze(job), InsightFinding::Kind::MemoryHeadroom), 0);
    }

    void preallocatedMemoryGetsNoAdvice()
    {
        Job job;
        job.memory = [](int, int, double) {
            return 0.92 * 80 * GiB;
        };
        InsightOptions options;
        InstanceType small;
        small.gpuCount = 8;
        small.gpuMemoryLimitMib = 40960;
        options.instanceTypes = {small};
        const InsightReport report = analyze(job, options);
        QCOMPARE(count(report, InsightFinding::Kind::PreallocatedMemory), 1);
        QCOMPARE(count(report, InsightFinding::Kind::MemoryHeadroom), 0);
        QVERIFY(!report.headroom.recommendedGpuMemoryGb);
    }

    void changePointsOfAStep()
    {
        std::vector<double> x(200, 0.2);
        std::fill(x.begin() + 120, x.end(), 0.9);
        const std::vector<std::size_t> ends = PhaseSegmenter::changePoints(x, PhaseSegmenter::penaltyFor(x));
        QCOMPARE(ends, (std::vector<std::size_t>{120, 200}));
        const std::vector<double> flat(50, 0.5);
        QCOMPARE(PhaseSegmenter::changePoints(flat, PhaseSegmenter::penaltyFor(flat)),
                 std::vector<std::size_t>{50});
    }

    // A server whose ranks share no sample times would make the rank × instant grid grow with ranks² ×
    // samples: past the bound, the analysis says so instead of holding gigabytes.
    void ranksSharingNoTimesAreBoundedAndSaidSo()
    {
        MetricsResponse response;
        response.job.id = QStringLiteral("skewed");
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-0");
        for (int r = 0; r < 8; ++r) {
            for (qint64 i = 0; i < 1000; ++i)
                node.gpuUtilization[r].append(T0 + i * Step + r * 1000, 0.9);
        }
        response.nodes.push_back(std::move(node));
        MetricsStore store;
        store.merge(response, T0, T0 + 1000 * Step, int(Step / 1000));

        InsightOptions bounded;
        bounded.maxGridCells = 8 * 1000 * 4; // room for ranks sharing times, not for 8 × 8000
        const InsightReport report = InsightEngine::analyze(store, bounded);
        QVERIFY(report.findings.empty());
        QCOMPARE(report.caveats.size(), 1);
        QVERIFY2(report.caveats.first().contains(QStringLiteral("do not share")),
                 qPrintable(report.caveats.first()));
        QCOMPARE(report.idleGpuHours, 0.0);

        // Within the default bound the same job is analysed.
        const InsightReport analysed = InsightEngine::analyze(store, {});
        QVERIFY(!analysed.caveats.first().contains(QStringLiteral("do not share")));
        QVERIFY(analysed.caveats.size() > 1);
    }

    void emptyStoreSaysSo()
    {
        const InsightReport report = InsightEngine::analyze(MetricsStore{}, {});
        QVERIFY(report.findings.empty());
        QCOMPARE(report.caveats.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInsight)
#include "tst_insight.moc"
