// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/IngestBench.h"

#include "bench/BaselineIngest.h"
#include "bench/BenchOptions.h"
#include "core/json/Iso8601.h"
#include "core/json/MetricsParser.h"
#include "mock/MockMetricsWriter.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>

using BenchOptions::intOption;

namespace {

constexpr int Runs = 3;

// Best of Runs: the minimum is the figure least disturbed by the rest of the machine.
double bestSeconds(const std::function<bool()> &run)
{
    double best = 1e300;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return -1;
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

QString compareRankMaps(const std::map<int, Series> &a, const std::map<int, Series> &b, const QString &where)
{
    if (a.size() != b.size())
        return where + QStringLiteral(": rank count differs");
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
        if (ia->first != ib->first || !(ia->second == ib->second))
            return where + QStringLiteral(" rank %1 differs").arg(ia->first);
    }
    return {};
}

QString compareNodes(const NodeMetrics &a, const NodeMetrics &b, const QString &where)
{
    if (a.nodeId != b.nodeId)
        return where + QStringLiteral(": node id differs");
    QString diff =
        compareRankMaps(a.gpuUtilization, b.gpuUtilization, where + QStringLiteral(" gpu_utilization"));
    if (diff.isEmpty())
        diff = compareRankMaps(a.gpuMemory, b.gpuMemory, where + QStringLiteral(" gpu_memory"));
    if (diff.isEmpty() &&
        !(a.cpuUsage == b.cpuUsage && a.cpuMemory == b.cpuMemory && a.ephemeralUsage == b.ephemeralUsage &&
          a.ephemeralUtilization == b.ephemeralUtilization))
        diff = where + QStringLiteral(": cpu or ephemeral series differ");
    return diff;
}

// The first difference between the two ingests, or empty when they hold the same data.
QString firstDifference(const MetricsResponse &a, const MetricsResponse &b)
{
    if (!(a.job == b.job))
        return QStringLiteral("training_job differs");
    if (a.hasCache != b.hasCache || !(a.cacheUsage == b.cacheUsage) ||
        !(a.cacheUtilization == b.cacheUtilization))
        return QStringLiteral("cache differs");
    if (QString d = compareNodes(a.leader, b.leader, QStringLiteral("leader")); !d.isEmpty())
        return d;
    if (a.nodes.size() != b.nodes.size())
        return QStringLiteral("node count differs");
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        if (QString d = compareNodes(a.nodes[i], b.nodes[i], QStringLiteral("node %1").arg(i)); !d.isEmpty())
            return d;
    }
    return {};
}

// The timestamp parsers alone, on the strings the payload carries, in ns per timestamp. Ours reads them from
// one contiguous buffer, as it does inside a JSON body.
void timestampFigures()
{
    constexpr int N = 200'000;
    constexpr std::size_t Width = 24;
    std::vector<char> buffer(N * Width);
    std::vector<QString> strings;
    strings.reserve(N);
    for (int i = 0; i < N; ++i) {
        Iso8601::formatMs(1'772'366'400'000 + qint64(i) * 10'007, buffer.data() + i * Width);
        strings.push_back(QString::fromLatin1(buffer.data() + i * Width, Width));
    }
    qint64 sum = 0;
    QElapsedTimer timer;
    double ours = 1e300;
    for (int run = 0; run < 5; ++run) { // a few milliseconds each: take the least disturbed
        qint64 runSum = 0;
        timer.start();
        for (int i = 0; i < N; ++i)
            runSum += Iso8601::parseMs(buffer.data() + i * Width, Width).value_or(0);
        ours = std::min(ours, double(timer.nsecsElapsed()) / N);
        sum = runSum;
    }
    timer.restart();
    for (const QString &s : strings)
        sum -= QDateTime::fromString(s, Qt::ISODateWithMs).toMSecsSinceEpoch();
    const double qt = double(timer.nsecsElapsed()) / N;
    std::printf("timestamps: Iso8601::parseMs %.1f ns, QDateTime::fromString %.1f ns per timestamp%s\n", ours,
                qt, sum == 0 ? "" : " (MISMATCH)");
}

} // namespace

