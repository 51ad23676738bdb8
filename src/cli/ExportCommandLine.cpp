// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ExportCommandLine.h"

#include "core/json/Iso8601.h"
#include "core/metrics/MetricInfo.h"
#include "core/session/CompareSession.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

constexpr int DefaultTimeoutSeconds = 120;
constexpr int MinTimeoutSeconds = 1;
constexpr int MaxTimeoutSeconds = 3600;
constexpr int MinimumSide = 320;
constexpr int MaximumPixels = 16384; // per side of the image: QImage and viewers draw the line about here

ExportResult usage(QString message)
{
    return ExportResult::failure(ExportResult::Usage, std::move(message));
}

std::optional<Metric> metricByName(const QString &name)
{
    for (int i = 0; i < MetricCount; ++i) {
        if (MetricInfo::csvName(Metric(i)) == name)
            return Metric(i);
    }
    return std::nullopt;
}

QString metricNames()
{
    QStringList names;
    for (int i = 0; i < MetricCount; ++i)
        names.append(MetricInfo::csvName(Metric(i)));
    return names.join(QStringLiteral(", "));
}

// The options both kinds of export take; their values become an ExportTarget.
struct TargetOptions
{
    QCommandLineOption help{QStringLiteral("help")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               ExportCommandLine::tr("Baseten API base URL (default %1).")
                                   .arg(ClientConfig::defaultBaseUrl().toString()),
                               ExportCommandLine::tr("url"), ClientConfig::defaultBaseUrl().toString()};
    QCommandLineOption size{
        QStringLiteral("size"),
        ExportCommandLine::tr("Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200)."),
        ExportCommandLine::tr("WxH"), QStringLiteral("1600x1200")};
    QCommandLineOption scale{
        QStringLiteral("scale"),
        ExportCommandLine::tr("Image pixels per logical pixel: 2 for HiDPI (default 1)."),
        ExportCommandLine::tr("factor"), QStringLiteral("1")};
    QCommandLineOption png{QStringLiteral("png"),
                           ExportCommandLine::tr("Write the image to this file (required)."),
                           ExportCommandLine::tr("file")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        ExportCommandLine::tr("Give up after this many seconds (default %1).").arg(DefaultTimeoutSeconds),
        ExportCommandLine::tr("seconds"), QString::number(DefaultTimeoutSeconds)};
    QCommandLineOption resolution{
        QStringLiteral("resolution"),
        ExportCommandLine::tr("full: wait for every sample the API kept (default); sampled: one sample per "
                              "pixel column, faster, but short dips can be missed."),
        ExportCommandLine::tr("full|sampled"), QStringLiteral("full")};

    // Help, the "export" word and --base-url: what comes first in the help text.
    void addTo(QCommandLineParser &parser, const QString &description)
    {
        parser.setApplicationDescription(description);
        help = parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("export"),
                                     ExportCommandLine::tr("Run the export instead of the application."),
                                     QStringLiteral("export"));
        parser.addOption(baseUrl);
    }
    // The picture, the files and the time limit: what comes after the options of the export's kind.
    void addOutputTo(QCommandLineParser &parser, const QCommandLineOption &csv)
    {
        for (const QCommandLineOption &o : {size, scale, png, csv, timeout, resolution})
            parser.addOption(o);
    }
};

// The parse both exports share: a result to return at once (an error, or the help text), or nothing.
std::optional<ExportResult> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                           const QCommandLineOption &help)
{
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        ExportResult r;
        r.output = parser.helpText();
        return r;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("export"))
        return usage(ExportCommandLine::tr("Expected the command \"export\"."));
    if (positional.size() > 1)
        return usage(ExportCommandLine::tr("Unexpected argument: %1").arg(positional.at(1)));
    return std::nullopt;
}

// --size and --scale into the image options: an empty string, or what is wrong.
QString readImage(const QString &sizeText, const QString &scaleText, ExportOptions &options)
{
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch sizeMatch = sizePattern.match(sizeText);
    if (!sizeMatch.hasMatch())
        return ExportCommandLine::tr("--size must be WIDTHxHEIGHT, such as 1600x1200: %1").arg(sizeText);
    options.size = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    bool scaleOk = false;
    options.scale = scaleText.toDouble(&scaleOk);
    if (!scaleOk || !(options.scale >= 0.5 && options.scale <= 4))
        return ExportCommandLine::tr("--scale must be a number from 0.5 to 4: %1").arg(scaleText);
    if (options.size.width() < MinimumSide || options.size.height() < MinimumSide)
        return ExportCommandLine::tr("--size must be at least %1x%1.").arg(MinimumSide);
    if (options.pixelSize().width() > MaximumPixels || options.pixelSize().height() > MaximumPixels)
        return ExportCommandLine::tr(
                   "The image would be larger than %1 pixels a side; lower --size or --scale.")
            .arg(MaximumPixels);
    return {};
}

