// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The client against the simulated Baseten server over real loopback HTTP.
#include "core/api/BasetenClient.h"
#include "mock/MockServerThread.h"
#include "support/RequestLog.h"
#include "support/SimulatedApi.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

namespace {

// Runs the event loop until the callback fired or the deadline passed.
template<typename T, typename Start> std::optional<ApiResult<T>> await(Start start, int timeoutMs = 15'000)
{
    std::optional<ApiResult<T>> out;
    QObject context;
    start(&context, [&out](ApiResult<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    return out;
}

// The error text for a failed check, without touching error() of a success (QVERIFY2 evaluates it eagerly).
template<typename T> QByteArray why(const std::optional<ApiResult<T>> &r)
{
    if (!r)
        return QByteArrayLiteral("no answer in time");
    return r->ok() ? QByteArray() : r->error().message().toUtf8();
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedApi> m_api;
    QString m_log;
    QUrl m_url;
    TrainingJob m_completed; // a finished job of the demo data, found through the client itself
    TrainingJob m_running;

    ClientConfig config(const QString &key = QStringLiteral("test-key")) const
    {
        ClientConfig c;
        c.baseUrl = m_url;
        c.apiKey = key;
        c.transferTimeoutMs = 10'000;
        return c;
    }

    qsizetype logSize() const { return RequestLog::read(m_log).size(); }

private slots:
    void initTestCase()
    {
        MockServerOptions options;
        options.apiKey = QStringLiteral("test-key");
        options.seed = 7;
        m_api = std::make_unique<SimulatedApi>(options);
        QVERIFY(m_api->isRunning());
        m_log = m_api->requestLogPath();
        m_url = m_api->baseUrl();
        QCOMPARE(m_url.host(), QStringLiteral("127.0.0.1"));
        m_completed = m_api->firstJob(JobStatus::Completed);
        m_running = m_api->firstJob(JobStatus::Running);
        QVERIFY(!m_completed.id.isEmpty());
        QVERIFY(!m_running.id.isEmpty());
    }

    void listsProjectsAndTheirJobs()
    {
        BasetenClient client(config());
        auto projects =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(projects);
        QVERIFY2(projects->ok(), why(projects).constData());
        QVERIFY(projects->value().size() >= 2);
        const QString pid = projects->value().front().id;
        auto jobs =
            await<std::vector<TrainingJob>>([&](QObject *ctx, auto cb) { client.listJobs(pid, ctx, cb); });
        QVERIFY(jobs && jobs->ok());
        QVERIFY(!jobs->value().empty());
        for (const TrainingJob &j : jobs->value())
            QCOMPARE(j.projectId, pid);

        auto one = await<TrainingJob>(
            [&](QObject *ctx, auto cb) { client.getJob(m_completed.projectId, m_completed.id, ctx, cb); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().id, m_completed.id);
        QCOMPARE(one->value().status, JobStatus::Completed);
    }

    void wrongKeyIs401WithAdvice()
    {
        BasetenClient client(config(QStringLiteral("not-the-key")));
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, 401);
        QVERIFY(!r->error().apiMessage.isEmpty()); // the server's own words reach the user
        QVERIFY(r->error().message().contains(QStringLiteral("API key")));
        // The key is a secret: a message about it never repeats it.
        QVERIFY(!r->error().message().contains(QStringLiteral("not-the-key")));
    }

    void unknownJobIs404()
    {
        BasetenClient client(config());
        auto r = await<TrainingJob>([&](QObject *ctx, auto cb) {
            client.getJob(m_completed.projectId, QStringLiteral("nosuchjob"), ctx, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 404);
        QVERIFY(r->error().message().contains(QStringLiteral("404")));
        QVERIFY(!r->error().apiMessage.isEmpty());
    }

    void serverErrorIsReadable()
    {
        MockServerOptions options;
        options.apiKey = QStringLiteral("test-key");
        options.failRate = 1.0;
        MockServerThread failing;
        const QUrl url = failing.start(options);
        QVERIFY(!url.isEmpty());
        ClientConfig c = config();
        c.baseUrl = url;
        BasetenClient client(c);
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QVERIFY(r->error().httpStatus >= 500);
        QVERIFY(r->error().message().contains(QString::number(r->error().httpStatus)));
        QVERIFY(r->error().isRetryable() == (r->error().httpStatus != 500));
    }

    void metricsHonourTheWindow()
    {
        BasetenClient client(config());
        const qint64 start = m_completed.createdAtMs + 3'600'000;
        const qint64 end = start + 1'800'000;
        MetricsQuery q{m_completed.projectId, m_completed.id, start, end, 30};
        const qsizetype before = logSize();
        auto r = await<MetricsResponse>([&](QObject *ctx, auto cb) { client.fetchMetrics(q, ctx, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), why(r).constData());
        const MetricsResponse &m = r->value();
        QCOMPARE(m.job.id, m_completed.id);
        std::size_t points = 0;
        for (const NodeMetrics *node : m.effectiveNodes()) {
            QVERIFY(!node->gpuUtilization.empty());
            for (const auto &[rank, s] : node->gpuUtilization) {
                points += s.size();
                QVERIFY(!s.isEmpty());
                QVERIFY(s.firstTime() >= start);
                QVERIFY(s.lastTime() <= end);
            }
        }
        QVERIFY(points > 0);

        // Exactly one request reached the server, as the origin spec has it: POST with the window in the
        // body.
        const QList<QJsonObject> log = RequestLog::read(m_log);
        QCOMPARE(log.size(), before + 1);
        const QJsonObject last = log.last();
        QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QVERIFY(last.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/metrics")));
        const QJsonObject body =
            QJsonDocument::fromJson(last.value(QStringLiteral("body")).toString().toUtf8()).object();
        QCOMPARE(body.value(QStringLiteral("start_epoch_millis")).toInteger(), start);
        QCOMPARE(body.value(QStringLiteral("end_epoch_millis")).toInteger(), end);
        QCOMPARE(body.value(QStringLiteral("step_seconds")).toInt(), 30);
    }

    // The client reads each answer into an array an earlier answer used: a small answer after a large one,
    // then the large one again, reads exactly what a client with fresh arrays reads, nothing of the answer
    // before it left over, nothing cut short.
    void answersInReusedArraysAreReadWhole()
    {
        const qint64 start = m_completed.createdAtMs + 3'600'000;
        const QList<MetricsQuery> queries{
            {m_completed.projectId, m_completed.id, start, start + 6 * 3'600'000, 15},
            {m_completed.projectId, m_completed.id, start, start + 600'000, 60},
            {m_completed.projectId, m_completed.id, start + 3'600'000, start + 5 * 3'600'000, 15},
        };
        // Samples and their sum over every GPU series of an answer: what was read, to the byte's effect.
        auto digest = [](const MetricsResponse &m) {
            std::size_t points = 0;
            double sum = 0;
            for (const NodeMetrics *node : m.effectiveNodes()) {
                for (const auto &[rank, s] : node->gpuUtilization) {
                    points += s.size();
                    for (double v : s.values())
                        sum += v;
                }
            }
            return std::pair{points, sum};
        };
        BasetenClient reused(config());
        for (const MetricsQuery &q : queries) {
            auto again =
                await<MetricsResponse>([&](QObject *ctx, auto cb) { reused.fetchMetrics(q, ctx, cb); });
            BasetenClient fresh(config());
            auto first =
                await<MetricsResponse>([&](QObject *ctx, auto cb) { fresh.fetchMetrics(q, ctx, cb); });
            QVERIFY(again && first);
            QVERIFY2(again->ok(), why(again).constData());
            QVERIFY2(first->ok(), why(first).constData());
            QVERIFY(digest(first->value()).first > 0);
            QCOMPARE(digest(again->value()), digest(first->value()));
            // A job's answer (parsed on this thread) between them takes and gives back an array too.
            auto job = await<TrainingJob>([&](QObject *ctx, auto cb) {
                reused.getJob(m_completed.projectId, m_completed.id, ctx, cb);
            });
            QVERIFY(job && job->ok());
            QCOMPARE(job->value().id, m_completed.id);
        }
    }

    // An answer is read where the network manager runs, on the client's network thread: the client's
    // thread (the window's) gets it whole in one event instead of a queued call per piece of it, so a
    // 13.5 MB tile no longer holds the window up while it is copied out of the reply.
    void aLargeAnswerReachesTheClientsThreadWhole()
    {
        // Events Qt delivers to objects of this thread; an application's filter sees only those.
        struct MetaCalls : QObject
        {
            int count = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                count += event->type() == QEvent::MetaCall;
                return false;
            }
        };
        QThread *madeOn = nullptr;
        BasetenClient client(config(), nullptr, [&madeOn](QObject *parent) {
            madeOn = QThread::currentThread();
            return new QNetworkAccessManager(parent);
        });
        qint64 bytes = 0;
        connect(&client, &BasetenClient::answerReceived, this,
                [&bytes](const QUrl &, qint64 received) { bytes = received; });
        const qint64 start = m_completed.createdAtMs;
        const MetricsQuery whole{m_completed.projectId, m_completed.id, start, start + 24 * 3'600'000, 15};
        MetaCalls calls;
        QCoreApplication::instance()->installEventFilter(&calls);
        auto r = await<MetricsResponse>([&](QObject *ctx, auto cb) { client.fetchMetrics(whole, ctx, cb); });
        QCoreApplication::instance()->removeEventFilter(&calls);
        QVERIFY(r);
        QVERIFY2(r->ok(), why(r).constData());
        QVERIFY2(bytes > 4'000'000, qPrintable(QString::number(bytes)));
        // The injected manager was made, and its replies read, on the client's network thread.
        QVERIFY(madeOn && madeOn != QThread::currentThread());
        // The answer handed back and its parse's result (2 here), whatever the size; 17 for this answer
        // when the replies were read on this thread.
        QVERIFY2(calls.count <= 4, qPrintable(QString::number(calls.count)));
    }

    // A client closed while an answer streams in (the window closed during a load): its network thread
    // stops with it, the callback never runs, nothing is left behind, and the next client works.
    void aClientClosedWhileAnAnswerStreamsAnswersNothing()
    {
        const qint64 start = m_completed.createdAtMs;
        const MetricsQuery whole{m_completed.projectId, m_completed.id, start, start + 24 * 3'600'000, 15};
        int called = 0;
        int closedAsking = 0;
        QObject ctx;
        for (int delayMs : {0, 2, 5, 10, 20, 40}) {
            auto client = std::make_unique<BasetenClient>(config());
            client->fetchMetrics(whole, &ctx, [&called](ApiResult<MetricsResponse>) { ++called; });
            QTest::qWait(delayMs);
            if (client->activeRequests() == 0)
                break; // answered already: later closings would not test anything either
            ++closedAsking;
            client.reset();
        }
        QTest::qWait(200);
        QVERIFY2(closedAsking >= 3, qPrintable(QString::number(closedAsking)));
        const bool lastOneAnswered = closedAsking < 6;
        QCOMPARE(called, lastOneAnswered ? 1 : 0);
        BasetenClient next(config());
        auto projects =
            await<std::vector<TrainingProject>>([&](QObject *c, auto cb) { next.listProjects(c, cb); });
        QVERIFY(projects && projects->ok());
    }

    void openEndsAreSentAsNull()
    {
        const QByteArray body = BasetenClient::metricsRequestBody(
            MetricsQuery{QStringLiteral("p"), QStringLiteral("j"), {}, {}, {}});
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QVERIFY(o.contains(QStringLiteral("start_epoch_millis")) &&
                o.value(QStringLiteral("start_epoch_millis")).isNull());
        QVERIFY(o.contains(QStringLiteral("end_epoch_millis")) &&
                o.value(QStringLiteral("end_epoch_millis")).isNull());
        QVERIFY(!o.contains(QStringLiteral("step_seconds")));
    }

    void cancelledRequestNeverAnswers()
    {
        BasetenClient client(config());
        bool called = false;
        QObject ctx;
        const auto id = client.fetchMetrics(MetricsQuery{m_completed.projectId, m_completed.id, {}, {}, {}},
                                            &ctx, [&called](ApiResult<MetricsResponse>) { called = true; });
        QCOMPARE(client.activeRequests(), 1);
        client.cancel(id);
        QCOMPARE(client.activeRequests(), 0);
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void supersededReplyIsDropped()
    {
        BasetenClient client(config());
        QObject ctx;
        int firstCalls = 0;
        std::optional<ApiResult<MetricsResponse>> second;
        const qint64 s = m_completed.createdAtMs;
        client.fetchMetrics(
            MetricsQuery{m_completed.projectId, m_completed.id, s, s + 600'000, 10}, &ctx,
            [&](ApiResult<MetricsResponse>) { ++firstCalls; }, QStringLiteral("dashboard"));
        client.fetchMetrics(
            MetricsQuery{m_completed.projectId, m_completed.id, s + 600'000, s + 1'200'000, 10}, &ctx,
            [&](ApiResult<MetricsResponse> r) { second.emplace(std::move(r)); }, QStringLiteral("dashboard"));
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 15'000);
        QTest::qWait(300);
        QCOMPARE(firstCalls, 0);
        QVERIFY(second->ok());
        const Series &cpu = second->value().effectiveNodes().front()->cpuUsage;
        QVERIFY(!cpu.isEmpty());
        QVERIFY(cpu.firstTime() >= s + 600'000); // it is the second window that arrived
    }

    void callbackNeedsALiveContext()
    {
        BasetenClient client(config());
        bool called = false;
        auto ctx = std::make_unique<QObject>();
        client.listProjects(ctx.get(), [&called](ApiResult<std::vector<TrainingProject>>) { called = true; });
        ctx.reset(); // the window that asked was closed
        QTRY_COMPARE_WITH_TIMEOUT(client.activeRequests(), 0, 10'000);
        QVERIFY(!called);
    }

    void stalledTransferTimesOut()
    {
        MockServerOptions options;
        options.apiKey = QStringLiteral("test-key");
        options.latencyMs = 4'000;
        MockServerThread slow;
        const QUrl url = slow.start(options);
        QVERIFY(!url.isEmpty());
        ClientConfig c = config();
        c.baseUrl = url;
        c.transferTimeoutMs = 300;
        BasetenClient client(c);
        QElapsedTimer timer;
        timer.start();
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 3'500);
    }

    void refusedConnectionIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ClientConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        BasetenClient client(c);
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QVERIFY(!r->error().message().isEmpty());
    }

    void htmlPageWithStatus200IsAParseErrorNotAnEmptyList()
    {
        QHttpServer html;
        html.route(QStringLiteral("/v1/training_projects"), [] {
            return QHttpServerResponse(QByteArrayLiteral("text/html"),
                                       QByteArrayLiteral("<html><body>Gateway login</body></html>"));
        });
        const quint16 port = html.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        ClientConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        BasetenClient client(c);
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Parse);
    }

    void keyIsNeverSentInPlainTextToARemoteHost()
    {
        ClientConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://api.example.invalid"));
        BasetenClient client(c);
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Insecure);
    }

    void crossOriginRedirectIsNotFollowed()
    {
        // 127.0.0.2 is loopback too, but another origin: the key must not follow the redirect there.
        QHttpServer redirecting;
        redirecting.route(QStringLiteral("/v1/training_projects"), [] {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
            response.setHeader(QByteArrayLiteral("Location"),
                               QByteArrayLiteral("http://127.0.0.2:9/v1/training_projects"));
            return response;
        });
        const quint16 port = redirecting.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        ClientConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        BasetenClient client(c);
        auto r =
            await<std::vector<TrainingProject>>([&](QObject *ctx, auto cb) { client.listProjects(ctx, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Insecure);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
