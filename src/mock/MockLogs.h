// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

struct MockJob;

// The log lines of a simulated job and GetLogsResponseV1 bodies. Lines are a function of the job, the seed
// and the time, never stored: a window is generated on request, so overlapping pages agree. They tell the
// job's story as its metrics do: startup, a step line a minute, checkpoints where storage steps, warnings
// where a rank lags or a node idles, and the failure (the out-of-memory error of the failed demo job), the
// preemption or the end.
class MockLogs
{
public:
    enum Level : int
    {
        NoLevel = -1, // a plain print: only a query without min_level returns it
        Debug,
        Info,
        Warning,
        Error,
    };

    struct Line
    {
        qint64 timeNs = 0; // unique per job: the millisecond and an order within it
        Level level = NoLevel;
        QString replica; // empty: null (the platform's own lines)
        QString message;

        qint64 timeMs() const { return timeNs / 1000000; }
    };

    struct Query
    {
        qint64 startMs = 0; // inclusive
        qint64 endMs = 0;   // inclusive
        bool descending = false;
        int limit = 500;
        Level minLevel = NoLevel; // NoLevel: every line, those without a level too
    };

    static constexpr qint64 maxWindowMs = 7LL * 24 * 3600 * 1000;
    static constexpr qint64 defaultWindowMs = 30LL * 60 * 1000;
    static constexpr int maxLimit = 1000;
    static constexpr int defaultLimit = 500;

    // Every line in [fromMs, toMs], oldest first.
    static std::vector<Line> lines(const MockJob &job, quint64 seed, qint64 nowMs, qint64 fromMs,
                                   qint64 toMs);
    // The lines a checked query returns, in its direction, at most its limit.
    static std::vector<Line> query(const MockJob &job, quint64 seed, qint64 nowMs, const Query &query);
    static QByteArray body(const std::vector<Line> &lines);

    static std::optional<Level> levelFromName(const QString &name); // DEBUG, INFO, WARNING, ERROR
    static const char *levelName(Level level);                      // nullptr for NoLevel
};
