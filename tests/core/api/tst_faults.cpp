// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Hostile or broken servers on loopback: dropped connections, endless bodies, untrusted certificates.
#include "core/api/BasetenClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

#include <functional>
#include <optional>

namespace {

std::optional<ApiResult<std::vector<TrainingProject>>> listProjects(BasetenClient &client,
                                                                    int timeoutMs = 20'000)
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

ClientConfig configFor(const QString &scheme, quint16 port)
{
    ClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port));
    c.apiKey = QStringLiteral("secret-key-for-tests");
    c.backoffBaseMs = 10;
    c.jitterSeed = 7;
    return c;
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TRAINSCOPE_FIXTURES "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray response(const QByteArray &status, const QByteArray &body)
{
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

// An HTTP/1.1 server of a few lines, so a test can misbehave in ways a real server never would. Reads each
// request (its head, and as much body as its Content-Length says), records its request line, and hands the
// request's number (0 first) and socket to the test's answer.
class RawServer
{
public:
    using Answer = std::function<void(int request, QTcpSocket *socket)>;

    explicit RawServer(Answer answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requestLines;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            requestLines << head.left(head.indexOf("\r\n"));
            m_answer(int(requestLines.size()) - 1, socket);
        }
    }

    QTcpServer m_server;
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// The path of a recorded request line, split into its still-encoded segments.
QList<QByteArray> pathSegments(const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    return parts.value(1).split('/').mid(1);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
private slots:
    void droppedConnectionsAreRetriedThenReported()
    {
        // Reads the request, then hangs up without a word: what a crashing proxy does.
        QTcpServer server;
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->abort();
                    socket->deleteLater();
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        BasetenClient client(configFor(QStringLiteral("http"), server.serverPort()));
        const auto r = listProjects(client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        // Four attempts of ours; Qt's HTTP layer may itself resend a request once on a fresh connection when
        // the peer closed before answering, so the server can see a few more connections, but never
        // unbounded.
        QVERIFY2(connections >= 4 && connections <= 8, qPrintable(QString::number(connections)));
    }

    void aBodyCutOffAfterA2xxHeaderIsRetried()
    {
        // The status line and a Content-Length, part of the body, then the connection closes: a fragment of
        // JSON that must never reach the parser as if it were the answer.
        const QByteArray body = "{\"training_projects\": []}";
        RawServer server([&body](int request, QTcpSocket *socket) {
            if (request == 0) {
                const QByteArray whole = response("200 OK", body);
                socket->write(whole.left(whole.size() - 12));
                socket->flush();
                socket->disconnectFromHost();
            } else {
                socket->write(response("200 OK", body));
            }
        });
        QVERIFY(server.port());
        BasetenClient client(configFor(QStringLiteral("http"), server.port()));
        const auto r = listProjects(client);
        QVERIFY(r);
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message()));
        QCOMPARE(server.requestLines.size(), 2);
    }

    void aBodyCutOffEveryTimeIsANetworkErrorNotAParseError()
    {
        RawServer server([](int, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                          "{\"training_projects\": [");
            socket->flush();
            socket->disconnectFromHost();
        });
        QVERIFY(server.port());
        BasetenClient client(configFor(QStringLiteral("http"), server.port()));
        const auto r = listProjects(client);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().kind == ApiError::Kind::Network, qPrintable(r->error().message()));
        QCOMPARE(server.requestLines.size(), 4); // every attempt, and no more
    }

    // A length announced far beyond what comes (here 900 MB, under the 1 GiB cap) is not reserved up front:
    // in a process that may not map that much (an address-space limit, as strict overcommit would have it),
    // the cut-off answer is still a clear network error, not an allocation failure.
    void anAnnouncedLengthIsNotTakenAtItsWord()
    {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || !defined(Q_OS_LINUX)
        QSKIP("needs an address-space limit, which the sanitizers' shadow memory cannot live under");
#else
        RawServer server([](int, QTcpSocket *socket) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 900000000\r\n\r\n"
                "{\"training_projects\": [");
            socket->flush();
            socket->disconnectFromHost();
        });
        QVERIFY(server.port());
        BasetenClient client(configFor(QStringLiteral("http"), server.port()));
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_AS, &before) == 0);
        // What the process maps now and 400 MB more: room for everything but the announced length.
        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        qint64 mapped = 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmSize:"))
                mapped = line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
        QVERIFY(mapped > 0);
        rlimit limited = before;
        limited.rlim_cur = rlim_t(mapped + 400LL * 1024 * 1024);
        QVERIFY(::setrlimit(RLIMIT_AS, &limited) == 0);
        const auto r = listProjects(client);
        QVERIFY(::setrlimit(RLIMIT_AS, &before) == 0);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().kind == ApiError::Kind::Network, qPrintable(r->error().message()));
