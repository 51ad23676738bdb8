// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// `trainscope export`: one job's dashboard as a PNG (and its raw series as CSV) from the command line, for
// reports and CI, with no window and no display. Reads the API key from BASETEN_API_KEY only.
//
// `trainscope export --compare --job P1/J1 --job P2/J2 ...`: two to six jobs side by side (charts and the
// comparison table) as a PNG, and the table as CSV.
//
// The steps live apart: ExportCommandLine parses and checks the options, DashboardExport and
// ComparisonExport do the work. This class picks the kind and keeps stderr to the promised lines.
// Exit codes: 0 written; 1 the export failed (HTTP, network, unknown node, unwritable file); 2 bad usage.
// A failure writes exactly one line to stderr; a comparison writes one line per job that failed.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using Result = ExportResult;
    using ExitCode = ExportResult::ExitCode;
    static constexpr ExitCode Success = ExportResult::Success;
    static constexpr ExitCode Failed = ExportResult::Failed;
    static constexpr ExitCode Usage = ExportResult::Usage;

    // arguments as QCoreApplication::arguments() has them: the program, "export", then the options. Runs
    // synchronously (a local event loop waits for the network) and needs a QApplication for the charts.
    static Result execute(const QStringList &arguments);
    // execute(), with its output printed; returns the exit code.
    static int run(QCoreApplication &app, const QStringList &arguments);

    // Keeps stderr to the one line of a failure: call before the QApplication exists. Critical and fatal
    // messages still get through.
    static void silenceQtWarnings();

    // "90s", "15m", "6h", "7d" in milliseconds; nullopt for anything else, zero included.
    static std::optional<qint64> parseDuration(const QString &text);
};
