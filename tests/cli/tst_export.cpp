// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The dashboard export: DashboardExporter on hand-made data, and `trainscope export` end to end against the
// simulated server.
#include "cli/ExportCommand.h"
#include "core/api/BasetenClient.h"
#include "core/insight/FindingText.h"
#include "core/json/Iso8601.h"
#include "core/metrics/MetricsStore.h"
#include "gui/export/DashboardExporter.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockDataset.h"
#include "mock/MockServerOptions.h"
#include "mock/MockServerThread.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

constexpr qint64 Start = 1'760'000'000'000;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
const QString ApiKey = QStringLiteral("tsk-export-test-9f2c41d7e0");
const QString Project = QStringLiteral("n4q95w5");
const QString CompletedJob = QStringLiteral("p7qr9qv");

// Pixels of data lines: inside the plot frame, in a series colour or darker than the light grey grid (thin
// lines of several colours blend towards grey where they overlap), and not the limit line's red, since a
// chart with only its limit has no data on it.
int colouredPixels(const QImage &image, const QRectF &area)
{
    const QRect r = area.toAlignedRect().adjusted(3, 3, -3, -3).intersected(image.rect());
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int hue = c.hsvHue();
            const bool saturated = c.hsvSaturation() > 30;
            const bool red = saturated && (hue <= 5 || hue >= 355);
            if (!red && (saturated || c.value() < 200))
                ++count;
        }
    }
    return count;
}

MetricsStore handMadeStore()
{
    MetricsResponse response;
    response.job.id = QStringLiteral("job1234");
    response.job.name = QStringLiteral("hand-made");
    response.job.projectId = QStringLiteral("proj");
    response.job.statusText = QStringLiteral("TRAINING_JOB_COMPLETED");
    response.job.status = JobStatus::Completed;
    response.job.createdAtMs = Start;
    response.job.updatedAtMs = Start + 4 * Hour;
    response.job.instanceType.name = QStringLiteral("8x H100 80GB");
    response.job.instanceType.gpuMemoryLimitMib = 81559;
    response.job.instanceType.memoryLimitMib = 1'960'000;
    response.job.instanceType.millicpuLimit = 200'000;
    for (int n = 0; n < 2; ++n) {
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        // Denser than any export is wide, so the reduction to the plot width shows.
        for (qint64 t = Start; t <= Start + 4 * Hour; t += 5000) {
            const double phase = double(t - Start) / double(Hour);
            for (int rank = 0; rank < 4; ++rank) {
                node.gpuUtilization[rank].append(t, 0.7 + 0.2 * std::sin(phase + rank + n));
                node.gpuMemory[rank].append(t, (40 + 10 * std::sin(phase * 2 + rank)) * GiB);
            }
            node.cpuUsage.append(t, 30 + 10 * std::cos(phase + n));
            node.cpuMemory.append(t, (300 + 50 * std::sin(phase)) * GiB);
            node.ephemeralUsage.append(t, (100 + phase * 10) * GiB);
            node.ephemeralUtilization.append(t, 0.1 + phase * 0.02);
        }
        response.nodes.push_back(std::move(node));
    }
    MetricsStore store;
    store.merge(response, Start, Start + 4 * Hour, 60);
    return store;
}

