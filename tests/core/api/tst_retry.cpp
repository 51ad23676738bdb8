// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// What the client does when the server is overloaded or flaky: retry what is worth retrying, and no more.
#include "core/api/BasetenClient.h"
#include "mock/MockServerOptions.h"
#include "mock/MockServerThread.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTest>

#include <optional>

namespace {

// A server that answers the project list with the given statuses in turn (with the given Retry-After header
// and error body), then with a valid empty list.
class ScriptedServer
{
public:
    explicit ScriptedServer(QList<int> statuses, QByteArray retryAfter = {},
                            QByteArray errorBody = QByteArrayLiteral("{\"error\": \"scripted failure\"}"))
        : m_statuses(std::move(statuses))
    {
        m_server.route(QStringLiteral("/v1/training_projects"), [this, retryAfter, errorBody] {
            ++hits;
            if (!m_statuses.isEmpty()) {
                const int status = m_statuses.takeFirst();
                QHttpServerResponse response(QByteArrayLiteral("application/json"), errorBody,
                                             QHttpServerResponse::StatusCode(status));
                if (!retryAfter.isEmpty())
                    response.setHeader(QByteArrayLiteral("Retry-After"), retryAfter);
                return response;
            }
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                       QByteArrayLiteral("{\"training_projects\": []}"));
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port = 0;
    int hits = 0;

private:
    QHttpServer m_server;
    QList<int> m_statuses;
};

ClientConfig fastConfig(quint16 port)
{
    ClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    c.apiKey = QStringLiteral("k");
    c.backoffBaseMs = 20; // the schedule, not its length, is under test
    c.jitterSeed = 42;
    return c;
}

std::optional<ApiResult<std::vector<TrainingProject>>> listProjects(BasetenClient &client,
                                                                    int timeoutMs = 15'000)
{
    std::optional<ApiResult<std::vector<TrainingProject>>> out;
    QObject ctx;
    client.listProjects(&ctx,
                        [&out](ApiResult<std::vector<TrainingProject>> r) { out.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!out && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return out;
}

} // namespace

class TestRetry : public QObject
{
    Q_OBJECT

private:
private slots:
    void transientGatewayErrorsAreRetried()
    {
        ScriptedServer server({502, 503, 504});
        QVERIFY(server.port);
        BasetenClient client(fastConfig(server.port));
        const auto r = listProjects(client);
        QVERIFY(r && r->ok());
        QCOMPARE(server.hits, 4);
    }

    void atMostFourAttempts()
    {
        ScriptedServer server({503, 503, 503, 503, 503, 503});
        BasetenClient client(fastConfig(server.port));
        const auto r = listProjects(client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 503);
        QCOMPARE(server.hits, 4);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 403, 404, 422, 500})
            QTest::addRow("%d", s) << s;
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        ScriptedServer server({status, status});
        BasetenClient client(fastConfig(server.port));
        const auto r = listProjects(client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, status);
        QCOMPARE(r->error().apiMessage, QStringLiteral("scripted failure"));
        QCOMPARE(server.hits, 1);
    }

    void rateLimitWaitsAsTheServerSays()
    {
        ScriptedServer server({429}, QByteArrayLiteral("1"));
        BasetenClient client(fastConfig(server.port));
        QElapsedTimer timer;
        timer.start();
        const auto r = listProjects(client);
        QVERIFY(r && r->ok());
        QCOMPARE(server.hits, 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed()))); // Retry-After: 1
    }

    void anUntrustworthyRetryAfterFallsBackToTheBackoff_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        for (const char *value : {"1e300", "inf", "-1", "NaN", "soon", "Sat, 31 Feb 2026 12:00:00 GMT"})
            QTest::newRow(value) << QByteArray(value);
    }

    void anUntrustworthyRetryAfterFallsBackToTheBackoff()
    {
        // 1e300 once became an undefined 64-bit wait, and the client came straight back.
        QFETCH(QByteArray, retryAfter);
        ScriptedServer server({429}, retryAfter);
        ClientConfig c = fastConfig(server.port);
        c.backoffBaseMs = 400; // the first backoff waits 200-400 ms
        BasetenClient client(c);
        QElapsedTimer timer;
        timer.start();
        const auto r = listProjects(client);
        QVERIFY(r && r->ok());
        QCOMPARE(server.hits, 2);
        QVERIFY2(timer.elapsed() >= 190 && timer.elapsed() < 5'000,
                 qPrintable(QString::number(timer.elapsed())));
    }

