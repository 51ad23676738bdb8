// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/JobReport.h"

#include "cli/BlockingCalls.h"
#include "cli/FindingImages.h"
#include "cli/ReportFormatter.h"
#include "cli/WindowFetch.h"
#include "core/api/BasetenClient.h"
#include "core/export/AtomicFile.h"
#include "core/insight/InsightEngine.h"
#include "core/json/Iso8601.h"
#include "core/metrics/MetricsStore.h"
#include "core/settings/AppSettings.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

ExportResult failed(QString message)
{
    return ExportResult::failure(ExportResult::Failed, std::move(message));
}

class Fetcher
{
public:
    explicit Fetcher(const ReportRequest &request)
        : m_request(request), m_client(request.config), m_calls(request.timeoutSeconds)
    {}

    QString timedOut() const
    {
        return JobReport::tr("No answer from %1 within %2 seconds.")
            .arg(m_request.config.baseUrl.host())
            .arg(m_request.timeoutSeconds);
    }

    // The job, and the machines on offer asked for at the same time. Without the machines the report
    // still runs: it then names no smaller GPU, and says why.
    std::variant<QString, TrainingJob> job(std::optional<std::vector<InstanceType>> &offered)
    {
        std::optional<ApiResult<TrainingJob>> job;
        std::optional<ApiResult<std::vector<InstanceType>>> types;
        m_client.getJob(m_request.projectId, m_request.jobId, m_calls.context(), m_calls.into(job));
        m_client.listInstanceTypes(m_calls.context(), m_calls.into(types));
        if (!m_calls.wait(job) || !m_calls.wait(types))
            return timedOut();
        if (!job->ok())
            return job->error().message().simplified();
        if (types->ok())
            offered = types->value();
        return job->value();
    }

    // [fromMs, toMs] at full resolution, fetched as the dashboard fetches it (WindowFetch): the job's scrape
    // interval found by its probe, unless overrideSeconds says it, then tiles under the API's point limit.
    std::variant<QString, std::pair<std::shared_ptr<const MetricsStore>, int>>
    metrics(const TrainingJob &job, qint64 fromMs, qint64 toMs, std::optional<int> overrideSeconds)
    {
        TrainingJob addressed = job;
        if (addressed.projectId.isEmpty())
            addressed.projectId = m_request.projectId;
        if (addressed.id.isEmpty())
            addressed.id = m_request.jobId;
        WindowFetch fetch(&m_client, m_calls, Resolution::Full, 1000);
        fetch.setScrapeOverride(overrideSeconds.value_or(0));
        fetch.start(addressed, fromMs, toMs);
        if (!m_calls.waitUntil([&fetch] { return fetch.settled(); }))
            return timedOut();
        if (const std::optional<ApiError> error = fetch.error())
            return error->message().simplified();
        return std::pair{fetch.store(), fetch.scrapeSeconds()};
    }

private:
    const ReportRequest &m_request;
    BasetenClient m_client;
    BlockingCalls m_calls;
};

std::variant<ExportResult, std::pair<qint64, qint64>> resolveWindow(const ReportRequest &request,
                                                                    const TrainingJob &job)
{
    const auto [jobStart, jobEnd] = job.lifetimeMs(QDateTime::currentMSecsSinceEpoch());
    const qint64 to = std::clamp(request.toMs.value_or(jobEnd), jobStart, jobEnd);
    const qint64 from = std::clamp(
        request.lastMs ? jobEnd - *request.lastMs : request.fromMs.value_or(jobStart), jobStart, jobEnd);
    if (to <= from)
        return failed(JobReport::tr("The window lies outside the job's lifetime (%1 to %2).")
                          .arg(Iso8601::formatMs(jobStart), Iso8601::formatMs(jobEnd)));
    return std::pair{from, to};
}

// The pictures of --png-dir, and their links relative to where the report goes: an error message, or none.
QString writeImages(const ReportRequest &request, const MetricsStore &store, ReportContent &content)
{
    const auto written =
        FindingImages::write(store, content.insight, content.fromMs, content.toMs, request.pngDir);
    if (const QString *error = std::get_if<QString>(&written))
        return *error;
    const QDir base = request.outPath.isEmpty() ? QDir::current() : QFileInfo(request.outPath).absoluteDir();
    for (const QString &path : std::get<QStringList>(written))
        content.findingImages.append(
            QString::fromLatin1(QUrl::toPercentEncoding(base.relativeFilePath(path), "/")));
    return {};
}

} // namespace

ExportResult JobReport::run(const ReportRequest &request, const AppSettings &settings)
{
    if (!request.pngDir.isEmpty()) {
        if (const QString error = FindingImages::prepare(request.pngDir); !error.isEmpty())
            return failed(error);
    }
    Fetcher fetcher(request);
    std::optional<std::vector<InstanceType>> offered;
    auto job = fetcher.job(offered);
    if (const QString *error = std::get_if<QString>(&job))
        return failed(*error);
    ReportContent content;
    content.job = std::get<TrainingJob>(job);
    const auto window = resolveWindow(request, content.job);
    if (const ExportResult *error = std::get_if<ExportResult>(&window))
        return *error;
    std::tie(content.fromMs, content.toMs) = std::get<std::pair<qint64, qint64>>(window);
    auto metrics = fetcher.metrics(content.job, content.fromMs, content.toMs, request.stepSeconds);
    if (const QString *error = std::get_if<QString>(&metrics))
        return failed(*error);
    const auto &[store, scrapeSeconds] = std::get<1>(metrics);
    content.stepSeconds = scrapeSeconds;
    InsightOptions options;
    options.pricePerGpuHour = settings.gpuHourPrice(content.job.instanceType.gpuType);
    options.instanceTypes = offered.value_or(std::vector<InstanceType>{});
    content.insight = InsightEngine::analyze(*store, options);
    if (!offered)
        content.insight.caveats.append(
            JobReport::tr("The machines on offer could not be listed, so no smaller GPU is suggested."));
    if (!request.pngDir.isEmpty()) {
        if (const QString error = writeImages(request, *store, content); !error.isEmpty())
            return failed(error);
    }

    ExportResult result;
    result.fromMs = content.fromMs;
    result.toMs = content.toMs;
    result.stepSeconds = content.stepSeconds;
    const QByteArray bytes = ReportFormatter::format(content, request.format);
    if (request.outPath.isEmpty()) {
        result.output = QString::fromUtf8(bytes).chopped(1);
        return result;
    }
    QString error;
    if (!AtomicFile::write(request.outPath, bytes, &error))
        return failed(JobReport::tr("Could not write %1: %2").arg(request.outPath, error));
    result.output =
        JobReport::tr("Wrote %1 (%2 findings).").arg(request.outPath).arg(content.insight.findings.size());
    return result;
}
