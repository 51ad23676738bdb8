// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockBasetenServer.h"
#include "mock/MockDataset.h"
#include "mock/MockMetricsWriter.h"
#include "mock/MockServerThread.h"
#include "support/ApiSpec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

constexpr qint64 demoNowMs = 1795168800000; // 2026-11-20T10:00:00Z
constexpr qint64 hourMs = 3600 * 1000;

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Parses the ISO 8601 forms the mock sends; QDateTime cannot read six fractional digits in every Qt version.
qint64 parseTimestamp(const QString &text)
{
    QString normalized = text;
    const qsizetype dot = normalized.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < normalized.size() && normalized.at(end).isDigit())
            ++end;
        normalized = normalized.left(dot) + normalized.mid(dot, 4).leftJustified(4, QLatin1Char('0')) +
                     normalized.mid(end);
    }
    const QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

QList<qint64> timesOf(const QJsonArray &series)
{
    QList<qint64> times;
    for (const QJsonValue &point : series)
        times.append(parseTimestamp(point.toObject().value(QStringLiteral("timestamp")).toString()));
    return times;
}

} // namespace

class TestMockServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unauthorized();
    void bearerAccepted();
    void notFound();
    void unprocessable_data();
    void unprocessable();
    void projectsAndJobsFollowSpec();
    void everyStatusPresent();
    void searchFiltersAndOrders();
    void metricsShape();
    void windowHonouredAndClipped();
    void stepHonoured();
    void stepAtTheScrapeIntervalReturnsEverySample();
    void coarseStepSkipsSamplesItDoesNotAverage();
    void coarseStepMissesShortDips();
    void tooManyPointsIsRefused();
    void derivedStepGrowsWithWindow();
    void getWithQueryParameters();
    void determinism();
    void anAnswerSentInSmallPiecesArrivesWhole();
    void runningJobGrowsWithClock();
    void pendingJobIsEmpty();
    void multinodeJob();
    void instanceTypesFollowSpec();
    void singleNodeVariants();
    void requestLog();
    void latencyDelaysAnswer();
    void rateLimit();
    void failRate();
    void serverThread();
    void syntheticPayloadIsFast();

private:
    Reply call(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &authorization = "Api-Key demo-key");
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return call(m_server->baseUrl(), method, path, body);
    }
    QJsonObject metricsOf(const QString &jobId, const QByteArray &body = "{}");
    // A request to a server of its own with these options, on the test's clock (status 0 if it cannot
    // listen).
    Reply onServerOfItsOwn(MockServerOptions options, const QByteArray &method, const QString &path,
                           const QByteArray &body)
    {
        const auto now = m_now;
        options.clock = [now] {
            return now->load();
        };
        MockBasetenServer server(options);
        if (server.listen() == 0)
            return {};
        return call(server.baseUrl(), method, path, body, "Api-Key demo-key");
    }
    QString projectOf(const QString &jobId) const
    {
        const MockJob *job = m_server->dataset().job(jobId);
        return job ? job->projectId : m_server->dataset().projects().constFirst().id;
    }
    QString metricsPath(const QString &jobId) const
    {
        return QStringLiteral("/v1/training_projects/") + projectOf(jobId) + QStringLiteral("/jobs/") +
               jobId + QStringLiteral("/metrics");
    }

    QNetworkAccessManager m_nam;
    std::shared_ptr<std::atomic<qint64>> m_now = std::make_shared<std::atomic<qint64>>(demoNowMs);
    std::unique_ptr<MockBasetenServer> m_server;
};

Reply TestMockServer::call(const QUrl &base, const QByteArray &method, const QString &path,
                           const QByteArray &body, const QByteArray &authorization)
{
    QUrl url = base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

QJsonObject TestMockServer::metricsOf(const QString &jobId, const QByteArray &body)
{
    const Reply reply = call("POST", metricsPath(jobId), body);
    [&] {
        QCOMPARE(reply.status, 200);
    }();
    return reply.json();
}

void TestMockServer::initTestCase()
{
    MockServerOptions options;
    const auto now = m_now;
    options.clock = [now] {
        return now->load();
    };
    m_server = std::make_unique<MockBasetenServer>(options);
    QVERIFY(m_server->listen() != 0);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestMockServer::unauthorized()
{
    for (const QByteArray &authorization :
         {QByteArray(), QByteArray("Api-Key wrong"), QByteArray("demo-key")}) {
        const Reply reply =
            call(m_server->baseUrl(), "GET", QStringLiteral("/v1/training_projects"), {}, authorization);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.json().value(QStringLiteral("error")).isString());
    }
}

void TestMockServer::bearerAccepted()
{
    const Reply reply =
        call(m_server->baseUrl(), "GET", QStringLiteral("/v1/training_projects"), {}, "Bearer demo-key");
    QCOMPARE(reply.status, 200);
}

void TestMockServer::notFound()
{
    const QString project = projectOf(MockDataset::multinodeRunningJobId());
    for (const QString &path :
         {QString(QStringLiteral("/v1/training_projects/") + project + QStringLiteral("/jobs/nope123")),
          QStringLiteral("/v1/training_projects/nope123/jobs"), metricsPath(QStringLiteral("nope123")),
          QStringLiteral("/v1/nothing/here")}) {
        const Reply reply = call(path.endsWith(QLatin1String("metrics")) ? "POST" : "GET", path, "{}");
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.json().value(QStringLiteral("error")).isString());
    }
}

