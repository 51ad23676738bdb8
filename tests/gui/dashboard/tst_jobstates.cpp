// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// What the dashboard shows before there is anything to chart: a job that has not run says what it waits
// for instead of drawing empty axes, loading says loading, and a limit reads the same on the job card and on
// its chart's line.
#include "core/metrics/ByteSize.h"
#include "core/metrics/MetricInfo.h"
#include "core/session/DashboardController.h"
#include "gui/browser/StatusColors.h"
#include "gui/charts/ChartWidget.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/JobCard.h"
#include "gui/settings/ThemePalette.h"
#include "gui/window/MainWindow.h"
#include "gui/window/MessagePage.h"
#include "support/Contrast.h"
#include "support/Screenshot.h"
#include "support/SimulatedApi.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>

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

// Counts the style changes (a style sheet set, even the same one) a widget goes through.
class StyleChanges : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::StyleChange)
            ++count;
        return false;
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
        // One number per fact: the header counts the nodes the browser counts, also before any metrics.
        if (job.nodeCount && *job.nodeCount > 1) {
            const QString card = d.view.jobCard()->summaryText();
            QVERIFY2(card.contains(JobCard::tr("%n node(s)", nullptr, *job.nodeCount)), qPrintable(card));
        }
        // The screen names the time zone its times are in, as the PNG does.
        const auto *zone = d.view.findChild<QLabel *>(QStringLiteral("timeZone"));
        QVERIFY(zone && zone->isVisible());
        QVERIFY(!zone->text().isEmpty());
        QCOMPARE(zone->text(), QDateTime::currentDateTime().timeZoneAbbreviation());
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
        MessagePage *message = d.view.chartMessage();
        // The message goes with the first frame of the data, not when the data arrives: the window is never
        // painted with empty charts in between (a tenth of a cached opening).
        int dataChecks = 0;
        QStringList wrong;
        connect(&d.controller, &DashboardController::dataChanged, &d.view, [&] {
            const DashboardFrame *frame = d.view.currentFrame();
            if (d.controller.store().pointCount() == 0 || (frame && frame->fromData))
                return;
            ++dataChecks;
            if (!message->isVisible())
                wrong << QStringLiteral("data in, no frame of it yet, and the message gone");
        });
        connect(&d.view, &DashboardView::frameApplied, &d.view, [&] {
            if (d.view.currentFrame()->fromData == message->isVisible())
                wrong << QStringLiteral("message shown %1 over a frame of %2")
                             .arg(message->isVisible())
                             .arg(d.view.currentFrame()->fromData ? QStringLiteral("data")
                                                                  : QStringLiteral("no data"));
        });
        d.controller.open(job);
        // No scale made up for no data while the answer is on its way.
        QVERIFY(message->isVisible());
        QCOMPARE(message->heading(), QStringLiteral("Loading metrics…"));
        QVERIFY(message->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(d.controller.isLoading(), 5'000);
        QVERIFY(message->isVisible());
        QVERIFY(saveScreenshot(&d.view, QStringLiteral("job-loading")));
        QTRY_VERIFY_WITH_TIMEOUT(d.controller.store().pointCount() > 0, 15'000);
        QTRY_VERIFY(!message->isVisible());
        QVERIFY(dataChecks > 0);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
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

    void wordsNotRawServerValues()
    {
        // A preempted job was interrupted, not broken: its reason is no red "Error:".
        TrainingJob job;
        job.id = QStringLiteral("j1");
        job.status = JobStatus::Preempted;
        job.statusText = QStringLiteral("TRAINING_JOB_PREEMPTED");
        job.errorMessage = QStringLiteral("node reclaimed");
        job.checkpointSyncStatus = QStringLiteral("SYNCING");
        JobCard card;
        card.setJob(job, 1);
        const QString text = card.summaryText();
        QVERIFY2(text.contains(QStringLiteral("Preempted: node reclaimed")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Error")), qPrintable(text));
        // The server's enum is written in words, never as sent.
        QVERIFY2(text.contains(QStringLiteral("checkpoints syncing")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("SYNCING")) && !text.contains(QStringLiteral("sync syncing")));
        QCOMPARE(JobCard::checkpointSyncText(QStringLiteral("COMPLETED")),
                 QStringLiteral("checkpoints synced"));
        // In its status's colour: a preempted job's reason is not painted as a failure.
        QLabel *reason = nullptr;
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("node reclaimed")))
                reason = label;
        }
        QVERIFY(reason);
        QCOMPARE(reason->palette().color(QPalette::WindowText),
                 StatusColors::color(JobStatus::Preempted, card.palette()));
        job.status = JobStatus::Failed;
        card.setJob(job, 1);
        QVERIFY(card.summaryText().contains(QStringLiteral("Error: node reclaimed")));
        QCOMPARE(reason->palette().color(QPalette::WindowText),
                 StatusColors::color(JobStatus::Failed, card.palette()));
        QVERIFY(StatusColors::color(JobStatus::Failed, card.palette()) !=
                StatusColors::color(JobStatus::Preempted, card.palette()));
        // The card is set again with every data change of a loading job: that must not restyle the label
        // (a style sheet did, 6 ms on the window's thread each time).
        StyleChanges restyled;
        reason->installEventFilter(&restyled);
        for (int i = 0; i < 5; ++i)
            card.setJob(job, 1 + i);
        QCOMPARE(restyled.count, 0);
    }

    // In a narrow window the card wraps between its facts, never inside one: not between a date and its
    // time, nor between "memory limit" and its figure.
    void aFactStaysOnOneLine()
    {
        TrainingJob job;
        job.id = QStringLiteral("lx2m8kq");
        job.status = JobStatus::Running;
        job.instanceType.name = QStringLiteral("8x H100 80GB");
        job.instanceType.gpuType = QStringLiteral("H100");
        job.instanceType.gpuCount = 8;
        job.instanceType.gpuMemoryLimitMib = 81'559;
        job.instanceType.memoryLimitMib = 1'960'000;
        job.instanceType.millicpuLimit = 200'000;
        job.createdAtMs = QDateTime(QDate(2026, 11, 29), QTime(12, 49)).toMSecsSinceEpoch();
        job.updatedAtMs = QDateTime(QDate(2026, 11, 30), QTime(15, 2)).toMSecsSinceEpoch();
        job.userEmail = QStringLiteral("maria.k@example.com");
        JobCard card;
        card.setJob(job, 4);
        QLabel *details = nullptr;
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (label->text().contains(job.userEmail))
                details = label;
        }
        QVERIFY(details && details->wordWrap());
        const QString text = details->text();
        const QString separator = QStringLiteral("·");
        for (int width = 200; width <= 900; width += 7) {
            QTextLayout layout(text, details->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            QStringList lines;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                lines << text.mid(line.textStart(), line.textLength());
            }
            layout.endLayout();
            // Every line but the last ends at a separator, or the next begins with one.
            for (int i = 0; i + 1 < lines.size(); ++i) {
                QVERIFY2(lines[i].trimmed().endsWith(separator) ||
                             lines[i + 1].trimmed().startsWith(separator),
                         qPrintable(QStringLiteral("%1 px: '%2' | '%3'")
                                        .arg(width)
                                        .arg(lines[i].trimmed(), lines[i + 1].trimmed())));
            }
        }
    }

    void statusLineSaysRangeResolutionAndRefresh()
    {
        const QDateTime from(QDate(2026, 3, 10), QTime(13, 0));
        Fidelity sampled;
        sampled.scrapeSeconds = 15;
        sampled.sampledStepSeconds = 60;
        const QString text = MainWindow::metricsStatusText(QStringLiteral("sft"), from.toMSecsSinceEpoch(),
                                                           from.addSecs(3600).toMSecsSinceEpoch(), sampled,
                                                           from.addSecs(3605));
        QVERIFY2(!text.contains(QStringLiteral("points")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sampled every 1 min")), qPrintable(text));
        Fidelity full;
        full.scrapeSeconds = 15;
        QVERIFY2(MainWindow::metricsStatusText(QStringLiteral("sft"), from.toMSecsSinceEpoch(),
                                               from.addSecs(3600).toMSecsSinceEpoch(), full, from)
                     .contains(QStringLiteral("every sample (15 s)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(from.time(), QLocale::ShortFormat)), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("sft · ")), qPrintable(text));
    }

    void liveIntoThePastPausesAndResumes()
    {
        const TrainingJob job = m_api->firstJob(JobStatus::Running);
        QVERIFY(!job.id.isEmpty());
        Dashboard d(m_api->client());
        QVERIFY(QTest::qWaitForWindowExposed(&d.view));
        d.controller.open(job);
        QTRY_VERIFY_WITH_TIMEOUT(!d.controller.isLoading() && d.controller.store().pointCount() > 0, 15'000);
        QVERIFY(d.view.liveAction()->isChecked());
        QVERIFY(!d.view.resumeButton()->isVisible());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        // A zoom into the past: live stays on, paused, and says so.
        const auto [start, end] = d.controller.jobBounds();
        const qint64 span = (end - start) / 4;
        d.controller.range()->setWindow(start, start + span);
        QVERIFY(d.controller.isLivePaused());
        QVERIFY(d.view.resumeButton()->isVisible());
        QVERIFY(d.view.liveAction()->isChecked());
        d.controller.liveTick(); // a tick does not drag the view back
        QCOMPARE(d.controller.range()->toMs(), start + span);

        // Resume: now, with the same span.
        QTest::mouseClick(d.view.resumeButton(), Qt::LeftButton);
        QVERIFY(!d.controller.isLivePaused());
        QVERIFY(!d.view.resumeButton()->isVisible());
        QVERIFY(qAbs(d.controller.range()->toMs() - QDateTime::currentMSecsSinceEpoch()) < 5'000);
        QCOMPARE(d.controller.range()->window().span(), span);

        // Off and on again after a pan into the past also returns to now.
        d.controller.range()->setWindow(start, start + span);
        d.view.liveAction()->trigger();
        QVERIFY(!d.view.liveAction()->isChecked());
        d.view.liveAction()->trigger();
        QVERIFY(d.view.liveAction()->isChecked());
        QVERIFY(qAbs(d.controller.range()->toMs() - QDateTime::currentMSecsSinceEpoch()) < 5'000);

        // "Whole job" with live keeps the job's start while the end follows the clock.
        d.controller.applyPreset(DashboardController::Preset::WholeJob);
        QTest::qWait(20);
        d.controller.liveTick();
        QCOMPARE(d.controller.range()->fromMs(), start);
        QVERIFY(d.controller.range()->toMs() >= now);
        QCOMPARE(d.controller.activePreset(), DashboardController::Preset::WholeJob);
    }

    // Live on and Live off, and "Paused · Resume", must be told apart at a glance in both themes: the button
    // changes by at least 3:1 (WCAG's contrast for a control's state) and the pause reads as text (4.5:1).
    void liveStateIsVisibleInBothThemes()
    {
        const TrainingJob job = m_api->firstJob(JobStatus::Running);
        Dashboard d(m_api->client());
        QVERIFY(QTest::qWaitForWindowExposed(&d.view));
        d.controller.open(job);
        QTRY_VERIFY_WITH_TIMEOUT(!d.controller.isLoading() && d.controller.store().pointCount() > 0, 15'000);
        QToolButton *live = nullptr;
        for (QToolButton *b : d.view.findChildren<QToolButton *>()) {
            if (b->defaultAction() == d.view.liveAction())
                live = b;
        }
        QVERIFY(live && live->isVisible());
        for (AppSettings::Theme theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            ThemePalette::apply(theme);
            QApplication::processEvents();
            d.view.liveAction()->setChecked(true);
            const QImage on = live->grab().toImage();
            d.view.liveAction()->setChecked(false);
            const QImage off = live->grab().toImage();
            const double change = Contrast::strongestChange(on, off);
            QVERIFY2(change >= 3.0, qPrintable(QStringLiteral("theme %1: %2:1").arg(int(theme)).arg(change)));
            const QPalette palette = d.view.resumeButton()->palette();
            QVERIFY(Contrast::ratio(palette.color(QPalette::ButtonText), palette.color(QPalette::Window)) >=
                    4.5);
            saveScreenshot(live, QStringLiteral("live-off-theme%1").arg(int(theme)));
        }
        ThemePalette::apply(AppSettings::Theme::System);
    }
};

QTEST_MAIN(TestJobStates)
#include "tst_jobstates.moc"
