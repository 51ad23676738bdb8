// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/JobReport.h"

#include "cli/BlockingCalls.h"
#include "cli/ReportFormatter.h"
#include "core/api/BasetenClient.h"
#include "core/export/AtomicFile.h"
#include "core/insight/InsightEngine.h"
#include "core/json/Iso8601.h"
#include "core/metrics/MetricsStore.h"
#include "core/settings/AppSettings.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <algorithm>

namespace {

constexpr qint64 probeMs = 10 * 60 * 1000;
constexpr int fallbackStepSeconds = 15;
// Points per request, below MetricsQuery::MaxPointsPerSeries with room for the window's rounding.
constexpr qint64 pointsPerRequest = MetricsQuery::MaxPointsPerSeries - 100;

ExportResult failed(QString message)
{
    return ExportResult::failure(ExportResult::Failed, std::move(message));
}

class Fetcher
{
public:
    explicit Fetcher(const ReportRequest &request)
        : m_request(request), m_client(&m_network, request.config), m_calls(request.timeoutSeconds)
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

    // [fromMs, toMs] at stepSeconds, in consecutive requests that run together, merged in order.
    std::variant<QString, MetricsStore> metrics(const TrainingJob &job, qint64 fromMs, qint64 toMs,
                                                int stepSeconds)
    {
        const qint64 chunkMs = (pointsPerRequest - 1) * qint64(stepSeconds) * 1000;
        std::vector<std::pair<qint64, qint64>> windows;
        for (qint64 from = fromMs; from <= toMs; from += chunkMs + qint64(stepSeconds) * 1000)
            windows.push_back({from, std::min(toMs, from + chunkMs)});
        std::vector<std::optional<ApiResult<MetricsResponse>>> answers(windows.size());
        const QString project = job.projectId.isEmpty() ? m_request.projectId : job.projectId;
        const QString id = job.id.isEmpty() ? m_request.jobId : job.id;
        for (std::size_t i = 0; i < windows.size(); ++i)
            m_client.fetchMetrics(MetricsQuery{project, id, windows[i].first, windows[i].second, stepSeconds},
                                  m_calls.context(), m_calls.into(answers[i]),
                                  QStringLiteral("report-%1").arg(i));
        if (!m_calls.waitAll(answers))
            return timedOut();
        MetricsStore store;
        for (std::size_t i = 0; i < windows.size(); ++i) {
            if (!answers[i]->ok())
                return answers[i]->error().message().simplified();
            store.merge(answers[i]->value(), windows[i].first, windows[i].second, stepSeconds);
        }
        return store;
    }

private:
    const ReportRequest &m_request;
    QNetworkAccessManager m_network;
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

std::optional<int> smallestChange(const Series &s)
{
    std::optional<int> smallest;
    qint64 lastChange = -1;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s.values()[i] == s.values()[i - 1])
            continue;
        if (lastChange >= 0) {
            const int seconds = int((s.times()[i] - lastChange) / 1000);
            if (seconds > 0 && (!smallest || seconds < *smallest))
                smallest = seconds;
        }
        lastChange = s.times()[i];
    }
    return smallest;
}

} // namespace

std::optional<int> JobReport::scrapeSeconds(const MetricsStore &probe)
{
    std::optional<int> smallest;
    for (const NodeMetrics &node : probe.nodes()) {
        for (const auto &[rank, series] : node.gpuUtilization) {
            const std::optional<int> s = smallestChange(series);
            if (s && (!smallest || *s < *smallest))
                smallest = s;
        }
    }
    return smallest;
}

ExportResult JobReport::run(const ReportRequest &request, const AppSettings &settings)
{
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
    content.stepSeconds = request.stepSeconds.value_or(0);
    if (content.stepSeconds == 0) {
        auto probe =
            fetcher.metrics(content.job, content.fromMs, std::min(content.toMs, content.fromMs + probeMs), 1);
        if (const QString *error = std::get_if<QString>(&probe))
            return failed(*error);
        content.stepSeconds = scrapeSeconds(std::get<MetricsStore>(probe)).value_or(fallbackStepSeconds);
    }
    auto metrics = fetcher.metrics(content.job, content.fromMs, content.toMs, content.stepSeconds);
    if (const QString *error = std::get_if<QString>(&metrics))
        return failed(*error);
    InsightOptions options;
    options.pricePerGpuHour = settings.gpuHourPrice(content.job.instanceType.gpuType);
    options.instanceTypes = offered.value_or(std::vector<InstanceType>{});
    content.insight = InsightEngine::analyze(std::get<MetricsStore>(metrics), options);
    if (!offered)
        content.insight.caveats.append(
            JobReport::tr("The machines on offer could not be listed, so no smaller GPU is suggested."));

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
