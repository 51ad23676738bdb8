// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The dashboard as a user drives it, against the simulated server: zoom by dragging, hide and isolate series.
#include "core/json/Iso8601.h"
#include "core/metrics/MetricInfo.h"
#include "core/models/SeriesTreeModel.h"
#include "core/session/DashboardController.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/LegendWidget.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/JobCard.h"
#include "gui/export/ExportOptions.h"
#include "gui/window/ErrorBanner.h"
#include "support/RequestLog.h"
#include "support/SimulatedApi.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const DashboardFrame::Chart *chartOf(const DashboardView &view, Metric metric)
{
    if (!view.currentFrame())
        return nullptr;
    for (const DashboardFrame::Chart &c : view.currentFrame()->charts) {
        if (c.metric == metric)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimulatedApi> m_api;
    QString m_log;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<DashboardView> m_view;

    void waitForIdleFrame()
    {
        QTest::qWait(250); // past the debounce
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading(), 15'000);
        QSignalSpy applied(m_view.get(), &DashboardView::frameApplied);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() || m_view->currentFrame(), 10'000);
        QTest::qWait(100);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_api = std::make_unique<SimulatedApi>();
        QVERIFY(m_api->isRunning());
        m_log = m_api->requestLogPath();
        m_controller = std::make_unique<DashboardController>(m_api->client(), DashboardController::Clock{});
        m_controller->setDebounceMs(50);
        // Requests are counted for the sampled picture; chartHeadersSayWhenTheyAreSampled turns refinement
        // on.
        m_controller->setResolution(Resolution::Sampled);
        m_view = std::make_unique<DashboardView>(m_controller.get());
        m_view->resize(1400, 1000);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

        // The completed two-node job of the demo data.
        QSignalSpy applied(m_view.get(), &DashboardView::frameApplied);
        m_controller->open(QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() && !m_controller->isLoading(), 20'000);
        waitForIdleFrame();
    }

    void showsEveryMetricWithItsLimit()
    {
        QVERIFY(m_view->jobCard()->summaryText().contains(QStringLiteral("p7qr9qv")));
        for (Metric m : {Metric::GpuUtilization, Metric::GpuMemory, Metric::CpuUsage, Metric::CpuMemory,
                         Metric::EphemeralUsage, Metric::EphemeralUtilization})
            QVERIFY2(m_view->chart(m), qPrintable(QString::number(int(m))));
        const DashboardFrame::Chart *memory = chartOf(*m_view, Metric::GpuMemory);
        QVERIFY(memory);
        QVERIFY(memory->limit.has_value());
        QCOMPARE(*memory->limit, 81559.0 * 1024 * 1024); // the H100's gpu_memory_limit_mib
        const DashboardFrame::Chart *util = chartOf(*m_view, Metric::GpuUtilization);
        QVERIFY(util && !util->lines.empty());
        for (const DashboardFrame::Line &line : util->lines) {
            QVERIFY(!line.points.isEmpty());
            QVERIFY(line.mean && *line.mean > 0.0 && *line.mean <= 1.0);
        }
    }

    void sizesFollowTheUnitsSetting()
    {
        ChartWidget *memory = m_view->chart(Metric::GpuMemory);
        auto labels = [memory] {
            return memory->valueAxisLabelsForTest().join(QLatin1Char(' '));
        };
        QVERIFY2(labels().contains(QStringLiteral("GiB")), qPrintable(labels()));
        m_view->setByteUnits(ByteUnits::Decimal);
        waitForIdleFrame();
        QVERIFY2(labels().contains(QStringLiteral(" GB")) && !labels().contains(QStringLiteral("GiB")),
                 qPrintable(labels()));
        QVERIFY(!m_view->jobCard()->summaryText().contains(QStringLiteral("GiB")));
        m_view->setByteUnits(ByteUnits::Binary);
        waitForIdleFrame();
        QVERIFY(labels().contains(QStringLiteral("GiB")));
    }

    void rubberBandZoomFetchesThatWindowOnce()
    {
        ChartWidget *chart = m_view->chart(Metric::CpuUsage);
        const TimeRange::Window before = m_controller->range()->window();
        const qsizetype requestsBefore = RequestLog::metricsBodies(m_log).size();
        const QRect plot = chart->plotArea();
        QVERIFY(plot.width() > 100);
        const int y = plot.center().y();
        const QPoint from(plot.left() + plot.width() / 4, y);
        const QPoint to(plot.left() + plot.width() / 2, y);
        QTest::mousePress(chart, Qt::LeftButton, {}, from);
        QTest::mouseMove(chart, QPoint(from.x() + 20, y));
        QTest::mouseMove(chart, to);
        QTest::mouseRelease(chart, Qt::LeftButton, {}, to);

        const TimeRange::Window zoomed = m_controller->range()->window();
        QVERIFY(zoomed.fromMs > before.fromMs);
        QVERIFY(zoomed.toMs < before.toMs);
        // About a quarter of the old span, starting a quarter in.
        QVERIFY(qAbs(double(zoomed.span()) / double(before.span()) - 0.25) < 0.03);
        waitForIdleFrame();

        const auto requests = RequestLog::metricsBodies(m_log);
        QCOMPARE(requests.size(), requestsBefore + 1);
        QCOMPARE(requests.last().value(QStringLiteral("start_epoch_millis")).toInteger(), zoomed.fromMs);
        QCOMPARE(requests.last().value(QStringLiteral("end_epoch_millis")).toInteger(), zoomed.toMs);
        // Every chart now shows the zoomed range.
        QCOMPARE(m_view->chart(Metric::GpuMemory)->fromMs(), zoomed.fromMs);
        QCOMPARE(m_view->chart(Metric::GpuMemory)->toMs(), zoomed.toMs);

        m_controller->range()->back();
        waitForIdleFrame();
        QCOMPARE(m_controller->range()->window(), before);
        QCOMPARE(RequestLog::metricsBodies(m_log).size(), requestsBefore + 1);
    }

    void legendClickHidesAndDoubleClickIsolates()
    {
        m_view->setNodeMode(DashboardFrame::NodeMode::AllNodes);
        waitForIdleFrame();
        const DashboardFrame::Chart *util = chartOf(*m_view, Metric::GpuUtilization);
        QVERIFY(util);
        const std::size_t lines = util->lines.size();
        QCOMPARE(lines, std::size_t(16)); // 2 nodes x 8 GPUs
        const SeriesKey first = util->lines.front().key;

        LegendWidget *legend = m_view->legend(Metric::GpuUtilization);
        QCOMPARE(legend->entryCount(), 16);
        legend->activate(0, false); // click: hide that rank
        waitForIdleFrame();
        util = chartOf(*m_view, Metric::GpuUtilization);
        QCOMPARE(util->lines.size(), lines - 1);
        QVERIFY(!m_view->seriesModel()->isVisible(first.nodeId, first.metric, first.rank));
        // The chart itself no longer holds that line (an unknown line reports -1 points).
        QVERIFY(m_view->chart(Metric::GpuUtilization)
                    ->pointCountForTest(first.nodeId + QStringLiteral("/0/") + QString::number(first.rank)) <=
                0);
        const SeriesKey second = util->lines.front().key;
        QVERIFY(m_view->chart(Metric::GpuUtilization)
                    ->pointCountForTest(second.nodeId + QStringLiteral("/0/") +
                                        QString::number(second.rank)) > 0);

        m_view->legend(Metric::GpuUtilization)->activate(3, true); // double-click: only this one
        waitForIdleFrame();
        util = chartOf(*m_view, Metric::GpuUtilization);
        QCOMPARE(util->lines.size(), std::size_t(1));
        // Other charts keep all their series.
        QCOMPARE(chartOf(*m_view, Metric::GpuMemory)->lines.size(), std::size_t(16));

        m_view->seriesModel()->showAll();
        waitForIdleFrame();
        QCOMPARE(chartOf(*m_view, Metric::GpuUtilization)->lines.size(), lines);
    }

    void meanPerNodeDrawsOneBandedLinePerNode()
    {
        m_view->setNodeMode(DashboardFrame::NodeMode::AggregatePerNode);
        waitForIdleFrame();
        const DashboardFrame::Chart *util = chartOf(*m_view, Metric::GpuUtilization);
        QCOMPARE(util->lines.size(), std::size_t(2));
        for (const DashboardFrame::Line &line : util->lines) {
            QVERIFY(line.aggregate);
            QVERIFY(line.points.hasBand());
            for (std::size_t i = 0; i < line.points.size(); ++i)
                QVERIFY(line.points.lower[i] <= line.points.y[i] && line.points.y[i] <= line.points.upper[i]);
        }
    }

    void exportsWhatIsInView()
    {
        const TimeRange::Window w = m_controller->range()->window();
        ExportOptions options;
        options.size = QSize(900, 700);
        options.scale = 2;
        const QString png = m_dir.filePath(QStringLiteral("dashboard.png"));
        QVERIFY(m_view->exportPngTo(png, true, options));
        QCOMPARE(QImage(png).size(), QSize(1800, 1400));
        const QString one = m_dir.filePath(QStringLiteral("chart.png"));
        options.size = QSize(800, 400);
        options.scale = 1;
        QVERIFY(m_view->exportPngTo(one, false, options));
        QCOMPARE(QImage(one).size(), QSize(800, 400));
        QVERIFY(!m_view->exportPngTo(m_dir.filePath(QStringLiteral("no/such/dir/x.png")), true, options));

        const QString csv = m_dir.filePath(QStringLiteral("series.csv"));
        QVERIFY(m_view->exportCsvTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
        QVERIFY(rows.size() > 10);
        QVERIFY(rows.front().startsWith("time,"));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QByteArray stamp = rows[i].left(rows[i].indexOf(','));
            const auto ms = Iso8601::parseMs(stamp.constData(), std::size_t(stamp.size()));
            QVERIFY(ms);
            QVERIFY(*ms >= w.fromMs && *ms <= w.toMs);
        }
    }

    void anErrorShowsABannerAndKeepsTheCharts()
    {
        const std::size_t points = m_controller->store().pointCount();
        ClientConfig config = m_api->client()->config();
        config.apiKey = QStringLiteral("revoked");
        m_api->client()->setConfig(config);
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->errorBanner()->isVisible(), 10'000);
        QVERIFY(m_view->errorBanner()->message().contains(QStringLiteral("401")));
        QCOMPARE(m_controller->store().pointCount(), points);
        QVERIFY(!chartOf(*m_view, Metric::GpuUtilization)->lines.empty());

        config.apiKey = m_api->config().apiKey;
        m_api->client()->setConfig(config);
        m_controller->retry();
        QTRY_VERIFY2_WITH_TIMEOUT(!m_view->errorBanner()->isVisible(),
                                  qPrintable(m_view->errorBanner()->message()), 10000);
    }

    // Last: it refines the job to every sample, which the request counts above must not see.
    void chartHeadersSayWhenTheyAreSampled()
    {
        m_controller->range()->setWindow(m_controller->jobBounds().first, m_controller->jobBounds().second);
        waitForIdleFrame();
        ChartWidget *chart = m_view->chart(Metric::GpuUtilization);
        // The whole of a days-long job at one sample per pixel column: the header says it is sampled.
        QVERIFY(m_controller->fidelity().isSampled());
        QVERIFY(chart->note().contains(QStringLiteral("sampled")));
        QCOMPARE(chart->title(), MetricInfo::title(Metric::GpuUtilization));

        m_controller->setResolution(Resolution::Full);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading() && !m_controller->isRefining() &&
                                     !m_controller->fidelity().isSampled(),
                                 60'000);
        QVERIFY(chart->note().isEmpty());
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
