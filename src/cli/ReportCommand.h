// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportResult.h"

#include <QCoreApplication>
#include <QStringList>

class AppSettings;

// `trainscope report --project P --job J [--from --to | --last] [--format text|markdown|json] [--out FILE]`:
// what a job's metrics show (docs/INSIGHT.md), with no window and no display. Reads the API key from
// BASETEN_API_KEY only. ReportCommandLine parses, JobReport does the work. Exit codes: 0 the report was
// written, findings or not; 1 it failed (HTTP, network, unwritable file); 2 bad usage. A failure writes one
// line to stderr.
class ReportCommand
{
public:
    static ExportResult execute(const QStringList &arguments, const AppSettings &settings);
    // execute(), with its output printed; returns the exit code.
    static int run(const QStringList &arguments, const AppSettings &settings);
};
