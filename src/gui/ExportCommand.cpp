// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "ExportCommand.h"

#include "BasetenClient.h"
#include "CompareExporter.h"
#include "CompareSession.h"
#include "ComparisonTableModel.h"
#include "CsvExporter.h"
#include "DashboardController.h"
#include "DashboardExporter.h"
#include "Iso8601.h"
#include "JobStatistics.h"
#include "JobStatus.h"
#include "MetricInfo.h"
#include "MetricsStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int DefaultTimeoutSeconds = 120;
constexpr int MinimumSide = 320;
constexpr int MaximumPixels = 16384; // per side of the image: QImage and viewers draw the line about here

ExportCommand::Result failure(int code, QString message)
{
    ExportCommand::Result r;
    r.exitCode = code;
    r.error = std::move(message);
    return r;
}

std::optional<Metric> metricByName(const QString &name)
{
    for (int i = 0; i < MetricCount; ++i) {
        if (MetricInfo::csvName(Metric(i)) == name)
            return Metric(i);
    }
    return std::nullopt;
}

QStringList metricNames()
{
    QStringList names;
    for (int i = 0; i < MetricCount; ++i)
        names.append(MetricInfo::csvName(Metric(i)));
    return names;
}

// Waits for a callback of the client: the loop runs until `done` says so or the deadline passes.
bool waitFor(QEventLoop &loop, const QDeadlineTimer &deadline, const std::function<bool()> &done)
{
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    while (!done()) {
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        timer.start(int(std::min<qint64>(left, 1000)));
        loop.exec();
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Parsing both exports share: a result to return at once (an error, or the help text), or nothing.
std::optional<ExportCommand::Result>
parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QCommandLineOption &help)
{
    if (!parser.parse(arguments))
        return failure(ExportCommand::Usage, parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        ExportCommand::Result r;
        r.output = parser.helpText();
        return r;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("export"))
        return failure(ExportCommand::Usage, ExportCommand::tr("Expected the command \"export\"."));
    if (positional.size() > 1)
        return failure(ExportCommand::Usage,
                       ExportCommand::tr("Unexpected argument: %1").arg(positional.at(1)));
    return std::nullopt;
}

// The key from the environment (the headless export has no keychain) and the timeout: empty, or what is
// wrong.
QString readKey(ClientConfig &config, int timeoutSeconds)
{
    config.apiKey = qEnvironmentVariable("BASETEN_API_KEY");
    config.transferTimeoutMs = timeoutSeconds * 1000;
    if (config.apiKey.isEmpty())
        return ExportCommand::tr("Set the environment variable BASETEN_API_KEY to your Baseten API key.");
    return {};
}

// --base-url into the client's configuration: an empty string, or what is wrong.
QString readBaseUrl(const QString &text, ClientConfig &config)
{
    config.baseUrl = QUrl(text);
    if (!config.baseUrl.isValid() || config.baseUrl.scheme().isEmpty() || config.baseUrl.host().isEmpty())
        return ExportCommand::tr("Not a URL: %1").arg(text);
    return {};
}

// --size, --scale and --timeout, shared by both kinds of export: an empty string, or what is wrong.
QString readImageAndTimeout(const QString &sizeText, const QString &scaleText, const QString &timeoutText,
                            ExportOptions &options, int &timeoutSeconds)
{
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch sizeMatch = sizePattern.match(sizeText);
    if (!sizeMatch.hasMatch())
        return ExportCommand::tr("--size must be WIDTHxHEIGHT, such as 1600x1200: %1").arg(sizeText);
    options.size = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    bool scaleOk = false;
    options.scale = scaleText.toDouble(&scaleOk);
    if (!scaleOk || !(options.scale >= 0.5 && options.scale <= 4))
        return ExportCommand::tr("--scale must be a number from 0.5 to 4: %1").arg(scaleText);
    if (options.size.width() < MinimumSide || options.size.height() < MinimumSide)
        return ExportCommand::tr("--size must be at least %1x%1.").arg(MinimumSide);
    if (options.pixelSize().width() > MaximumPixels || options.pixelSize().height() > MaximumPixels)
        return ExportCommand::tr("The image would be larger than %1 pixels a side; lower --size or --scale.")
            .arg(MaximumPixels);
    bool timeoutOk = false;
    timeoutSeconds = timeoutText.toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0)
        return ExportCommand::tr("--timeout must be a positive number of seconds: %1").arg(timeoutText);
    return {};
}

} // namespace