void TestMockServer::unprocessable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{start_epoch_millis: 1");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("string start") << QByteArray(R"({"start_epoch_millis": "1795168800000"})");
    QTest::newRow("fractional end") << QByteArray(R"({"end_epoch_millis": 1.5})");
    QTest::newRow("end before start")
        << QByteArray(R"({"start_epoch_millis": 2000, "end_epoch_millis": 1000})");
}

void TestMockServer::unprocessable()
{
    QFETCH(QByteArray, body);
    const Reply reply = call("POST", metricsPath(MockDataset::multinodeRunningJobId()), body);
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json().value(QStringLiteral("error")).isString());
    const Reply search =
        call("POST", QStringLiteral("/v1/training_jobs/search"), R"({"statuses": "RUNNING"})");
    QCOMPARE(search.status, 422);
}

void TestMockServer::projectsAndJobsFollowSpec()
{
    const QStringList jobKeys = requiredFieldsOf(QStringLiteral("TrainingJobV1"));
    const QStringList instanceKeys = requiredFieldsOf(QStringLiteral("InstanceTypeV1"));
    const QStringList projectKeys = requiredFieldsOf(QStringLiteral("TrainingProjectV1"));
    QVERIFY(jobKeys.contains(QStringLiteral("instance_type")));
    QVERIFY(instanceKeys.contains(QStringLiteral("gpu_memory_limit_mib")));

    const Reply projects = call("GET", QStringLiteral("/v1/training_projects"));
    QCOMPARE(projects.status, 200);
    const QJsonArray projectList = projects.json().value(QStringLiteral("training_projects")).toArray();
    QVERIFY(projectList.size() >= 3);
    int jobCount = 0;
    for (const QJsonValue &projectValue : projectList) {
        const QJsonObject project = projectValue.toObject();
        for (const QString &key : projectKeys)
            QVERIFY2(project.contains(key), qPrintable(key));
        const QString projectId = project.value(QStringLiteral("id")).toString();
        const Reply jobs =
            call("GET", QStringLiteral("/v1/training_projects/") + projectId + QStringLiteral("/jobs"));
        QCOMPARE(jobs.status, 200);
        QCOMPARE(jobs.json().value(QStringLiteral("training_project")).toObject().value(QStringLiteral("id")),
                 QJsonValue(projectId));
        for (const QJsonValue &jobValue : jobs.json().value(QStringLiteral("training_jobs")).toArray()) {
            const QJsonObject job = jobValue.toObject();
            ++jobCount;
            for (const QString &key : jobKeys)
                QVERIFY2(job.contains(key), qPrintable(key));
            const QJsonObject instance = job.value(QStringLiteral("instance_type")).toObject();
            for (const QString &key : instanceKeys)
                QVERIFY2(instance.contains(key), qPrintable(key));
            QVERIFY(job.value(QStringLiteral("node_count")).toInt() >= 1);
            QVERIFY(parseTimestamp(job.value(QStringLiteral("created_at")).toString()) > 0);
            QVERIFY(parseTimestamp(job.value(QStringLiteral("updated_at")).toString()) > 0);
            QCOMPARE(job.value(QStringLiteral("training_project_id")), QJsonValue(projectId));

            const QString jobId = job.value(QStringLiteral("id")).toString();
            const Reply single = call("GET", QStringLiteral("/v1/training_projects/") + projectId +
                                                 QStringLiteral("/jobs/") + jobId);
            QCOMPARE(single.status, 200);
            QCOMPARE(single.json().value(QStringLiteral("training_job")).toObject(), job);
        }
    }
    QCOMPARE(jobCount, m_server->dataset().jobs().size());
}

void TestMockServer::everyStatusPresent()
{
    QSet<QString> statuses;
    bool failedWithMessage = false;
    for (const MockJob &job : m_server->dataset().jobs()) {
        statuses.insert(job.status);
        failedWithMessage |=
            job.status == QLatin1String("TRAINING_JOB_FAILED") && !job.errorMessage.isEmpty();
    }
    for (const char *status : {"PENDING", "CREATED", "QUEUED", "DEPLOYING", "RUNNING", "COMPLETED",
                               "DEPLOY_FAILED", "FAILED", "STOPPED", "PREEMPTED"})
        QVERIFY2(statuses.contains(QStringLiteral("TRAINING_JOB_") + QLatin1String(status)), status);
    QVERIFY(failedWithMessage);
}

