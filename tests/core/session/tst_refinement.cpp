// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Charts that never lie: the dashboard refines a sampled first picture to every scraped sample, tile by
// tile, against the simulated server over loopback; a one-sample dip survives the whole-job view.
#include "core/api/MetricsTiles.h"
#include "core/cache/MetricsCache.h"
#include "core/frames/FrameBuilder.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/ScrapeInterval.h"
#include "core/session/DashboardController.h"
#include "mock/MockJob.h"
#include "mock/MockScenarioGenerator.h"
#include "support/RequestLog.h"
#include "support/SimulatedApi.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>
#include <utility>

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
const QString projectId = QStringLiteral("n4q95w5"); // a project of the demo dataset

// A finished job whose metrics started `daysAgo` days before now, with the given scrape interval.
MockJob finishedJob(const QString &id, qint64 nowMs, qint64 durationMs, int scrapeSeconds)
{
    MockJob job;
    job.id = id;
    job.name = id;
    job.projectId = projectId;
    job.status = QStringLiteral("TRAINING_JOB_COMPLETED");
    job.userEmail = QStringLiteral("test@example.com");
    job.instanceType = MockScenarioGenerator::h100x8();
    job.endMs = nowMs - hourMs;
    job.startMs = job.endMs - durationMs;
    job.createdAtMs = job.startMs - 5 * minuteMs;
    job.updatedAtMs = job.endMs;
    job.scrapeSeconds = scrapeSeconds;
    job.checkpointSyncStatus = QStringLiteral("COMPLETED");
    return job;
}

// Two samples (30 s at a 15 s scrape) of GPU 2 at 0 %, a quarter past a coarse step of 300 s: the step
// instants on either side read ordinary samples, so only the native data holds the dip.
qint64 dipStart(const MockJob &job)
{
    const qint64 t = job.startMs + dayMs + 3 * hourMs;
    return t / (300 * 1000) * (300 * 1000) + 15 * 1000;
}

// 24 nodes of 8 GPUs, six hours at 15 s: 482 series, too wide for tiles of 720 points.
MockJob wideJob(qint64 nowMs)
{
    MockJob job = finishedJob(QStringLiteral("wide"), nowMs, 6 * hourMs, 15);
    job.nodeCount = 24;
    return job;
}

MockJob dipJob(qint64 nowMs)
{
    MockJob job = finishedJob(QStringLiteral("dip3day"), nowMs, 3 * dayMs, 15);
    job.dips.push_back({0, 2, dipStart(job), dipStart(job) + 30 * 1000, 0.0});
    return job;
}

// Holds the controller's store worker, as a long merge does, until let go: answers wait there to be
// merged. Let go however the test ends, so a failed check never leaves the controller's end waiting for
// ever. Declared after the controller, so it goes first.
class HeldMerges
{
public:
    explicit HeldMerges(DashboardController &c)
    {
        c.storeUpdater()->applyLater([this](MetricsStore &) {
            m_started.release();
            m_release.acquire();
        });
    }
    ~HeldMerges() { letGo(); }
    HeldMerges(const HeldMerges &) = delete;
    HeldMerges &operator=(const HeldMerges &) = delete;
    bool running() { return m_started.tryAcquire(1, 5'000); }
    void letGo()
    {
        if (!std::exchange(m_released, true))
            m_release.release();
    }

private:
    QSemaphore m_started;
    QSemaphore m_release;
    bool m_released = false;
};

double minimumUtilization(const MetricsStore &store, qint64 from, qint64 to, int width)
{
    DashboardFrame::Spec spec;
    spec.fromMs = from;
    spec.toMs = to;
    spec.width = width;
    const DashboardFrame frame = FrameBuilder::build(store, spec);
    double lowest = std::numeric_limits<double>::infinity();
    for (const DashboardFrame::Chart &chart : frame.charts) {
        if (chart.metric != Metric::GpuUtilization)
            continue;
        for (const DashboardFrame::Line &line : chart.lines) {
            for (double y : line.points.y)
                lowest = std::min(lowest, y);
            for (double y : line.points.lower)
                lowest = std::min(lowest, y);
        }
    }
    return lowest;
}

} // namespace

class TestRefinement : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    std::unique_ptr<SimulatedApi> m_api;