std::optional<qint64> ExportCommand::parseDuration(const QString &text)
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

ExportCommand::Result ExportCommand::execute(const QStringList &arguments)
{
    Result result = arguments.contains(QLatin1String("--compare")) ? exportComparison(arguments)
                                                                   : exportDashboard(arguments);
    // One line per failure whatever the message, and never the key, even if a server echoed it back.
    QStringList lines = result.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.simplified();
    result.error = lines.join(QLatin1Char('\n'));
    // A key of a few characters would match ordinary words; real keys are far longer than this.
    const QString key = qEnvironmentVariable("BASETEN_API_KEY");
    if (key.size() >= 8)
        result.error.replace(key, QStringLiteral("***"));
    return result;
}

ExportCommand::Result ExportCommand::exportDashboard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports the dashboard of a Baseten training job as a PNG image, and optionally its raw series as "
           "CSV, without opening a window. The API key is read from the environment variable "
           "BASETEN_API_KEY."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("Run the export instead of the application."),
                                 QStringLiteral("export"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("Baseten API base URL (default %1).").arg(QStringLiteral("https://api.baseten.co")), tr("url"),
        QStringLiteral("https://api.baseten.co"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Training project id (required)."),
                                     tr("id"));
    const QCommandLineOption job(QStringLiteral("job"), tr("Training job id (required)."), tr("id"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("Start of the window, ISO 8601 (2026-03-01T09:00:00Z). Default: the job's "
           "start."),
        tr("time"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("End of the window, ISO 8601. Default: the job's end, or now while it runs."), tr("time"));
    const QCommandLineOption last(
        QStringLiteral("last"),
        tr("The last part of the job instead of all of it: a count and a unit of s, "
           "m, h or d (15m, 6h, 7d). Ends at the job's end, or now while it runs."),
        tr("duration"));
    const QCommandLineOption node(QStringLiteral("node"),
                                  tr("One node's series, or \"all\" for every node (default)."), tr("name"),
                                  QStringLiteral("all"));
    const QCommandLineOption metric(
        QStringLiteral("metric"),
        tr("Export one chart instead of the dashboard: %1.").arg(metricNames().join(QStringLiteral(", "))),
        tr("name"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200)."),
                                  tr("WxH"), QStringLiteral("1600x1200"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("Image pixels per logical pixel: 2 for HiDPI (default 1)."),
                                   tr("factor"), QStringLiteral("1"));
    const QCommandLineOption png(QStringLiteral("png"), tr("Write the image to this file (required)."),
                                 tr("file"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Also write the raw series of the window to this CSV file."), tr("file"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Give up after this many seconds (default %1).").arg(DefaultTimeoutSeconds), tr("seconds"),
        QString::number(DefaultTimeoutSeconds));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        tr("Compare two to six jobs instead: see \"trainscope export --compare --help\"."));
    for (const QCommandLineOption &o :
         {baseUrl, project, job, from, to, last, node, metric, size, scale, png, csv, timeout, compare})
        parser.addOption(o);

    if (std::optional<Result> early = parseCommandLine(parser, arguments, help))
        return *early;

    // Everything that can be checked without the network is, so a typo costs no request.
    ClientConfig config;
    if (const QString error = readBaseUrl(parser.value(baseUrl), config); !error.isEmpty())
        return failure(Usage, error);
    for (const QCommandLineOption *required : {&project, &job, &png}) {
        if (parser.value(*required).isEmpty())
            return failure(Usage, tr("Missing --%1.").arg(required->names().constFirst()));
    }

    ExportOptions options;
    int timeoutSeconds = 0;
    if (const QString error = readImageAndTimeout(parser.value(size), parser.value(scale),
                                                  parser.value(timeout), options, timeoutSeconds);
        !error.isEmpty())
        return failure(Usage, error);

    if (parser.isSet(last) && (parser.isSet(from) || parser.isSet(to)))
        return failure(Usage, tr("--last cannot be combined with --from or --to."));
    std::optional<qint64> lastMs;
    if (parser.isSet(last)) {
        lastMs = parseDuration(parser.value(last));
        if (!lastMs)
            return failure(Usage, tr("--last must be a count and a unit of s, m, h or d, such as 6h: %1")
                                      .arg(parser.value(last)));
    }
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    for (auto [option, value] : {std::pair{&from, &fromMs}, std::pair{&to, &toMs}}) {
        if (!parser.isSet(*option))
            continue;
        *value = Iso8601::parseMs(parser.value(*option));
        if (!*value)
            return failure(Usage, tr("--%1 is not an ISO 8601 time such as 2026-03-01T09:00:00Z: %2")
                                      .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (fromMs && toMs && *toMs <= *fromMs)
        return failure(Usage, tr("--to must be later than --from."));

    std::optional<Metric> onlyMetric;
    if (parser.isSet(metric)) {
        onlyMetric = metricByName(parser.value(metric));
        if (!onlyMetric)
            return failure(Usage, tr("Unknown --metric %1; one of %2.")
                                      .arg(parser.value(metric), metricNames().join(QStringLiteral(", "))));
    }

    if (const QString error = readKey(config, timeoutSeconds); !error.isEmpty())
        return failure(Usage, error);

    QNetworkAccessManager network;
    BasetenClient client(&network, config);
    QEventLoop loop;
    QObject context;
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    const QString timedOut =
        tr("No answer from %1 within %2 seconds.").arg(config.baseUrl.host()).arg(timeoutSeconds);

    std::optional<ApiResult<TrainingJob>> jobResult;
    client.getJob(parser.value(project), parser.value(job), &context, [&](ApiResult<TrainingJob> r) {
        jobResult.emplace(std::move(r));
        loop.quit();
    });
    if (!waitFor(loop, deadline, [&] { return jobResult.has_value(); }))
        return failure(Failed, timedOut);
    if (!jobResult->ok())
        return failure(Failed, jobResult->error().message());
    const TrainingJob &trainingJob = jobResult->value();

    // The job's lifetime, as the dashboard has it: created until updated, or until now while it runs.
    const qint64 jobStart = trainingJob.createdAtMs;
    const qint64 jobEnd =
        std::max(jobStatusIsFinished(trainingJob.status) ? trainingJob.updatedAtMs
                                                         : QDateTime::currentMSecsSinceEpoch(),
                 jobStart + 1000);
    Result result;
    result.toMs = toMs.value_or(jobEnd);
    result.fromMs = lastMs ? std::max(jobStart, jobEnd - *lastMs) : fromMs.value_or(jobStart);
    if (result.toMs <= result.fromMs)
        return failure(Usage,
                       tr("The window is empty: --from must be before the job's end, --to after its start."));
    // Nothing exists outside the job's lifetime: only the part inside it is asked for.
    const qint64 fetchFrom = std::clamp(result.fromMs, jobStart, jobEnd);
    const qint64 fetchTo = std::clamp(result.toMs, jobStart, jobEnd);
    if (fetchTo <= fetchFrom)
        return failure(Failed, tr("The window lies outside the job's lifetime (%1 to %2).")
                                   .arg(Iso8601::formatMs(jobStart), Iso8601::formatMs(jobEnd)));

    const DashboardExporter exporter(options);
    result.stepSeconds = DashboardController::stepFor(result.toMs - result.fromMs,
                                                      exporter.estimatedPlotWidth(onlyMetric.has_value()));
    std::optional<ApiResult<MetricsResponse>> metrics;
    client.fetchMetrics(
        MetricsQuery{trainingJob.projectId.isEmpty() ? parser.value(project) : trainingJob.projectId,
                     trainingJob.id.isEmpty() ? parser.value(job) : trainingJob.id, fetchFrom, fetchTo,
                     result.stepSeconds},
        &context, [&](ApiResult<MetricsResponse> r) {
            metrics.emplace(std::move(r));
            loop.quit();
        });
    if (!waitFor(loop, deadline, [&] { return metrics.has_value(); }))
        return failure(Failed, timedOut);
    if (!metrics->ok())
        return failure(Failed, metrics->error().message());
    MetricsStore store;
    store.merge(metrics->value(), fetchFrom, fetchTo, result.stepSeconds);

    DashboardFrame::Spec spec;
    spec.fromMs = result.fromMs;
    spec.toMs = result.toMs;
    spec.mode = DashboardFrame::NodeMode::AllNodes;
    const QString nodeName = parser.value(node);
    QString onlyNode;
    if (nodeName != QLatin1String("all")) {
        if (!store.node(nodeName)) {
            QStringList known;
            for (const NodeMetrics &n : store.nodes()) {
                if (!n.nodeId.isEmpty())
                    known.append(n.nodeId);
            }
            return failure(Failed, known.isEmpty()
                                       ? tr("Unknown node %1: this job reports no named nodes.").arg(nodeName)
                                       : tr("Unknown node %1; this job has %2.")
                                             .arg(nodeName, known.join(QStringLiteral(", "))));
        }
        spec.mode = DashboardFrame::NodeMode::OneNode;
        spec.node = nodeName;
        onlyNode = nodeName;
    }

    DashboardExporter::Result picture =
        onlyMetric ? exporter.renderChart(store, spec, *onlyMetric) : exporter.render(store, spec);
    if (picture.image.isNull())
        return failure(Failed, tr("The image could not be drawn."));
    picture.image.setText(QStringLiteral("Title"), store.job().displayName());
    picture.image.setText(QStringLiteral("Software"), QStringLiteral("Trainscope " TRAINSCOPE_VERSION));
    result.plotAreas = std::move(picture.plotAreas);

    const QString pngPath = parser.value(png);
    QSaveFile pngFile(pngPath);
    if (!pngFile.open(QIODevice::WriteOnly) || !picture.image.save(&pngFile, "PNG") || !pngFile.commit())
        return failure(Failed, tr("Could not write %1: %2").arg(pngPath, pngFile.errorString()));
    result.output =
        tr("Wrote %1 (%2 × %3 pixels).").arg(pngPath).arg(picture.image.width()).arg(picture.image.height());

    if (parser.isSet(csv)) {
        const QString csvPath = parser.value(csv);
        QString error;
        if (!writeFile(csvPath, CsvExporter::write(store, result.fromMs, result.toMs, {}, onlyNode), &error))
            return failure(Failed, tr("Could not write %1: %2").arg(csvPath, error));
        result.output += QLatin1Char('\n') + tr("Wrote %1.").arg(csvPath);
    }
    return result;
}

ExportCommand::Result ExportCommand::exportComparison(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Exports a comparison of two to six Baseten training jobs as a PNG image: their charts side by side "
        "on time since each job's start, and the comparison table; optionally the table as CSV. The API key "
        "is read from the environment variable BASETEN_API_KEY.\n"
        "Every job must load: if any fails, each failure is reported on its own line of stderr, nothing is "
        "written and the exit code is 1."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("Run the export instead of the application."),
                                 QStringLiteral("export"));
    const QCommandLineOption compare(QStringLiteral("compare"), tr("Compare jobs (this mode)."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("Baseten API base URL (default %1).").arg(QStringLiteral("https://api.baseten.co")), tr("url"),
        QStringLiteral("https://api.baseten.co"));
    const QCommandLineOption job(
        QStringLiteral("job"),
        tr("A job to compare as PROJECT/JOB; give it two to six times. The first job "
           "is the one the table's differences are against."),
        tr("project/job"));
    const QCommandLineOption last(
        QStringLiteral("last"),
        tr("The first part of each job instead of all of it, on time since the job's start: a count and a "
           "unit of s, m, h or d (1h, 6h, 7d). The table covers the same part."),
        tr("duration"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("columns (a column of charts per job, the default) or overlay (one "
                                       "chart per metric, a colour per job)."),
                                    tr("layout"), QStringLiteral("columns"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Image size in logical pixels, WIDTHxHEIGHT (default 1600x1200)."),
                                  tr("WxH"), QStringLiteral("1600x1200"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("Image pixels per logical pixel: 2 for HiDPI (default 1)."),
                                   tr("factor"), QStringLiteral("1"));
    const QCommandLineOption png(QStringLiteral("png"), tr("Write the image to this file (required)."),
                                 tr("file"));
    const QCommandLineOption csv(
        QStringLiteral("csv"),
        tr("Also write the comparison table to this CSV file: a header row, then one "
           "row per job in SI units."),
        tr("file"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Give up after this many seconds (default %1).").arg(DefaultTimeoutSeconds), tr("seconds"),
        QString::number(DefaultTimeoutSeconds));
    for (const QCommandLineOption &o : {compare, baseUrl, job, last, layout, size, scale, png, csv, timeout})
        parser.addOption(o);

    if (std::optional<Result> early = parseCommandLine(parser, arguments, help))
        return *early;

    ClientConfig config;
    if (const QString error = readBaseUrl(parser.value(baseUrl), config); !error.isEmpty())
        return failure(Usage, error);
    const QStringList jobArgs = parser.values(job);
    if (jobArgs.size() < CompareSession::MinJobs || jobArgs.size() > CompareSession::MaxJobs)
        return failure(Usage, tr("--compare takes %1 to %2 --job options; got %3.")
                                  .arg(CompareSession::MinJobs)
                                  .arg(CompareSession::MaxJobs)
                                  .arg(jobArgs.size()));
    QList<QPair<QString, QString>> ids;
    for (const QString &a : jobArgs) {
        const qsizetype slash = a.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == a.size() - 1 || a.indexOf(QLatin1Char('/'), slash + 1) >= 0)
            return failure(Usage, tr("--job must be PROJECT/JOB with --compare: %1").arg(a));
        ids.append({a.left(slash), a.mid(slash + 1)});
    }
    if (parser.value(png).isEmpty())
        return failure(Usage, tr("Missing --png."));
    const QString layoutName = parser.value(layout);
    if (layoutName != QLatin1String("columns") && layoutName != QLatin1String("overlay"))
        return failure(Usage, tr("--layout must be columns or overlay: %1").arg(layoutName));

    ExportOptions options;
    int timeoutSeconds = 0;
    if (const QString error = readImageAndTimeout(parser.value(size), parser.value(scale),
                                                  parser.value(timeout), options, timeoutSeconds);
        !error.isEmpty())
        return failure(Usage, error);
    std::optional<qint64> lastMs;
    if (parser.isSet(last)) {
        lastMs = parseDuration(parser.value(last));
        if (!lastMs)
            return failure(Usage, tr("--last must be a count and a unit of s, m, h or d, such as 6h: %1")
                                      .arg(parser.value(last)));
    }
    if (const QString error = readKey(config, timeoutSeconds); !error.isEmpty())
        return failure(Usage, error);

    QNetworkAccessManager network;
    BasetenClient client(&network, config);
    QEventLoop loop;
    QObject context;
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    const QString timedOut =
        tr("No answer from %1 within %2 seconds.").arg(config.baseUrl.host()).arg(timeoutSeconds);
    const auto count = std::size_t(ids.size());
    auto name = [&](std::size_t i) -> QString {
        return ids[qsizetype(i)].first + QLatin1Char('/') + ids[qsizetype(i)].second;
    };

    // All jobs at once: a comparison waits for its slowest job, not for the sum of them.
    std::vector<std::optional<ApiResult<TrainingJob>>> jobs(count);
    for (std::size_t i = 0; i < count; ++i) {
        client.getJob(ids[qsizetype(i)].first, ids[qsizetype(i)].second, &context,
                      [&, i](ApiResult<TrainingJob> r) {
                          jobs[i].emplace(std::move(r));
                          loop.quit();
                      });
    }
    auto allAnswered = [](const auto &answers) {
        return std::all_of(answers.begin(), answers.end(), [](const auto &a) { return a.has_value(); });
    };
    if (!waitFor(loop, deadline, [&] { return allAnswered(jobs); }))
        return failure(Failed, timedOut);
    QStringList failures;
    for (std::size_t i = 0; i < count; ++i) {
        if (!jobs[i]->ok())
            failures.append(tr("Job %1: %2").arg(name(i), jobs[i]->error().message().simplified()));
    }
    // A comparison with a job missing would read as if that job did not exist: nothing is written.
    if (!failures.isEmpty())
        return failure(Failed, failures.join(QLatin1Char('\n')));

    const bool columns = layoutName == QLatin1String("columns");
    const int plotWidth = std::max(
        100, (options.size.width() - 48) / (columns ? int(count) : std::max(1, options.columns)) - 80);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::pair<qint64, qint64>> windows(count);
    std::vector<int> steps(count);
    std::vector<std::optional<ApiResult<MetricsResponse>>> answers(count);
    qint64 longest = 1000;
    for (std::size_t i = 0; i < count; ++i) {
        const TrainingJob &j = jobs[i]->value();
        const qint64 start = j.createdAtMs;
        const qint64 end = std::max(jobStatusIsFinished(j.status) ? j.updatedAtMs : now, start + 1000);
        windows[i] = {start, lastMs ? std::min(end, start + *lastMs) : end};
        longest = std::max(longest, windows[i].second - start);
        steps[i] = DashboardController::stepFor(windows[i].second - windows[i].first, plotWidth);
        client.fetchMetrics(MetricsQuery{j.projectId.isEmpty() ? ids[qsizetype(i)].first : j.projectId,
                                         j.id.isEmpty() ? ids[qsizetype(i)].second : j.id, windows[i].first,
                                         windows[i].second, steps[i]},
                            &context, [&, i](ApiResult<MetricsResponse> r) {
                                answers[i].emplace(std::move(r));
                                loop.quit();
                            });
    }
    if (!waitFor(loop, deadline, [&] { return allAnswered(answers); }))
        return failure(Failed, timedOut);
    for (std::size_t i = 0; i < count; ++i) {
        if (!answers[i]->ok())
            failures.append(tr("Job %1: %2").arg(name(i), answers[i]->error().message().simplified()));
    }
    if (!failures.isEmpty())
        return failure(Failed, failures.join(QLatin1Char('\n')));

    CompareExporter::Input input;
    std::vector<QString> labels;
    std::vector<JobStatistics> rows;
    for (std::size_t i = 0; i < count; ++i) {
        auto store = std::make_shared<MetricsStore>();
        store->merge(answers[i]->value(), windows[i].first, windows[i].second, steps[i]);
        const TrainingJob &j = store->job().id.isEmpty() ? jobs[i]->value() : store->job();
        labels.push_back(j.displayName());
        rows.push_back(JobStatistics::compute(*store, j, now, windows[i].first, windows[i].second));
        input.labels.append(j.displayName());
        input.spec.jobs.push_back({store, windows[i].first});
    }
    ComparisonTableModel table;
    table.setRows(std::move(labels), std::move(rows));
    input.spec.fromMs = 0;
    input.spec.toMs = lastMs ? *lastMs : longest;
    input.spec.layout = columns ? CompareFrame::Layout::Columns : CompareFrame::Layout::Overlay;
    input.elapsedAxis = true;
    input.table = &table;
    const CompareExporter::Result picture = CompareExporter(options).render(input);
    if (picture.image.isNull())
        return failure(Failed, tr("The image could not be drawn."));
    QImage image = picture.image;
    image.setText(QStringLiteral("Title"), input.labels.join(QStringLiteral(" vs ")));
    image.setText(QStringLiteral("Software"), QStringLiteral("Trainscope " TRAINSCOPE_VERSION));

    Result result;
    result.fromMs = input.spec.fromMs;
    result.toMs = input.spec.toMs;
    result.stepSeconds = *std::max_element(steps.begin(), steps.end());
    result.plotAreas = picture.plotAreas;
    const QString pngPath = parser.value(png);
    QSaveFile pngFile(pngPath);
    if (!pngFile.open(QIODevice::WriteOnly) || !image.save(&pngFile, "PNG") || !pngFile.commit())
        return failure(Failed, tr("Could not write %1: %2").arg(pngPath, pngFile.errorString()));
    result.output = tr("Wrote %1 (%2 × %3 pixels).").arg(pngPath).arg(image.width()).arg(image.height());
    if (parser.isSet(csv)) {
        const QString csvPath = parser.value(csv);
        QString error;
        if (!writeFile(csvPath, table.toCsv(), &error))
            return failure(Failed, tr("Could not write %1: %2").arg(csvPath, error));
        result.output += QLatin1Char('\n') + tr("Wrote %1.").arg(csvPath);
    }
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
