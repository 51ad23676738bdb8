// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/RefineBench.h"

#include "bench/BenchJob.h"
#include "bench/BenchOptions.h"
#include "core/api/BasetenClient.h"
#include "core/cache/MetricsCache.h"
#include "core/session/DashboardController.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockServerThread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using BenchOptions::intOption;

namespace {

constexpr qint64 hourMs = 3'600'000;

TrainingJob asOpened(const MockJob &job)
{
    TrainingJob opened;
    opened.id = job.id;
    opened.projectId = job.projectId;
    opened.status = JobStatus::Completed;
    opened.createdAtMs = job.createdAtMs;
    opened.updatedAtMs = job.updatedAtMs;
    return opened;
}

// Runs the event loop until done() holds, checking every few milliseconds.
void spinUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Milliseconds from open() to the first data in the store: what the first frame waits for.
qint64 firstDataMs(BasetenClient &client, const TrainingJob &job, qint64 now, MetricsCache *cache)
{
    DashboardController controller(&client, [now] { return now; });
    controller.setDebounceMs(0);
    controller.setPixelWidth(1000);
    controller.setCache(cache);
    QElapsedTimer timer;
    timer.start();
    controller.open(job);
    spinUntil([&] { return !controller.store().isEmpty() || controller.lastError(); });
    return timer.elapsed();
}

} // namespace

int runRefineBench(const QStringList &args)
{
    const int nodes = intOption(args, QStringLiteral("--nodes"), 16);
    const int days = intOption(args, QStringLiteral("--days"), 3);
    const int scrape = intOption(args, QStringLiteral("--scrape"), 15);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    MockServerOptions options;
    options.clock = [now] {
        return now;
    };
    options.maxPointsPerSeries = 0; // the baseline's single request needs the limit lifted
    MockJob small = benchJob(QStringLiteral("refinesmall"), now, 1, 1, scrape);
    small.startMs = small.endMs - 2 * hourMs;
    small.createdAtMs = small.startMs - 300'000;
    options.extraJobs = {benchJob(QStringLiteral("refinebench"), now, nodes, days, scrape), small};
    MockServerThread server;
    ClientConfig config;
    config.baseUrl = server.start(options);
    config.apiKey = options.apiKey;
    config.transferTimeoutMs = 600'000;
    config.maxResponseBytes = 8LL << 30;
    BasetenClient client(config);
    const MockJob &job = options.extraJobs.front();

    // Ours: open the whole job as the dashboard does, until every sample of it is in.
    DashboardController controller(&client, [now] { return now; });
    controller.setDebounceMs(0);
    controller.setPixelWidth(1000);
    const TrainingJob opened = asOpened(job);
    const quint64 bytesBefore = server.server()->bodyBytesSent();
    const qsizetype requestsBefore = server.server()->loggedRequests().size();
    QElapsedTimer timer;
    timer.start();
    qint64 firstFrameMs = -1;
    QObject::connect(&controller, &DashboardController::dataChanged, &controller, [&] {
        if (firstFrameMs < 0 && !controller.store().isEmpty())
            firstFrameMs = timer.elapsed();
    });
    controller.open(opened);
    spinUntil([&] { return controller.isSettled() || controller.lastError(); });
    const double oursSeconds = double(timer.elapsed()) / 1000.0;
    if (controller.lastError()) {
        std::fprintf(stderr, "refine: %s\n", qPrintable(controller.lastError()->message()));
        return 1;
    }
    const Fidelity fidelity = controller.fidelity();
    const double megabytes = double(server.server()->bodyBytesSent() - bytesBefore) / 1e6;
    const qsizetype requests = server.server()->loggedRequests().size() - requestsBefore;
    const std::size_t points = controller.store().pointCount();

    // Baseline: the same samples (the whole job at the native step) as one request, no limit, parsed whole.
    timer.restart();
    std::optional<ApiResult<MetricsResponse>> answer;
    client.fetchMetrics({job.projectId, job.id, job.startMs, job.endMs, scrape}, &controller,
                        [&answer](ApiResult<MetricsResponse> r) { answer = std::move(r); });
    spinUntil([&] { return answer.has_value(); });
    const double baselineSeconds = double(timer.elapsed()) / 1000.0;
    if (!answer->ok()) {
        std::fprintf(stderr, "refine: baseline failed: %s\n", qPrintable(answer->error().message()));
        return 1;
    }

    // The first data when the job is small (over loopback) or cached (from disk). Not a painted frame: this
    // benchmark has no window. `trainscope-bench open` measures the painted frame ("opened again").
    const qint64 smallFirst = firstDataMs(client, asOpened(options.extraJobs.at(1)), now, nullptr);
    QTemporaryDir cacheDir;
    MetricsCache cache(cacheDir.path(), 8LL << 30);
    cache.save(controller.store());
    const qint64 cachedFirst = firstDataMs(client, opened, now, &cache);

    std::printf("job: %d nodes x 8 GPUs, %d days at %d s, %.1f M points at full resolution (%s)\n", nodes,
                days, scrape, double(points) / 1e6, qPrintable(fidelity.tag()));
    std::printf("first data: %lld ms after opening (this job over loopback), %lld ms (1 node, 2 h), %lld ms "
                "(this job, cached)\n",
                static_cast<long long>(firstFrameMs), static_cast<long long>(smallFirst),
                static_cast<long long>(cachedFirst));
    std::printf(
        "refine: %.2f s to full resolution, %.1f MB in %lld requests, single-request baseline %.2f s, "
        "overhead %.2fx\n",
        oursSeconds, megabytes, static_cast<long long>(requests), baselineSeconds,
        oursSeconds / std::max(baselineSeconds, 1e-9));
    return fidelity.isSampled() ? 1 : 0;
}