void TestMockServer::searchFiltersAndOrders()
{
    const Reply all = call("POST", QStringLiteral("/v1/training_jobs/search"), "{}");
    QCOMPARE(all.status, 200);
    const QJsonArray jobs = all.json().value(QStringLiteral("training_jobs")).toArray();
    QCOMPARE(jobs.size(), m_server->dataset().jobs().size());
    for (qsizetype i = 1; i < jobs.size(); ++i) {
        QVERIFY(parseTimestamp(jobs[i - 1].toObject().value(QStringLiteral("created_at")).toString()) >=
                parseTimestamp(jobs[i].toObject().value(QStringLiteral("created_at")).toString()));
    }

    const Reply running = call(
        "POST", QStringLiteral("/v1/training_jobs/search"),
        R"({"statuses": ["TRAINING_JOB_RUNNING"], "order_by": [{"field": "created_at", "order": "asc"}]})");
    QCOMPARE(running.status, 200);
    const QJsonArray runningJobs = running.json().value(QStringLiteral("training_jobs")).toArray();
    QVERIFY(runningJobs.size() >= 2);
    for (const QJsonValue &job : runningJobs)
        QCOMPARE(job.toObject().value(QStringLiteral("current_status")),
                 QJsonValue(QStringLiteral("TRAINING_JOB_RUNNING")));
    QVERIFY(parseTimestamp(runningJobs.first().toObject().value(QStringLiteral("created_at")).toString()) <=
            parseTimestamp(runningJobs.last().toObject().value(QStringLiteral("created_at")).toString()));

    const QString id = MockDataset::failedJobId();
    const Reply byId = call("POST", QStringLiteral("/v1/training_jobs/search"),
                            QByteArray(R"({"job_id": ")") + id.toUtf8() + R"(", "project_id": null})");
    QCOMPARE(byId.json().value(QStringLiteral("training_jobs")).toArray().size(), 1);
}

void TestMockServer::metricsShape()
{
    const QStringList required = requiredFieldsOf(QStringLiteral("GetTrainingJobMetricsResponseV1"));
    QVERIFY(required.contains(QStringLiteral("per_node_metrics")));
    const QStringList nodeRequired = requiredFieldsOf(QStringLiteral("TrainingJobMetricsV1"));
    for (const MockJob &job : m_server->dataset().jobs()) {
        const Reply reply =
            call("POST", metricsPath(job.id), R"({"start_epoch_millis": null, "end_epoch_millis": null})");
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(reply.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QString &key : required)
            QVERIFY2(body.contains(key), qPrintable(job.id + QLatin1Char(' ') + key));
        QCOMPARE(body.value(QStringLiteral("training_job")).toObject().value(QStringLiteral("id")),
                 QJsonValue(job.id));
        QVERIFY(body.value(QStringLiteral("cache")).isNull() ||
                body.value(QStringLiteral("cache")).isObject());
        for (const QJsonValue &node : body.value(QStringLiteral("per_node_metrics")).toArray()) {
            QVERIFY(node.toObject().value(QStringLiteral("node_id")).isString());
            const QJsonObject metrics = node.toObject().value(QStringLiteral("metrics")).toObject();
            for (const QString &key : nodeRequired)
                QVERIFY(metrics.contains(key));
        }
        if (!job.hasMetrics)
            continue;
        const QJsonObject utilization = body.value(QStringLiteral("gpu_utilization")).toObject();
        QCOMPARE(utilization.size(), job.instanceType.gpuCount);
        for (const QJsonValue &point : utilization.value(QStringLiteral("0")).toArray()) {
            const double value = point.toObject().value(QStringLiteral("value")).toDouble();
            QVERIFY(value >= 0.0 && value <= 1.0);
        }
        const double limit = double(job.instanceType.gpuMemoryLimitMib) * 1024 * 1024;
        for (const QJsonValue &point : body.value(QStringLiteral("gpu_memory_usage_bytes"))
                                           .toObject()
                                           .value(QStringLiteral("7"))
                                           .toArray())
            QVERIFY(point.toObject().value(QStringLiteral("value")).toDouble() <= limit);
    }
}

void TestMockServer::windowHonouredAndClipped()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv")); // completed, 2 nodes
    const qint64 start = job.startMs + 5 * hourMs + 1234;
    const qint64 end = start + 2 * hourMs;
    const QJsonObject body =
        metricsOf(job.id, QByteArray("{\"start_epoch_millis\":") + QByteArray::number(start) +
                              ",\"end_epoch_millis\":" + QByteArray::number(end) + "}");
    const QList<qint64> times = timesOf(body.value(QStringLiteral("cpu_usage")).toArray());
    QVERIFY(times.size() > 100);
    for (const qint64 t : times)
        QVERIFY(t >= start && t <= end);

    // A window reaching past both ends of the job is cut to its lifetime.
    const QJsonObject clipped = metricsOf(
        job.id, QByteArray("{\"start_epoch_millis\":") + QByteArray::number(job.startMs - 24 * hourMs) +
                    ",\"end_epoch_millis\":" + QByteArray::number(job.endMs + 24 * hourMs) + "}");
    const QList<qint64> clippedTimes = timesOf(
        clipped.value(QStringLiteral("gpu_utilization")).toObject().value(QStringLiteral("3")).toArray());
    QVERIFY(!clippedTimes.isEmpty());
    QVERIFY(clippedTimes.first() >= job.startMs);
    QVERIFY(clippedTimes.last() <= job.endMs);
    QVERIFY(clippedTimes.first() - job.startMs < 600 * 1000);

    // Entirely outside: empty series, still 200.
    const QJsonObject outside = metricsOf(job.id, QByteArray("{\"start_epoch_millis\":") +
                                                      QByteArray::number(job.endMs + hourMs) + "}");
    QVERIFY(outside.value(QStringLiteral("cpu_usage")).toArray().isEmpty());
}

