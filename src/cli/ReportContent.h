// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"
#include "core/metrics/TrainingJob.h"

// What `trainscope report` writes, whatever the format: the job, the window analysed and what was found.
struct ReportContent
{
    TrainingJob job;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepSeconds = 0;
    InsightReport insight;
    // Per finding, its picture's path relative to the report (URL-encoded), when --png-dir asked for them.
    QStringList findingImages;
};
