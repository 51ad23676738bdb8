// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <algorithm>
#include <optional>

// One metrics request: the window (epoch ms, open ends allowed) and the resolution.
struct MetricsQuery
{
    // The store behind the API refuses a query that would return more points per series than this
    // (Prometheus' limit, answered with 400): every step a client picks keeps a window under it.
    static constexpr qint64 MaxPointsPerSeries = 11000;

    // The smallest step, in seconds, that keeps a window of spanMs under MaxPointsPerSeries instants.
    static qint64 smallestStepSeconds(qint64 spanMs)
    {
        const qint64 seconds = std::max<qint64>(spanMs, 0) / 1000 + 1;
        return std::max<qint64>(1, (seconds + MaxPointsPerSeries - 2) / (MaxPointsPerSeries - 1));
    }

    QString projectId;
    QString jobId;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    std::optional<int> stepSeconds;

    friend bool operator==(const MetricsQuery &, const MetricsQuery &) = default;
};
