// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportResult.h"
#include "cli/ReportRequest.h"

#include <QCoreApplication>

class AppSettings;
class MetricsStore;

// The work of `trainscope report`: fetch the job, resolve the window inside its lifetime, fetch its metrics
// at full resolution (the job's own scrape interval, found by a short probe at 1 s, in consecutive requests
// under the server's point limit), analyse them and write the report. Prices come from the settings.
class JobReport
{
    Q_DECLARE_TR_FUNCTIONS(JobReport)

public:
    static ExportResult run(const ReportRequest &request, const AppSettings &settings);

    // The interval at which the values of a store fetched at a 1 s step change: the scrape interval the
    // query repeats between; nullopt when nothing changes.
    static std::optional<int> scrapeSeconds(const MetricsStore &probe);
};
