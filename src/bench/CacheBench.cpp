// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/CacheBench.h"

#include "bench/BenchOptions.h"
#include "bench/SyntheticJobStore.h"
#include "core/cache/MetricsCache.h"
#include "core/cache/MetricsStoreCodec.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using BenchOptions::intOption;

int runCacheBench(const QStringList &args)
{
    const int nodes = intOption(args, QStringLiteral("--nodes"), 16);
    const int gpus = intOption(args, QStringLiteral("--gpus"), 8);
    const int days = intOption(args, QStringLiteral("--days"), 3);
    const int step = intOption(args, QStringLiteral("--step"), 15);
    QString why;
    const MetricsStore store = SyntheticJobStore::build(nodes, gpus, days, step, &why);
    if (store.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    const auto points = double(store.pointCount());

    QTemporaryDir dir;
    MetricsCache cache(dir.path(), 1LL << 40);
    QElapsedTimer timer;
    timer.start();
    if (!cache.save(store)) {
        std::fprintf(stderr, "could not save to %s\n", qPrintable(dir.path()));
        return 1;
    }
    const double saveMs = double(timer.nsecsElapsed()) / 1e6;
    const QString path = cache.filePath(store.job().projectId, store.job().id);
    const qint64 fileBytes = QFileInfo(path).size();

    std::vector<double> loads;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        const std::optional<MetricsStore> loaded = cache.load(store.job().projectId, store.job().id);
        loads.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!loaded || loaded->pointCount() != store.pointCount()) {
            std::fprintf(stderr, "the cache did not give the store back\n");
            return 1;
        }
    }
    // The first load writes memory fresh from the kernel, as a job opened once in a session does; the
    // others reuse what the one before freed.
    const std::vector<double> inOrder = loads;
    std::sort(loads.begin(), loads.end());
    // The first picture a dashboard draws while the whole file is read on the cache's thread.
    std::vector<double> firsts;
    std::size_t overviewPoints = 0;
    for (int i = 0; i < 3; ++i) {
        bool complete = false;
        timer.restart();
        const std::optional<MetricsStore> first =
            cache.loadFirst(store.job().projectId, store.job().id, &complete);
        firsts.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!first) {
            std::fprintf(stderr, "the cache did not give the overview back\n");
            return 1;
        }
        overviewPoints = first->pointCount();
    }
    std::sort(firsts.begin(), firsts.end());
    // A copy of the store shares its points (what the window's thread makes when it edits coverage under a
    // frame); the first merge of each batch off the window's thread (StoreUpdater) copies the points into
    // fresh memory, timed here with a retain that keeps everything (the points copied, then reindexed).
    std::vector<double> copies;
    std::vector<double> pointCopies;
    const auto [firstTime, lastTime] = store.dataBounds();
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        auto copy = std::make_unique<MetricsStore>(store);
        copies.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        copy->retain(firstTime, lastTime);
        pointCopies.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (copy->pointCount() != store.pointCount() || copy->sharesPointsWith(store))
            return 1;
    }
    std::sort(copies.begin(), copies.end());
    std::sort(pointCopies.begin(), pointCopies.end());
    std::printf("job: %d nodes x %d GPUs, %d days at %d s, %.2f M points\n", nodes, gpus, days, step,
                points / 1e6);
    std::printf("file: %.1f MB (format %u), uncompressed points would take %.1f MB; save (encode, write, "
                "rename) %.0f ms\n",
                double(fileBytes) / 1e6, MetricsStoreCodec::FormatVersion, points * 16 / 1e6, saveMs);
    std::printf("cache: %.2f bytes per point, load %.0f ms for %.1f M points\n", double(fileBytes) / points,
                loads[1], points / 1e6);
    std::printf("loads in order: %.0f ms (the first into memory fresh from the kernel), %.0f, %.0f ms\n",
                inOrder[0], inOrder[1], inOrder[2]);
    std::printf("overview: first picture %.0f ms for %.2f M points (%.0f %% of the job)\n", firsts[1],
                double(overviewPoints) / 1e6, 100.0 * double(overviewPoints) / points);
    std::printf("copy: the store %.2f ms (its points shared), its points %.0f ms (%.0f MB held), as each "
                "batch of merged answers starts\n",
                copies[1], pointCopies[1], double(store.heldBytes()) / 1e6);
    return 0;
}
