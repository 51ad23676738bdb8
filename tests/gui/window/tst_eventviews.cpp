// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/BasetenClient.h"
#include "core/metrics/DurationText.h"
#include "core/models/JobTreeModel.h"
#include "core/models/LogLineModel.h"
#include "core/session/CompareInsight.h"
#include "core/session/CompareSession.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/session/JobEvents.h"
#include "core/session/LogFeed.h"
#include "core/settings/AppSettings.h"
#include "gui/charts/ChartWidget.h"
#include "gui/compare/CompareView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/export/DashboardExporter.h"
#include "gui/logs/LogPanel.h"
#include "gui/settings/ThemePalette.h"
#include "gui/window/MainWindow.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockCheckpoints.h"
#include "mock/MockDataset.h"
#include "support/MemoryKeyStore.h"
#include "support/Screenshot.h"
#include "support/SimulatedApi.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>
#include <memory>

namespace {

// What DesktopSession wires for the events: the dashboard's controller followed by JobEvents and LogFeed.
struct EventDesk
{
    explicit EventDesk(const ClientConfig &config, AppSettings::Theme theme = AppSettings::Theme::System)
        : client(config)
    {
        settings.setTheme(theme); // the window applies the saved theme when it opens
        dashboard.setDebounceMs(20);
        events.follow(&dashboard);
        logs.setDebounceMs(20);
        logs.follow(&dashboard);
        MainWindow::Services services;
        services.catalog = &catalog;
        services.model = &model;
        services.dashboard = &dashboard;
        services.client = &client;
        services.settings = &settings;
        services.keys = &keys;
        services.events = &events;
        services.logs = &logs;
        compare.setResolution(Resolution::Sampled);
        services.compare = &compare;
        window = std::make_unique<MainWindow>(services);
        window->resize(1500, 1000);
        window->show();
    }
    ~EventDesk() { window.reset(); }

    QTemporaryDir dir;
    QSettings raw{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{&raw};
    BasetenClient client;
    JobTreeModel model;
    JobCatalog catalog{&client, &model};
    DashboardController dashboard{&client, {}};
    JobEvents events{&client, {}};
    LogFeed logs{&client};
    CompareSession compare{&client, {}};
    MemoryKeyStore keys;
    std::unique_ptr<MainWindow> window;
};

std::vector<ChartWidget *> chartsOf(DashboardView *view)
{
    std::vector<ChartWidget *> charts;
    for (ChartWidget *chart : view->findChildren<ChartWidget *>())
        charts.push_back(chart);
    return charts;
}

} // namespace

// Checkpoints and errors on the dashboard's charts, and the log dock, against the simulated server.
class TestEventViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_api.isRunning()); }
    void markersAtTheServedCheckpointTimes();
    void theOutOfMemoryErrorIsAMarkerAndALine();
    void theExportedPictureHasTheMarkers();
    void comparedJobsListTheirFindings();
    void theJobsDocksStepAsideForTheComparison();
    void screenshots();

private:
    bool openFailedJob(EventDesk &desk)
    {
        const MockJob &failed = *m_api.server()->dataset().job(MockDataset::failedJobId());
        desk.window->openJob(failed.projectId, failed.id);
        return QTest::qWaitFor(
            [&] {
                return desk.dashboard.isSettled() && !desk.events.isLoading() && !desk.logs.isLoading() &&
                       desk.events.job().id == failed.id && !chartsOf(desk.window->dashboard()).empty() &&
                       desk.window->dashboard()->currentFrame();
            },
            30000);
    }

    static bool markerInPlot(const ChartWidget *chart, qint64 timeMs)
    {
        const std::optional<int> x = chart->markerXForTest(timeMs);
        return x && chart->plotArea().contains(QPoint(*x, chart->plotArea().center().y()));
    }

    SimulatedApi m_api;
};

