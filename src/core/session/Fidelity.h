// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QCoreApplication>
#include <QString>

class MetricsStore;

// How true the picture of a window is: whether every scraped sample behind it is in the store, or only one
// per coarser step, which can skip a short dip entirely. What a chart header, the status bar and an export
// say about the data they show.
struct Fidelity
{
    Q_DECLARE_TR_FUNCTIONS(Fidelity)

public:
    int scrapeSeconds = 0;        // the job's native interval; 0 while unknown
    int sampledStepSeconds = 0;   // > 0: some of the window shows one sample per this many seconds
    double refinedFraction = 1.0; // the share of the window held at the native interval
    bool refining = false;        // tiles at the native interval are on their way
    bool loadingCache = false;    // the window shows a cached job's overview while the whole file is read

    bool isSampled() const { return sampledStepSeconds > 0; }
    // The share held at the native interval in whole percent, rounded down and below 100 while tiles are on
    // their way: "100 %" only once the last one is in.
    int refinedPercent() const;

    // The fidelity of [fromMs, toMs] in store; scrapeSeconds 0 counts anything coarser than 1 s as sampled.
    static Fidelity of(const MetricsStore &store, qint64 fromMs, qint64 toMs, int scrapeSeconds);

    // "sampled every 5 min — refining 62 %", "sampled every 5 min", "every sample (15 s)"; empty for an
    // empty window. For chart headers.
    QString headline() const;
    // The same without the refinement's percentage, which the status bar's progress shows: "sampled every
    // 5 min — refining". For chart titles, which QtCharts lays out again (as HTML) whenever they change: a
    // percentage there laid every chart out again for every tile that arrived.
    QString chartNote() const;
    // A machine-readable tag for exports: "full 15s", "sampled 300s".
    QString tag() const;

private:
    QString sampledEvery() const;
};
