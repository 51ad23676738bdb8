// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <optional>

// One metrics request: the window (epoch ms, open ends allowed) and the resolution.
struct MetricsQuery
{
    QString projectId;
    QString jobId;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    std::optional<int> stepSeconds;

    friend bool operator==(const MetricsQuery &, const MetricsQuery &) = default;
};
