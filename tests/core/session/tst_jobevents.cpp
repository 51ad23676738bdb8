// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/LogLineModel.h"
#include "core/session/DashboardController.h"
#include "core/session/JobEvents.h"
#include "core/session/LogFeed.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockCheckpoints.h"
#include "mock/MockDataset.h"
#include "mock/MockLogs.h"
#include "support/RequestLog.h"
#include "support/SimulatedApi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <set>

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

bool settled(const LogFeed &feed)
{
    return QTest::qWaitFor([&feed] { return feed.isSettled(); }, 20000);
}

} // namespace

// The open job's events (checkpoints and errors for the charts) and its log lines for the log panel, against
// the simulated server over loopback.
class TestJobEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkpointsAndTheOutOfMemoryError();
    void eventsFollowTheController();
    void logFeedPagesNewestFirst();
    void logFeedPagesOldestFirst();
    void minLevelFiltersOnTheServer();
    void theListFollowsTheRange();
    void aSupersededPageIsDropped();
    void aWindowLongerThanSevenDaysIsWalked();
    void aJobClaimingCenturiesSendsABoundedNumberOfRequests();

private:
    TrainingJob job(const QString &id) const;
    const MockJob &mockJob(const QString &id) const { return *m_api->server()->dataset().job(id); }
    std::vector<MockLogs::Line> expectedLines(const MockJob &job, qint64 from, qint64 to) const
    {
        return MockLogs::lines(job, 1, QDateTime::currentMSecsSinceEpoch(), from, to);
    }

    std::unique_ptr<SimulatedApi> m_api;
};

void TestJobEvents::initTestCase()
{
    MockServerOptions options;
    options.latencyMs = 20;
    m_api = std::make_unique<SimulatedApi>(options);
    QVERIFY(m_api->isRunning());
}

