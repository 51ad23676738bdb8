// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ClientConfig.h"

#include <QString>

#include <optional>

// `trainscope report --project P --job J ...`, checked: everything that can be wrong without the network
// already was.
struct ReportRequest
{
    enum class Format
    {
        Text,
        Markdown,
        Json,
    };

    ClientConfig config;
    int timeoutSeconds = 120;
    QString projectId;
    QString jobId;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    std::optional<qint64> lastMs;
    std::optional<int> stepSeconds; // --step; none: the job's own scrape interval, found by a probe
    Format format = Format::Text;
    QString outPath; // empty: stdout
    QString pngDir;  // --png-dir (Markdown only): a picture per finding there, embedded in the report
};
