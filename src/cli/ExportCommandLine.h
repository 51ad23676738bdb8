// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportRequest.h"
#include "cli/ExportResult.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

// The options of `trainscope export` into a checked request, with no network and no window: a typo costs no
// request. A parse ends in a request to run, or in a result to report at once (the help text, or a usage
// error of one line).
class ExportCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommandLine)

public:
    using Dashboard = std::variant<ExportResult, DashboardExportRequest>;
    using Comparison = std::variant<ExportResult, ComparisonExportRequest>;

    // arguments as QCoreApplication::arguments() has them: the program, "export", then the options.
    static Dashboard parseDashboard(const QStringList &arguments);
    static Comparison parseComparison(const QStringList &arguments);

    // "90s", "15m", "6h", "7d" in milliseconds; nullopt for anything else, zero included.
    static std::optional<qint64> parseDuration(const QString &text);
};
