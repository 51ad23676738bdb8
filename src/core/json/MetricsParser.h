// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiResult.h"
#include "core/metrics/MetricsResponse.h"

#include <QByteArray>
#include <QCoreApplication>

// Ingests GetTrainingJobMetricsResponseV1 with simdjson On-Demand. Bad input of any kind (not JSON,
// truncated, missing required fields, wrong types, non-finite numbers, bad timestamps, non-numeric GPU ranks)
// is an ApiError::Kind::Parse whose detail names the JSON path, for example
//   per_node_metrics[1].metrics.gpu_utilization."3"[17].timestamp: not an ISO-8601 date-time
// and nothing of the response is returned. Unknown fields are ignored.
class MetricsParser
{
    Q_DECLARE_TR_FUNCTIONS(MetricsParser)

public:
    static ApiResult<MetricsResponse> parse(const QByteArray &body);

    // Parses a made-up answer of about `bytes` on the calling thread and drops it: the thread's parser
    // buffers, scratch columns and heap are then paged in, so the first real answer is parsed as fast as any
    // later one (a cold 2.9 MB parse took 27 ms against 3.4 ms warm). True when the made-up answer parsed.
    static bool warmUp(std::size_t bytes);
};