void TestEventViews::markersAtTheServedCheckpointTimes()
{
    EventDesk desk(m_api.config());
    QVERIFY(openFailedJob(desk));
    const MockJob &failed = *m_api.server()->dataset().job(MockDataset::failedJobId());
    const std::vector<MockCheckpoints::Checkpoint> served =
        MockCheckpoints::list(failed, 1, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(served.size(), std::size_t(4));
    const std::vector<ChartWidget *> charts = chartsOf(desk.window->dashboard());
    QVERIFY(charts.size() >= 4);
    for (ChartWidget *chart : charts) {
        QList<qint64> checkpointTimes;
        for (const ChartMarker &marker : chart->markers()) {
            if (marker.kind == ChartMarker::Kind::Checkpoint)
                checkpointTimes.append(marker.timeMs);
        }
        QCOMPARE(checkpointTimes.size(), qsizetype(served.size()));
        for (std::size_t i = 0; i < served.size(); ++i) {
            QCOMPARE(checkpointTimes[qsizetype(i)], served[i].createdAtMs);
            // Drawn where the time axis puts that instant, and named by the hover text there.
            // Once the chart is placed: cells are made one a turn, and the job's cache charts come after the
            // rest, hidden and unplaced (a 1 x 1 plot) for a turn or two after the job has settled.
            QTRY_VERIFY(markerInPlot(chart, served[i].createdAtMs));
            const std::optional<ChartMarker> near = chart->markerNear(served[i].createdAtMs);
            QVERIFY(near && near->toolTip.startsWith(QStringLiteral("checkpoint · ")));
            QVERIFY2(near->toolTip.contains(QStringLiteral("GiB")), qPrintable(near->toolTip));
        }
    }
    const QString hover =
        desk.window->dashboard()->hoverText(Metric::GpuUtilization, served.front().createdAtMs);
    QVERIFY2(hover.contains(QStringLiteral("checkpoint · ")), qPrintable(hover));
}

void TestEventViews::theOutOfMemoryErrorIsAMarkerAndALine()
{
    EventDesk desk(m_api.config());
    QVERIFY(openFailedJob(desk));
    const MockJob &failed = *m_api.server()->dataset().job(MockDataset::failedJobId());
    ChartWidget *gpuMemory = desk.window->dashboard()->chart(Metric::GpuMemory);
    QVERIFY(gpuMemory);
    const std::optional<ChartMarker> error = gpuMemory->markerNear(failed.endMs);
    QVERIFY(error && error->kind == ChartMarker::Kind::Error);
    QVERIFY2(error->toolTip.contains(QStringLiteral("CUDA out of memory")), qPrintable(error->toolTip));

    // The log dock: errors only, newest first; picking the out-of-memory line moves every crosshair there.
    LogPanel *panel = desk.window->logPanel();
    QVERIFY(panel && desk.window->logDock()->isVisible());
    panel->levelBox()->setCurrentIndex(panel->levelBox()->findData(int(LogLevel::Error)));
    QVERIFY(QTest::qWaitFor([&] { return !desk.logs.isLoading() && panel->model()->rowCount() > 0; }, 20000));
    int oom = -1;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QModelIndex index = panel->model()->index(row, LogLineModel::MessageColumn);
        QCOMPARE(index.siblingAtColumn(LogLineModel::LevelColumn).data().toString(), QStringLiteral("Error"));
        if (index.data().toString().contains(QLatin1String("CUDA out of memory")))
            oom = row;
    }
    QVERIFY(oom >= 0);
    panel->view()->setCurrentIndex(panel->model()->index(oom, 0));
    for (ChartWidget *chart : chartsOf(desk.window->dashboard()))
        QCOMPARE(chart->crosshair(), std::optional<qint64>(failed.endMs));
}

void TestEventViews::theExportedPictureHasTheMarkers()
{
    EventDesk desk(m_api.config());
    QVERIFY(openFailedJob(desk));
    DashboardView *view = desk.window->dashboard();
    const DashboardFrame::Spec spec = view->currentSpec();
    const qint64 checkpoint = desk.events.checkpoints().front().createdAtMs;
    // Teal pixels in the column of the first checkpoint of the first chart.
    const auto tealInColumn = [&](const QList<ChartMarker> &markers) {
        ExportOptions options;
        options.markers = markers;
        const DashboardExporter::Result result =
            DashboardExporter(options).render(desk.dashboard.store(), spec);
        const QRectF plot = result.plotAreas.front();
        const double x =
            plot.left() + plot.width() * double(checkpoint - spec.fromMs) / double(spec.toMs - spec.fromMs);
        const QColor teal = ChartStyle::fromPalette(options.palette).checkpointMarker;
        int found = 0;
        for (int px = int(x) - 2; px <= int(x) + 2; ++px) {
            for (int y = int(plot.top()); y < int(plot.bottom()); ++y) {
                const QColor c = result.image.pixelColor(px, y);
                found += std::abs(c.red() - teal.red()) + std::abs(c.green() - teal.green()) +
                             std::abs(c.blue() - teal.blue()) <
                         60;
            }
        }
        return found;
    };
    QVERIFY(!view->markers().isEmpty());
    QVERIFY(tealInColumn(view->markers()) > 20);
    QCOMPARE(tealInColumn({}), 0);
}