// The shared options into a target: an empty string, or what is wrong. The key comes last, so that usage
// errors are reported the same with or without one.
QString readTarget(const QCommandLineParser &parser, const TargetOptions &o, const QCommandLineOption &csv,
                   ExportTarget &target)
{
    const QString url = parser.value(o.baseUrl);
    target.config.baseUrl = QUrl(url);
    if (!target.config.baseUrl.isValid() || target.config.baseUrl.scheme().isEmpty() ||
        target.config.baseUrl.host().isEmpty())
        return ExportCommandLine::tr("Not a URL: %1").arg(url);
    target.pngPath = parser.value(o.png);
    if (target.pngPath.isEmpty())
        return ExportCommandLine::tr("Missing --%1.").arg(QStringLiteral("png"));
    target.csvPath = parser.value(csv);
    if (QString error = readImage(parser.value(o.size), parser.value(o.scale), target.image);
        !error.isEmpty())
        return error;
    // The range the settings dialog offers; beyond it the milliseconds would overflow.
    bool timeoutOk = false;
    target.timeoutSeconds = parser.value(o.timeout).toInt(&timeoutOk);
    if (!timeoutOk || target.timeoutSeconds < MinTimeoutSeconds || target.timeoutSeconds > MaxTimeoutSeconds)
        return ExportCommandLine::tr("--timeout must be a whole number of seconds from %1 to %2: %3")
            .arg(MinTimeoutSeconds)
            .arg(MaxTimeoutSeconds)
            .arg(parser.value(o.timeout));
    target.config.transferTimeoutMs = target.timeoutSeconds * 1000;
    const std::optional<Resolution> resolution = parseResolution(parser.value(o.resolution));
    if (!resolution)
        return ExportCommandLine::tr("--resolution must be full or sampled: %1")
            .arg(parser.value(o.resolution));
    target.resolution = *resolution;
    return {};
}

// The key from the environment (the headless export has no keychain): an empty string, or what is wrong.
QString readKey(ExportTarget &target)
{
    target.config.apiKey = qEnvironmentVariable("BASETEN_API_KEY");
    if (target.config.apiKey.isEmpty())
        return ExportCommandLine::tr("Set the environment variable BASETEN_API_KEY to your Baseten API key.");
    return {};
}

// --last: nothing when not given; an error when it does not read as a duration.
std::variant<QString, std::optional<qint64>> readLast(const QCommandLineParser &parser,
                                                      const QCommandLineOption &last)
{
    if (!parser.isSet(last))
        return std::optional<qint64>();
    if (std::optional<qint64> ms = ExportCommandLine::parseDuration(parser.value(last)))
        return ms;
    return ExportCommandLine::tr("--last must be a count and a unit of s, m, h or d, such as 6h: %1")
        .arg(parser.value(last));
}

// --from and --to of a dashboard export: an empty string, or what is wrong.
QString readWindow(const QCommandLineParser &parser, const QCommandLineOption &from,
                   const QCommandLineOption &to, DashboardExportRequest &request)
{
    if (request.lastMs && (parser.isSet(from) || parser.isSet(to)))
        return ExportCommandLine::tr("--last cannot be combined with --from or --to.");
    for (auto [option, value] : {std::pair{&from, &request.fromMs}, std::pair{&to, &request.toMs}}) {
        if (!parser.isSet(*option))
            continue;
        *value = Iso8601::parseMs(parser.value(*option));
        if (!*value)
            return ExportCommandLine::tr("--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2")
                .arg(option->names().constFirst(), parser.value(*option));
    }
    if (request.fromMs && request.toMs && *request.toMs <= *request.fromMs)
        return ExportCommandLine::tr("--to must be later than --from.");
    return {};
}

