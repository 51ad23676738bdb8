// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// libFuzzer target: whatever bytes a server sends as a metrics body, ingest ends in a value or a parse error,
// and an accepted response holds only sorted, finite series that merge into a store.
#include "core/json/MetricsParser.h"
#include "core/metrics/MetricsStore.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {

void check(const Series &s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!std::isfinite(s.values()[i]) || (i > 0 && s.times()[i] <= s.times()[i - 1]))
            std::abort();
    }
}

void checkNode(const NodeMetrics &n)
{
    for (const auto &[rank, s] : n.gpuUtilization)
        check(s);
    for (const auto &[rank, s] : n.gpuMemory)
        check(s);
    check(n.cpuUsage);
    check(n.cpuMemory);
    check(n.ephemeralUsage);
    check(n.ephemeralUtilization);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ApiResult<MetricsResponse> result = MetricsParser::parse(body);
    if (!result.ok()) {
        if (result.error().message().isEmpty())
            std::abort(); // an error nobody can read is a bug too
        return 0;
    }
    const MetricsResponse &m = result.value();
    checkNode(m.leader);
    for (const NodeMetrics &n : m.nodes)
        checkNode(n);
    check(m.cacheUsage);
    check(m.cacheUtilization);
    MetricsStore store;
    store.merge(m, 0, 1'000'000'000'000'000LL, 1);
    store.merge(m, 500, 1'000'000, 1);
    (void)store.dataBounds();
    return 0;
}
