// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// One stretch of a job with one character, from the job-median GPU utilization: getting going, training,
// stalled (every GPU down together), or winding down after the last steady stretch.
struct JobPhase
{
    enum class Kind
    {
        Startup,
        Steady,
        Stalls,
        Tail,
    };

    Kind kind = Kind::Steady;
    qint64 startMs = 0;
    qint64 endMs = 0;        // the end of its last sample's interval
    double idleGpuHours = 0; // GPU-hours below 10 % utilization inside this phase

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Startup:
            return QStringLiteral("startup");
        case Kind::Steady:
            return QStringLiteral("steady");
        case Kind::Stalls:
            return QStringLiteral("stalls");
        case Kind::Tail:
            return QStringLiteral("tail");
        }
        return {};
    }
};