// --job PROJECT/JOB, two to six times: an empty string, or what is wrong.
QString readComparedJobs(const QStringList &values, ComparisonExportRequest &request)
{
    if (values.size() < CompareSession::MinJobs || values.size() > CompareSession::MaxJobs)
        return ExportCommandLine::tr("--compare takes %1 to %2 --job options; got %3.")
            .arg(CompareSession::MinJobs)
            .arg(CompareSession::MaxJobs)
            .arg(values.size());
    for (const QString &a : values) {
        const qsizetype slash = a.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == a.size() - 1 || a.indexOf(QLatin1Char('/'), slash + 1) >= 0)
            return ExportCommandLine::tr("--job must be PROJECT/JOB with --compare: %1").arg(a);
        request.jobs.append({a.left(slash), a.mid(slash + 1)});
    }
    return {};
}

// The options only a dashboard export has.
struct DashboardOptions
{
    QCommandLineOption project{QStringLiteral("project"),
                               ExportCommandLine::tr("Training project id (required)."),
                               ExportCommandLine::tr("id")};
    QCommandLineOption job{QStringLiteral("job"), ExportCommandLine::tr("Training job id (required)."),
                           ExportCommandLine::tr("id")};
    QCommandLineOption from{
        QStringLiteral("from"),
        ExportCommandLine::tr("Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job's "
                              "start."),
        ExportCommandLine::tr("time")};
    QCommandLineOption to{
        QStringLiteral("to"),
        ExportCommandLine::tr("End of the window, ISO 8601. Default: the job's end, or now while it runs."),
        ExportCommandLine::tr("time")};
    QCommandLineOption last{
        QStringLiteral("last"),
        ExportCommandLine::tr("The last part of the job instead of all of it: a count and a unit of s, "
                              "m, h or d (15m, 6h, 7d). Ends at the job's end, or now while it runs."),
        ExportCommandLine::tr("duration")};
    QCommandLineOption node{QStringLiteral("node"),
                            ExportCommandLine::tr("One node's series, or \"all\" for every node (default)."),
                            ExportCommandLine::tr("name"), QStringLiteral("all")};
    QCommandLineOption metric{
        QStringLiteral("metric"),
        ExportCommandLine::tr("Export one chart instead of the dashboard: %1.").arg(metricNames()),
        ExportCommandLine::tr("name")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           ExportCommandLine::tr("Also write the raw series of the window to this CSV file."),
                           ExportCommandLine::tr("file")};
    QCommandLineOption view{
        QStringLiteral("view"),
        ExportCommandLine::tr("dashboard (default): every chart; heatmap: GPU utilization and GPU memory as "
                              "heatmaps, a row per GPU."),
        ExportCommandLine::tr("name"), QStringLiteral("dashboard")};
    QCommandLineOption findings{
        QStringLiteral("findings"),
        ExportCommandLine::tr("List the job's findings under the charts: severity, summary and why, with "
                              "what the metrics cannot show. The image grows taller to hold them.")};
    QCommandLineOption compare{
        QStringLiteral("compare"),
        ExportCommandLine::tr(
            "Compare two to six jobs instead: see \"trainscope export --compare --help\".")};
};

// The options only a comparison export has.
struct ComparisonOptions
{
    QCommandLineOption compare{QStringLiteral("compare"), ExportCommandLine::tr("Compare jobs (this mode).")};
    QCommandLineOption job{
        QStringLiteral("job"),
        ExportCommandLine::tr("A job to compare as PROJECT/JOB; give it two to six times. The first job "
                              "is the one the table's differences are against."),
        ExportCommandLine::tr("project/job")};
    QCommandLineOption last{
        QStringLiteral("last"),
        ExportCommandLine::tr(
            "The first part of each job instead of all of it, on time since the job's start: a count and a "
            "unit of s, m, h or d (1h, 6h, 7d). The table covers the same part."),
        ExportCommandLine::tr("duration")};
    QCommandLineOption layout{
        QStringLiteral("layout"),
        ExportCommandLine::tr("columns (a column of charts per job, the default) or overlay (one "
                              "chart per metric, a colour per job)."),
        ExportCommandLine::tr("layout"), QStringLiteral("columns")};
    QCommandLineOption csv{
        QStringLiteral("csv"),
        ExportCommandLine::tr("Also write the comparison table to this CSV file: a header row, then one "
                              "row per job in SI units."),
        ExportCommandLine::tr("file")};
};

} // namespace

