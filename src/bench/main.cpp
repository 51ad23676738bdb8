// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/CacheBench.h"
#include "bench/ChartBench.h"
#include "bench/DashboardBench.h"
#include "bench/HeatmapBench.h"
#include "bench/IngestBench.h"
#include "bench/InsightBench.h"
#include "bench/OpenBench.h"
#include "bench/RefineBench.h"
#include "core/metrics/HugePageHeap.h"

#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>

// Each benchmark is a subcommand: add one by declaring `int runXxxBench(const QStringList &args)` in its own
// header and adding it to this table.
int main(int argc, char **argv)
{
    // As the application does (src/app/main.cpp); --without-reserve measures malloc alone.
    if (std::none_of(argv, argv + argc,
                     [](const char *a) { return std::strcmp(a, "--without-reserve") == 0; }))
        HugePageHeap::enable();
    // The dashboard benchmark drives real chart widgets; it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::map<QString, int (*)(const QStringList &)> benches = {
        {QStringLiteral("ingest"), &runIngestBench},   {QStringLiteral("chart"), &runChartBench},
        {QStringLiteral("cache"), &runCacheBench},     {QStringLiteral("open"), &runOpenBench},
        {QStringLiteral("open-child"), &runOpenChild}, {QStringLiteral("dashboard"), &runDashboardBench},
        {QStringLiteral("refine"), &runRefineBench},   {QStringLiteral("insight"), &runInsightBench},
        {QStringLiteral("heatmap"), &runHeatmapBench},
    };

    QStringList args = app.arguments().mid(1);
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    const auto it = benches.find(name);
    if (it == benches.end()) {
        std::fprintf(stderr, "usage: trainscope-bench <benchmark> [options]\nbenchmarks:");
        for (const auto &entry : benches)
            std::fprintf(stderr, " %s", qPrintable(entry.first));
        std::fprintf(stderr, "\n");
        return 2;
    }
    return it->second(args);
}