#endif
    }

    void idsAreEncodedOnceIntoTheirOwnSegment_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("job");
        QTest::newRow("spaces") << QStringLiteral("my project") << QStringLiteral("job 1");
        QTest::newRow("reserved") << QStringLiteral("a/b?c#d") << QStringLiteral("%41%2F&x=1;y+z@:");
        QTest::newRow("dots inside") << QStringLiteral("...") << QStringLiteral("../etc");
        QTest::newRow("unicode") << QStringLiteral("projekt-ä") << QStringLiteral("訓練");
    }

    void idsAreEncodedOnceIntoTheirOwnSegment()
    {
        QFETCH(QString, project);
        QFETCH(QString, job);
        RawServer server([](int, QTcpSocket *socket) {
            socket->write(response("404 Not Found", "{\"error\": \"no such job\"}"));
        });
        QVERIFY(server.port());
        BasetenClient client(configFor(QStringLiteral("http"), server.port()));
        QObject ctx;
        int answered = 0;
        client.getJob(project, job, &ctx, [&answered](ApiResult<TrainingJob>) { ++answered; });
        MetricsQuery query;
        query.projectId = project;
        query.jobId = job;
        client.fetchMetrics(query, &ctx, [&answered](ApiResult<MetricsResponse>) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10'000);
        QCOMPARE(server.requestLines.size(), 2);
        for (const QByteArray &line : server.requestLines) {
            const QList<QByteArray> segments = pathSegments(line);
            QVERIFY2(segments.size() == 5 || segments.size() == 6, line.constData());
            QCOMPARE(segments[0], QByteArray("v1"));
            QCOMPARE(segments[1], QByteArray("training_projects"));
            // What the server decodes, once, is the id as the user knows it.
            QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(segments[2])), project);
            QCOMPARE(segments[3], QByteArray("jobs"));
            QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(segments[4])), job);
        }
    }

    void idsThatAreNoSegmentAreRefusedUnsent_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("job");
        QTest::newRow("empty job") << QStringLiteral("p") << QString();
        QTest::newRow("empty project") << QString() << QStringLiteral("j");
        QTest::newRow(".") << QStringLiteral("p") << QStringLiteral(".");
        QTest::newRow("..") << QStringLiteral("..") << QStringLiteral("j");
    }

    void idsThatAreNoSegmentAreRefusedUnsent()
    {
        QFETCH(QString, project);
        QFETCH(QString, job);
        RawServer server([](int, QTcpSocket *socket) { socket->write(response("200 OK", "{}")); });
        QVERIFY(server.port());
        BasetenClient client(configFor(QStringLiteral("http"), server.port()));
        QObject ctx;
        std::optional<ApiResult<TrainingJob>> result;
        client.getJob(project, job, &ctx,
                      [&result](ApiResult<TrainingJob> r) { result.emplace(std::move(r)); });
        QVERIFY(!result); // answered later, like every other error
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5'000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidId);
        QVERIFY2(result->error().message().contains(QStringLiteral("not a valid project or job id")),
                 qPrintable(result->error().message()));
        QTest::qWait(100);
        QVERIFY(server.requestLines.isEmpty());
        QCOMPARE(client.activeRequests(), 0);
    }

    void manyRequestsToASlowServerWaitTheirTurnUntimed()
    {
        // Each answer takes 300 ms; the stall timeout is one second. Qt runs six connections per host: of
        // twenty requests the last go out after some 900 ms and are answered after 1.2 s, so their timers
        // must not have been running while they waited.
        RawServer server([](int, QTcpSocket *socket) {
            QTimer::singleShot(
                300, socket, [socket] { socket->write(response("200 OK", "{\"training_projects\": []}")); });
        });
        QVERIFY(server.port());
        ClientConfig c = configFor(QStringLiteral("http"), server.port());
        c.transferTimeoutMs = 1'000;
        BasetenClient client(c);
        QObject ctx;
        int ok = 0;
        QStringList errors;
        for (int i = 0; i < 20; ++i) {
            client.listProjects(&ctx, [&](ApiResult<std::vector<TrainingProject>> r) {
                if (r.ok())
                    ++ok;
                else
                    errors << r.error().message();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + int(errors.size()), 20, 20'000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(server.requestLines.size(), 20); // none timed out and went again
    }

    void aBodyOverTheCapIsAbandoned()
    {
        QHttpServer server;
        server.route(QStringLiteral("/v1/training_projects"), [] {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(4 << 20, ' '));
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        ClientConfig c = configFor(QStringLiteral("http"), port);
        c.maxResponseBytes = 1 << 20;
        BasetenClient client(c);
        const auto r = listProjects(client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::TooLarge);
        QVERIFY(r->error().message().contains(QStringLiteral("1")));
    }

    void anUntrustedCertificateIsNeverAccepted()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(fixture("tls-selfsigned.crt"));
        QVERIFY(!certs.isEmpty());
        tls.setLocalCertificate(certs.first());
        tls.setPrivateKey(QSslKey(fixture("tls-selfsigned.key"), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QByteArray received; // anything that got past the handshake
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket,
                        [socket, &received] { received += socket->readAll(); });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        BasetenClient client(configFor(QStringLiteral("https"), server.serverPort()));
        const auto r = listProjects(client);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QVERIFY(!r->error().message().contains(QStringLiteral("secret-key-for-tests")));
        QTest::qWait(100);
        QVERIFY2(!received.contains("secret-key-for-tests"), "the key crossed an unverified TLS connection");
        QVERIFY(received.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
