// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportRequest.h"
#include "cli/ExportResult.h"

#include <QCoreApplication>

// Two to six jobs side by side as a PNG (charts and the comparison table), the table as CSV: fetch every
// job, then every job's metrics (all at once), build the table, render, write. Every job must load: a
// comparison with a job missing would read as if that job did not exist, so then nothing is written.
class ComparisonExport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExport)

public:
    static ExportResult run(const ComparisonExportRequest &request);
};
