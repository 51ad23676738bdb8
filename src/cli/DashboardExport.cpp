// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/DashboardExport.h"
#include "cli/ExportFiles.h"

#include "cli/BlockingCalls.h"
#include "cli/WindowFetch.h"
#include "core/api/BasetenClient.h"
#include "core/export/CsvExporter.h"
#include "core/insight/FindingText.h"
#include "core/insight/InsightEngine.h"
#include "core/json/Iso8601.h"
#include "core/metrics/MetricsStore.h"
#include "core/session/DashboardController.h"
#include "gui/export/DashboardExporter.h"

#include <QDateTime>

namespace {

ExportResult failed(QString message)
{
    return ExportResult::failure(ExportResult::Failed, std::move(message));
}

QString timedOut(const ExportTarget &target)
{
    return DashboardExport::tr("No answer from %1 within %2 seconds.")
        .arg(target.config.baseUrl.host())
        .arg(target.timeoutSeconds);
}

// The window the user asked for, and the part of it inside the job's lifetime (nothing exists outside it,
// so only that part is fetched). An error result when either is empty.
struct Window
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 fetchFromMs = 0;
    qint64 fetchToMs = 0;
};

std::variant<ExportResult, Window> resolveWindow(const DashboardExportRequest &request,
                                                 const TrainingJob &job)
{
    const auto [jobStart, jobEnd] = job.lifetimeMs(QDateTime::currentMSecsSinceEpoch());
    Window w;
    w.toMs = request.toMs.value_or(jobEnd);
    w.fromMs =
        request.lastMs ? std::max(jobStart, jobEnd - *request.lastMs) : request.fromMs.value_or(jobStart);
    if (w.toMs <= w.fromMs)
        return ExportResult::failure(
            ExportResult::Usage,
            DashboardExport::tr(
                "The window is empty: --from must be before the job's end, --to after its start."));
    w.fetchFromMs = std::clamp(w.fromMs, jobStart, jobEnd);
    w.fetchToMs = std::clamp(w.toMs, jobStart, jobEnd);
    if (w.fetchToMs <= w.fetchFromMs)
        return failed(DashboardExport::tr("The window lies outside the job's lifetime (%1 to %2).")
                          .arg(Iso8601::formatMs(jobStart), Iso8601::formatMs(jobEnd)));
    return w;
}

// The frame spec for the chosen node: an error naming the nodes the job has when it has no such node.
std::variant<ExportResult, DashboardFrame::Spec> frameSpec(const DashboardExportRequest &request,
                                                           const MetricsStore &store, const Window &w)
{
    DashboardFrame::Spec spec;
    spec.fromMs = w.fromMs;
    spec.toMs = w.toMs;
    spec.mode = DashboardFrame::NodeMode::AllNodes;
    if (request.node.isEmpty())
        return spec;
    if (!store.node(request.node)) {
        QStringList known;
        for (const NodeMetrics &n : store.nodes()) {
            if (!n.nodeId.isEmpty())
                known.append(n.nodeId);
        }
        return failed(
            known.isEmpty()
                ? DashboardExport::tr("Unknown node %1: this job reports no named nodes.").arg(request.node)
                : DashboardExport::tr("Unknown node %1; this job has %2.")
                      .arg(request.node, known.join(QStringLiteral(", "))));
    }
    spec.mode = DashboardFrame::NodeMode::OneNode;
    spec.node = request.node;
    return spec;
}

// What the analysis finds in the window fetched, as the window's findings panel would list it.
InsightReport findingsOf(const MetricsStore &store)
{
    InsightReport report = InsightEngine::analyze(store, {});
    report.caveats.append(InsightEngine::noOffersCaveat());
    return report;
}

// Findings under a picture: the most serious, so a job with a lagging rank on every node still gives a
// picture of a page or so, not one as tall as its list.
constexpr std::size_t MostFindingsInAPicture = 8;

// The picture and, if asked for, the CSV, each written whole or not at all.
ExportResult write(const DashboardExportRequest &request, const MetricsStore &store,
                   const DashboardFrame::Spec &spec, ExportResult result)
{
    const DashboardExporter exporter(request.target.image);
    DashboardExporter::Result picture = request.heatmaps ? exporter.renderHeatmaps(store, spec)
                                        : request.onlyMetric
                                            ? exporter.renderChart(store, spec, *request.onlyMetric)
                                            : exporter.render(store, spec);
    if (picture.image.isNull())
        return failed(DashboardExport::tr("The image could not be drawn."));
    if (request.findings)
        picture.image = exporter.withFindings(
            picture.image, FindingText::listing(findingsOf(store), MostFindingsInAPicture));
    picture.image.setText(QStringLiteral("Title"), store.job().displayName());
    result.plotAreas = std::move(picture.plotAreas);
    return ExportFiles::write(
        request.target, picture.image,
        [&] { return CsvExporter::write(store, spec.fromMs, spec.toMs, {}, spec.node); }, std::move(result));
}

} // namespace

ExportResult DashboardExport::run(const DashboardExportRequest &request)
{
    BasetenClient client(request.target.config);
    BlockingCalls calls(request.target.timeoutSeconds);

    std::optional<ApiResult<TrainingJob>> job;
    client.getJob(request.projectId, request.jobId, calls.context(), calls.into(job));
    if (!calls.wait(job))
        return failed(timedOut(request.target));
    if (!job->ok())
        return failed(job->error().message().simplified()); // one failure, one line
    TrainingJob trainingJob = job->value();
    if (trainingJob.projectId.isEmpty())
        trainingJob.projectId = request.projectId;
    if (trainingJob.id.isEmpty())
        trainingJob.id = request.jobId;

    const auto window = resolveWindow(request, trainingJob);
    if (const ExportResult *error = std::get_if<ExportResult>(&window))
        return *error;
    const auto &w = std::get<Window>(window);
    ExportResult result;
    result.fromMs = w.fromMs;
    result.toMs = w.toMs;
    const DashboardExporter exporter(request.target.image);

    const int plotWidth = exporter.estimatedPlotWidth(request.onlyMetric.has_value());
    WindowFetch fetch(&client, calls, request.target.resolution, plotWidth);
    fetch.start(trainingJob, w.fromMs, w.toMs);
    if (!calls.waitUntil([&fetch] { return fetch.settled(); }))
        return failed(timedOut(request.target));
    if (const std::optional<ApiError> error = fetch.error())
        return failed(error->message().simplified());
    const std::shared_ptr<const MetricsStore> snapshot = fetch.store();
    const MetricsStore &store = *snapshot;
    result.stepSeconds = DashboardController::stepFor(w.toMs - w.fromMs, plotWidth);
    result.resolution = fetch.resolutionTag();

    const auto spec = frameSpec(request, store, w);
    if (const ExportResult *error = std::get_if<ExportResult>(&spec))
        return *error;
    return write(request, store, std::get<DashboardFrame::Spec>(spec), std::move(result));
}
