// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The status bar's refinement progress: shown while every sample of the view is on its way, its Cancel
// stops that and leaves the charts sampled (and saying so), hidden once the view holds every sample.
#include "core/session/DashboardController.h"
#include "gui/window/RefinementStatus.h"
#include "support/SimulatedApi.h"

#include <QTest>
#include <QToolButton>
#include <QWidget>

class TestRefinementStatus : public QObject
{
    Q_OBJECT

private:
    static void open(SimulatedApi &api, DashboardController &controller)
    {
        controller.setDebounceMs(10);
        controller.setPixelWidth(800);
        // The demo's completed two-node job, days long: its first picture is sampled.
        std::optional<ApiResult<TrainingJob>> answer;
        QObject context;
        api.client()->getJob(QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv"), &context,
                             [&answer](ApiResult<TrainingJob> r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value() && answer->ok(), 10'000);
        QVERIFY(answer->value().updatedAtMs - answer->value().createdAtMs > 24 * 3'600'000LL);
        controller.open(answer->value());
    }

private slots:
    void showsProgressAndCancels()
    {
        MockServerOptions options;
        options.latencyMs = 250; // tiles stay in flight long enough to be seen
        SimulatedApi api(options);
        QVERIFY(api.isRunning());
        DashboardController controller(api.client(), {});
        QWidget bar; // as in the status bar: shown, with the widget hidden until there is something to say
        auto &status = *new RefinementStatus(&controller, &bar);
        bar.show();
        QVERIFY(!status.isVisible());
        open(api, controller);
        QTRY_VERIFY2_WITH_TIMEOUT(controller.tiles()->inFlightCount() > 0 && status.isVisible(),
                                  qPrintable(QStringLiteral("scrape %1, queued %2, refining %3, job %4")
                                                 .arg(controller.scrapeSeconds())
                                                 .arg(controller.tiles()->queuedCount())
                                                 .arg(controller.isRefining())
                                                 .arg(controller.job().id)),
                                  20'000);
        QVERIFY(status.percent() < 100);

        QTest::mouseClick(status.cancelButton(), Qt::LeftButton);
        QVERIFY(!controller.isRefining());
        QVERIFY(!status.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isLoading(), 10'000);
        QVERIFY(controller.fidelity().isSampled());
    }

    void hidesOnceEverySampleIsIn()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        DashboardController controller(api.client(), {});
        QWidget bar;
        auto &status = *new RefinementStatus(&controller, &bar);
        bar.show();
        open(api, controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isSettled() && !controller.fidelity().isSampled(), 60'000);
        QVERIFY(!status.isVisible());
        QCOMPARE(status.percent(), 100);
    }
};

QTEST_MAIN(TestRefinementStatus)
#include "tst_refinementstatus.moc"
