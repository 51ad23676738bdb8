// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/ScenarioStore.h"

#include "core/json/MetricsParser.h"
#include "core/settings/AppSettings.h"
#include "mock/MockMetricsWriter.h"
#include "mock/MockScenarioGenerator.h"

#include <algorithm>

MetricsStore ScenarioStore::load(const MockScenarioCase &scenario, QString *error)
{
    const MockJob &job = scenario.job;
    const MockMetricsWriter writer(scenario.seed);
    const qint64 stepMs = qint64(job.scrapeSeconds) * 1000;
    // Well under the server's limit, so a chunk's JSON stays a few megabytes even for 16 nodes.
    const qint64 chunkMs = stepMs * 1000;
    MetricsStore store;
    for (qint64 from = job.startMs; from <= job.endMs; from += chunkMs) {
        const qint64 to = std::min(job.endMs, from + chunkMs - stepMs);
        const auto parsed =
            MetricsParser::parse(writer.write(job, job.endMs + 3'600'000, from, to, job.scrapeSeconds));
        if (!parsed.ok()) {
            if (error)
                *error = parsed.error().message();
            return {};
        }
        store.merge(parsed.value(), from, to, job.scrapeSeconds);
    }
    return store;
}

InsightOptions ScenarioStore::optionsFor(const MockScenarioCase &scenario)
{
    InsightOptions options;
    for (const MockInstanceType &m : MockScenarioGenerator::instanceTypes()) {
        InstanceType t;
        t.id = m.id;
        t.name = m.name;
        t.memoryLimitMib = m.memoryLimitMib;
        t.millicpuLimit = m.millicpuLimit;
        t.gpuCount = m.gpuCount;
        t.gpuType = m.gpuType;
        t.gpuMemoryLimitMib = m.gpuMemoryLimitMib;
        options.instanceTypes.push_back(t);
    }
    options.pricePerGpuHour = AppSettings::defaultGpuHourPrice(scenario.job.instanceType.gpuType);
    return options;
}