TrainingJob TestJobEvents::job(const QString &id) const
{
    const MockJob &mock = mockJob(id);
    TrainingJob out;
    bool done = false;
    QObject context;
    m_api->client()->getJob(mock.projectId, mock.id, &context, [&](ApiResult<TrainingJob> result) {
        if (result.ok())
            out = result.value();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        qWarning("no answer for job %s", qPrintable(id));
    return out;
}

void TestJobEvents::checkpointsAndTheOutOfMemoryError()
{
    const TrainingJob failed = job(MockDataset::failedJobId());
    const MockJob &mock = mockJob(failed.id);
    JobEvents events(m_api->client(), {});
    QSignalSpy changed(&events, &JobEvents::changed);
    events.setJob(failed);
    QVERIFY(QTest::qWaitFor([&events] { return !events.isLoading(); }, 20000));
    QVERIFY(!events.lastError());
    QCOMPARE(events.checkpoints().size(), std::size_t(4));
    const auto served = MockCheckpoints::list(mock, 1, QDateTime::currentMSecsSinceEpoch());
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(events.checkpoints()[i].createdAtMs, served[i].createdAtMs);
        // Every 30 minutes of the run, to the second.
        QVERIFY(std::abs(served[i].createdAtMs - (mock.startMs + qint64(i + 1) * 30 * minuteMs)) < 1000);
        QCOMPARE(events.checkpoints()[i].sizeBytes, served[i].sizeBytes);
    }
    QCOMPARE(events.errors().size(), std::size_t(2));
    QVERIFY(events.errors().front().message.contains(QLatin1String("CUDA out of memory")));
    QCOMPARE(events.errors().front().timeMs(), mock.endMs);
    QVERIFY(events.errorsComplete());
    QVERIFY(changed.count() >= 2);
}

void TestJobEvents::eventsFollowTheController()
{
    DashboardController controller(m_api->client(), {});
    JobEvents events(m_api->client(), {});
    events.follow(&controller);
    controller.open(job(QStringLiteral("p7qr9qv")));
    QVERIFY(QTest::qWaitFor(
        [&events] { return events.job().id == QLatin1String("p7qr9qv") && !events.isLoading(); }, 20000));
    QVERIFY(events.checkpoints().size() > 20);
    QVERIFY(events.errors().empty()); // a completed job without errors
}

void TestJobEvents::logFeedPagesNewestFirst()
{
    const TrainingJob failed = job(MockDataset::failedJobId());
    const auto [from, to] = failed.lifetimeMs(QDateTime::currentMSecsSinceEpoch());
    LogFeed feed(m_api->client());
    LogLineModel model(&feed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    feed.setDebounceMs(0);
    feed.setPageSize(50);
    feed.setJob(failed);
    feed.setWindow(from, to);
    QVERIFY(settled(feed));
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(feed.hasMore());
    // The window reaches the job's end, so it takes the lines stamped just after it too.
    QCOMPARE(feed.window(), std::pair(from, to + LogQuery::TailMarginMs));
    const std::vector<MockLogs::Line> expected =
        expectedLines(mockJob(failed.id), from, feed.window().second);
    QCOMPARE(feed.lines().front().timeNs, expected.back().timeNs); // the newest line first
    QVERIFY(feed.lines().front().message.contains(QLatin1String("exited with code 1")));
    int pages = 1;
    while (feed.hasMore() && pages < 100) {
        feed.loadMore();
        QVERIFY(settled(feed));
        ++pages;
    }
    QCOMPARE(feed.lines().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(feed.lines()[i].timeNs, expected[expected.size() - 1 - i].timeNs);
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.index(0, LogLineModel::TimeColumn).data(LogLineModel::TimeRole).toLongLong(),
             expected.back().timeMs());
}

void TestJobEvents::logFeedPagesOldestFirst()
{
    const TrainingJob failed = job(MockDataset::failedJobId());
    const auto [from, to] = failed.lifetimeMs(QDateTime::currentMSecsSinceEpoch());
    LogFeed feed(m_api->client());
    feed.setDebounceMs(0);
    feed.setPageSize(80);
    feed.setNewestFirst(false);
    feed.setJob(failed);
    feed.setWindow(from, to);
    QVERIFY(settled(feed));
    while (feed.hasMore()) {
        feed.loadMore();
        QVERIFY(settled(feed));
    }
    const std::vector<MockLogs::Line> expected =
        expectedLines(mockJob(failed.id), from, feed.window().second);
    QCOMPARE(feed.lines().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(feed.lines()[i].timeNs, expected[i].timeNs);
    // Escape sequences of the step lines never reach the list.
    for (const LogLine &line : feed.lines())
        QVERIFY(!line.message.contains(QChar(0x1b)));
}

void TestJobEvents::minLevelFiltersOnTheServer()
{
    const TrainingJob running = job(MockDataset::multinodeRunningJobId());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LogFeed feed(m_api->client());
    feed.setDebounceMs(0);
    feed.setJob(running);
    feed.setWindow(now - 3 * hourMs, now);
    QVERIFY(settled(feed));
    const std::size_t all = feed.lines().size();
    QSignalSpy reset(&feed, &LogFeed::reset);
    feed.setMinLevel(LogLevel::Warning);
    QCOMPARE(reset.count(), 1);
    QVERIFY(feed.lines().empty());
    QVERIFY(settled(feed));
    QVERIFY(!feed.lines().empty());
    QVERIFY(feed.lines().size() < all);
    for (const LogLine &line : feed.lines())
        QVERIFY(line.level == LogLevel::Warning || line.level == LogLevel::Error);
    const QList<QJsonObject> log = RequestLog::read(m_api->requestLogPath());
    QVERIFY(
        log.last().value(QStringLiteral("query")).toString().contains(QLatin1String("min_level=WARNING")));
}

void TestJobEvents::theListFollowsTheRange()
{
    DashboardController controller(m_api->client(), {});
    LogFeed feed(m_api->client());
    feed.setDebounceMs(50);
    feed.follow(&controller);
    const TrainingJob failed = job(MockDataset::failedJobId());
    controller.open(failed);
    QVERIFY(QTest::qWaitFor([&feed] { return feed.job().id == QLatin1String("r3k8d2w"); }, 20000));
    const MockJob &mock = mockJob(failed.id);
    const qint64 from = mock.startMs + hourMs;
    const qint64 to = from + 10 * minuteMs;
    controller.range()->setWindow(from, to);
    QVERIFY(
        QTest::qWaitFor([&] { return feed.window() == std::pair(from, to) && !feed.isLoading(); }, 20000));
    QVERIFY(!feed.lines().empty());
    for (const LogLine &line : feed.lines())
        QVERIFY(line.timeMs() >= from && line.timeMs() <= to);
    QCOMPARE(feed.lines().size(), expectedLines(mock, from, to).size());
}

void TestJobEvents::aSupersededPageIsDropped()
{
    const TrainingJob failed = job(MockDataset::failedJobId());
    const MockJob &mock = mockJob(failed.id);
    LogFeed feed(m_api->client());
    feed.setDebounceMs(0);
    feed.setJob(failed);
    QSignalSpy appended(&feed, &LogFeed::appended);
    // The first window's page is on the wire (20 ms of latency) when the second replaces it.
    feed.setWindow(mock.startMs, mock.startMs + 30 * minuteMs);
    QVERIFY(QTest::qWaitFor([&feed] { return feed.isLoading(); }, 5000));
    const qint64 from = mock.endMs - 20 * minuteMs;
    feed.setWindow(from, mock.endMs + minuteMs);
    QVERIFY(QTest::qWaitFor([&] { return feed.window().first == from && !feed.isLoading(); }, 20000));
    QTest::qWait(100); // an answer to the first would have arrived by now
    QVERIFY(!feed.lines().empty());
    for (const LogLine &line : feed.lines())
        QVERIFY(line.timeMs() >= from);
    QCOMPARE(appended.count(), 1);
}

void TestJobEvents::aWindowLongerThanSevenDaysIsWalked()
{
    // A window the API would refuse in one request: the feed asks in 7-day steps and finds the lines in
    // the oldest step too.
    const TrainingJob failed = job(MockDataset::failedJobId());
    const MockJob &mock = mockJob(failed.id);
    LogFeed feed(m_api->client());
    feed.setDebounceMs(0);
    feed.setMinLevel(LogLevel::Error);
    TrainingJob longJob = failed;
    longJob.updatedAtMs = mock.endMs + 20 * 24 * hourMs; // as if it had kept running for 20 days
    feed.setJob(longJob);
    feed.setWindow(longJob.createdAtMs, longJob.updatedAtMs);
    QVERIFY(settled(feed));
    QCOMPARE(feed.lines().size(), std::size_t(2));
    QVERIFY(feed.lines().front().message.contains(QLatin1String("process on node-0 exited")));
    int logRequests = 0;
    for (const QJsonObject &request : RequestLog::read(m_api->requestLogPath()))
        logRequests += request.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/logs")) &&
                       request.value(QStringLiteral("query")).toString().contains(QLatin1String("ERROR"));
    QVERIFY(logRequests >= 3);
}

// A server that says a job ran for two hundred years: the feed walks a few empty weeks, then waits for the
// user's "Load More" instead of sending ten thousand requests on its own.
void TestJobEvents::aJobClaimingCenturiesSendsABoundedNumberOfRequests()
{
    const TrainingJob failed = job(MockDataset::failedJobId());
    LogFeed feed(m_api->client());
    feed.setDebounceMs(0);
    feed.setMinLevel(LogLevel::Error);
    TrainingJob ancient = failed;
    ancient.createdAtMs = failed.updatedAtMs - 200LL * 365 * 24 * hourMs;
    ancient.updatedAtMs = failed.createdAtMs - 24 * hourMs; // before anything was logged
    auto count = [this] {
        int n = 0;
        for (const QJsonObject &request : RequestLog::read(m_api->requestLogPath()))
            n += request.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/logs"));
        return n;
    };
    const int before = count();
    feed.setJob(ancient);
    feed.setWindow(ancient.createdAtMs, ancient.updatedAtMs);
    QVERIFY(settled(feed));
    const int first = count() - before;
    QVERIFY2(first >= 1 && first <= 8, qPrintable(QString::number(first)));
    QVERIFY(feed.lines().empty());
    QVERIFY(feed.hasMore()); // the rest of the window is still there to ask for
    feed.loadMore();
    QVERIFY(settled(feed));
    QVERIFY(count() - before <= 16);
}

QTEST_GUILESS_MAIN(TestJobEvents)
#include "tst_jobevents.moc"
