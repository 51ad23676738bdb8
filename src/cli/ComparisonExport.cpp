// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ComparisonExport.h"
#include "cli/ExportFiles.h"

#include "cli/BlockingCalls.h"
#include "cli/WindowFetch.h"
#include "core/api/BasetenClient.h"
#include "core/insight/InsightEngine.h"
#include "core/metrics/MetricsStore.h"
#include "core/models/ComparisonTableModel.h"
#include "core/session/DashboardController.h"
#include "core/session/JobStatistics.h"
#include "gui/export/CompareExporter.h"

#include <QDateTime>

namespace {

ExportResult failed(QString message)
{
    return ExportResult::failure(ExportResult::Failed, std::move(message));
}

QString jobName(const ComparisonExportRequest &request, std::size_t i)
{
    const auto &[project, job] = request.jobs[qsizetype(i)];
    return project + QLatin1Char('/') + job;
}

// One line per job that failed, or an empty string when every answer is a result.
template<typename T>
QString failures(const ComparisonExportRequest &request,
                 const std::vector<std::optional<ApiResult<T>>> &answers)
{
    QStringList lines;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (!answers[i]->ok())
            lines.append(ComparisonExport::tr("Job %1: %2")
                             .arg(jobName(request, i), answers[i]->error().message().simplified()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString failures(const ComparisonExportRequest &request,
                 const std::vector<std::unique_ptr<WindowFetch>> &fetches)
{
    QStringList lines;
    for (std::size_t i = 0; i < fetches.size(); ++i) {
        if (const std::optional<ApiError> error = fetches[i]->error())
            lines.append(
                ComparisonExport::tr("Job %1: %2").arg(jobName(request, i), error->message().simplified()));
    }
    return lines.join(QLatin1Char('\n'));
}

// Each job's window on its own clock (its lifetime, or its first --last), and the step that fills a plot.
struct Fetch
{
    std::vector<std::pair<qint64, qint64>> windows;
    std::vector<int> steps;
    int plotWidth = 100;
    qint64 longestMs = 1000;
};

Fetch plan(const ComparisonExportRequest &request,
           const std::vector<std::optional<ApiResult<TrainingJob>>> &jobs, qint64 now)
{
    const ExportOptions &image = request.target.image;
    const int count = int(jobs.size());
    // Columns split the width between jobs; overlay charts split it by the grid's columns.
    const int plotWidth = std::max(
        100, (image.size.width() - 48) / (request.overlay ? std::max(1, image.columns) : count) - 80);
    Fetch f;
    f.plotWidth = plotWidth;
    for (const auto &job : jobs) {
        const auto [start, end] = job->value().lifetimeMs(now);
        const qint64 windowEnd = request.lastMs ? std::min(end, start + *request.lastMs) : end;
        f.windows.emplace_back(start, windowEnd);
        f.longestMs = std::max(f.longestMs, windowEnd - start);
        f.steps.push_back(DashboardController::stepFor(windowEnd - start, plotWidth));
    }
    return f;
}

// The picture and, if asked for, the table as CSV.
ExportResult write(const ComparisonExportRequest &request, const CompareExporter::Input &input,
                   const ComparisonTableModel &table, ExportResult result)
{
    const CompareExporter::Result picture = CompareExporter(request.target.image).render(input);
    if (picture.image.isNull())
        return failed(ComparisonExport::tr("The image could not be drawn."));
    QImage image = picture.image;
    image.setText(QStringLiteral("Title"), input.labels.join(QStringLiteral(" vs ")));
    result.plotAreas = picture.plotAreas;
    return ExportFiles::write(
        request.target, image, [&] { return table.toCsv(); }, std::move(result));
}

} // namespace

ExportResult ComparisonExport::run(const ComparisonExportRequest &request)
{
    BasetenClient client(request.target.config);
    BlockingCalls calls(request.target.timeoutSeconds);
    const QString timedOut = tr("No answer from %1 within %2 seconds.")
                                 .arg(request.target.config.baseUrl.host())
                                 .arg(request.target.timeoutSeconds);
    const auto count = std::size_t(request.jobs.size());

    std::vector<std::optional<ApiResult<TrainingJob>>> jobs(count);
    for (std::size_t i = 0; i < count; ++i)
        client.getJob(request.jobs[qsizetype(i)].first, request.jobs[qsizetype(i)].second, calls.context(),
                      calls.into(jobs[i]));
    if (!calls.waitAll(jobs))
        return failed(timedOut);
    if (const QString error = failures(request, jobs); !error.isEmpty())
        return failed(error);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Fetch fetch = plan(request, jobs, now);
    // Each job fetched as the dashboard does, all at once: at full resolution, every sample of its window.
    std::vector<std::unique_ptr<WindowFetch>> fetches;
    for (std::size_t i = 0; i < count; ++i) {
        TrainingJob j = jobs[i]->value();
        const auto &[project, id] = request.jobs[qsizetype(i)];
        if (j.projectId.isEmpty())
            j.projectId = project;
        if (j.id.isEmpty())
            j.id = id;
        fetches.push_back(
            std::make_unique<WindowFetch>(&client, calls, request.target.resolution, fetch.plotWidth));
        fetches.back()->start(j, fetch.windows[i].first, fetch.windows[i].second);
    }
    const auto allSettled = [&fetches] {
        return std::all_of(fetches.begin(), fetches.end(), [](const auto &f) { return f->settled(); });
    };
    if (!calls.waitUntil(allSettled))
        return failed(timedOut);
    if (const QString error = failures(request, fetches); !error.isEmpty())
        return failed(error);

    CompareExporter::Input input;
    std::vector<QString> labels;
    std::vector<JobStatistics> rows;
    for (std::size_t i = 0; i < count; ++i) {
        const std::shared_ptr<const MetricsStore> store = fetches[i]->store();
        const auto [from, to] = fetch.windows[i];
        const TrainingJob &j = store->job().id.isEmpty() ? jobs[i]->value() : store->job();
        labels.push_back(j.displayName());
        rows.push_back(JobStatistics::compute(*store, j, now, from, to));
        input.labels.append(j.displayName());
        input.spec.jobs.push_back({store, from});
    }
    ComparisonTableModel table;
    table.setRows(std::move(labels), std::move(rows));
    // The window's own figures, as the table's other columns: the same engine as the comparison's view.
    for (std::size_t i = 0; i < count; ++i)
        table.setInsight(int(i), InsightEngine::analyze(*fetches[i]->store(), {}));
    input.spec.fromMs = 0;
    input.spec.toMs = request.lastMs.value_or(fetch.longestMs);
    input.spec.layout = request.overlay ? CompareFrame::Layout::Overlay : CompareFrame::Layout::Columns;
    input.elapsedAxis = true;
    input.table = &table;

    ExportResult result;
    result.fromMs = input.spec.fromMs;
    result.toMs = input.spec.toMs;
    result.stepSeconds = *std::max_element(fetch.steps.begin(), fetch.steps.end());
    QStringList tags;
    for (const auto &f : fetches)
        tags.append(f->resolutionTag());
    result.resolution = tags.join(QStringLiteral(", "));
    return write(request, input, table, std::move(result));
}
