// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockBasetenServer.h"
#include "mock/MockDataset.h"
#include "support/ApiSpec.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <memory>
#include <set>

namespace {

constexpr qint64 demoNowMs = 1795168800000; // 2026-11-20T10:00:00Z
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

struct Reply
{
    int status = 0;
    QJsonObject json;
};

qint64 timestampMs(const QJsonObject &line)
{
    return line.value(QStringLiteral("timestamp")).toString().toLongLong() / 1000000;
}

} // namespace

// The simulated server's checkpoints and logs: consistent with its metrics, paged and filtered as the spec
// says.
class TestMockEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkpointsFollowSpec();
    void checkpointsWhereStorageSteps();
    void stallingCheckpointsAreInTheDips();
    void logsFollowSpec();
    void logsPageWithoutGapsOrRepeats_data();
    void logsPageWithoutGapsOrRepeats();
    void minLevelDropsLinesWithoutLevel();
    void outOfMemoryErrorAtTheFailure();
    void preemptionIsAWarning();
    void invalidLogQueries_data();
    void invalidLogQueries();
    void defaultWindowIsTheLastHalfHour();

private:
    Reply get(const QString &jobId, const QString &what, const QUrlQuery &query = {});
    QJsonArray logs(const QString &jobId, const QUrlQuery &query)
    {
        const Reply reply = get(jobId, QStringLiteral("logs"), query);
        return reply.status == 200 ? reply.json.value(QStringLiteral("logs")).toArray() : QJsonArray();
    }
    const MockJob &job(const QString &id) const { return *m_server->dataset().job(id); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<MockBasetenServer> m_server;
};

Reply TestMockEvents::get(const QString &jobId, const QString &what, const QUrlQuery &query)
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1/training_projects/%1/jobs/%2/%3").arg(job(jobId).projectId, jobId, what));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Api-Key demo-key");
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

void TestMockEvents::initTestCase()
{
    MockServerOptions options;
    options.clock = [] {
        return demoNowMs;
    };
    m_server = std::make_unique<MockBasetenServer>(options);
    QVERIFY(m_server->listen() != 0);
}

void TestMockEvents::checkpointsFollowSpec()
{
    const QStringList required = requiredFieldsOf(QStringLiteral("TrainingJobCheckpointV1"));
    QVERIFY(required.contains(QStringLiteral("size_bytes")));
    const Reply reply = get(QStringLiteral("lx2m8kq"), QStringLiteral("checkpoints"));
    QCOMPARE(reply.status, 200);
    for (const QString &key : requiredFieldsOf(QStringLiteral("GetTrainingJobCheckpointsResponseV1")))
        QVERIFY2(reply.json.contains(key), qPrintable(key));
    const QJsonArray checkpoints = reply.json.value(QStringLiteral("checkpoints")).toArray();
    // A running job of 26 hours: one every 30 minutes, the newest still uploading.
    QCOMPARE(checkpoints.size(), 52);
    for (const QJsonValue &value : checkpoints) {
        const QJsonObject checkpoint = value.toObject();
        for (const QString &key : required)
            QVERIFY2(checkpoint.contains(key), qPrintable(key));
        QVERIFY(checkpoint.value(QStringLiteral("size_bytes")).toDouble() > 40.0 * (1 << 30));
    }
    QCOMPARE(checkpoints.last().toObject().value(QStringLiteral("sync_status")).toString(),
             QStringLiteral("SYNCING"));
    QCOMPARE(get(QStringLiteral("q1w9e7t"), QStringLiteral("checkpoints"))
                 .json.value(QStringLiteral("checkpoints"))
                 .toArray()
                 .size(),
             0); // a pending job wrote none
}

