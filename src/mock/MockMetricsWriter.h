// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>

#include <optional>

struct MockJob;

// Writes GetTrainingJobMetricsResponseV1 bodies. Values are a pure function of (seed, job, node, rank,
// metric, sample time), never stored, so overlapping windows agree and a refetch returns identical bytes.
// Sample times are multiples of the step, so they also agree across refetches.
class MockMetricsWriter
{
public:
    // Prometheus' own limit: a query that would return more points per series is refused.
    static constexpr int maxPointsPerSeries = 11000;
    // How far back a step instant looks for the latest scraped sample.
    static constexpr qint64 lookbackMs = 5LL * 60 * 1000;
    static constexpr int derivedMaxPoints = 720; // without step_seconds, a window yields ~360-720 points

    struct Window
    {
        qint64 startMs = 0; // clipped to the job's lifetime
        qint64 endMs = 0;
        qint64 stepSeconds = 1;
        bool empty = true;          // the job has no metrics, or the window misses its lifetime
        bool tooManyPoints = false; // the step asked for would exceed maxPointsPerSeries: a 400

        qint64 firstSampleMs() const; // the first multiple of the step at or after startMs
        int sampleCount() const;
    };

    explicit MockMetricsWriter(quint64 seed, qint64 maxPoints = maxPointsPerSeries);

    // Null bounds stand for the job's start and its end (now, for a running job); the step is taken from the
    // request (at least 1 s; more than maxPointsPerSeries instants marks the window tooManyPoints) or
    // derived from the clipped window's length.
    // maxPoints is the refusal limit: maxPointsPerSeries, or 0 for none (a benchmark's unlimited baseline).
    static Window resolveWindow(const MockJob &job, qint64 nowMs, std::optional<qint64> startMs,
                                std::optional<qint64> endMs, std::optional<qint64> stepSeconds,
                                qint64 maxPoints = maxPointsPerSeries);
    static qint64 derivedStepSeconds(qint64 windowMs);

    QByteArray write(const MockJob &job, qint64 nowMs, std::optional<qint64> startMs = std::nullopt,
                     std::optional<qint64> endMs = std::nullopt,
                     std::optional<qint64> stepSeconds = std::nullopt) const;

    // For benchmarks: a running H100-style job of any shape, whose full window at a 60 s step has exactly
    // `pointsPerSeries` samples, and the body the server would send for it.
    static MockJob syntheticJob(int nodeCount, int gpuCount, int pointsPerSeries, qint64 nowMs);
    static QByteArray syntheticPayload(int nodeCount, int gpuCount, int pointsPerSeries, quint64 seed = 1);

private:
    quint64 m_seed;
    qint64 m_maxPoints;
};