    std::unique_ptr<DashboardController> controller(BasetenClient *client)
    {
        auto c = std::make_unique<DashboardController>(client, [this] { return m_now; });
        c->setDebounceMs(20);
        c->setPixelWidth(800);
        return c;
    }

    static void waitSettled(DashboardController &c)
    {
        QTest::qWait(60); // past the debounce
        QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading() && !c.isRefining(), 60'000);
    }

    TrainingJob job(const QString &id) const
    {
        std::optional<ApiResult<TrainingJob>> answer;
        QObject context;
        m_api->client()->getJob(projectId, id, &context, [&answer](ApiResult<TrainingJob> r) { answer = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
        }();
        return answer && answer->ok() ? answer->value() : TrainingJob{};
    }

    qsizetype metricsRequests(const QString &jobId) const
    {
        return RequestLog::metricsBodies(m_api->requestLogPath(), jobId).size();
    }

private slots:
    void initTestCase()
    {
        m_now = QDateTime::currentMSecsSinceEpoch();
        MockServerOptions options;
        options.clock = [now = m_now] {
            return now;
        };
        options.extraJobs = {dipJob(m_now),
                             finishedJob(QStringLiteral("every30"), m_now, 2 * hourMs, 30),
                             finishedJob(QStringLiteral("every60"), m_now, 2 * hourMs, 60),
                             finishedJob(QStringLiteral("every15"), m_now, 2 * hourMs, 15),
                             finishedJob(QStringLiteral("probedafter"), m_now, 2 * hourMs, 15),
                             finishedJob(QStringLiteral("reuse"), m_now, 20 * hourMs, 15),
                             finishedJob(QStringLiteral("cached"), m_now, 20 * hourMs, 15),
                             finishedJob(QStringLiteral("oneperturn"), m_now, 20 * hourMs, 15),
                             finishedJob(QStringLiteral("merging"), m_now, 20 * hourMs, 15),
                             wideJob(m_now),
                             finishedJob(QStringLiteral("refreshed"), m_now, 20 * hourMs, 15),
                             finishedJob(QStringLiteral("refused"), m_now, 20 * hourMs, 15)};
        // That job's tiles from its twelfth hour on are refused: the refinement stops there.
        options.refuseMetrics = [refusedFrom = options.extraJobs.last().startMs + 12 * hourMs](
                                    const QString &jobId, qint64 startMs, qint64 stepSeconds) {
            return jobId == QLatin1String("refused") && stepSeconds == 15 && startMs >= refusedFrom;
        };
        m_api = std::make_unique<SimulatedApi>(options);
        QVERIFY(m_api->isRunning());
    }

    void tilesSitOnAFixedGridUnderTheLimit()
    {
        const int step = 15;
        const qint64 span = MetricsTiles::spanMs(step);
        const qint64 from = 1'700'000'123'456;
        const qint64 to = from + 5 * span + 777;
        const auto tiles = MetricsTiles::cut({{from, from + span / 3}, {from + span, to}}, step);
        QVERIFY(tiles.size() >= 6);
        qint64 covered = 0;
        for (const MetricsTiles::Tile &tile : tiles) {
            // Every request stays under the API's per-series limit, its end instant included.
            QVERIFY((tile.toMs - tile.fromMs) / (step * 1000) + 1 <= MetricsQuery::MaxPointsPerSeries);
            // A tile never crosses a grid line: its start and end share one grid cell.
            QCOMPARE(tile.fromMs / span, (tile.toMs - 1) / span);
            covered += tile.toMs - tile.fromMs;
        }
        QCOMPARE(covered, span / 3 + (to - from - span));
        // A window of a job claiming a thousand years is cut no further than asked.
        QCOMPARE(MetricsTiles::cut({{0, 1000LL * 365 * 24 * 3600 * 1000}}, step, 10).size(), std::size_t(10));
        // The same instants are cut the same way from another window: reusable across zooms.
        const auto again = MetricsTiles::cut({{from + span, to}}, step);
        QCOMPARE(again.front(), *std::find_if(tiles.begin(), tiles.end(), [&](const MetricsTiles::Tile &t) {
                     return t.fromMs == from + span;
                 }));
    }

    // A wide job's tiles are shorter, so an answer holds about as many points whatever the job's width (a
    // 64-node tile of 720 points was a 51 MB answer, copied out of the reply on the window's thread).
    void wideJobsGetShorterTilesOnTheSameGrid()
    {
        for (const int series : {1, 38, 322, 323, 642, 1282, 2562, 5122, 1'000'000}) {
            const qint64 points = MetricsTiles::pointsPerTile(series);
            QVERIFY(points >= MetricsTiles::MinPointsPerTile && points <= MetricsTiles::PointsPerTile);
            QVERIFY2(points * series <= MetricsTiles::PointsPerRequest ||
                         points == MetricsTiles::MinPointsPerTile,
                     qPrintable(QString::number(series)));
            // No longer than needed: twice as long would be over the budget.
            QVERIFY(points == MetricsTiles::PointsPerTile ||
                    2 * points * series > MetricsTiles::PointsPerRequest);
            // Every shorter grid line is a line of the standard grid's cells split in two, and again.
            QCOMPARE(MetricsTiles::PointsPerTile % points, 0);
        }
        QCOMPARE(MetricsTiles::pointsPerTile(MetricInfo::seriesCount(16, 8)), MetricsTiles::PointsPerTile);
        // A job description claiming absurd sizes: no overflow, the shortest tiles.
        QVERIFY(MetricInfo::seriesCount(std::numeric_limits<int>::max(), std::numeric_limits<int>::max()) >
                0);
        QCOMPARE(MetricsTiles::pointsPerTile(MetricInfo::seriesCount(std::numeric_limits<int>::max(), -5)),
                 MetricsTiles::MinPointsPerTile);
        QCOMPARE(MetricInfo::seriesCount(-3, -1), 6); // a node at least, no GPUs: four node series, the cache
        QVERIFY(MetricsTiles::pointsPerTile(MetricInfo::seriesCount(64, 8)) < MetricsTiles::PointsPerTile);
        // A tile of a shorter grid never crosses a line of the standard grid.
        const qint64 span = MetricsTiles::spanMs(15);
        for (const MetricsTiles::Tile &t :
             MetricsTiles::cut({{1'700'000'123'456, 1'700'000'123'456 + 3 * span}}, 15, std::size_t(-1),
                               MetricsTiles::PointsPerTile / 4))
            QCOMPARE(t.fromMs / span, (t.toMs - 1) / span);
    }

    // Against the simulated server: a job of 24 nodes asks for tiles of half the length, each answer within
    // the budget, and every sample arrives.
    void aWideJobIsRefinedInShorterTiles()
    {
        auto c = controller(m_api->client());
        c->setPixelWidth(200); // a first picture at a coarser step than the tiles', told apart by it
        c->open(job(QStringLiteral("wide")));
        waitSettled(*c);
        QVERIFY(!c->lastError());
        QVERIFY(!c->fidelity().isSampled());
        const int series = MetricInfo::seriesCount(24, 8);
        QCOMPARE(int(c->store().nodes().size()), 24);
        int seen = 2; // the job's two cache series
        for (const NodeMetrics &node : c->store().nodes())
            seen += int(node.gpuUtilization.size() + node.gpuMemory.size()) + 4;
        QCOMPARE(seen, series); // what the tile length is worked out from is what an answer holds
        int tiles = 0;
        for (const QJsonObject &body :
             RequestLog::metricsBodies(m_api->requestLogPath(), QStringLiteral("wide"))) {
            if (body.value(QStringLiteral("step_seconds")).toInt() != 15)
                continue;
            const qint64 points = (body.value(QStringLiteral("end_epoch_millis")).toInteger() -
                                   body.value(QStringLiteral("start_epoch_millis")).toInteger()) /
                                      15'000 +
                                  1;
            ++tiles;
            QVERIFY2(points * series <= MetricsTiles::PointsPerRequest + series,
                     qPrintable(QString::number(points)));
        }
        QVERIFY(tiles >= 4);
    }

    void theScrapeIntervalIsDiscovered_data()
    {
        QTest::addColumn<QString>("jobId");
        QTest::addColumn<int>("seconds");
        QTest::newRow("15 s") << QStringLiteral("every15") << 15;
        QTest::newRow("30 s") << QStringLiteral("every30") << 30;
        QTest::newRow("60 s") << QStringLiteral("every60") << 60;
    }

    void theScrapeIntervalIsDiscovered()
    {
        QFETCH(QString, jobId);
        QFETCH(int, seconds);
        auto c = controller(m_api->client());
        c->open(job(jobId));
        waitSettled(*c);
        QCOMPARE(c->scrapeSeconds(), seconds);
        const Fidelity f = c->fidelity();
        QVERIFY(!f.isSampled());
        QCOMPARE(f.refinedFraction, 1.0);
        // Every tile at the native step: no request asked for more than one tile's worth of points.
        for (const QJsonObject &body : RequestLog::metricsBodies(m_api->requestLogPath(), jobId)) {
            const qint64 span = body.value(QStringLiteral("end_epoch_millis")).toInteger() -
                                body.value(QStringLiteral("start_epoch_millis")).toInteger();
            const int step = body.value(QStringLiteral("step_seconds")).toInt();
            QVERIFY(span / (qint64(step) * 1000) + 1 <= MetricsQuery::MaxPointsPerSeries);
        }
    }

    // The first picture's answer travels alone: the probe of the scrape interval, asked for beside it, was
    // served, received and parsed first, and the first picture of a job opened over loopback waited for it.
    void theProbeWaitsForTheFirstPicturesAnswer()
    {
        const TrainingJob opened = job(QStringLiteral("probedafter"));
        BasetenClient *client = m_api->client();
        QCOMPARE(client->activeRequests(), 0);
        int mostInFlight = 0;
        int atFirstAnswer = -1;
        QObject watch;
        connect(client, &BasetenClient::activeRequestsChanged, &watch,
                [&](int count) { mostInFlight = std::max(mostInFlight, count); });
        connect(client, &BasetenClient::answerReceived, &watch, [&](const QUrl &url, qint64) {
            if (atFirstAnswer < 0 && url.path().endsWith(QLatin1String("/metrics")))
                atFirstAnswer = mostInFlight;
        });
        auto c = controller(client);
        c->open(opened);
        waitSettled(*c);
        QCOMPARE(atFirstAnswer, 1);
        // Still probed after it, and refined to every sample.
        const QList<QJsonObject> bodies = RequestLog::metricsBodies(m_api->requestLogPath(), opened.id);
        QVERIFY(bodies.size() >= 2);
        QVERIFY(bodies.first().value(QStringLiteral("step_seconds")).toInt() !=
                ScrapeInterval::ProbeStepSeconds);
        QCOMPARE(bodies.at(1).value(QStringLiteral("step_seconds")).toInt(),
                 ScrapeInterval::ProbeStepSeconds);
        QCOMPARE(c->scrapeSeconds(), 15);
        QVERIFY(!c->fidelity().isSampled());
    }

    void aThirtySecondDipSurvivesTheWholeJobView()
    {
        auto c = controller(m_api->client());
        c->setResolution(Resolution::Sampled);
        const TrainingJob dip = job(QStringLiteral("dip3day"));
        c->open(dip);
        waitSettled(*c);
        const auto [from, to] = c->jobBounds();
        // The sampled picture (one sample per 5 min) skips the dip, and says it is sampled.
        QVERIFY(c->fidelity().isSampled());
        QCOMPARE(c->fidelity().sampledStepSeconds, 300);
        QVERIFY(!c->fidelity().headline().isEmpty());
        QVERIFY(minimumUtilization(c->store(), from, to, 800) > 0.1);

        c->setResolution(Resolution::Full);
        waitSettled(*c);
        QVERIFY(!c->fidelity().isSampled());
        QCOMPARE(c->scrapeSeconds(), 15);
        QCOMPARE(minimumUtilization(c->store(), from, to, 800), 0.0);
    }

    // Tiles answered together are merged one per event-loop turn, so the window answers input between
    // them; the fetcher stays busy until the last answer is merged, so nothing (the cache's write, the
    // status bar's "done") comes before it.
    void answeredTilesAreMergedOnePerTurn()
    {
        auto c = controller(m_api->client());
        c->setResolution(Resolution::Sampled);
        c->open(job(QStringLiteral("oneperturn")));
        waitSettled(*c);
        QVERIFY(c->fidelity().isSampled());
        // A zero timer fires once per pass of the event loop: it counts the turns.
        QTimer turns;
        turns.setInterval(0);
        qint64 turn = 0;
        connect(&turns, &QTimer::timeout, this, [&turn] { ++turn; });
        turns.start();
        QList<qint64> mergedIn;
        bool doneBeforeLast = false;
        connect(c->tiles(), &TileFetcher::tileArrived, this, [&] { mergedIn << turn; });
        connect(c->tiles(), &TileFetcher::progressed, this, [&] {
            if (!c->isRefining() && c->fidelity().isSampled() && !c->lastError())
                doneBeforeLast = true;
        });
        // The window busy for a moment once four tiles are on their way, as a paint can keep it: their
        // answers arrive together.
        bool held = false;
        connect(c->tiles(), &TileFetcher::progressed, this, [&] {
            if (!held && c->tiles()->inFlightCount() == TileFetcher::MaxInFlight) {
                held = true;
                QThread::msleep(400);
            }
        });
        c->setResolution(Resolution::Full);
        waitSettled(*c);
        QVERIFY(held);
        QVERIFY(!c->fidelity().isSampled());
        QVERIFY2(mergedIn.size() >= 4, qPrintable(QString::number(mergedIn.size())));
        QCOMPARE(QSet<qint64>(mergedIn.begin(), mergedIn.end()).size(), mergedIn.size());
        QVERIFY(!doneBeforeLast);
    }

    // Answers are merged off the window's thread, a moment after they arrive: a window asked for again
    // meanwhile (a zoom in and out, a pan back) finds them on their way and asks for none of them twice.
    void tilesStillMergingAreNotAskedForAgain()
    {
        auto c = controller(m_api->client());
        c->setResolution(Resolution::Sampled);
        c->open(job(QStringLiteral("merging")));
        waitSettled(*c);
        // The store's worker held, as by a long merge: the tiles' answers wait there to be merged.
        HeldMerges held(*c);
        QVERIFY(held.running());
        c->setResolution(Resolution::Full);
        QTRY_VERIFY_WITH_TIMEOUT(!c->tiles()->isBusy() && c->scrapeSeconds() == 15, 30'000);
        QVERIFY(c->isRefining()); // answered is not merged
        const qsizetype asked = metricsRequests(QStringLiteral("merging"));
        const TimeRange::Window w = c->range()->window();
        c->range()->setWindow(w.fromMs + hourMs, w.toMs - hourMs);
        QTest::qWait(150);
        c->range()->setWindow(w.fromMs, w.toMs);
        QTest::qWait(150);
        QCOMPARE(metricsRequests(QStringLiteral("merging")), asked);
        held.letGo();
        waitSettled(*c);
        QVERIFY(!c->fidelity().isSampled());
        QCOMPARE(metricsRequests(QStringLiteral("merging")), asked);
    }

    // A refresh while answers are still merging: they came before it, so their windows are asked for
    // again, and the window ends with every sample, not sampled where the refresh forgot them.
    void aRefreshAsksAgainForWhatIsStillMerging()
    {
        auto c = controller(m_api->client());
        c->setResolution(Resolution::Sampled);
        c->open(job(QStringLiteral("refreshed")));
        waitSettled(*c);
        HeldMerges held(*c);
        QVERIFY(held.running());
        c->setResolution(Resolution::Full);
        QTRY_VERIFY_WITH_TIMEOUT(!c->tiles()->isBusy() && c->scrapeSeconds() == 15, 30'000);
        const qsizetype asked = metricsRequests(QStringLiteral("refreshed"));
        c->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(metricsRequests(QStringLiteral("refreshed")) > asked + 1, 10'000);
        held.letGo();
        waitSettled(*c);
        QVERIFY(!c->lastError());
        QVERIFY(!c->fidelity().isSampled());
    }

    // A tile refused while answers before it wait to be merged: those are merged, and the error stays on
    // screen (merged after it, they would clear it, and the refinement would stop without a word).
    void aRefusedTileKeepsItsErrorAndWhatCameBefore()
    {
        auto c = controller(m_api->client());
        bool held = false;
        connect(c->tiles(), &TileFetcher::progressed, this, [&] {
            if (!held && c->tiles()->inFlightCount() == TileFetcher::MaxInFlight) {
                held = true;
                QThread::msleep(400); // the first four answers arrive together and wait their turns
            }
        });
        c->open(job(QStringLiteral("refused")));
        waitSettled(*c);
        QVERIFY(held);
        QVERIFY(c->lastError().has_value());
        QVERIFY2(c->lastError()->message().contains(QStringLiteral("injected fault")),
                 qPrintable(c->lastError()->message()));
        const Fidelity f = c->fidelity();
        QVERIFY(f.isSampled());
        // The first answer is in before the refused tile is even asked for (that answer's arrival sends
        // it); how many more, depends on the machine.
        QVERIFY2(f.refinedFraction > 0.0 && f.refinedFraction < 1.0,
                 qPrintable(QString::number(f.refinedFraction)));
    }

    void tilesAreReusedWhenZoomingBack()
    {
        auto c = controller(m_api->client());
        c->open(job(QStringLiteral("reuse")));
        waitSettled(*c);
        QVERIFY(!c->fidelity().isSampled());
        const qsizetype before = metricsRequests(QStringLiteral("reuse"));
        const auto [from, to] = c->jobBounds();
        c->range()->setWindow(from + 3 * hourMs, from + 5 * hourMs);
        waitSettled(*c);
        c->range()->setWindow(from, to);
        waitSettled(*c);
        QCOMPARE(metricsRequests(QStringLiteral("reuse")), before);
        QVERIFY(!c->fidelity().isSampled());
    }

    void aFinishedJobIsFetchedOnce()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const TrainingJob cached = job(QStringLiteral("cached"));
        {
            auto first = controller(m_api->client());
            first->setCache(&cache);
            first->open(cached);
            waitSettled(*first);
            QVERIFY(!first->fidelity().isSampled());
        }
        cache.waitForPendingWrites();
        const qsizetype before = metricsRequests(QStringLiteral("cached"));
        auto second = controller(m_api->client());
        second->setCache(&cache);
        second->open(cached);
        waitSettled(*second);
        QCOMPARE(metricsRequests(QStringLiteral("cached")), before);
        QCOMPARE(second->scrapeSeconds(), 15);
        QVERIFY(!second->fidelity().isSampled());
        QVERIFY(second->store().pointCount() > 0);
    }

    void tilesThatLeaveTheViewAreCancelled()
    {
        MockServerOptions options;
        options.clock = [now = m_now] {
            return now;
        };
        options.latencyMs = 400;
        options.extraJobs = {dipJob(m_now)};
        SimulatedApi slow(options);
        QVERIFY(slow.isRunning());
        auto c = controller(slow.client());
        c->setScrapeOverride(15); // straight to the tiles, no probe
        std::optional<ApiResult<TrainingJob>> answer;
        slow.client()->getJob(projectId, QStringLiteral("dip3day"), this,
                              [&answer](ApiResult<TrainingJob> r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value() && answer->ok(), 10'000);
        c->open(answer->value());
        QTRY_VERIFY_WITH_TIMEOUT(c->tiles()->inFlightCount() > 0, 10'000);
        QVERIFY(c->tiles()->inFlightCount() <= TileFetcher::MaxInFlight);
        const std::vector<MetricsTiles::Tile> early = c->tiles()->inFlight();
        // Jump to the job's last two hours: the tiles at its start are no longer wanted.
        const auto [from, to] = c->jobBounds();
        c->range()->setWindow(to - 2 * hourMs, to);
        QTest::qWait(60);
        for (const MetricsTiles::Tile &tile : c->tiles()->inFlight())
            QVERIFY(tile.intersects(to - 2 * hourMs, to));
        waitSettled(*c);
        QVERIFY(!c->fidelity().isSampled());
        for (const MetricsTiles::Tile &tile : early) {
            if (!tile.intersects(to - 2 * hourMs, to))
                QVERIFY(c->store().coveredFraction(tile.fromMs, tile.toMs, 15) < 1.0);
        }
        Q_UNUSED(from)
    }

    void aRunningJobRefreshesOnlyItsTail()
    {
        static std::atomic<qint64> now{0};
        now = m_now;
        MockServerOptions options;
        options.clock = [] {
            return now.load();
        };
        MockJob live = finishedJob(QStringLiteral("live"), m_now, 20 * hourMs, 15);
        live.status = QStringLiteral("TRAINING_JOB_RUNNING");
        live.running = true;
        live.startMs = m_now - 20 * hourMs;
        live.endMs = live.startMs;
        live.createdAtMs = live.startMs - 5 * minuteMs;
        options.extraJobs = {live};
        SimulatedApi api(options);
        QVERIFY(api.isRunning());
        DashboardController c(api.client(), [] { return now.load(); });
        c.setDebounceMs(20);
        c.setPixelWidth(800);
        std::optional<ApiResult<TrainingJob>> answer;
        api.client()->getJob(projectId, QStringLiteral("live"), this,
                             [&answer](ApiResult<TrainingJob> r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value() && answer->ok(), 10'000);
        c.open(answer->value());
        waitSettled(c);
        QVERIFY(!c.fidelity().isSampled());
        const qsizetype before = RequestLog::metricsBodies(api.requestLogPath()).size();
        const qint64 lastEnd = c.range()->toMs();

        now += 5 * minuteMs; // five minutes later, the live refresh
        c.liveTick();
        waitSettled(c);
        const QList<QJsonObject> bodies = RequestLog::metricsBodies(api.requestLogPath());
        QVERIFY(bodies.size() > before);
        for (qsizetype i = before; i < bodies.size(); ++i) {
            // Only the new tail travels, and straight at the job's native step.
            QCOMPARE(bodies[i].value(QStringLiteral("step_seconds")).toInt(), 15);
            QVERIFY(bodies[i].value(QStringLiteral("start_epoch_millis")).toInteger() >=
                    lastEnd - 10 * minuteMs);
        }
        QVERIFY(!c.fidelity().isSampled());
        QCOMPARE(c.range()->toMs(), now.load());
    }

    void refinementGetsThroughRateLimits()
    {
        MockServerOptions options;
        options.clock = [now = m_now] {
            return now;
        };
        options.rateLimitEvery = 3; // every third request is answered 429 with Retry-After: 1
        options.extraJobs = {finishedJob(QStringLiteral("limited"), m_now, 30 * hourMs, 15)};
        SimulatedApi limited(options);
        QVERIFY(limited.isRunning());
        auto c = controller(limited.client());
        std::optional<ApiResult<TrainingJob>> answer;
        limited.client()->getJob(projectId, QStringLiteral("limited"), this,
                                 [&answer](ApiResult<TrainingJob> r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value() && answer->ok(), 10'000);
        c->open(answer->value());
        waitSettled(*c);
        QVERIFY(!c->lastError().has_value());
        QVERIFY(!c->fidelity().isSampled());
        QCOMPARE(c->fidelity().refinedFraction, 1.0);
    }

    void cancellingLeavesTheViewSampledAndSaysSo()
    {
        MockServerOptions options;
        options.clock = [now = m_now] {
            return now;
        };
        options.latencyMs = 300;
        options.extraJobs = {dipJob(m_now)};
        SimulatedApi slow(options);
        QVERIFY(slow.isRunning());
        auto c = controller(slow.client());
        std::optional<ApiResult<TrainingJob>> answer;
        slow.client()->getJob(projectId, QStringLiteral("dip3day"), this,
                              [&answer](ApiResult<TrainingJob> r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value() && answer->ok(), 10'000);
        c->open(answer->value());
        QTRY_VERIFY_WITH_TIMEOUT(c->tiles()->inFlightCount() > 0 && c->store().pointCount() > 0, 15'000);
        c->cancelRefinement();
        QVERIFY(!c->isRefining());
        QTest::qWait(1000); // answers already on their way are dropped, never merged
        QVERIFY(c->fidelity().isSampled());
        QVERIFY(c->fidelity().refinedFraction < 1.0);
        QVERIFY(c->fidelity().headline().contains(QLatin1Char('5')));
    }
};

QTEST_GUILESS_MAIN(TestRefinement)
#include "tst_refinement.moc"