    void aHugeRetryAfterIsClamped_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("header, 400 digits") << QByteArray(400, '9') << QByteArray("{}");
        QTest::newRow("header, a date next year")
            << QDateTime::currentDateTimeUtc()
                   .addYears(1)
                   .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1()
            << QByteArray("{}");
        QTest::newRow("body, 1e300") << QByteArray() << QByteArray("{\"retry_after\": 1e300}");
    }

    void aHugeRetryAfterIsClamped()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, body);
        ScriptedServer server({429}, retryAfter, body);
        ClientConfig c = fastConfig(server.port);
        c.maxServerWaitMs = 800; // 60 s by default; the clamp, not its length, is under test
        BasetenClient client(c);
        QElapsedTimer timer;
        timer.start();
        const auto r = listProjects(client);
        QVERIFY(r && r->ok());
        QCOMPARE(server.hits, 2);
        QVERIFY2(timer.elapsed() >= 780 && timer.elapsed() < 5'000,
                 qPrintable(QString::number(timer.elapsed())));
    }

    void rateLimitFromTheSimulatedServersBody()
    {
        // The simulated server answers every 2nd request 429 with {"retry_after": 1}.
        MockServerOptions options;
        options.apiKey = QStringLiteral("k");
        options.rateLimitEvery = 2;
        MockServerThread mock;
        const QUrl url = mock.start(options);
        QVERIFY(!url.isEmpty());
        ClientConfig c = fastConfig(0);
        c.baseUrl = url;
        BasetenClient client(c);
        for (int i = 0; i < 3; ++i) {
            const auto r = listProjects(client);
            QVERIFY(r && r->ok());
        }
    }

    void aPendingRetryKeepsTheKeyOfItsOwnOrigin()
    {
        // Server A answers every 2nd request 429 with {"retry_after": 1} and takes only its own key.
        MockServerOptions a;
        a.apiKey = QStringLiteral("key-of-a");
        a.rateLimitEvery = 2;
        MockServerThread serverA;
        const QUrl urlA = serverA.start(a);
        QVERIFY(!urlA.isEmpty());
        ClientConfig c = fastConfig(0);
        c.baseUrl = urlA;
        c.apiKey = QStringLiteral("key-of-a");
        BasetenClient client(c);
        QVERIFY(listProjects(client).value().ok()); // A's first request

        std::optional<ApiResult<std::vector<TrainingProject>>> out;
        QObject ctx;
        client.listProjects(&ctx, [&out](auto r) { out.emplace(std::move(r)); });
        QTest::qWait(300); // A has answered 429; the retry waits its second
        // The user switches to server B and its key meanwhile.
        ClientConfig b = client.config();
        b.baseUrl = QUrl(QStringLiteral("https://b.example.invalid"));
        b.apiKey = QStringLiteral("key-of-b");
        client.setConfig(b);
        // The retry still goes to A with A's key: A accepts it (it would answer B's key 401).
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10'000);
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().message()));
    }

    void keysAreTrimmed()
    {
        // A key pasted or exported with a line break: the header carries the key alone.
        MockServerOptions options;
        options.apiKey = QStringLiteral("k");
        MockServerThread mock;
        const QUrl url = mock.start(options);
        ClientConfig c = fastConfig(0);
        c.baseUrl = url;
        c.apiKey = QStringLiteral(" k\n");
        BasetenClient client(c);
        QCOMPARE(client.config().apiKey, QStringLiteral("k"));
        c.apiKey = QStringLiteral("\tk \r\n");
        client.setConfig(c);
        QCOMPARE(client.config().apiKey, QStringLiteral("k"));
        QVERIFY(listProjects(client).value().ok());
    }

    void aSupersededRequestIsNotRetried()
    {
        ScriptedServer server({503, 503, 503});
        ClientConfig c = fastConfig(server.port);
        c.backoffBaseMs = 400;
        BasetenClient client(c);
        QObject ctx;
        bool called = false;
        const auto id = client.listProjects(&ctx, [&called](auto) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(server.hits, 1, 5'000);
        client.cancel(id); // while it waits for its second attempt
        QTest::qWait(1'000);
        QCOMPARE(server.hits, 1);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