void TestMockEvents::checkpointsWhereStorageSteps()
{
    // The failed job ran 2 h 14 min: checkpoints at 30, 60, 90 and 120 minutes, where storage climbs 42 GiB.
    const MockJob &failed = job(MockDataset::failedJobId());
    const QJsonArray checkpoints =
        get(failed.id, QStringLiteral("checkpoints")).json.value(QStringLiteral("checkpoints")).toArray();
    QCOMPARE(checkpoints.size(), 4);
    for (int i = 0; i < checkpoints.size(); ++i) {
        const QJsonObject checkpoint = checkpoints[i].toObject();
        const qint64 at =
            QDateTime::fromString(checkpoint.value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                .toMSecsSinceEpoch();
        QCOMPARE(at, failed.startMs + (i + 1) * 30 * minuteMs);
        // Storage 15 s before and at the checkpoint: the step is the checkpoint's size, give or take noise.
        QNetworkRequest request(QUrl(
            m_server->baseUrl().toString() +
            QStringLiteral("/v1/training_projects/%1/jobs/%2/metrics").arg(failed.projectId, failed.id)));
        request.setRawHeader("Authorization", "Api-Key demo-key");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray body =
            QStringLiteral(R"({"start_epoch_millis":%1,"end_epoch_millis":%2,"step_seconds":15})")
                .arg(at - 15000)
                .arg(at)
                .toUtf8();
        QNetworkReply *reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        const QJsonArray usage = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QStringLiteral("ephemeral_storage"))
                                     .toObject()
                                     .value(QStringLiteral("usage_bytes"))
                                     .toArray();
        reply->deleteLater();
        QCOMPARE(usage.size(), 2);
        const double step = usage[1].toObject().value(QStringLiteral("value")).toDouble() -
                            usage[0].toObject().value(QStringLiteral("value")).toDouble();
        const double size = checkpoint.value(QStringLiteral("size_bytes")).toDouble();
        QVERIFY2(std::abs(step - size) < 128.0 * 1024 * 1024, qPrintable(QString::number(step - size)));
    }
}

void TestMockEvents::stallingCheckpointsAreInTheDips()
{
    // p7qr9qv writes its checkpoints during the dips: the log has a watchdog warning for each.
    const MockJob &stalls = job(QStringLiteral("p7qr9qv"));
    const QJsonArray checkpoints =
        get(stalls.id, QStringLiteral("checkpoints")).json.value(QStringLiteral("checkpoints")).toArray();
    QVERIFY(checkpoints.size() > 20);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(stalls.startMs));
    query.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(stalls.startMs + 6 * hourMs));
    query.addQueryItem(QStringLiteral("min_level"), QStringLiteral("WARNING"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    int watchdog = 0;
    for (const QJsonValue &line : logs(stalls.id, query))
        watchdog +=
            line.toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("NCCL"));
    QVERIFY(watchdog >= 5);
}

void TestMockEvents::logsFollowSpec()
{
    const QStringList required = requiredFieldsOf(QStringLiteral("LogV1"));
    QVERIFY(required.contains(QStringLiteral("timestamp")));
    const QJsonArray lines = logs(QStringLiteral("lx2m8kq"), {});
    QVERIFY(lines.size() > 20);
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        for (const QString &key : required)
            QVERIFY2(line.contains(key), qPrintable(key));
        bool ok = false;
        line.value(QStringLiteral("timestamp")).toString().toLongLong(&ok);
        QVERIFY(ok); // epoch nanoseconds, as a string
    }
}

void TestMockEvents::logsPageWithoutGapsOrRepeats_data()
{
    QTest::addColumn<QString>("direction");
    QTest::newRow("oldest first") << QStringLiteral("asc");
    QTest::newRow("newest first") << QStringLiteral("desc");
}

void TestMockEvents::logsPageWithoutGapsOrRepeats()
{
    QFETCH(QString, direction);
    const bool descending = direction == QLatin1String("desc");
    const MockJob &failed = job(MockDataset::failedJobId());
    qint64 from = failed.createdAtMs;
    qint64 to = failed.endMs + hourMs;
    const auto page = [&](qint64 start, qint64 end, int limit) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(start));
        query.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(end));
        query.addQueryItem(QStringLiteral("direction"), direction);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return logs(failed.id, query);
    };
    const QJsonArray all = page(from, to, 1000);
    QVERIFY(all.size() > 150 && all.size() < 1000);
    std::set<QString> seen;
    QStringList paged;
    for (int guard = 0; guard < 100; ++guard) {
        const QJsonArray lines = page(from, to, 37);
        QVERIFY(lines.size() <= 37);
        for (const QJsonValue &line : lines) {
            const QString stamp = line.toObject().value(QStringLiteral("timestamp")).toString();
            if (seen.insert(stamp).second)
                paged.append(stamp);
        }
        if (lines.size() < 37)
            break;
        // The next page starts where this one ended (inclusive: a millisecond may hold more lines).
        const qint64 edge = timestampMs(lines.last().toObject());
        (descending ? to : from) = edge;
    }
    QStringList expected;
    for (const QJsonValue &line : all)
        expected.append(line.toObject().value(QStringLiteral("timestamp")).toString());
    QCOMPARE(paged, expected);
    for (qsizetype i = 1; i < expected.size(); ++i)
        QCOMPARE(expected[i].toLongLong() < expected[i - 1].toLongLong(), descending);
}

