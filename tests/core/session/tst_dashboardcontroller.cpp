// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The dashboard's request logic against the simulated server: what a range change sends, and what it does
// not.
#include "core/cache/MetricsCache.h"
#include "core/session/DashboardController.h"
#include "support/RequestLog.h"
#include "support/SimulatedApi.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>
#include <vector>

namespace {

std::atomic<qint64> g_now{0}; // the simulated wall clock shared by the server and the controller

} // namespace

class TestDashboardController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedApi> m_api;
    QString m_log;
    BasetenClient *m_client = nullptr;
    TrainingJob m_completed;
    TrainingJob m_running;

    std::unique_ptr<DashboardController> controller()
    {
        auto c = std::make_unique<DashboardController>(m_client, [] { return g_now.load(); });
        // The requests of the sampled picture are counted here; tst_refinement covers full resolution.
        c->setResolution(Resolution::Sampled);
        c->setDebounceMs(50);
        c->setPixelWidth(800);
        return c;
    }

    void waitIdle(DashboardController &c)
    {
        QTest::qWait(120); // past the debounce
        QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading(), 15'000);
    }

private slots:
    void initTestCase()
    {
        g_now = QDateTime::currentMSecsSinceEpoch();
        MockServerOptions options;
        options.clock = [] {
            return g_now.load();
        };
        m_api = std::make_unique<SimulatedApi>(options);
        QVERIFY(m_api->isRunning());
        m_log = m_api->requestLogPath();
        m_client = m_api->client();
        m_completed = m_api->firstJob(JobStatus::Completed);
        m_running = m_api->firstJob(JobStatus::Running);
        QVERIFY(!m_completed.id.isEmpty() && !m_running.id.isEmpty());
    }

    void openingAFinishedJobAsksForItsWholeLifetime()
    {
        auto c = controller();
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        c->open(m_completed);
        waitIdle(*c);
        const auto requests = RequestLog::metricsBodies(m_log);
        QCOMPARE(requests.size(), before + 1);
        const QJsonObject body = requests.last();
        QCOMPARE(body.value(QStringLiteral("start_epoch_millis")).toInteger(), m_completed.createdAtMs);
        QCOMPARE(body.value(QStringLiteral("end_epoch_millis")).toInteger(), m_completed.updatedAtMs);
        const qint64 span = m_completed.updatedAtMs - m_completed.createdAtMs;
        QCOMPARE(body.value(QStringLiteral("step_seconds")).toInt(), DashboardController::stepFor(span, 800));
        QVERIFY(c->store().pointCount() > 0);
    }

    // Opening a job asks for it at once: the debounce is for ranges changing, not for the first picture.
    void openingFetchesWithoutWaitingForTheDebounce()
    {
        auto c = controller();
        c->setDebounceMs(10'000);
        c->open(m_completed);
        QTRY_VERIFY_WITH_TIMEOUT(c->store().pointCount() > 0, 5'000);
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        const qint64 from = m_completed.createdAtMs + 600'000;
        c->range()->setWindow(from, from + 600'000);
        QTest::qWait(1'000);
        QCOMPARE(RequestLog::metricsBodies(m_log).size(), before); // a range change still waits
    }

    // A job from the network is asked for before anyone hears of it: the views build its charts (tens of
    // milliseconds in a cold process) while the server works, and the picture is still asked for once.
    void theFirstRequestLeavesBeforeTheViewsHearOfTheJob()
    {
        auto c = controller();
        std::optional<bool> loadingWhenAnnounced;
        connect(c.get(), &DashboardController::jobChanged, this,
                [&] { loadingWhenAnnounced = c->isLoading(); });
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        c->open(m_completed);
        QCOMPARE(loadingWhenAnnounced, std::optional<bool>(true));
        waitIdle(*c);
        QCOMPARE(RequestLog::metricsBodies(m_log).size(), before + 1);
        QVERIFY(c->store().pointCount() > 0);
    }

    // Answers are merged off the window's thread: loading ends when the answer is in the store, not when it
    // arrived, or the view would show an empty job ("no metrics") for the moment of the merge.
    void loadingEndsWithTheAnswerInTheStore()
    {
        auto c = controller();
        std::vector<std::size_t> pointsWhenLoaded;
        connect(c.get(), &DashboardController::loadingChanged, this, [&](bool loading) {
            if (!loading)
                pointsWhenLoaded.push_back(c->store().pointCount());
        });
        c->open(m_completed);
        waitIdle(*c);
        QVERIFY(!pointsWhenLoaded.empty());
        QVERIFY(pointsWhenLoaded.back() > 0);
        QCOMPARE(pointsWhenLoaded.back(), c->store().pointCount());
        QVERIFY(c->isSettled());
    }

    void aRangeChangeSendsExactlyOneRequestForThatWindow()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        const qint64 from = m_completed.createdAtMs + 600'000;
        // Three changes in quick succession, as a drag produces: only the last one is fetched.
        c->range()->setWindow(from - 300'000, from + 900'000);
        c->range()->setWindow(from - 100'000, from + 700'000);
        c->range()->setWindow(from, from + 600'000);
        waitIdle(*c);
        const auto requests = RequestLog::metricsBodies(m_log);
        QCOMPARE(requests.size(), before + 1);
        const QJsonObject body = requests.last();
        QCOMPARE(body.value(QStringLiteral("start_epoch_millis")).toInteger(), from);
        QCOMPARE(body.value(QStringLiteral("end_epoch_millis")).toInteger(), from + 600'000);
        QCOMPARE(body.value(QStringLiteral("step_seconds")).toInt(),
                 DashboardController::stepFor(600'000, 800));
    }

    void repeatedZoomOutStopsAtTheJobsLifetimeAndAMargin()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        for (int i = 0; i < 100; ++i)
            c->range()->zoomOut();
        const auto [start, end] = c->jobBounds();
        QCOMPARE(c->range()->window(), TimeRange::zoomBounds(start, end));
        QVERIFY(c->range()->fromMs() < start && c->range()->toMs() > end);
    }

    void anotherCacheIsAnotherServerAndTheJobIsAskedForAgain()
    {
        QTemporaryDir dirA, dirB;
        MetricsCache cacheA(dirA.path()), cacheB(dirB.path());
        auto c = controller();
        c->setCache(&cacheA);
        c->open(m_completed);
        waitIdle(*c);
        QVERIFY(c->store().pointCount() > 0);
        cacheA.waitForPendingWrites();
        QVERIFY(cacheA.contains(m_completed.projectId, m_completed.id));

        // The settings now point at another server: its cache, where this job is not.
        const qsizetype before = RequestLog::metricsBodies(m_log, m_completed.id).size();
        QSignalSpy jobs(c.get(), &DashboardController::jobChanged);
        c->setCache(&cacheB);
        QVERIFY(jobs.count() >= 1);
        QCOMPARE(c->store().pointCount(),
                 std::size_t(0)); // nothing of the first server shown as the second's
        waitIdle(*c);
        QTRY_VERIFY_WITH_TIMEOUT(c->hasJob() && c->store().pointCount() > 0, 10'000);
        QVERIFY(RequestLog::metricsBodies(m_log, m_completed.id).size() > before); // asked for again
        cacheB.waitForPendingWrites();
        QVERIFY(cacheB.contains(m_completed.projectId, m_completed.id));
        c->setCache(nullptr);
    }

    void historyRevisitsWithoutFetching()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        const qint64 from = m_completed.createdAtMs + 7'200'000;
        c->range()->setWindow(from, from + 900'000); // a rubber-band zoom
        waitIdle(*c);
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        // Back to the whole job and forward again: both windows are in the store, nothing is fetched.
        c->range()->back();
        waitIdle(*c);
        QCOMPARE(c->range()->fromMs(), m_completed.createdAtMs);
        c->range()->forward();
        waitIdle(*c);
        QCOMPARE(c->range()->fromMs(), from);
        QCOMPARE(RequestLog::metricsBodies(m_log).size(), before);
    }

    void panningFetchesOnlyTheNewPart()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        const qint64 from = m_completed.createdAtMs + 1'200'000;
        c->range()->setWindow(from, from + 800'000);
        waitIdle(*c);
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        c->range()->setWindow(from + 400'000, from + 1'200'000);
        waitIdle(*c);
        const auto requests = RequestLog::metricsBodies(m_log);
        QCOMPARE(requests.size(), before + 1);
        const QJsonObject body = requests.last();
        QCOMPARE(body.value(QStringLiteral("start_epoch_millis")).toInteger(), from + 800'000);
        QCOMPARE(body.value(QStringLiteral("end_epoch_millis")).toInteger(), from + 1'200'000);
    }

    void overThePointBudgetTheStoreKeepsOnlyAroundTheView()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        c->setPointBudget(1'000); // far less than the whole job holds
        const qint64 from = m_completed.createdAtMs + 3 * 3'600'000;
        c->range()->setWindow(from, from + 600'000);
        waitIdle(*c);
        const auto [first, last] = c->store().dataBounds();
        QVERIFY(first >= from - 600'000);
        QVERIFY(last <= from + 1'200'000);
        QVERIFY(c->store().pointCount() > 0); // the view itself is never dropped
        QVERIFY(!c->store().covers(m_completed.createdAtMs, m_completed.updatedAtMs, 1'000));
    }

    void aRunningJobIsKeptForTheSessionOnly()
    {
        auto c = controller();
        c->setLive(false);
        c->open(m_running);
        waitIdle(*c);
        const std::size_t points = c->store().pointCount();
        QVERIFY(points > 0);
        c->open(m_completed); // look at another job...
        waitIdle(*c);
        const qsizetype before = RequestLog::metricsBodies(m_log).size();
        c->open(m_running); // ...and come back: the data is there at once
        QVERIFY(c->store().pointCount() >= points);
        waitIdle(*c);
        // Only the newest minute or so is fetched again, not the whole job.
        const auto requests = RequestLog::metricsBodies(m_log);
        QCOMPARE(requests.size(), before + 1);
        const qint64 start = requests.last().value(QStringLiteral("start_epoch_millis")).toInteger();
        QVERIFY(start > m_running.createdAtMs + 60'000);
        // A second controller (a new session) has nothing of it.
        auto fresh = controller();
        fresh->setLive(false);
        fresh->open(m_running);
        QCOMPARE(fresh->store().pointCount(), std::size_t(0));
    }

    void lastSixHoursOfAFinishedJobEndAtItsEnd()
    {
        auto c = controller();
        c->open(m_completed);
        c->applyPreset(DashboardController::Preset::Last6Hours);
        QCOMPARE(c->range()->toMs(), m_completed.updatedAtMs);
        QCOMPARE(c->range()->fromMs(),
                 std::max(m_completed.createdAtMs, m_completed.updatedAtMs - 6 * 3'600'000LL));
    }

    void liveModeFollowsARunningJobAndStopsWhenToldTo()
    {
        auto c = controller();
        c->setLiveInterval(1'000);
        c->open(m_running);
        QVERIFY(c->isLive());
        waitIdle(*c);
        QCOMPARE(c->range()->toMs(), g_now.load());
        const qint64 lastBefore = c->store().dataBounds().second;

        g_now += 120'000; // two minutes pass
        QSignalSpy data(c.get(), &DashboardController::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(c->store().dataBounds().second > lastBefore, 10'000);
        QCOMPARE(c->range()->toMs(), g_now.load()); // the window follows the clock
        QVERIFY(!data.isEmpty());

        c->setLive(false);
        const qsizetype requests = RequestLog::metricsBodies(m_log).size();
        g_now += 120'000;
        QTest::qWait(1'500);
        QCOMPARE(RequestLog::metricsBodies(m_log).size(), requests);
    }

    void liveModeStopsWhenTheJobEnds()
    {
        // The list said running; the first answer says the job has finished since.
        TrainingJob stale = m_completed;
        stale.status = JobStatus::Running;
        stale.statusText = QStringLiteral("TRAINING_JOB_RUNNING");
        auto c = controller();
        QSignalSpy live(c.get(), &DashboardController::liveChanged);
        c->open(stale);
        QCOMPARE(live.count(), 1);
        QCOMPARE(live.first().first().toBool(), true);
        waitIdle(*c);
        QCOMPARE(c->job().status, JobStatus::Completed);
        QCOMPARE(live.count(), 2);
        QCOMPARE(live.last().first().toBool(), false);
    }

    // A refresh forgets what was fetched at once, while a frame may still be reading the store: the frame's
    // store stays as it was, and the points are not copied on the window's thread to spare it (for a large
    // job that copy was a visible stall).
    void aRefreshWhileAFrameReadsTheStoreKeepsItsPointsShared()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        const std::shared_ptr<const MetricsStore> framesStore = c->snapshot(); // as a frame build holds it
        const std::size_t points = framesStore->pointCount();
        QVERIFY(points > 0);
        const auto [from, to] = std::pair{m_completed.createdAtMs, m_completed.updatedAtMs};
        QVERIFY(framesStore->covers(from, to, DashboardController::stepFor(to - from, 800)));
        c->refresh();
        QVERIFY(&c->store() != framesStore.get());
        QVERIFY(c->store().sharesPointsWith(*framesStore));
        QVERIFY(!c->store().covers(from, to, DashboardController::stepFor(to - from, 800)));
        QVERIFY(framesStore->covers(from, to, DashboardController::stepFor(to - from, 800)));
        waitIdle(*c);
        QCOMPARE(framesStore->pointCount(), points);
        QCOMPARE(c->store().pointCount(), points);
    }

    void errorsKeepTheDataOnScreen()
    {
        auto c = controller();
        c->open(m_completed);
        waitIdle(*c);
        const std::size_t points = c->store().pointCount();
        QSignalSpy errors(c.get(), &DashboardController::errorOccurred);
        // Same job, wrong key: the request fails after data was already shown.
        ClientConfig broken = m_client->config();
        broken.apiKey = QStringLiteral("wrong");
        m_client->setConfig(broken);
        c->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10'000);
        QCOMPARE(errors.first().first().value<ApiError>().httpStatus, 401);
        QCOMPARE(c->store().pointCount(), points);
        broken.apiKey = m_api->config().apiKey;
        m_client->setConfig(broken);
    }

    // A running job's window that keeps sliding with the clock, on a link slower than the slides: the answer
    // on its way is kept rather than replaced by one for a window a few seconds longer, so data does land,
    // and the seconds it missed are asked for after it.
    void aWindowSlidingWithTheClockStillLoadsOnASlowLink()
    {
        static std::atomic<qint64> now{QDateTime::currentMSecsSinceEpoch()};
        MockServerOptions options;
        options.latencyMs = 700;
        options.clock = [] {
            return now.load();
        };
        SimulatedApi slow(options);
        QVERIFY(slow.isRunning());
        const TrainingJob running = slow.firstJob(JobStatus::Running);
        QVERIFY(!running.id.isEmpty());
        DashboardController c(slow.client(), [] { return now.load(); });
        c.setResolution(Resolution::Sampled);
        c.setDebounceMs(50);
        c.setLive(false);
        c.open(running);
        QTRY_VERIFY_WITH_TIMEOUT(c.hasJob(), 10'000);
        QElapsedTimer elapsed;
        elapsed.start();
#if defined(__SANITIZE_THREAD__)
        const qint64 patienceMs = 40'000; // ThreadSanitizer slows the client and the server many times over
#else
        const qint64 patienceMs = 8'000;
#endif
        while (c.store().pointCount() == 0 && elapsed.elapsed() < patienceMs) {
            now += 30'000; // faster than the real clock, so the tail missed is worth a request
            const TimeRange::Window w = c.range()->window();
            c.range()->slideTo(w.fromMs, now.load());
            QTest::qWait(100);
        }
        QVERIFY2(c.store().pointCount() > 0, "no answer landed while the window slid");
        const qint64 end = c.range()->toMs();
        QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading(), 10'000);
        QTest::qWait(200); // past the debounce of the fetch for the rest
        QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading(), 10'000);
        const QList<QJsonObject> bodies = slow.metricsBodies(running.id);
        QVERIFY(!bodies.isEmpty());
        QCOMPARE(bodies.last().value(QStringLiteral("end_epoch_millis")).toInteger(), end);
    }
};

QTEST_GUILESS_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
