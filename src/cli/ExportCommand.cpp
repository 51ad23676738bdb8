// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ExportCommand.h"

#include "cli/ComparisonExport.h"
#include "cli/DashboardExport.h"
#include "cli/ExportCommandLine.h"
#include "core/json/TerminalText.h"

#include <cstdio>

namespace {

// Parses, then runs what was asked for: a parse that ends early (help, usage) is the result itself.
template<typename Parsed, typename Work> ExportResult parseThenRun(const Parsed &parsed, Work work)
{
    if (const ExportResult *early = std::get_if<ExportResult>(&parsed))
        return *early;
    return work(std::get<1>(parsed));
}

} // namespace

std::optional<qint64> ExportCommand::parseDuration(const QString &text)
{
    return ExportCommandLine::parseDuration(text);
}

ExportCommand::Result ExportCommand::execute(const QStringList &arguments)
{
    Result result = arguments.contains(QLatin1String("--compare"))
                        ? parseThenRun(ExportCommandLine::parseComparison(arguments), &ComparisonExport::run)
                        : parseThenRun(ExportCommandLine::parseDashboard(arguments), &DashboardExport::run);
    // One line per failure whatever the message, and never the key, even if a server echoed it back. A
    // message may quote the server, so escape sequences and control characters go before it is printed.
    QStringList lines = TerminalText::sanitize(result.error).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.simplified();
    result.error = lines.join(QLatin1Char('\n'));
    // A key of a few characters would match ordinary words; real keys are far longer than this.
    const QString key = qEnvironmentVariable("BASETEN_API_KEY");
    if (key.size() >= 8)
        result.error.replace(key, QStringLiteral("***"));
    return result;
}

void ExportCommand::silenceQtWarnings()
{
    // Scripts read the export's stderr as its verdict; Qt's own notes (a missing XDG_RUNTIME_DIR in a CI
    // container, font fallbacks) would add lines to it that say nothing about the export.
    static QtMessageHandler previous = nullptr;
    previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
            if ((type == QtCriticalMsg || type == QtFatalMsg) && previous)
                previous(type, context, text);
        });
}

int ExportCommand::run(QCoreApplication &app, const QStringList &arguments)
{
    Q_UNUSED(app) // the charts need it to exist; nothing else here does
    const Result result = execute(arguments);
    if (result.exitCode != Success) {
        for (const QString &line : result.error.split(QLatin1Char('\n')))
            std::fprintf(stderr, "trainscope export: %s\n", qPrintable(line));
        return result.exitCode;
    }
    if (!result.output.isEmpty())
        std::fprintf(stdout, "%s\n", qPrintable(result.output));
    return result.exitCode;
}
