// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ReportCommandLine.h"

#include "cli/ExportCommandLine.h"
#include "core/json/Iso8601.h"

#include <QCommandLineParser>

namespace {

constexpr int DefaultTimeoutSeconds = 300;

ExportResult usage(QString message)
{
    return ExportResult::failure(ExportResult::Usage, std::move(message));
}

struct Options
{
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               ReportCommandLine::tr("Baseten API base URL (default %1).")
                                   .arg(ClientConfig::defaultBaseUrl().toString()),
                               ReportCommandLine::tr("url"), ClientConfig::defaultBaseUrl().toString()};
    QCommandLineOption project{QStringLiteral("project"),
                               ReportCommandLine::tr("Training project id (required)."),
                               ReportCommandLine::tr("id")};
    QCommandLineOption job{QStringLiteral("job"), ReportCommandLine::tr("Training job id (required)."),
                           ReportCommandLine::tr("id")};
    QCommandLineOption from{QStringLiteral("from"),
                            ReportCommandLine::tr("Start of the window, ISO 8601 (default the job's start)."),
                            ReportCommandLine::tr("time")};
    QCommandLineOption to{
        QStringLiteral("to"),
        ReportCommandLine::tr("End of the window, ISO 8601 (default the job's end, or now)."),
        ReportCommandLine::tr("time")};
    QCommandLineOption last{QStringLiteral("last"),
                            ReportCommandLine::tr("Only the job's last part, such as 6h (s, m, h or d)."),
                            ReportCommandLine::tr("duration")};
    QCommandLineOption step{
        QStringLiteral("step"),
        ReportCommandLine::tr("Seconds between samples (default the job's own interval)."),
        ReportCommandLine::tr("seconds")};
    QCommandLineOption format{QStringLiteral("format"),
                              ReportCommandLine::tr("text, markdown or json (default text)."),
                              ReportCommandLine::tr("format"), QStringLiteral("text")};
    QCommandLineOption out{QStringLiteral("out"), ReportCommandLine::tr("Write the report to this file."),
                           ReportCommandLine::tr("file")};
    QCommandLineOption pngDir{
        QStringLiteral("png-dir"),
        ReportCommandLine::tr("With --format markdown: also write a picture of the charts over each "
                              "finding's span into this folder (created if missing), embedded under the "
                              "finding."),
        ReportCommandLine::tr("folder")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        ReportCommandLine::tr("Give up after this many seconds (default %1).").arg(DefaultTimeoutSeconds),
        ReportCommandLine::tr("seconds"), QString::number(DefaultTimeoutSeconds)};
};

// --from, --to, --last: an empty string, or what is wrong.
QString readWindow(const QCommandLineParser &parser, const Options &o, ReportRequest &request)
{
    if (parser.isSet(o.last)) {
        request.lastMs = ExportCommandLine::parseDuration(parser.value(o.last));
        if (!request.lastMs)
            return ReportCommandLine::tr("--last must be a count and a unit of s, m, h or d, such as 6h: %1")
                .arg(parser.value(o.last));
        if (parser.isSet(o.from) || parser.isSet(o.to))
            return ReportCommandLine::tr("--last cannot be combined with --from or --to.");
    }
    for (auto [option, value] : {std::pair{&o.from, &request.fromMs}, std::pair{&o.to, &request.toMs}}) {
        if (!parser.isSet(*option))
            continue;
        *value = Iso8601::parseMs(parser.value(*option));
        if (!*value)
            return ReportCommandLine::tr("--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2")
                .arg(option->names().constFirst(), parser.value(*option));
    }
    if (request.fromMs && request.toMs && *request.toMs <= *request.fromMs)
        return ReportCommandLine::tr("--to must be later than --from.");
    return {};
}

// Everything but the window: an empty string, or what is wrong.
QString readSettings(const QCommandLineParser &parser, const Options &o, ReportRequest &request)
{
    const QString url = parser.value(o.baseUrl);
    request.config.baseUrl = QUrl(url);
    if (!request.config.baseUrl.isValid() || request.config.baseUrl.scheme().isEmpty() ||
        request.config.baseUrl.host().isEmpty())
        return ReportCommandLine::tr("Not a URL: %1").arg(url);
    const QString format = parser.value(o.format);
    if (format == QLatin1String("text"))
        request.format = ReportRequest::Format::Text;
    else if (format == QLatin1String("markdown"))
        request.format = ReportRequest::Format::Markdown;
    else if (format == QLatin1String("json"))
        request.format = ReportRequest::Format::Json;
    else
        return ReportCommandLine::tr("--format must be text, markdown or json: %1").arg(format);
    bool ok = false;
    if (parser.isSet(o.step)) {
        request.stepSeconds = parser.value(o.step).toInt(&ok);
        if (!ok || *request.stepSeconds < 1 || *request.stepSeconds > 3600)
            return ReportCommandLine::tr("--step must be a whole number of seconds from 1 to 3600: %1")
                .arg(parser.value(o.step));
    }
    request.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
    if (!ok || request.timeoutSeconds < 1 || request.timeoutSeconds > 3600)
        return ReportCommandLine::tr("--timeout must be a whole number of seconds from 1 to 3600: %1")
            .arg(parser.value(o.timeout));
    request.config.transferTimeoutMs = request.timeoutSeconds * 1000;
    request.outPath = parser.value(o.out);
    request.pngDir = parser.value(o.pngDir);
    if (parser.isSet(o.pngDir) && request.pngDir.isEmpty())
        return ReportCommandLine::tr("--png-dir needs a folder.");
    if (!request.pngDir.isEmpty() && request.format != ReportRequest::Format::Markdown)
        return ReportCommandLine::tr("--png-dir works with --format markdown only.");
    return {};
}

} // namespace

ReportCommandLine::Parsed ReportCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tells what a Baseten training job's metrics show: lagging ranks, idle GPUs, memory headroom, "
           "growth towards a limit, slow starts, checkpoint stalls, phases and the cost of idle GPU time. "
           "The API key is read from the environment variable BASETEN_API_KEY."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"),
                                 tr("Write the report instead of opening the application."),
                                 QStringLiteral("report"));
    const Options o;
    for (const QCommandLineOption &option :
         {o.baseUrl, o.project, o.job, o.from, o.to, o.last, o.step, o.format, o.out, o.pngDir, o.timeout})
        parser.addOption(option);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        ExportResult r;
        r.output = parser.helpText();
        return r;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("report"))
        return usage(positional.size() > 1 ? tr("Unexpected argument: %1").arg(positional.at(1))
                                           : tr("Expected the command \"report\"."));
    ReportRequest request;
    for (const QCommandLineOption *required : {&o.project, &o.job}) {
        if (parser.value(*required).isEmpty())
            return usage(tr("Missing --%1.").arg(required->names().constFirst()));
    }
    request.projectId = parser.value(o.project);
    request.jobId = parser.value(o.job);
    if (const QString error = readSettings(parser, o, request); !error.isEmpty())
        return usage(error);
    if (const QString error = readWindow(parser, o, request); !error.isEmpty())
        return usage(error);
    request.config.apiKey = qEnvironmentVariable("BASETEN_API_KEY");
    if (request.config.apiKey.isEmpty())
        return usage(tr("Set the environment variable BASETEN_API_KEY to your Baseten API key."));
    return request;
}
