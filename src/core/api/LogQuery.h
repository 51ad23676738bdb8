// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/LogLevel.h"

#include <QString>

// One page of a job's logs (GET .../logs): a window, a direction and a limit, and a minimum level.
struct LogQuery
{
    static constexpr qint64 MaxWindowMs = 7LL * 24 * 3600 * 1000; // the API refuses a longer window
    static constexpr int MaxLimit = 1000;
    // A job's last lines (the error that ended it) are often stamped after the update that recorded its end,
    // and updated_at may be written to the second: windows over a finished job reach this far past its end.
    static constexpr qint64 TailMarginMs = 5LL * 60 * 1000;

    QString projectId;
    QString jobId;
    qint64 startMs = 0; // inclusive
    qint64 endMs = 0;   // inclusive
    bool newestFirst = true;
    int limit = 200;
    LogLevel minLevel = LogLevel::None; // None: every line, those without a level too

    friend bool operator==(const LogQuery &, const LogQuery &) = default;
};