int runIngestBench(const QStringList &args)
{
    const int nodes = intOption(args, QStringLiteral("--nodes"), 16);
    const int gpus = intOption(args, QStringLiteral("--gpus"), 8);
    const int points = intOption(args, QStringLiteral("--points"), 10000);

    QElapsedTimer timer;
    timer.start();
    const QByteArray body =
        MockMetricsWriter::syntheticPayload(nodes, gpus, points); // the simulated server's own writer
    const double mb = double(body.size()) / 1e6;
    std::printf("payload: %d nodes x %d GPUs x %d points per series, %.1f MB of JSON, generated in %.2f s\n",
                nodes, gpus, points, mb, double(timer.elapsed()) / 1e3);

    std::optional<MetricsResponse> ours;
    const double oursSeconds = bestSeconds([&] {
        ours.reset(); // freeing the previous result is timed for both paths alike
        ApiResult<MetricsResponse> result = MetricsParser::parse(body);
        if (!result.ok()) {
            std::printf("ours failed: %s\n", qPrintable(result.error().detail));
            return false;
        }
        ours = std::move(result).value();
        return true;
    });
    if (oursSeconds < 0)
        return 1;
    std::printf("ours:     best of %d %.3f s, %.1f MB/s\n", Runs, oursSeconds, mb / oursSeconds);
    {
        // The parser keeps its buffers per thread: a thread's first parse pays for fresh pages, as the
        // client's parse thread does after its pool let it go (30 s idle).
        double firstMs = 0;
        double againMs = 0;
        std::thread fresh([&] {
            for (double *ms : {&firstMs, &againMs}) {
                QElapsedTimer t;
                t.start();
                const bool ok = MetricsParser::parse(body).ok();
                *ms = ok ? double(t.nsecsElapsed()) / 1e6 : -1;
            }
        });
        fresh.join();
        std::printf("fresh thread: first parse %.1f ms, the same thread again %.1f ms\n", firstMs, againMs);
    }

    std::optional<MetricsResponse> baseline;
    const double baselineSeconds = bestSeconds([&] {
        baseline.reset();
        baseline = BaselineIngest::parse(body);
        if (!baseline)
            std::printf("baseline failed\n");
        return baseline.has_value();
    });
    if (baselineSeconds < 0)
        return 1;
    std::printf(
        "baseline: best of %d %.3f s, %.1f MB/s (QJsonDocument + tree walk + QDateTime::fromString)\n", Runs,
        baselineSeconds, mb / baselineSeconds);

    if (const QString diff = firstDifference(*ours, *baseline); !diff.isEmpty()) {
        std::printf("MISMATCH between ours and the baseline: %s\n", qPrintable(diff));
        return 1;
    }
    const std::size_t stored = ours->pointCount();
    std::printf("stored points: %zu (identical in both), %.1f bytes of JSON per point\n", stored,
                double(body.size()) / double(stored));
    std::printf(
        "memory held: ours %.1f MB, %.2f bytes per stored point; baseline %.2f bytes per stored point\n",
        double(ours->heldBytes()) / 1e6, double(ours->heldBytes()) / double(stored),
        double(baseline->heldBytes()) / double(baseline->pointCount()));
    if (!ours->warnings.isEmpty())
        std::printf("warnings: %lld\n", static_cast<long long>(ours->warnings.size()));
    timestampFigures();
    const double oursRate = mb / oursSeconds;
    const double baselineRate = mb / baselineSeconds;
    std::printf("ingest: %.1f MB/s, baseline %.1f MB/s, speedup %.1fx\n", oursRate, baselineRate,
                oursRate / baselineRate);
    return 0;
}