void TestEventViews::comparedJobsListTheirFindings()
{
    const MockJob &idle = *m_api.server()->dataset().job(QStringLiteral("g6h2j9v"));
    const MockJob &failed = *m_api.server()->dataset().job(MockDataset::failedJobId());
    CompareSession session(m_api.client(), {});
    session.setResolution(Resolution::Sampled);
    CompareInsight insight(&session);
    CompareView view(&session);
    view.setInsight(&insight);
    view.resize(1400, 900);
    view.show();
    QVERIFY(session.setJobs({{idle.projectId, idle.id}, {failed.projectId, failed.id}}));
    QVERIFY(QTest::qWaitFor([&] { return insight.report(0) && insight.report(1); }, 60000));
    const QString text = view.findingsLabel()->text();
    QVERIFY(view.findingsLabel()->isVisible());
    QCOMPARE(view.findingsLabel()->textFormat(), Qt::PlainText);
    QVERIFY2(text.contains(QStringLiteral("ppo-baseline: ")) && text.contains(QStringLiteral("sft-lr3e-5: ")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("idle GPU-hours")), qPrintable(text));
    QVERIFY(text.count(QStringLiteral("  • ")) >= 2);
    // How long a rank lagged reads as a duration ("1 d 1 h", not "1,550 min"), or says there was none.
    for (int i = 0; i < 2; ++i) {
        const qint64 ms = std::llround(CompareInsight::laggingRankMinutes(*insight.report(i)) * 60'000);
        const QString expected = ms >= 60'000
                                     ? QStringLiteral("ranks lagging for ") + DurationText::format(ms)
                                     : QStringLiteral("no lagging rank");
        QVERIFY2(text.contains(expected), qPrintable(text + QStringLiteral("\nexpected: ") + expected));
    }
    QVERIFY(saveScreenshot(&view, QStringLiteral("compare-findings")));
}

// The findings and logs docks belong to the open job: beside a comparison of other jobs they would say
// things about a job not in view. They go with the comparison and come back as they were.
void TestEventViews::theJobsDocksStepAsideForTheComparison()
{
    EventDesk desk(m_api.config());
    QVERIFY(openFailedJob(desk));
    QDockWidget *logs = desk.window->logDock();
    QDockWidget *findings = desk.window->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    QVERIFY(logs && findings);
    // The tab on top of the docks' tab bar.
    const auto onTop = [&]() -> QString {
        for (const QTabBar *bar : desk.window->findChildren<QTabBar *>()) {
            if (bar->count() == 2 && bar->isVisible())
                return bar->tabText(bar->currentIndex());
        }
        return {};
    };
    logs->raise(); // the user was reading the logs
    QTRY_COMPARE(onTop(), logs->windowTitle());

    const MockJob &idle = *m_api.server()->dataset().job(QStringLiteral("g6h2j9v"));
    const MockJob &failed = *m_api.server()->dataset().job(MockDataset::failedJobId());
    QVERIFY(desk.window->openComparison({{idle.projectId, idle.id}, {failed.projectId, failed.id}}));
    QTRY_VERIFY(!logs->isVisible() && !findings->isVisible());

    desk.window->showDashboardPage();
    QTRY_VERIFY(logs->isVisible());
    QVERIFY(!findings->isHidden()); // still open, behind the logs as before
    QCOMPARE(onTop(), logs->windowTitle());

    // A dock the user had closed stays closed.
    findings->close();
    QVERIFY(desk.window->openComparison({{idle.projectId, idle.id}, {failed.projectId, failed.id}}));
    QTRY_VERIFY(!logs->isVisible());
    desk.window->showDashboardPage();
    QTRY_VERIFY(logs->isVisible());
    QVERIFY(findings->isHidden());
}

void TestEventViews::screenshots()
{
    for (const bool dark : {false, true}) {
        EventDesk desk(m_api.config(), dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QVERIFY(openFailedJob(desk));
        LogPanel *panel = desk.window->logPanel();
        QVERIFY(QTest::qWaitFor([&] { return panel->model()->rowCount() > 0; }, 20000));
        const MockJob &failed = *m_api.server()->dataset().job(MockDataset::failedJobId());
        desk.window->dashboard()->showCrosshairAt(failed.endMs - 3600 * 1000);
        QTest::qWait(200);
        QVERIFY(saveScreenshot(desk.window.get(),
                               dark ? QStringLiteral("events-dark") : QStringLiteral("events-light")));
    }
    ThemePalette::apply(AppSettings::Theme::System);
}

QTEST_MAIN(TestEventViews)
#include "tst_eventviews.moc"
