// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>
#include <utility>

// One thing the analysis tells the user about a job: what (kind), how bad, where (node, rank), when, in one
// translated line, and the numbers it rests on, so a reader can check it against the charts.
struct InsightFinding
{
    enum class Kind
    {
        LaggingRank,
        Imbalance,
        IdleGpu,
        IdleHeldGpu,
        MemoryHeadroom,
        PreallocatedMemory,
        MemoryGrowth,
        StorageGrowth,
        LongStartup,
        CheckpointStalls,
    };
    static constexpr int KindCount = 10;

    enum class Severity
    {
        Info,
        Warning,
        Critical,
    };

    Kind kind = Kind::LaggingRank;
    Severity severity = Severity::Info;
    QString node;            // node id; empty when the finding is about the whole job
    std::optional<int> rank; // none when it is about a node or the job
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString summary; // one line, translated
    QVariantMap
        evidence; // machine names (snake_case) to numbers, and a few words where a number cannot say it

    // The window that shows the finding: its span with room on each side (a fifth of it, at least two
    // minutes), so what came before and after is in view too. The window's range and exported pictures.
    std::pair<qint64, qint64> viewWindow() const;

    // The machine names of the report's JSON: "lagging_rank", "warning", ...
    static QString kindName(Kind kind);
    static QString severityName(Severity severity);
};
