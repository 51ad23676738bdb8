// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// What the dashboard shows before there is anything to chart: a job that has not run says what it waits
// for instead of drawing empty axes, loading says loading, and a limit reads the same on the job card and on
// its chart's line.
#include "core/metrics/ByteSize.h"
#include "core/metrics/MetricInfo.h"
#include "core/session/DashboardController.h"
#include "gui/charts/ChartWidget.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/JobCard.h"
#include "gui/window/MessagePage.h"
#include "support/Screenshot.h"
#include "support/SimulatedApi.h"

#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace {

struct Dashboard
{
    DashboardController controller;
    DashboardView view;

    explicit Dashboard(BasetenClient *client) : controller(client, {}), view(&controller)
    {
        controller.setDebounceMs(20);
        view.resize(1300, 900);
        view.show();
    }
};

} // namespace

class TestJobStates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedApi> m_api;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_api = std::make_unique<SimulatedApi>();
        QVERIFY(m_api->isRunning());
    }

    void cleanupTestCase() { m_api.reset(); }

    void jobsWithoutMetricsSayWhatTheyWaitFor_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("says");
        QTest::newRow("created") << int(JobStatus::Created) << QStringLiteral("Created")
                                 << QStringLiteral("waits to be scheduled");
        QTest::newRow("pending") << int(JobStatus::Pending) << QStringLiteral("Pending")
                                 << QStringLiteral("waits for Baseten to schedule it");
        QTest::newRow("queued") << int(JobStatus::Queued) << QStringLiteral("Queued")
                                << QStringLiteral("queue for free GPUs");
        QTest::newRow("deploying") << int(JobStatus::Deploying) << QStringLiteral("Deploying")
                                   << QStringLiteral("loading the job's image");
        QTest::newRow("deploy failed") << int(JobStatus::DeployFailed) << QStringLiteral("Deploy failed")
                                       << QStringLiteral("failed before it started");
    }

    void jobsWithoutMetricsSayWhatTheyWaitFor()
    {
        QFETCH(int, status);
        QFETCH(QString, heading);
        QFETCH(QString, says);
        const TrainingJob job = m_api->firstJob(JobStatus(status));
        QVERIFY2(!job.id.isEmpty(), "the demo data has a job in this state");
        Dashboard d(m_api->client());
        QVERIFY(QTest::qWaitForWindowExposed(&d.view));
        d.controller.open(job);
        MessagePage *message = d.view.chartMessage();
        // At once, and still after the server answered with no samples: never empty axes.
        QVERIFY(message->isVisible());
        QCOMPARE(message->heading(), heading);
        QTest::qWait(100);
        QTRY_VERIFY_WITH_TIMEOUT(!d.controller.isLoading(), 10'000);
        QVERIFY(message->isVisible());
        QCOMPARE(message->heading(), heading);
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        if (jobStatusIsActive(JobStatus(status)))
            QVERIFY(message->text().contains(QStringLiteral("once it runs")));
        QVERIFY(saveScreenshot(
            &d.view,
            QStringLiteral("job-") +
                QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }

    void loadingCoversTheChartsUntilDataArrives()
    {
        MockServerOptions slow;
        slow.latencyMs = 700;
        SimulatedApi api(slow);
        QVERIFY(api.isRunning());
        const TrainingJob job = m_api->firstJob(JobStatus::Completed);
        Dashboard d(api.client());
        QVERIFY(QTest::qWaitForWindowExposed(&d.view));
        d.controller.open(job);
        MessagePage *message = d.view.chartMessage();
        // No scale made up for no data while the answer is on its way.
        QVERIFY(message->isVisible());
        QCOMPARE(message->heading(), QStringLiteral("Loading metrics…"));
        QVERIFY(message->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(d.controller.isLoading(), 5'000);
        QVERIFY(message->isVisible());
        QVERIFY(saveScreenshot(&d.view, QStringLiteral("job-loading")));
        QTRY_VERIFY_WITH_TIMEOUT(d.controller.store().pointCount() > 0, 15'000);
        QVERIFY(!message->isVisible());
    }

    void cardAndChartShowOneFigureForOneLimit()
    {
        Dashboard d(m_api->client());
        QVERIFY(QTest::qWaitForWindowExposed(&d.view));
        d.controller.open(QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv"));
        QTRY_VERIFY_WITH_TIMEOUT(d.controller.store().pointCount() > 0 && !d.controller.isLoading(), 15'000);
        // The demo's H100 node: 1,960,000 MiB of memory and 81,559 MiB per GPU.
        QCOMPARE(d.controller.job().instanceType.memoryLimitMib, 1'960'000);
        QCOMPARE(d.controller.job().instanceType.gpuMemoryLimitMib.value_or(0), 81'559);

        for (ByteUnits units : {ByteUnits::Binary, ByteUnits::Decimal}) {
            d.view.setByteUnits(units);
            const QString memory = ByteSize::format(1'960'000 * ByteSize::MiB, units);
            const QString gpu = ByteSize::format(81'559 * ByteSize::MiB, units);
            QCOMPARE(memory,
                     units == ByteUnits::Binary ? QStringLiteral("1.87 TiB") : QStringLiteral("2.06 TB"));
            QTRY_COMPARE_WITH_TIMEOUT(d.view.chart(Metric::CpuMemory)->limitText(),
                                      MetricInfo::limitLabel(Metric::CpuMemory) + QLatin1Char(' ') + memory,
                                      5'000);
            QCOMPARE(d.view.chart(Metric::GpuMemory)->limitText(),
                     MetricInfo::limitLabel(Metric::GpuMemory) + QLatin1Char(' ') + gpu);
            const QString card = d.view.jobCard()->summaryText();
            QVERIFY2(card.contains(QStringLiteral("memory limit ") + memory), qPrintable(card));
            QVERIFY2(card.contains(gpu + QStringLiteral(" per GPU")), qPrintable(card));
        }
    }
};

QTEST_MAIN(TestJobStates)
#include "tst_jobstates.moc"
