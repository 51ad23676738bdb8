// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Insight on the dashboard, against the simulated server: a job of more than two nodes opens on heatmaps,
// its findings reach the panel and the job card, and selecting one shows it on every chart.
#include "core/frames/FrameBuilder.h"
#include "core/insight/InsightHeadline.h"
#include "core/metrics/MetricInfo.h"
#include "core/models/SeriesTreeModel.h"
#include "core/session/DashboardController.h"
#include "core/session/JobInsight.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/HeatmapWidget.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/JobCard.h"
#include "gui/export/ExportOptions.h"
#include "gui/insight/FindingsPanel.h"
#include "gui/window/MessagePage.h"
#include "support/Screenshot.h"
#include "support/SimulatedApi.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestDashboardInsight : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedApi> m_api;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<DashboardView> m_view;

    void open(const QString &job)
    {
        QSignalSpy applied(m_view.get(), &DashboardView::frameApplied);
        m_controller->open(QStringLiteral("n4q95w5"), job);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() && m_controller->isSettled(), 30'000);
        QTest::qWait(200);
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<SimulatedApi>();
        QVERIFY(m_api->isRunning());
        m_controller = std::make_unique<DashboardController>(m_api->client(), DashboardController::Clock{});
        m_controller->setDebounceMs(50);
        m_controller->setResolution(Resolution::Sampled);
        m_view = std::make_unique<DashboardView>(m_controller.get());
        m_view->insight()->setDebounceMs(100);
        m_view->resize(1500, 1100);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        open(QStringLiteral("lx2m8kq")); // four nodes, GPU 5 of node-1 held back by its host
    }

    void leadsWithHeatmapsForMoreThanTwoNodes()
    {
        QVERIFY(m_view->isHeatmapLayout());
        QVERIFY(m_view->isHeatmapShown(Metric::GpuUtilization));
        QVERIFY(m_view->isHeatmapShown(Metric::GpuMemory));
        HeatmapWidget *util = m_view->heatmap(Metric::GpuUtilization);
        QTRY_VERIFY_WITH_TIMEOUT(util->frame() && !util->frame()->rows.empty(), 10'000);
        QCOMPARE(util->frame()->rows.size(), std::size_t(32));
        QCOMPARE(util->frame()->reduction, HeatmapFrame::Reduction::Minimum);
        QCOMPARE(m_view->heatmap(Metric::GpuMemory)->frame()->reduction, HeatmapFrame::Reduction::Maximum);
        // One column per pixel of its plot, and its plot starts where the line charts' do.
        QTRY_VERIFY(std::abs(util->frame()->width() - util->pixelWidth()) <= 2);
        ChartWidget *cpu = m_view->chart(Metric::CpuUsage);
        QTRY_VERIFY(std::abs(util->mapTo(m_view.get(), util->plotArea().topLeft()).x() -
                             cpu->mapTo(m_view.get(), cpu->plotArea().topLeft()).x()) <= 1);
        // Sampled data says so on the heatmaps as on the line charts.
        QCOMPARE(util->note(), cpu->note());
        QVERIFY(!util->note().isEmpty());
        // The heatmap spans the whole width; the line charts below share a row two by two.
        QVERIFY(util->width() > cpu->width() * 3 / 2);
    }

    void aChartShownAsAHeatmapGetsItsLinesBackWhenSwitchedToLines()
    {
        // While the heatmaps stand in for the GPU charts, the frame builds no lines for them (at 64 nodes a
        // third of its time); the other charts keep theirs.
        auto linesOf = [this](Metric metric) -> std::size_t {
            for (const DashboardFrame::Chart &c : m_view->currentFrame()->charts) {
                if (c.metric == metric)
                    return c.lines.size();
            }
            return 0;
        };
        QTRY_VERIFY(m_view->currentFrame() &&
                    m_view->currentFrame()->spec.asHeatmap.count(Metric::GpuUtilization));
        QCOMPARE(linesOf(Metric::GpuUtilization), std::size_t(0));
        QCOMPARE(linesOf(Metric::GpuMemory), std::size_t(0));
        QVERIFY(linesOf(Metric::CpuUsage) > 0);
        // Switched to lines, the chart gets them: one mean line per node, as a line chart opens.
        m_view->setHeatmapShown(Metric::GpuUtilization, false);
        QTRY_COMPARE(linesOf(Metric::GpuUtilization), std::size_t(4));
        const qint64 middle = (m_controller->range()->fromMs() + m_controller->range()->toMs()) / 2;
        QTRY_VERIFY(m_view->chart(Metric::GpuUtilization)
                        ->valueAt(m_view->currentFrame()->charts.front().lines.front().id(), middle)
                        .has_value()); // drawn, not only listed
        QCOMPARE(linesOf(Metric::GpuMemory), std::size_t(0));
        m_view->setHeatmapShown(Metric::GpuUtilization, true);
        QTRY_COMPARE(linesOf(Metric::GpuUtilization), std::size_t(0));
    }

    void aJobOpeningOnHeatmapsAsksOnlyForWhatItWillShow()
    {
        // The range moves to a job's first data before the view sees that data and chooses heatmaps; a
        // frame asked for then must not build every rank's lines for charts about to be heatmaps (45 ms
        // of a worker on a 16-node job, which its first picture waited for).
        DashboardController controller(m_api->client(), DashboardController::Clock{});
        controller.setDebounceMs(50);
        controller.setResolution(Resolution::Sampled);
        DashboardView view(&controller);
        view.resize(1500, 1100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int withData = 0;
        QStringList wrong;
        const QMetaObject::Connection watch =
            connect(&view, &DashboardView::frameAsked, this, [&](const DashboardFrame::Spec &spec) {
                if (controller.store().nodes().empty())
                    return; // no data yet: nothing to build
                ++withData;
                for (Metric metric : {Metric::GpuUtilization, Metric::GpuMemory}) {
                    if (!spec.asHeatmap.count(metric))
                        wrong << QStringLiteral("%1 px with the lines of %2")
                                     .arg(spec.width)
                                     .arg(MetricInfo::title(metric));
                }
            });
        // Nor heatmaps while chart cells are still to be made: each moves the layout and the heatmaps'
        // width (five widths, ten builds, for the 16-node job's first picture).
        int heatmapRequests = 0;
        const QMetaObject::Connection watchHeatmaps = connect(
            &view, &DashboardView::heatmapsAsked, this, [&](const std::vector<HeatmapFrame::Spec> &specs) {
                ++heatmapRequests;
                const auto made = std::size_t(view.findChildren<ChartWidget *>().size());
                const std::size_t wanted = FrameBuilder::chartsFor(controller.store()).size();
                if (made != wanted)
                    wrong << QStringLiteral("heatmaps %1 px with %2 of %3 charts made")
                                 .arg(specs.front().width)
                                 .arg(made)
                                 .arg(wanted);
            });
        QSignalSpy applied(&view, &DashboardView::frameApplied);
        controller.open(QStringLiteral("n4q95w5"), QStringLiteral("lx2m8kq"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() && controller.isSettled(), 30'000);
        QTRY_VERIFY(view.heatmap(Metric::GpuUtilization)->frame() &&
                    !view.heatmap(Metric::GpuUtilization)->frame()->rows.empty());
        disconnect(watch);
        disconnect(watchHeatmaps);
        QVERIFY(withData > 0);
        QVERIFY(heatmapRequests > 0);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY(view.isHeatmapShown(Metric::GpuUtilization) && view.isHeatmapShown(Metric::GpuMemory));
        // Chosen by the user, lines come: the rule stands in only until the data has chosen.
        view.setHeatmapShown(Metric::GpuMemory, false);
        QTRY_VERIFY(view.currentFrame() && !view.currentFrame()->spec.asHeatmap.count(Metric::GpuMemory));
    }

    void theSameHeatmapsOfTheSameDataAreNotBuiltAgain()
    {
        // Asking for the lines again (another node mode) leaves the heatmaps as they are: same data, same
        // width. A layout settling asked for each width several times, each a build of both heatmaps.
        HeatmapWidget *util = m_view->heatmap(Metric::GpuUtilization);
        QTRY_VERIFY(util->frame() && !util->frame()->rows.empty());
        const HeatmapFrame *shown = util->frame();
        QSignalSpy asked(m_view.get(), &DashboardView::heatmapsAsked);
        const int framesBefore = m_view->framesAskedForTest();
        QSignalSpy applied(m_view.get(), &DashboardView::frameApplied);
        m_view->setNodeMode(DashboardFrame::NodeMode::AllNodes);
        QTRY_VERIFY(!applied.isEmpty());
        QVERIFY(m_view->framesAskedForTest() > framesBefore);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(util->frame(), shown);
        m_view->setNodeMode(DashboardFrame::NodeMode::AggregatePerNode);
        QTRY_VERIFY(applied.size() >= 2);
        QCOMPARE(asked.size(), 0);
        // Another range is other heatmaps.
        const qint64 from = m_controller->range()->fromMs();
        const qint64 to = m_controller->range()->toMs();
        QSignalSpy heatmaps(m_view.get(), &DashboardView::heatmapsApplied);
        m_controller->range()->setWindow(from + (to - from) / 4, to - (to - from) / 4);
        QTRY_VERIFY_WITH_TIMEOUT(!heatmaps.isEmpty() && util->frame() != shown, 10'000);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(util->frame()->spec.fromMs, m_controller->range()->fromMs());
        m_controller->range()->setWindow(from, to);
        QTRY_VERIFY(util->frame()->spec.fromMs == from);
    }

    void hoverNamesNodeAndRankAndMovesEveryCrosshair()
    {
        HeatmapWidget *util = m_view->heatmap(Metric::GpuUtilization);
        ChartWidget *cpu = m_view->chart(Metric::CpuUsage);
        const QPoint at = util->plotArea().center();
        const QString text = util->hoverText(at);
        QVERIFY2(text.contains(QStringLiteral("GPU")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("node-")), qPrintable(text));
        // The mouse over the heatmap moves the line charts' crosshair, and the other way round.
        QTest::mouseMove(util, at);
        QTRY_VERIFY(cpu->crosshair().has_value());
        QVERIFY(std::abs(*cpu->crosshair() - *util->crosshair()) < 1000);
        const qint64 t = m_controller->range()->fromMs() + 60'000;
        emit cpu->hovered(t);
        QCOMPARE(util->crosshair(), std::optional<qint64>(t));
        QCOMPARE(m_view->heatmap(Metric::GpuMemory)->crosshair(), std::optional<qint64>(t));
    }

    void aHeatmapExportsAsAHeatmap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("util.png"));
        QVERIFY(m_view->exportChartPngTo(path, Metric::GpuUtilization, ExportOptions{}));
        const QImage image(path);
        QCOMPARE(image.size(), ExportOptions{}.size);
        // Most of the page is the heatmap's colours; a line chart leaves it white.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                coloured += QColor(image.pixel(x, y)).hsvSaturation() > 60;
        }
        QVERIFY2(coloured > image.width() * image.height() / 16 / 3, qPrintable(QString::number(coloured)));
    }

    void findingsReachThePanelAndTheCard()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_view->insight()->report(), 30'000);
        const InsightReport &report = *m_view->insight()->report();
        QVERIFY(!report.findings.empty());
        FindingsPanel *panel = m_view->findingsPanel();
        QVERIFY(panel->list()->topLevelItemCount() > 0);
        QCOMPARE(m_view->jobCard()->insightSummary(), InsightHeadline::of(report));
        QVERIFY(m_view->jobCard()->insightSummary().contains(QStringLiteral("idle GPU-hours")));
        bool lagging = false;
        for (const InsightFinding &f : report.findings)
            lagging |= f.kind == InsightFinding::Kind::LaggingRank && f.node == QStringLiteral("node-1") &&
                       f.rank == 5;
        QVERIFY(lagging);
    }

    void selectingAFindingShowsIt()
    {
        const InsightReport &report = *m_view->insight()->report();
        int index = -1;
        for (std::size_t i = 0; i < report.findings.size(); ++i) {
            if (report.findings[i].rank && index < 0)
                index = int(i);
        }
        QVERIFY(index >= 0);
        const InsightFinding f = report.findings[std::size_t(index)];
        const std::set<SeriesKey> before = m_view->seriesModel()->hiddenKeys();
        m_view->findingsPanel()->selectFinding(index);
        QVERIFY(m_view->shownFinding());
        // The range holds the span with room either side.
        QVERIFY(m_controller->range()->fromMs() < f.startMs);
        QVERIFY(m_controller->range()->toMs() > f.endMs);
        QVERIFY(m_controller->range()->toMs() - m_controller->range()->fromMs() <
                3 * (f.endMs - f.startMs) + 3600'000);
        // Shaded on every chart and heatmap.
        for (Metric m : {Metric::GpuUtilization, Metric::CpuUsage, Metric::CpuMemory})
            QCOMPARE(m_view->chart(m)->highlightSpan(), std::optional(std::pair{f.startMs, f.endMs}));
        // Its rank lit in the heatmap, alone in the legends.
        const std::set<HeatmapWidget::RankKey> lit{{f.node, *f.rank}};
        QCOMPARE(m_view->heatmap(Metric::GpuUtilization)->highlightedRows(), lit);
        SeriesTreeModel *series = m_view->seriesModel();
        QVERIFY(series->isVisible(f.node, Metric::GpuUtilization, *f.rank));
        QVERIFY(!series->isVisible(f.node, Metric::GpuUtilization, (*f.rank + 1) % 8));
        QVERIFY(!series->isVisible(QStringLiteral("node-3"), Metric::GpuMemory, 0));
        QVERIFY(m_view->findingsPanel()->whyText().contains(QStringLiteral("Blind spots")));
        // A new analysis of the same job (a refresh) keeps the finding on screen.
        m_view->findingsPanel()->setReport(m_view->insight()->report());
        QVERIFY(m_view->shownFinding());
        QCOMPARE(m_view->chart(Metric::CpuUsage)->highlightSpan(),
                 std::optional(std::pair{f.startMs, f.endMs}));
        QVERIFY(!m_view->findingsPanel()->whyText().isEmpty());

        m_view->findingsPanel()->selectFinding(-1);
        QVERIFY(!m_view->shownFinding());
        QVERIFY(!m_view->chart(Metric::CpuUsage)->highlightSpan());
        QVERIFY(m_view->heatmap(Metric::GpuUtilization)->highlightedRows().empty());
        QCOMPARE(series->hiddenKeys(), before);
    }

    void rowsByFindingScore()
    {
        m_view->setHeatmapRowOrder(int(HeatmapWidget::RowOrder::ByScore));
        HeatmapWidget *util = m_view->heatmap(Metric::GpuUtilization);
        QCOMPARE(util->rowsInOrder().front(), HeatmapWidget::RankKey(QStringLiteral("node-1"), 5));
        QTest::qWait(100);
        QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("dashboard-heatmaps-light")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1d));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        m_view->setPalette(dark);
        QTest::qWait(100);
        QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("dashboard-heatmaps-dark")));
        m_view->setPalette(QPalette());
        m_view->setHeatmapRowOrder(int(HeatmapWidget::RowOrder::ByNode));
        QCOMPARE(util->rowsInOrder().front(), HeatmapWidget::RankKey(QStringLiteral("node-0"), 0));
    }

    void clickingARowShowsItsLine()
    {
        HeatmapWidget *util = m_view->heatmap(Metric::GpuUtilization);
        emit util->rowClicked(QStringLiteral("node-2"), 3);
        QVERIFY(!m_view->isHeatmapShown(Metric::GpuUtilization));
        QVERIFY(m_view->chart(Metric::GpuUtilization)->isVisible());
        SeriesTreeModel *series = m_view->seriesModel();
        QVERIFY(series->isVisible(QStringLiteral("node-2"), Metric::GpuUtilization, 3));
        QVERIFY(!series->isVisible(QStringLiteral("node-2"), Metric::GpuUtilization, 2));
        m_view->setHeatmapShown(Metric::GpuUtilization, true);
        QVERIFY(util->isVisible());
    }

    void aJobOpenedAfterHeatmapsShowsNoneOfThemWhileItLoads()
    {
        // From the four-node job's heatmaps to another job: until the new job's data arrives the message
        // page stands for its charts, and neither the last job's heatmaps nor the control ordering their
        // rows is left in view.
        QComboBox *rowOrder = nullptr;
        for (QComboBox *box : m_view->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Heatmap row order"))
                rowOrder = box;
        }
        QVERIFY(rowOrder && rowOrder->isVisible());
        QVERIFY(!m_view->heatmap(Metric::GpuUtilization)->frame()->rows.empty());
        int loadingChecks = 0;
        QStringList wrong;
        const QMetaObject::Connection check =
            connect(m_controller.get(), &DashboardController::dataChanged, m_view.get(), [&] {
                if (!m_controller->store().nodes().empty())
                    return;
                ++loadingChecks;
                const HeatmapFrame *left = m_view->heatmap(Metric::GpuUtilization)->frame();
                if (left && !left->rows.empty())
                    wrong << QStringLiteral("the last job's heatmap");
                if (rowOrder->isVisible())
                    wrong << QStringLiteral("the row order control");
                if (!m_view->chartMessage()->isVisible())
                    wrong << QStringLiteral("no message page");
            });
        QSignalSpy changed(m_controller.get(), &DashboardController::jobChanged);
        m_controller->open(QStringLiteral("n4q95w5"), QStringLiteral("q1w9e7t")); // pending, one node
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !m_controller->isLoading(), 10'000);
        QTest::qWait(200);
        disconnect(check);
        QVERIFY(loadingChecks > 0);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
        const HeatmapFrame *left = m_view->heatmap(Metric::GpuUtilization)->frame();
        QVERIFY(!left || left->rows.empty());
        QVERIFY(!rowOrder->isVisible());
        open(QStringLiteral("lx2m8kq"));
        QVERIFY(rowOrder->isVisible());
    }

    void twoNodesKeepTheLines()
    {
        open(QStringLiteral("p7qr9qv"));
        QVERIFY(!m_view->isHeatmapLayout());
        QVERIFY(!m_view->isHeatmapShown(Metric::GpuUtilization));
        QVERIFY(m_view->chart(Metric::GpuUtilization)->isVisible());
        QVERIFY(!m_view->insight()->report() || m_view->jobCard()->insightSummary().size() > 0);
    }
};

QTEST_MAIN(TestDashboardInsight)
#include "tst_dashboardinsight.moc"