void TestMockServer::stepHonoured()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv"));
    const qint64 start = job.startMs + hourMs;
    const QJsonObject body = metricsOf(
        job.id, QByteArray("{\"start_epoch_millis\":") + QByteArray::number(start) +
                    ",\"end_epoch_millis\":" + QByteArray::number(start + hourMs) + ",\"step_seconds\":30}");
    const QList<qint64> times = timesOf(body.value(QStringLiteral("cpu_memory_usage_bytes")).toArray());
    QCOMPARE(times.size(), 121);
    for (qsizetype i = 0; i < times.size(); ++i) {
        QCOMPARE(times[i] % 30000, 0);
        if (i)
            QCOMPARE(times[i] - times[i - 1], 30000);
    }
}

namespace {

// A series as time -> value.
QMap<qint64, double> pointsOf(const QJsonArray &series)
{
    QMap<qint64, double> out;
    for (const QJsonValue &point : series) {
        const QJsonObject p = point.toObject();
        out.insert(parseTimestamp(p.value(QStringLiteral("timestamp")).toString()),
                   p.value(QStringLiteral("value")).toDouble());
    }
    return out;
}

QByteArray windowBody(qint64 from, qint64 to, qint64 step)
{
    return QByteArray("{\"start_epoch_millis\":") + QByteArray::number(from) +
           ",\"end_epoch_millis\":" + QByteArray::number(to) +
           ",\"step_seconds\":" + QByteArray::number(step) + "}";
}

// GPU 0's utilization of the leader, as the server answers for a window and step.
QMap<qint64, double> gpu0(const QJsonObject &body)
{
    return pointsOf(
        body.value(QStringLiteral("gpu_utilization")).toObject().value(QStringLiteral("0")).toArray());
}

// Runs of consecutive samples below the threshold: what a person sees as dips.
int dipsBelow(const QMap<qint64, double> &points, double threshold)
{
    int dips = 0;
    bool in = false;
    for (double v : points) {
        if (v < threshold && !in)
            ++dips;
        in = v < threshold;
    }
    return dips;
}

} // namespace

void TestMockServer::stepAtTheScrapeIntervalReturnsEverySample()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv"));
    const qint64 from = job.startMs + 2 * hourMs;
    const qint64 scrapeMs = job.scrapeSeconds * 1000;
    const QMap<qint64, double> native =
        gpu0(metricsOf(job.id, windowBody(from, from + hourMs, job.scrapeSeconds)));
    QCOMPARE(native.size(), qsizetype(hourMs / scrapeMs) + (from % scrapeMs == 0 ? 1 : 0));
    // A step finer than the scrape interval returns the same samples again: there is nothing in between.
    const QMap<qint64, double> fine = gpu0(metricsOf(job.id, windowBody(from, from + hourMs, 1)));
    for (auto it = fine.cbegin(); it != fine.cend(); ++it)
        QCOMPARE(it.value(), native.value(it.key() / scrapeMs * scrapeMs));
}

