// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ReportCommand.h"

#include "cli/JobReport.h"
#include "cli/ReportCommandLine.h"
#include "core/json/TerminalText.h"

#include <cstdio>

ExportResult ReportCommand::execute(const QStringList &arguments, const AppSettings &settings)
{
    const ReportCommandLine::Parsed parsed = ReportCommandLine::parse(arguments);
    ExportResult result = std::holds_alternative<ExportResult>(parsed)
                              ? std::get<ExportResult>(parsed)
                              : JobReport::run(std::get<ReportRequest>(parsed), settings);
    // One line per failure, never the key, no escape sequences from a server's message.
    result.error = TerminalText::sanitize(result.error).simplified();
    const QString key = qEnvironmentVariable("BASETEN_API_KEY");
    if (key.size() >= 8)
        result.error.replace(key, QStringLiteral("***"));
    return result;
}

int ReportCommand::run(const QStringList &arguments, const AppSettings &settings)
{
    const ExportResult result = execute(arguments, settings);
    if (result.exitCode != ExportResult::Success) {
        std::fprintf(stderr, "trainscope report: %s\n", qPrintable(result.error));
        return result.exitCode;
    }
    if (!result.output.isEmpty())
        std::fprintf(stdout, "%s\n", result.output.toUtf8().constData());
    return result.exitCode;
}
