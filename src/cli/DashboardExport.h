// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportRequest.h"
#include "cli/ExportResult.h"

#include <QCoreApplication>

// One job's dashboard (or one chart) as a PNG, and its raw series as CSV: fetch the job, resolve the window
// inside its lifetime, fetch the metrics, render, write. Needs a QApplication for the charts.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)

public:
    static ExportResult run(const DashboardExportRequest &request);
};