void TestMockServer::coarseStepSkipsSamplesItDoesNotAverage()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv"));
    const qint64 from = job.startMs + 2 * hourMs;
    const QMap<qint64, double> native = gpu0(metricsOf(job.id, windowBody(from, from + 6 * hourMs, 15)));
    const QMap<qint64, double> coarse = gpu0(metricsOf(job.id, windowBody(from, from + 6 * hourMs, 600)));
    QVERIFY(coarse.size() >= 35);
    // Each coarse point is the latest sample at or before its instant, exactly: no mean of the samples
    // between.
    for (auto it = coarse.cbegin(); it != coarse.cend(); ++it) {
        QCOMPARE(it.key() % 600'000, 0);
        QVERIFY2(native.contains(it.key()), "600 s is a multiple of the scrape interval");
        QCOMPARE(it.value(), native.value(it.key()));
    }
}

void TestMockServer::coarseStepMissesShortDips()
{
    // The completed two-node job evaluates for three minutes every 45 minutes: a dip at native resolution.
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv"));
    const qint64 from = job.startMs + hourMs;
    const QMap<qint64, double> native = gpu0(metricsOf(job.id, windowBody(from, from + 24 * hourMs, 15)));
    QVERIFY(dipsBelow(native, 0.5) >= 30);
    // Find a dip that no hourly step instant lands in: its samples lie strictly between two instants.
    constexpr qint64 step = 3600;
    std::optional<std::pair<qint64, qint64>> missed;
    qint64 dipStart = -1;
    for (auto it = native.cbegin(); it != native.cend() && !missed; ++it) {
        if (it.value() < 0.5 && dipStart < 0)
            dipStart = it.key();
        if (it.value() >= 0.5 && dipStart >= 0) {
            // An instant at or after the dip's first sample and before the first sample after it sees the
            // dip.
            const qint64 firstInstant = (dipStart + step * 1000 - 1) / (step * 1000) * (step * 1000);
            if (firstInstant >= it.key())
                missed = std::pair(dipStart, it.key());
            dipStart = -1;
        }
    }
    QVERIFY2(missed, "some dip falls between hourly instants");
    // Half an hour either side holds this dip and no other (they are 45 minutes apart): at native resolution
    // the window shows it; at an hourly step it shows nothing, as the real store would answer.
    const qint64 lo = missed->first - hourMs / 2;
    const qint64 hi = missed->second + hourMs / 2;
    const QMap<qint64, double> coarse = gpu0(metricsOf(job.id, windowBody(lo, hi, step)));
    QVERIFY(!coarse.isEmpty());
    for (double v : coarse)
        QVERIFY2(v >= 0.5, qPrintable(QString::number(v)));
    const QMap<qint64, double> fine = gpu0(metricsOf(job.id, windowBody(lo, hi, 15)));
    QVERIFY(*std::min_element(fine.cbegin(), fine.cend()) < 0.5);
}

void TestMockServer::tooManyPointsIsRefused()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv"));
    // 3 days at one second: far over the limit. Refused at once, naming the limit, like the real store.
    const Reply refused = call("POST", metricsPath(job.id), R"({"step_seconds": 1})");
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("11,000"), refused.body.constData());
    // Exactly at the limit is answered.
    const qint64 from = job.startMs + hourMs;
    const qint64 at = from / 1000 * 1000 + qint64(MockMetricsWriter::maxPointsPerSeries - 1) * 1000;
    QCOMPARE(call("POST", metricsPath(job.id), windowBody(from / 1000 * 1000, at, 1)).status, 200);
    QCOMPARE(call("POST", metricsPath(job.id), windowBody(from / 1000 * 1000, at + 1000, 1)).status, 400);
}

void TestMockServer::derivedStepGrowsWithWindow()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("a7s3d5f")); // completed, 3 days
    const auto pointsFor = [&](qint64 spanMs) {
        const QJsonObject body =
            metricsOf(job.id, QByteArray("{\"start_epoch_millis\":") + QByteArray::number(job.startMs) +
                                  ",\"end_epoch_millis\":" + QByteArray::number(job.startMs + spanMs) + "}");
        return timesOf(body.value(QStringLiteral("cpu_usage")).toArray());
    };
    const QList<qint64> shortWindow = pointsFor(hourMs);
    const QList<qint64> longWindow = pointsFor(72 * hourMs);
    QVERIFY(shortWindow.size() >= 300 && shortWindow.size() <= MockMetricsWriter::derivedMaxPoints);
    QVERIFY(longWindow.size() >= 300 && longWindow.size() <= MockMetricsWriter::derivedMaxPoints);
    QVERIFY(longWindow[1] - longWindow[0] > shortWindow[1] - shortWindow[0]);
    // Fine explicit step over the short window returns more than the derived step over the long one.
    const QJsonObject fine =
        metricsOf(job.id, QByteArray("{\"start_epoch_millis\":") + QByteArray::number(job.startMs) +
                              ",\"end_epoch_millis\":" + QByteArray::number(job.startMs + hourMs) +
                              ",\"step_seconds\":2}");
    QVERIFY(fine.value(QStringLiteral("cpu_usage")).toArray().size() > longWindow.size());
}