std::optional<qint64> ExportCommandLine::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhd])\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 count = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 unitMs = unit == QLatin1Char('s')   ? 1000
                          : unit == QLatin1Char('m') ? 60'000
                          : unit == QLatin1Char('h') ? 3'600'000
                                                     : 86'400'000;
    if (count <= 0)
        return std::nullopt;
    return count * unitMs;
}

ExportCommandLine::Dashboard ExportCommandLine::parseDashboard(const QStringList &arguments)
{
    QCommandLineParser parser;
    TargetOptions target;
    target.addTo(parser,
                 tr("Exports the dashboard of a Baseten training job as a PNG image, and optionally its "
                    "raw series as CSV, without opening a window. The API key is read from the "
                    "environment variable BASETEN_API_KEY."));
    const DashboardOptions o;
    for (const QCommandLineOption &option :
         {o.project, o.job, o.from, o.to, o.last, o.node, o.metric, o.view, o.findings})
        parser.addOption(option);
    target.addOutputTo(parser, o.csv);
    parser.addOption(o.compare);
    if (std::optional<ExportResult> early = parseArguments(parser, arguments, target.help))
        return *early;

    DashboardExportRequest request;
    for (const QCommandLineOption *required : {&o.project, &o.job}) {
        if (parser.value(*required).isEmpty())
            return usage(tr("Missing --%1.").arg(required->names().constFirst()));
    }
    request.projectId = parser.value(o.project);
    request.jobId = parser.value(o.job);
    if (const QString error = readTarget(parser, target, o.csv, request.target); !error.isEmpty())
        return usage(error);
    auto last = readLast(parser, o.last);
    if (const QString *error = std::get_if<QString>(&last))
        return usage(*error);
    request.lastMs = std::get<std::optional<qint64>>(last);
    if (const QString error = readWindow(parser, o.from, o.to, request); !error.isEmpty())
        return usage(error);
    if (parser.isSet(o.metric)) {
        request.onlyMetric = metricByName(parser.value(o.metric));
        if (!request.onlyMetric)
            return usage(tr("Unknown --metric %1; one of %2.").arg(parser.value(o.metric), metricNames()));
    }
    if (parser.value(o.node) != QLatin1String("all"))
        request.node = parser.value(o.node);
    const QString view = parser.value(o.view);
    if (view != QLatin1String("dashboard") && view != QLatin1String("heatmap"))
        return usage(tr("Unknown --view %1; one of dashboard, heatmap.").arg(view));
    request.heatmaps = view == QLatin1String("heatmap");
    request.findings = parser.isSet(o.findings);
    if (request.heatmaps && request.onlyMetric)
        return usage(tr("--view heatmap shows both GPU metrics: leave out --metric."));
    if (const QString error = readKey(request.target); !error.isEmpty())
        return usage(error);
    return request;
}

ExportCommandLine::Comparison ExportCommandLine::parseComparison(const QStringList &arguments)
{
    QCommandLineParser parser;
    TargetOptions target;
    target.addTo(parser, tr("Exports a comparison of two to six Baseten training jobs as a PNG image: their "
                            "charts side by side "
                            "on time since each job's start, and the comparison table; optionally the table "
                            "as CSV. The API key "
                            "is read from the environment variable BASETEN_API_KEY.\n"
                            "Every job must load: if any fails, each failure is reported on its own line of "
                            "stderr, nothing is "
                            "written and the exit code is 1."));
    const ComparisonOptions o;
    for (const QCommandLineOption &option : {o.compare, o.job, o.last, o.layout})
        parser.addOption(option);
    target.addOutputTo(parser, o.csv);
    if (std::optional<ExportResult> early = parseArguments(parser, arguments, target.help))
        return *early;

    ComparisonExportRequest request;
    if (const QString error = readComparedJobs(parser.values(o.job), request); !error.isEmpty())
        return usage(error);
    const QString layout = parser.value(o.layout);
    if (layout != QLatin1String("columns") && layout != QLatin1String("overlay"))
        return usage(tr("--layout must be columns or overlay: %1").arg(layout));
    request.overlay = layout == QLatin1String("overlay");
    if (const QString error = readTarget(parser, target, o.csv, request.target); !error.isEmpty())
        return usage(error);
    auto last = readLast(parser, o.last);
    if (const QString *error = std::get_if<QString>(&last))
        return usage(*error);
    request.lastMs = std::get<std::optional<qint64>>(last);
    if (const QString error = readKey(request.target); !error.isEmpty())
        return usage(error);
    return request;
}
