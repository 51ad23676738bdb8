// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// `trainscope export`: one job's dashboard as a PNG (and its raw series as CSV) from the command line, for
// reports and CI, with no window and no display. Reads the API key from BASETEN_API_KEY only.
//
// `trainscope export --compare --job P1/J1 --job P2/J2 ...`: two to six jobs side by side (charts and the
// comparison table) as a PNG, and the table as CSV.
//
// Exit codes: 0 written; 1 the export failed (HTTP, network, unknown node, unwritable file); 2 bad usage.
// A failure writes exactly one line to stderr; a comparison writes one line per job that failed.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        Usage = 2
    };

    struct Result
    {
        int exitCode = Success;
        QString error;  // for stderr when exitCode != Success: one line (one per failed job of a comparison)
        QString output; // for stdout: the help text, or what was written
        // The window exported (epoch ms) and the resolution fetched, once known.
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int stepSeconds = 0;
        std::vector<QRectF> plotAreas; // per chart, in the PNG's pixels
    };

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

private:
    static Result exportDashboard(const QStringList &arguments);
    static Result exportComparison(const QStringList &arguments);
};