void TestMockServer::getWithQueryParameters()
{
    const MockJob &job = *m_server->dataset().job(QStringLiteral("p7qr9qv"));
    const qint64 start = job.startMs + hourMs;
    const QString path = metricsPath(job.id) + QStringLiteral("?start_epoch_millis=") +
                         QString::number(start) + QStringLiteral("&end_epoch_millis=") +
                         QString::number(start + hourMs) + QStringLiteral("&step_seconds=60");
    const Reply get = call("GET", path);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json().value(QStringLiteral("cpu_usage")).toArray().size(), 61);
    const Reply post =
        call("POST", metricsPath(job.id),
             QByteArray("{\"start_epoch_millis\":") + QByteArray::number(start) +
                 ",\"end_epoch_millis\":" + QByteArray::number(start + hourMs) + ",\"step_seconds\":60}");
    QCOMPARE(post.body, get.body);
    QCOMPARE(call("GET", metricsPath(job.id) + QStringLiteral("?start_epoch_millis=abc")).status, 422);
}

void TestMockServer::determinism()
{
    const QString id = MockDataset::multinodeRunningJobId();
    const QByteArray window = QByteArray("{\"start_epoch_millis\":") +
                              QByteArray::number(demoNowMs - 3 * hourMs) +
                              ",\"end_epoch_millis\":" + QByteArray::number(demoNowMs - hourMs) + "}";
    const Reply first = call("POST", metricsPath(id), window);
    const Reply second = call("POST", metricsPath(id), window);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, second.body);

    // An independent server with the same seed and clock answers the same bytes; another seed does not.
    const auto bodyFor = [&](quint64 seed) {
        MockServerOptions options;
        options.seed = seed;
        return onServerOfItsOwn(options, "POST", metricsPath(id), window).body;
    };
    QCOMPARE(bodyFor(1), first.body);
    QVERIFY(bodyFor(2) != first.body);
}

// The server hands a large answer to the kernel a little at a time (a short write cannot hold a core for
// long); the client must still get every byte, the same bytes the system's own buffer would send.
void TestMockServer::anAnswerSentInSmallPiecesArrivesWhole()
{
    const QString id = MockDataset::multinodeRunningJobId();
    const QByteArray window =
        QByteArray("{\"start_epoch_millis\":") + QByteArray::number(demoNowMs - 6 * hourMs) +
        ",\"end_epoch_millis\":" + QByteArray::number(demoNowMs) + ",\"step_seconds\":15}";
    const auto bodyFor = [&](int sendBufferBytes) {
        MockServerOptions options;
        options.sendBufferBytes = sendBufferBytes;
        const Reply reply = onServerOfItsOwn(options, "POST", metricsPath(id), window);
        [&] {
            QCOMPARE(reply.status, 200);
        }();
        return reply.body;
    };
    // A buffer smaller than two of loopback's 64 KiB segments waits for the client's delayed ACK at every
    // write (40 ms: 4.4 s for this answer), hence 64 KiB here and four times that by default.
    const QByteArray pieces = bodyFor(64 * 1024);
    const QByteArray whole = bodyFor(0);
    // Several megabytes: dozens of writes through a buffer of 64 KiB (128 KiB as the kernel keeps it).
    QVERIFY2(whole.size() > 3 * 1024 * 1024, qPrintable(QString::number(whole.size())));
    QCOMPARE(pieces.size(), whole.size());
    QVERIFY(pieces == whole);
    QCOMPARE(
        QJsonDocument::fromJson(pieces).object().value(QStringLiteral("per_node_metrics")).toArray().size(),
        4);
}

void TestMockServer::runningJobGrowsWithClock()
{
    const QString id = MockDataset::singleNodeRunningJobId();
    const auto lastTime = [&] {
        const QList<qint64> times =
            timesOf(metricsOf(id, R"({"step_seconds": 60})").value(QStringLiteral("cpu_usage")).toArray());
        return times.isEmpty() ? qint64(-1) : times.last();
    };
    const qint64 before = lastTime();
    QCOMPARE(before, m_now->load() / 60000 * 60000);
    m_now->fetch_add(10 * 60 * 1000);
    const qint64 after = lastTime();
    m_now->store(demoNowMs);
    QCOMPARE(after, before + 10 * 60 * 1000);
}

void TestMockServer::pendingJobIsEmpty()
{
    const QJsonObject body = metricsOf(MockDataset::pendingJobId());
    QVERIFY(body.value(QStringLiteral("gpu_utilization")).toObject().isEmpty());
    QVERIFY(body.value(QStringLiteral("gpu_memory_usage_bytes")).toObject().isEmpty());
    QVERIFY(body.value(QStringLiteral("cpu_usage")).toArray().isEmpty());
    QVERIFY(body.value(QStringLiteral("ephemeral_storage"))
                .toObject()
                .value(QStringLiteral("usage_bytes"))
                .toArray()
                .isEmpty());
    QVERIFY(body.value(QStringLiteral("per_node_metrics")).toArray().isEmpty());
}

