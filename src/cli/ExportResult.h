// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

// What an export ended in: the exit code, one line of stderr per failure or the text for stdout, and what
// was exported (for tests and scripts that check the window and the picture).
struct ExportResult
{
    // 0 written; 1 the export failed (HTTP, network, unknown node, unwritable file); 2 bad usage.
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        Usage = 2
    };

    int exitCode = Success;
    QString error;  // for stderr when exitCode != Success: one line (one per failed job of a comparison)
    QString output; // for stdout: the help text, or what was written
    // The window exported (epoch ms) and the resolution fetched, once known.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepSeconds = 0;
    QString
        resolution; // what the picture was drawn from, as Fidelity::tag() says it: "full 15s", "sampled 300s"
    std::vector<QRectF> plotAreas; // per chart, in the PNG's pixels

    static ExportResult failure(int code, QString message)
    {
        ExportResult r;
        r.exitCode = code;
        r.error = std::move(message);
        return r;
    }
};