void TestMockEvents::minLevelDropsLinesWithoutLevel()
{
    const MockJob &running = job(MockDataset::multinodeRunningJobId());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(demoNowMs - 3 * hourMs));
    query.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(demoNowMs));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    const QJsonArray all = logs(running.id, query);
    int withoutLevel = 0;
    for (const QJsonValue &line : all)
        withoutLevel += line.toObject().value(QStringLiteral("level")).isNull();
    QVERIFY(withoutLevel >= 170); // a step line a minute
    const QStringList levels{QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARNING"),
                             QStringLiteral("ERROR")};
    qsizetype previous = all.size() - withoutLevel + 1;
    for (const QString &minimum : levels) {
        QUrlQuery filtered = query;
        filtered.addQueryItem(QStringLiteral("min_level"), minimum);
        const QJsonArray lines = logs(running.id, filtered);
        QVERIFY(lines.size() < previous);
        previous = lines.size();
        for (const QJsonValue &line : lines)
            QVERIFY(levels.indexOf(line.toObject().value(QStringLiteral("level")).toString()) >=
                    levels.indexOf(minimum));
        if (minimum == QLatin1String("WARNING"))
            QVERIFY(lines.size() >= 17); // the lagging rank, every 10 minutes
    }
}

void TestMockEvents::outOfMemoryErrorAtTheFailure()
{
    const MockJob &failed = job(MockDataset::failedJobId());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(failed.createdAtMs));
    query.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(failed.endMs + hourMs));
    query.addQueryItem(QStringLiteral("min_level"), QStringLiteral("ERROR"));
    const QJsonArray errors = logs(failed.id, query);
    QCOMPARE(errors.size(), 2);
    const QJsonObject oom = errors.first().toObject();
    QVERIFY(oom.value(QStringLiteral("message")).toString().contains(QLatin1String("CUDA out of memory")));
    QCOMPARE(timestampMs(oom), failed.endMs);
    QCOMPARE(oom.value(QStringLiteral("replica")).toString(), QStringLiteral("node-0"));
}

void TestMockEvents::preemptionIsAWarning()
{
    const MockJob &preempted = job(QStringLiteral("k4t8y2z"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(preempted.endMs - hourMs));
    query.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(preempted.endMs + hourMs));
    query.addQueryItem(QStringLiteral("min_level"), QStringLiteral("WARNING"));
    const QJsonArray lines = logs(preempted.id, query);
    QVERIFY(!lines.isEmpty());
    const QJsonObject last = lines.last().toObject();
    QCOMPARE(last.value(QStringLiteral("level")).toString(), QStringLiteral("WARNING"));
    QVERIFY(last.value(QStringLiteral("message")).toString().contains(QLatin1String("preempted")));
}

void TestMockEvents::invalidLogQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("window over 7 days") << QStringLiteral("start_epoch_millis=%1&end_epoch_millis=%2")
                                               .arg(demoNowMs - 7 * dayMs - 1)
                                               .arg(demoNowMs);
    QTest::newRow("end before start") << QStringLiteral("start_epoch_millis=2000&end_epoch_millis=1000");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001");
    QTest::newRow("limit text") << QStringLiteral("limit=ten");
    QTest::newRow("direction") << QStringLiteral("direction=up");
    QTest::newRow("min_level") << QStringLiteral("min_level=warn");
}

void TestMockEvents::invalidLogQueries()
{
    QFETCH(QString, query);
    const Reply reply = get(QStringLiteral("lx2m8kq"), QStringLiteral("logs"), QUrlQuery(query));
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json.value(QStringLiteral("error")).isString());
    // Exactly seven days is allowed.
    QUrlQuery week;
    week.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(demoNowMs - 7 * dayMs));
    week.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(demoNowMs));
    QCOMPARE(get(QStringLiteral("lx2m8kq"), QStringLiteral("logs"), week).status, 200);
}

void TestMockEvents::defaultWindowIsTheLastHalfHour()
{
    const QJsonArray lines = logs(MockDataset::multinodeRunningJobId(), {});
    QVERIFY(!lines.isEmpty());
    for (const QJsonValue &line : lines) {
        const qint64 at = timestampMs(line.toObject());
        QVERIFY(at >= demoNowMs - 30 * minuteMs && at <= demoNowMs);
    }
}

QTEST_GUILESS_MAIN(TestMockEvents)
#include "tst_mockevents.moc"