void TestMockServer::multinodeJob()
{
    const MockJob &job = *m_server->dataset().job(MockDataset::multinodeRunningJobId());
    QCOMPARE(job.nodeCount, 4);
    QCOMPARE(job.status, QStringLiteral("TRAINING_JOB_RUNNING"));
    const QJsonObject body = metricsOf(job.id, QByteArray("{\"start_epoch_millis\":") +
                                                   QByteArray::number(demoNowMs - 2 * hourMs) + "}");
    const QJsonArray nodes = body.value(QStringLiteral("per_node_metrics")).toArray();
    QCOMPARE(nodes.size(), 4);
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes[i].toObject();
        QCOMPARE(node.value(QStringLiteral("node_id")).toString(), QStringLiteral("node-%1").arg(i));
        const QJsonObject metrics = node.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("gpu_utilization")).toObject().size(), 8);
        QCOMPARE(metrics.value(QStringLiteral("gpu_memory_usage_bytes")).toObject().size(), 8);
    }
    // The top level is the leader's.
    QCOMPARE(body.value(QStringLiteral("gpu_utilization")), nodes[0]
                                                                .toObject()
                                                                .value(QStringLiteral("metrics"))
                                                                .toObject()
                                                                .value(QStringLiteral("gpu_utilization")));
    QCOMPARE(
        body.value(QStringLiteral("training_job")).toObject().value(QStringLiteral("node_count")).toInt(), 4);

    // Rank 5 of node 1 straggles: its mean utilization is clearly below its peers'.
    const auto mean = [&](int node, const QString &rank) {
        double sum = 0;
        const QJsonArray series = nodes[node]
                                      .toObject()
                                      .value(QStringLiteral("metrics"))
                                      .toObject()
                                      .value(QStringLiteral("gpu_utilization"))
                                      .toObject()
                                      .value(rank)
                                      .toArray();
        for (const QJsonValue &point : series)
            sum += point.toObject().value(QStringLiteral("value")).toDouble();
        return sum / double(series.size());
    };
    QVERIFY(mean(1, QStringLiteral("5")) < 0.92 * mean(1, QStringLiteral("4")));
    QVERIFY(mean(0, QStringLiteral("5")) > 0.95 * mean(0, QStringLiteral("4")));
}

void TestMockServer::instanceTypesFollowSpec()
{
    const QStringList required = requiredFieldsOf(QStringLiteral("InstanceTypeV1"));
    const Reply reply = call("GET", QStringLiteral("/v1/instance_types"));
    QCOMPARE(reply.status, 200);
    const QJsonArray types = reply.json().value(QStringLiteral("instance_types")).toArray();
    QVERIFY(types.size() >= 2);
    for (const QJsonValue &type : types) {
        for (const QString &key : required)
            QVERIFY2(type.toObject().contains(key), qPrintable(key));
    }
    // Every demo job runs on one of them.
    for (const MockJob &job : m_server->dataset().jobs()) {
        QVERIFY(std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) {
            return t.toObject().value(QStringLiteral("id")).toString() == job.instanceType.id;
        }));
    }
    QCOMPARE(call("POST", QStringLiteral("/v1/instance_types"), "{}").status, 405);
}

void TestMockServer::singleNodeVariants()
{
    const QJsonObject empty = metricsOf(MockDataset::emptyPerNodeJobId());
    QVERIFY(empty.value(QStringLiteral("per_node_metrics")).toArray().isEmpty());
    QVERIFY(!empty.value(QStringLiteral("cpu_usage")).toArray().isEmpty());
    QVERIFY(empty.value(QStringLiteral("cache")).isNull());

    const QJsonObject offset = metricsOf(MockDataset::offsetTimestampJobId());
    const QString timestamp = offset.value(QStringLiteral("cpu_usage"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("timestamp"))
                                  .toString();
    QVERIFY2(timestamp.endsWith(QLatin1String("+00:00")) && timestamp.contains(QLatin1Char('.')),
             qPrintable(timestamp));
    QVERIFY(parseTimestamp(timestamp) > 0);
    QCOMPARE(offset.value(QStringLiteral("per_node_metrics")).toArray().size(), 1);

    const QJsonObject failed = metricsOf(MockDataset::failedJobId());
    QVERIFY(failed.value(QStringLiteral("training_job"))
                .toObject()
                .value(QStringLiteral("error_message"))
                .toString()
                .contains(QLatin1String("CUDA out of memory")));
}

void TestMockServer::requestLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MockServerOptions options;
    options.logRequestsPath = dir.filePath(QStringLiteral("requests.jsonl"));
    MockBasetenServer server(options);
    QVERIFY(server.listen() != 0);
    const QString path = metricsPath(MockDataset::failedJobId());
    QCOMPARE(
        call(server.baseUrl(), "POST", path, R"({"start_epoch_millis":null})", "Api-Key demo-key").status,
        200);
    QCOMPARE(
        call(server.baseUrl(), "GET", QStringLiteral("/v1/training_projects?x=1"), {}, "Api-Key demo-key")
            .status,
        200);

    QFile file(options.logRequestsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(first.value(QStringLiteral("body")).toString(),
             QStringLiteral(R"({"start_epoch_millis":null})"));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(QStringLiteral("query")).toString(), QStringLiteral("x=1"));
    QCOMPARE(server.loggedRequests().size(), 2);
}

