// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportResult.h"
#include "cli/ReportRequest.h"

#include <QCoreApplication>

class AppSettings;
class MetricsStore;

// The work of `trainscope report`: fetch the job, resolve the window inside its lifetime, fetch its metrics
// at full resolution as the dashboard does (WindowFetch: the scrape interval found by its probe, then tiles
// under the server's point limit), analyse them and write the report. Prices come from the settings.
class JobReport
{
    Q_DECLARE_TR_FUNCTIONS(JobReport)

public:
    static ExportResult run(const ReportRequest &request, const AppSettings &settings);
};
