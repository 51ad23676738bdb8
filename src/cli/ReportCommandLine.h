// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportResult.h"
#include "cli/ReportRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

// The options of `trainscope report` into a checked request, with no network: a typo costs no request. A
// parse ends in a request, or in a result to report at once (the help text, or a usage error of one line).
class ReportCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommandLine)

public:
    using Parsed = std::variant<ExportResult, ReportRequest>;

    // arguments as QCoreApplication::arguments() has them: the program, "report", then the options.
    static Parsed parse(const QStringList &arguments);
};