void TestMockServer::latencyDelaysAnswer()
{
    MockServerOptions options;
    options.latencyMs = 500;
    MockBasetenServer server(options);
    QVERIFY(server.listen() != 0);
    // Two requests in flight at once finish together: the delay does not serialise the server.
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(server.baseUrl().resolved(QUrl(QStringLiteral("/v1/training_projects"))));
    request.setRawHeader("Authorization", "Api-Key demo-key");
    QNetworkReply *a = m_nam.get(request);
    QNetworkReply *b = m_nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 10000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(elapsed >= 490, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 990, qPrintable(QString::number(elapsed)));
    a->deleteLater();
    b->deleteLater();
}

void TestMockServer::rateLimit()
{
    MockServerOptions options;
    options.rateLimitEvery = 3;
    MockBasetenServer server(options);
    QVERIFY(server.listen() != 0);
    QList<int> statuses;
    Reply limited;
    for (int i = 0; i < 6; ++i) {
        const Reply reply =
            call(server.baseUrl(), "GET", QStringLiteral("/v1/training_projects"), {}, "Api-Key demo-key");
        statuses.append(reply.status);
        if (reply.status == 429)
            limited = reply;
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 429, 200, 200, 429}));
    QCOMPARE(limited.retryAfter, QByteArray("1"));
    QCOMPARE(limited.json().value(QStringLiteral("retry_after")).toInt(), 1);
    QVERIFY(limited.json().value(QStringLiteral("error")).isString());
}

void TestMockServer::failRate()
{
    const auto statusesFor = [&](quint64 seed) {
        MockServerOptions options;
        options.failRate = 0.5;
        options.seed = seed;
        MockBasetenServer server(options);
        [&] {
            QVERIFY(server.listen() != 0);
        }();
        QList<int> statuses;
        for (int i = 0; i < 20; ++i)
            statuses.append(
                call(server.baseUrl(), "GET", QStringLiteral("/v1/training_projects"), {}, "Api-Key demo-key")
                    .status);
        return statuses;
    };
    const QList<int> statuses = statusesFor(7);
    QCOMPARE(statusesFor(7), statuses);
    QVERIFY(statuses.contains(200));
    QVERIFY(statuses.contains(500) || statuses.contains(503));
    for (const int status : statuses)
        QVERIFY(status == 200 || status == 500 || status == 503);
}

void TestMockServer::serverThread()
{
    MockServerThread thread;
    MockServerOptions options;
    options.latencyMs = 50;
    const QUrl url = thread.start(options);
    QVERIFY(url.isValid() && !url.isEmpty());
    QCOMPARE(url, thread.baseUrl());
    const Reply reply =
        call(url, "POST", metricsPath(MockDataset::multinodeRunningJobId()), "{}", "Api-Key demo-key");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("per_node_metrics")).toArray().size(), 4);
    QCOMPARE(thread.server()->loggedRequests().size(), 1);
    thread.stop();
    QVERIFY(thread.baseUrl().isEmpty());
}

void TestMockServer::syntheticPayloadIsFast()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray payload = MockMetricsWriter::syntheticPayload(4, 8, 2000);
    const qint64 elapsed = timer.elapsed();
    qInfo("4 nodes x 8 GPUs x 2000 points: %lld bytes in %lld ms", qint64(payload.size()), elapsed);
    QVERIFY(elapsed < 1000);
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    const QJsonArray nodes = body.value(QStringLiteral("per_node_metrics")).toArray();
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes[3]
                 .toObject()
                 .value(QStringLiteral("metrics"))
                 .toObject()
                 .value(QStringLiteral("gpu_utilization"))
                 .toObject()
                 .value(QStringLiteral("7"))
                 .toArray()
                 .size(),
             2000);
    QCOMPARE(payload, MockMetricsWriter::syntheticPayload(4, 8, 2000));
}

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