QList<QByteArray> csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The cells of a header row: series names are quoted whole (they hold the server's node ids); the simulated
// server's ids hold no comma or quote, so a split is enough here.
QList<QByteArray> headerCells(const QByteArray &line)
{
    QList<QByteArray> cells = line.split(',');
    for (QByteArray &cell : cells) {
        if (cell.size() >= 2 && cell.startsWith('"') && cell.endsWith('"'))
            cell = cell.mid(1, cell.size() - 2);
    }
    return cells;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    MockServerThread m_server;
    QUrl m_url;
    QTemporaryDir m_dir;

    QStringList args(const QString &job, const QStringList &extra) const
    {
        return QStringList{QStringLiteral("trainscope"), QStringLiteral("export"),
                           QStringLiteral("--base-url"), m_url.toString(),
                           QStringLiteral("--project"),  Project,
                           QStringLiteral("--job"),      job} +
               extra;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    TrainingJob fetchJob(const QString &jobId)
    {
        ClientConfig config;
        config.baseUrl = m_url;
        config.apiKey = ApiKey;
        BasetenClient client(config);
        std::optional<ApiResult<TrainingJob>> result;
        client.getJob(Project, jobId, this, [&](ApiResult<TrainingJob> r) { result.emplace(std::move(r)); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15'000);
        }();
        if (!result || !result->ok())
            return {};
        return result->value();
    }

    // A failed export: a non-zero code and exactly one line saying why.
    void verifyFailure(const ExportCommand::Result &r, const QString &mentions = {})
    {
        QVERIFY2(r.exitCode != 0, qPrintable(r.output));
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
        if (!mentions.isEmpty())
            QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY(!r.error.contains(ApiKey));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BASETEN_API_KEY", ApiKey.toUtf8());
        MockServerOptions options;
        options.apiKey = ApiKey;
        m_url = m_server.start(options);
        QVERIFY(m_url.isValid() && !m_url.isEmpty());
    }

    void exporterOnHandMadeStore()
    {
        const MetricsStore store = handMadeStore();
        ExportOptions options;
        options.size = QSize(1000, 800);
        options.scale = 2;
        const DashboardExporter exporter(options);
        DashboardFrame::Spec spec;
        spec.fromMs = Start;
        spec.toMs = Start + 4 * Hour;
        spec.width = 17; // ignored: the exporter reduces for its own plot width
        const DashboardExporter::Result r = exporter.render(store, spec);

        QCOMPARE(r.image.size(), QSize(2000, 1600));
        QCOMPARE(r.image.devicePixelRatio(), 2.0);
        QCOMPARE(r.image.pixelColor(2, 2), QColor(Qt::white)); // light by default, for documents
        QCOMPARE(r.frame.charts.size(), std::size_t(6));       // no cache: no cache charts
        QCOMPARE(r.plotAreas.size(), r.frame.charts.size());
        QVERIFY(r.frame.spec.width > 300);
        double widest = 0;
        for (std::size_t i = 0; i < r.plotAreas.size(); ++i) {
            const QRectF plot = r.plotAreas[i];
            QVERIFY(r.image.rect().contains(plot.toAlignedRect()));
            const double columns = plot.width() / 2;
            widest = std::max(widest, columns);
            // Reduced for the plot as exported (M4: up to four points a column), not for some other width.
            QVERIFY(!r.frame.charts[i].lines.empty());
            for (const DashboardFrame::Line &line : r.frame.charts[i].lines) {
                QVERIFY2(
                    double(line.points.size()) <= 4 * (columns + 2),
                    qPrintable(QStringLiteral("%1 points, %2 columns").arg(line.points.size()).arg(columns)));
                QVERIFY(double(line.points.size()) >= columns / 2);
            }
            QVERIFY2(colouredPixels(r.image, plot) > plot.width(), qPrintable(QString::number(i)));
        }
        QVERIFY2(std::abs(widest - r.frame.spec.width) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(widest).arg(r.frame.spec.width)));
        // Plot areas of the grid do not overlap: two columns.
        QVERIFY(r.plotAreas[0].right() < r.plotAreas[1].left());
        QCOMPARE(r.plotAreas[0].top(), r.plotAreas[1].top());

        // One chart takes the whole width.
        const DashboardExporter::Result one = exporter.renderChart(store, spec, Metric::GpuMemory);
        QCOMPARE(one.image.size(), QSize(2000, 1600));
        QCOMPARE(one.frame.charts.size(), std::size_t(1));
        QCOMPARE(one.frame.charts.front().metric, Metric::GpuMemory);
        QCOMPARE(one.frame.charts.front().lines.size(), std::size_t(8));
        QVERIFY(one.plotAreas.front().width() > 0.8 * 2000);
        QVERIFY(colouredPixels(one.image, one.plotAreas.front()) > one.plotAreas.front().width());
        QVERIFY(one.frame.spec.width > r.frame.spec.width);

        // One node of two.
        spec.mode = DashboardFrame::NodeMode::OneNode;
        spec.node = QStringLiteral("node-1");
        const DashboardExporter::Result node = exporter.render(store, spec);
        for (const DashboardFrame::Line &line : node.frame.charts.front().lines)
            QCOMPARE(line.key.nodeId, QStringLiteral("node-1"));
    }

    // One GPU utilization sample of 1e307 (the value that once hung the export in its tick loop): the picture
    // is made, the other lines keep their scale (they fill a good part of the plot's height, not a flat line
    // at its bottom), and the store names the series.
    void exporterOnImplausibleValues()
    {
        MetricsStore clean = handMadeStore();
        MetricsResponse hostile;
        hostile.job = clean.job();
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-0");
        node.gpuUtilization[0] = Series({Start + Hour}, {1e307});
        hostile.nodes.push_back(node);
        MetricsStore store = clean;
        store.merge(hostile, Start + Hour - 1000, Start + Hour + 1000, 1);
        QCOMPARE(store.warnings().size(), 1);

        DashboardFrame::Spec spec;
        spec.fromMs = Start;
        spec.toMs = Start + 4 * Hour;
        spec.mode = DashboardFrame::NodeMode::AllNodes;
        const DashboardExporter::Result r =
            DashboardExporter().renderChart(store, spec, Metric::GpuUtilization);
        QVERIFY(!r.image.isNull());
        const QRect plot = r.plotAreas.front().toAlignedRect().adjusted(3, 3, -3, -3);
        int top = plot.bottom();
        int bottom = plot.top();
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            if (colouredPixels(r.image, QRectF(plot.left(), y, plot.width(), 1).adjusted(-3, -3, 3, 3)) >
                plot.width() / 20) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
        QVERIFY2(
            bottom - top > plot.height() / 4,
            qPrintable(
                QStringLiteral("lines span rows %1 to %2 of %3").arg(top).arg(bottom).arg(plot.height())));
    }

    void exporterOnEmptyStore()
    {
        // A job with no metrics yet still makes a picture: empty charts that say so, not a crash.
        MetricsStore store;
        DashboardFrame::Spec spec;
        spec.fromMs = Start;
        spec.toMs = Start + Hour;
        const DashboardExporter::Result r = DashboardExporter().render(store, spec);
        QCOMPARE(r.image.size(), QSize(1600, 1200));
        QCOMPARE(r.plotAreas.size(), std::size_t(6));
    }

    void parseDuration()
    {
        QCOMPARE(ExportCommand::parseDuration(QStringLiteral("15m")), std::optional<qint64>(15 * Minute));
        QCOMPARE(ExportCommand::parseDuration(QStringLiteral("6h")), std::optional<qint64>(6 * Hour));
        QCOMPARE(ExportCommand::parseDuration(QStringLiteral("7d")), std::optional<qint64>(7 * 24 * Hour));
        QCOMPARE(ExportCommand::parseDuration(QStringLiteral("90s")), std::optional<qint64>(90'000));
        for (const char *bad : {"", "6", "h", "0h", "-1h", "6w", "1.5h", "6hh"})
            QVERIFY2(!ExportCommand::parseDuration(QString::fromLatin1(bad)), bad);
    }

    void helpListsEveryOption()
    {
        const ExportCommand::Result r = ExportCommand::execute(
            {QStringLiteral("trainscope"), QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--base-url", "--project", "--job", "--from", "--to", "--last", "--node", "--size", "--scale",
              "--png", "--csv", "--timeout", "--metric", "--resolution", "--view", "--findings"})
            QVERIFY2(r.output.contains(QLatin1String(option)), option);
    }

    void pngOfMultinodeJob()
    {
        const QString png = path(QStringLiteral("multinode.png"));
        const ExportCommand::Result r = ExportCommand::execute(
            args(MockDataset::multinodeRunningJobId(),
                 {QStringLiteral("--size"), QStringLiteral("1200x900"), QStringLiteral("--scale"),
                  QStringLiteral("2"), QStringLiteral("--png"), png}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1800));
        QVERIFY(r.plotAreas.size() >= 6);
        for (std::size_t i = 0; i < r.plotAreas.size(); ++i) {
            const QRectF plot = r.plotAreas[i];
            QVERIFY(plot.width() > 200 && plot.height() > 100);
            QVERIFY(image.rect().contains(plot.toAlignedRect()));
            QVERIFY2(colouredPixels(image, plot) > plot.width(), qPrintable(QString::number(i)));
        }
        // The whole job, which is still running: up to about now.
        QVERIFY(std::abs(r.toMs - QDateTime::currentMSecsSinceEpoch()) < 5 * Minute);
        QVERIFY(r.toMs - r.fromMs > 20 * Hour);
    }

    void heatmapView()
    {
        const QString png = path(QStringLiteral("heatmaps.png"));
        const ExportCommand::Result r = ExportCommand::execute(
            args(MockDataset::multinodeRunningJobId(),
                 {QStringLiteral("--view"), QStringLiteral("heatmap"), QStringLiteral("--last"),
                  QStringLiteral("6h"), QStringLiteral("--png"), png}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1200));
        // GPU utilization and GPU memory, each a heatmap the whole width, filled with colour.
        QCOMPARE(r.plotAreas.size(), std::size_t(2));
        for (const QRectF &plot : r.plotAreas) {
            QVERIFY(plot.width() > 1200 && plot.height() > 300);
            QVERIFY(colouredPixels(image, plot) > plot.width() * plot.height() / 2);
        }
        const ExportCommand::Result bad = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--view"), QStringLiteral("table"), QStringLiteral("--png"),
                                path(QStringLiteral("never.png"))}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.error.contains(QStringLiteral("--view")), qPrintable(bad.error));
    }

    // The text under the charts: each finding's severity, summary and why; "No findings" and the blind
    // spots when there are none, never an empty list.
    void findingsText()
    {
        InsightReport report;
        report.caveats = {QStringLiteral("Utilization is not throughput.")};
        std::vector<FindingText::Line> lines = FindingText::listing(report);
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines.front().text, QStringLiteral("No findings"));
        QVERIFY(lines.back().detail);
        QVERIFY(lines.back().text.contains(QLatin1String("Utilization is not throughput.")));

        InsightFinding info;
        info.kind = InsightFinding::Kind::MemoryHeadroom;
        info.severity = InsightFinding::Severity::Info;
        info.summary = QStringLiteral("GPUs twice as large as needed.");
        info.evidence = {{QStringLiteral("gpu_memory_p995_bytes"), 2.5e10}};
        InsightFinding lag = info;
        lag.kind = InsightFinding::Kind::LaggingRank;
        lag.severity = InsightFinding::Severity::Warning;
        lag.summary = QStringLiteral("node-1 GPU 5 lags its peers.");
        lag.evidence = {{QStringLiteral("gap_pct"), 31.0}};
        report.findings = {info, lag};
        lines = FindingText::listing(report);
        QCOMPARE(lines.size(), std::size_t(5)); // two findings of two lines, then the blind spots
        // The more serious first, whatever the report's order.
        QCOMPARE(lines[0].text, QStringLiteral("Warning: node-1 GPU 5 lags its peers."));
        QVERIFY(!lines[0].detail);
        QVERIFY(lines[1].detail);
        QVERIFY2(lines[1].text.startsWith(QLatin1String("Why: gap_pct 31")), qPrintable(lines[1].text));
        QCOMPARE(lines[2].text, QStringLiteral("Info: GPUs twice as large as needed."));
        QVERIFY(lines[3].text.contains(QLatin1String("gpu_memory_p995_bytes")));

        // Many findings: the most serious ones, then how many more there are; the blind spots still end it.
        report.findings.clear();
        for (int i = 0; i < 30; ++i)
            report.findings.push_back(i == 17 ? lag : info);
        lines = FindingText::listing(report, 8);
        QCOMPARE(lines.size(), std::size_t(8 * 2 + 2));
        QCOMPARE(lines[0].text, QStringLiteral("Warning: node-1 GPU 5 lags its peers."));
        QVERIFY2(lines[16].text.contains(QLatin1String("22 more")), qPrintable(lines[16].text));
        QVERIFY(!lines[16].detail);
        QVERIFY(lines[17].text.contains(QLatin1String("Utilization is not throughput.")));
        QCOMPARE(FindingText::listing(report).size(), std::size_t(30 * 2 + 1));
    }

    // --findings: the same dashboard with the job's findings under it, taller by what they need.
    void findingsUnderTheCharts()
    {
        const QStringList base{QStringLiteral("trainscope"), QStringLiteral("export"),
                               QStringLiteral("--base-url"), m_url.toString(),
                               QStringLiteral("--project"),  QStringLiteral("w8xk2pq"),
                               QStringLiteral("--job"),      QStringLiteral("g6h2j9v"),
                               QStringLiteral("--size"),     QStringLiteral("1200x800")};
        const QString plain = path(QStringLiteral("plain.png"));
        const QString listed = path(QStringLiteral("findings.png"));
        const ExportCommand::Result without =
            ExportCommand::execute(base + QStringList{QStringLiteral("--png"), plain});
        QVERIFY2(without.exitCode == 0, qPrintable(without.error));
        const ExportCommand::Result with = ExportCommand::execute(
            base + QStringList{QStringLiteral("--findings"), QStringLiteral("--png"), listed});
        QVERIFY2(with.exitCode == 0, qPrintable(with.error));
        const QImage a(plain);
        const QImage b(listed);
        QCOMPARE(a.size(), QSize(1200, 800));
        QCOMPARE(b.width(), a.width());
        // The idle node and the memory headroom: a title and at least two findings of two lines each.
        QVERIFY2(b.height() > a.height() + 80, qPrintable(QString::number(b.height())));
        // The charts are the same picture; the text below them is drawn.
        QCOMPARE(b.copy(0, 0, 1200, 800), a.convertToFormat(b.format()));
        int dark = 0;
        for (int y = 800; y < b.height(); ++y) {
            for (int x = 0; x < b.width(); ++x)
                dark += b.pixelColor(x, y).value() < 128 ? 1 : 0;
        }
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QCOMPARE(with.plotAreas.size(), without.plotAreas.size());
    }

    void singleChart()
    {
        const QString png = path(QStringLiteral("gpu-memory.png"));
        const ExportCommand::Result r = ExportCommand::execute(
            args(CompletedJob,
                 {QStringLiteral("--metric"), QStringLiteral("gpu_memory_usage_bytes"),
                  QStringLiteral("--node"), QStringLiteral("node-1"), QStringLiteral("--png"), png}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        QCOMPARE(r.plotAreas.size(), std::size_t(1));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1200));
        QVERIFY(colouredPixels(image, r.plotAreas.front()) > r.plotAreas.front().width());
    }

    void csvHoldsOnlyTheWindow()
    {
        const TrainingJob job = fetchJob(CompletedJob);
        QVERIFY(job.updatedAtMs > job.createdAtMs + 6 * Hour);
        const qint64 from = job.updatedAtMs - 5 * Hour - 17 * Minute;
        const qint64 to = job.updatedAtMs - 2 * Hour;
        const QString csv = path(QStringLiteral("window.csv"));
        const qsizetype requestsBefore = m_server.server()->loggedRequests().size();
        const ExportCommand::Result r = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--from"), Iso8601::formatMs(from), QStringLiteral("--to"),
                                Iso8601::formatMs(to), QStringLiteral("--png"),
                                path(QStringLiteral("window.png")), QStringLiteral("--csv"), csv}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        QCOMPARE(r.fromMs, from);
        QCOMPARE(r.toMs, to);
        // Only the window was asked for: no picture of the whole job first, of which nothing is exported.
        const QList<MockLoggedRequest> requests = m_server.server()->loggedRequests().mid(requestsBefore);
        int metrics = 0;
        for (const MockLoggedRequest &request : requests) {
            if (!request.path.endsWith(QStringLiteral("/metrics")))
                continue;
            ++metrics;
            const QJsonObject body = QJsonDocument::fromJson(request.body.toUtf8()).object();
            QVERIFY2(body.value(QStringLiteral("start_epoch_millis")).toInteger() >= from &&
                         body.value(QStringLiteral("end_epoch_millis")).toInteger() <= to,
                     qPrintable(request.body));
        }
        QVERIFY(metrics > 0);

        const QList<QByteArray> lines = csvLines(csv);
        QVERIFY(lines.size() > 10);
        const QList<QByteArray> header = headerCells(lines.first());
        QCOMPARE(header.first(), QByteArray("time"));
        // 2 nodes x (8 GPUs x 2 metrics + 4 node metrics) + 2 job-wide cache series, then how each row was
        // fetched.
        QCOMPARE(header.size(), 1 + 2 * (8 * 2 + 4) + 2 + 2);
        QCOMPARE(header.mid(header.size() - 2), (QList<QByteArray>{"step_seconds", "resolution"}));
        QVERIFY(header.contains("node-0/gpu_utilization/gpu0"));
        QVERIFY(header.contains("node-1/cpu_memory_usage_bytes"));
        QCOMPARE(QSet<QByteArray>(header.begin(), header.end()).size(), header.size()); // one column a series
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), header.size());
            const auto t = Iso8601::parseMs(QString::fromLatin1(cells.first()));
            QVERIFY(t);
            QVERIFY2(*t >= from && *t <= to, cells.first().constData());
        }

        // --node limits the CSV to that node's series (and the job-wide cache).
        const QString nodeCsv = path(QStringLiteral("node.csv"));
        const ExportCommand::Result n = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--last"), QStringLiteral("1h"), QStringLiteral("--node"),
                                QStringLiteral("node-1"), QStringLiteral("--png"),
                                path(QStringLiteral("node.png")), QStringLiteral("--csv"), nodeCsv}));
        QVERIFY2(n.exitCode == 0, qPrintable(n.error));
        const QList<QByteArray> nodeHeader = headerCells(csvLines(nodeCsv).value(0));
        QCOMPARE(nodeHeader.size(), 1 + (8 * 2 + 4) + 2 + 2);
        for (const QByteArray &column : nodeHeader.mid(1, nodeHeader.size() - 3))
            QVERIFY2(column.startsWith("node-1/") || column.startsWith("job/"), column.constData());
    }

    // By default an export waits for every sample and says so; --resolution sampled says it is sampled.
    void theResolutionIsSaid()
    {
        const QString fullCsv = path(QStringLiteral("full.csv"));
        const ExportCommand::Result full = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--png"), path(QStringLiteral("full.png")),
                                QStringLiteral("--csv"), fullCsv}));
        QVERIFY2(full.exitCode == 0, qPrintable(full.error));
        QVERIFY2(full.resolution.startsWith(QStringLiteral("full")), qPrintable(full.resolution));
        const QList<QByteArray> lines = csvLines(fullCsv);
        QVERIFY(lines.size() > 1000); // days at 15 s, not one row per pixel column
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].endsWith(",full"), lines[i].right(40).constData());

        const QString sampledCsv = path(QStringLiteral("sampled.csv"));
        const ExportCommand::Result sampled = ExportCommand::execute(args(
            CompletedJob, {QStringLiteral("--resolution"), QStringLiteral("sampled"), QStringLiteral("--png"),
                           path(QStringLiteral("sampled.png")), QStringLiteral("--csv"), sampledCsv}));
        QVERIFY2(sampled.exitCode == 0, qPrintable(sampled.error));
        QVERIFY2(sampled.resolution.startsWith(QStringLiteral("sampled")), qPrintable(sampled.resolution));
        const QList<QByteArray> sampledLines = csvLines(sampledCsv);
        QVERIFY(sampledLines.size() < lines.size());
        QVERIFY(sampledLines.last().endsWith(",sampled"));

        const ExportCommand::Result bad = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--resolution"), QStringLiteral("fine"),
                                QStringLiteral("--png"), path(QStringLiteral("bad.png"))}));
        QCOMPARE(bad.exitCode, int(ExportCommand::Usage));
        QVERIFY(bad.error.contains(QStringLiteral("--resolution")));
    }

    void lastOfFinishedJobEndsAtItsEnd()
    {
        const TrainingJob job = fetchJob(CompletedJob);
        QVERIFY(job.updatedAtMs > 0);
        const QString csv = path(QStringLiteral("last.csv"));
        const ExportCommand::Result r = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--last"), QStringLiteral("6h"), QStringLiteral("--png"),
                                path(QStringLiteral("last.png")), QStringLiteral("--csv"), csv}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        QCOMPARE(r.toMs, job.updatedAtMs);
        QCOMPARE(r.fromMs, job.updatedAtMs - 6 * Hour);
        const QList<QByteArray> lines = csvLines(csv);
        QVERIFY(lines.size() > 2);
        const auto lastTime = Iso8601::parseMs(QString::fromLatin1(lines.last().split(',').first()));
        QVERIFY(lastTime && *lastTime <= job.updatedAtMs && *lastTime > job.updatedAtMs - 30 * Minute);

        // Longer than the job: clipped to its start.
        const ExportCommand::Result whole = ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--last"), QStringLiteral("30d"), QStringLiteral("--png"),
                                path(QStringLiteral("last30d.png"))}));
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.error));
        QCOMPARE(whole.fromMs, job.createdAtMs);
        QCOMPARE(whole.toMs, job.updatedAtMs);
    }

    void errors()
    {
        const QString png = path(QStringLiteral("error.png"));
        {
            const ExportCommand::Result r =
                ExportCommand::execute(args(QStringLiteral("nosuchjob"), {QStringLiteral("--png"), png}));
            verifyFailure(r, QStringLiteral("404"));
            QVERIFY(!QFile::exists(png));
        }
        for (const char *size : {"12x", "x900", "1200*900", "0x0", "100x100", "abc"}) {
            const ExportCommand::Result r = ExportCommand::execute(
                args(CompletedJob,
                     {QStringLiteral("--size"), QString::fromLatin1(size), QStringLiteral("--png"), png}));
            verifyFailure(r, QStringLiteral("--size"));
            QCOMPARE(r.exitCode, int(ExportCommand::Usage));
        }
        verifyFailure(ExportCommand::execute(args(CompletedJob, {})), QStringLiteral("--png"));
        verifyFailure(
            ExportCommand::execute(args(CompletedJob, {QStringLiteral("--node"), QStringLiteral("node-9"),
                                                       QStringLiteral("--png"), png})),
            QStringLiteral("node-9"));
        QVERIFY(!QFile::exists(png));
        verifyFailure(
            ExportCommand::execute(args(CompletedJob, {QStringLiteral("--scale"), QStringLiteral("zero"),
                                                       QStringLiteral("--png"), png})));
        verifyFailure(
            ExportCommand::execute(args(CompletedJob, {QStringLiteral("--last"), QStringLiteral("6 hours"),
                                                       QStringLiteral("--png"), png})));
        verifyFailure(
            ExportCommand::execute(args(CompletedJob, {QStringLiteral("--from"), QStringLiteral("yesterday"),
                                                       QStringLiteral("--png"), png})));
        verifyFailure(ExportCommand::execute(
            args(CompletedJob,
                 {QStringLiteral("--from"), QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("--to"),
                  QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("--png"), png})));
        verifyFailure(ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--last"), QStringLiteral("1h"), QStringLiteral("--from"),
                                QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("--png"), png})));
        verifyFailure(ExportCommand::execute(
            args(CompletedJob, {QStringLiteral("--bogus"), QStringLiteral("--png"), png})));
        verifyFailure(
            ExportCommand::execute(args(CompletedJob, {QStringLiteral("--png"),
                                                       m_dir.filePath(QStringLiteral("no/such/dir/x.png"))})),
            QStringLiteral("x.png"));

        // The wrong key is an HTTP error, reported once, and the key is not repeated.
        qputenv("BASETEN_API_KEY", "wrong-key");
        verifyFailure(ExportCommand::execute(args(CompletedJob, {QStringLiteral("--png"), png})),
                      QStringLiteral("401"));
        qunsetenv("BASETEN_API_KEY");
        verifyFailure(ExportCommand::execute(args(CompletedJob, {QStringLiteral("--png"), png})),
                      QStringLiteral("BASETEN_API_KEY"));
        qputenv("BASETEN_API_KEY", ApiKey.toUtf8());

        // Nothing listens there: a network error within the timeout, not a hang.
        QUrl dead = m_url;
        dead.setPort(1);
        QStringList deadArgs = args(
            CompletedJob, {QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--png"), png});
        deadArgs[3] = dead.toString();
        verifyFailure(ExportCommand::execute(deadArgs));
    }

    void keyIsNeverWritten()
    {
        const QString png = path(QStringLiteral("secret.png"));
        const QString csv = path(QStringLiteral("secret.csv"));
        const ExportCommand::Result r =
            ExportCommand::execute(args(MockDataset::multinodeRunningJobId(),
                                        {QStringLiteral("--last"), QStringLiteral("1h"),
                                         QStringLiteral("--png"), png, QStringLiteral("--csv"), csv}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        QVERIFY(!r.output.contains(ApiKey));

        QImageReader reader(png);
        QVERIFY(reader.canRead());
        QVERIFY(!reader.textKeys().isEmpty()); // there are text chunks, and none of them is the key
        for (const QString &key : reader.textKeys()) {
            QVERIFY(!key.contains(ApiKey));
            QVERIFY(!reader.text(key).contains(ApiKey));
        }
        for (const QString &file : {png, csv}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(ApiKey.toUtf8()), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
