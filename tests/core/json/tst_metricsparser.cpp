// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/MetricsParser.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TRAINSCOPE_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

// The fixtures' series start here and step 10 s.
const qint64 Start = utcMs(2026, 3, 1, 12, 0, 0);
constexpr qint64 Step = 10'000;
constexpr double GiB = 1024.0 * 1024 * 1024;
constexpr double MiB = 1024.0 * 1024;

std::vector<int> ranks(const std::map<int, Series> &map)
{
    std::vector<int> out;
    for (const auto &[rank, s] : map)
        out.push_back(rank);
    return out;
}

void verifyRegularTimes(const Series &s, std::size_t n)
{
    QCOMPARE(s.size(), n);
    for (std::size_t i = 0; i < n; ++i)
        QCOMPARE(s.times()[i], Start + qint64(i) * Step);
}

} // namespace

class TestMetricsParser : public QObject
{
    Q_OBJECT

private slots:
    void singleNode();
    void multinode();
    void outOfOrderIsRepairedWithAWarning();
    void bufferReuseLeavesNoStaleData();
    void warmUpParsesItsMadeUpAnswer();
    void badFixtures_data();
    void badFixtures();
    void badInline_data();
    void badInline();
    void fuzzRegressions();
};

void TestMetricsParser::singleNode()
{
    const ApiResult<MetricsResponse> result = MetricsParser::parse(fixture("metrics-single-node.json"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    const MetricsResponse &r = result.value();

    const TrainingJob &job = r.job;
    QCOMPARE(job.id, QStringLiteral("job-42"));
    QCOMPARE(job.name, QStringLiteral("sft-run-3"));
    QCOMPARE(job.projectId, QStringLiteral("proj-7"));
    QCOMPARE(job.projectName, QStringLiteral("llama-sft"));
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.statusText, QStringLiteral("TRAINING_JOB_COMPLETED"));
    QCOMPARE(job.createdAtMs, utcMs(2026, 3, 1, 11, 58, 0, 250));
    QCOMPARE(job.updatedAtMs, utcMs(2026, 3, 1, 12, 0, 0)); // sent as 13:00+01:00
    QVERIFY(job.errorMessage.isEmpty());
    QVERIFY(job.userEmail.isEmpty());            // "user": null
    QVERIFY(job.checkpointSyncStatus.isEmpty()); // null
    QCOMPARE(job.priority, qint64(0));           // null is 0
    QCOMPARE(job.nodeCount, std::nullopt);
    QCOMPARE(job.instanceType.id, QStringLiteral("H100x8"));
    QCOMPARE(job.instanceType.name, QStringLiteral("8x H100 80GB"));
    QCOMPARE(job.instanceType.memoryLimitMib, qint64(1966080));
    QCOMPARE(job.instanceType.millicpuLimit, qint64(192000));
    QCOMPARE(job.instanceType.gpuCount, 8);
    QCOMPARE(job.instanceType.gpuType, QStringLiteral("H100"));
    QCOMPARE(job.instanceType.gpuMemoryLimitMib, std::optional<qint64>(81920));

    // per_node_metrics is empty: the leader's series are the one node to show.
    QVERIFY(r.nodes.empty());
    const std::vector<const NodeMetrics *> shown = r.effectiveNodes();
    QCOMPARE(shown.size(), std::size_t(1));
    QCOMPARE(shown.front(), &r.leader);

    const NodeMetrics &n = r.leader;
    QCOMPARE(ranks(n.gpuUtilization), (std::vector<int>{0, 1}));
    QCOMPARE(ranks(n.gpuMemory), (std::vector<int>{0, 1}));
    verifyRegularTimes(n.gpuUtilization.at(1), 6);
    QCOMPARE(n.gpuUtilization.at(1).values()[4], 0.014); // (rank*10 + i) / 1000
    QCOMPARE(n.gpuMemory.at(0).values()[3], 1 * GiB + 3 * MiB);
    QCOMPARE(n.gpuMemory.at(1).values()[5], 2 * GiB + 5 * MiB);
    QCOMPARE(n.cpuUsage.values()[2], 2.0); // 1.5 + i/4
    QCOMPARE(n.cpuMemory.values()[1], 8 * GiB + 4096);
    QCOMPARE(n.ephemeralUsage.values()[5], 1e9 + 5);
    QCOMPARE(n.ephemeralUtilization.values()[0], 0.25);

    QVERIFY(r.hasCache);
    verifyRegularTimes(r.cacheUsage, 6);
    QCOMPARE(r.cacheUsage.values()[2], 5e9 + 2);
    QCOMPARE(r.cacheUtilization.values()[2], 0.5);

    QVERIFY(r.warnings.isEmpty());
    // 2 ranks x 2 GPU metrics + 4 node series, 6 points each, plus 2 cache series.
    QCOMPARE(r.pointCount(), std::size_t((4 + 4 + 2) * 6));
    QCOMPARE(r.heldBytes(), r.pointCount() * 16);
}

void TestMetricsParser::multinode()
{
    const ApiResult<MetricsResponse> result = MetricsParser::parse(fixture("metrics-multinode.json"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    const MetricsResponse &r = result.value();

    // A status this build does not know is shown as sent, not refused.
    QCOMPARE(r.job.status, JobStatus::Unknown);
    QCOMPARE(r.job.statusText, QStringLiteral("TRAINING_JOB_HIBERNATING"));
    QCOMPARE(r.job.nodeCount, std::optional<int>(2));
    QCOMPARE(r.job.userEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(r.job.checkpointSyncStatus, QStringLiteral("SYNCING"));
    QCOMPARE(r.job.priority, qint64(2));
    QVERIFY(!r.hasCache);
    QVERIFY(r.cacheUsage.isEmpty());

    QCOMPARE(r.nodes.size(), std::size_t(2));
    QCOMPARE(r.effectiveNodes().size(), std::size_t(2));
    QCOMPARE(r.nodes[0].nodeId, QStringLiteral("node-0"));
    QCOMPARE(r.nodes[1].nodeId, QStringLiteral("node-1"));
    for (const NodeMetrics &n : r.nodes) {
        QCOMPARE(ranks(n.gpuUtilization), (std::vector<int>{0, 1, 2, 3}));
        QCOMPARE(ranks(n.gpuMemory), (std::vector<int>{0, 1, 2, 3}));
        verifyRegularTimes(n.gpuUtilization.at(3), 20);
        verifyRegularTimes(n.ephemeralUtilization, 20);
    }
    QCOMPARE(r.nodes[1].gpuUtilization.at(3).values()[17], 0.147); // (node*100 + rank*10 + i) / 1000
    QCOMPARE(r.nodes[0].gpuUtilization.at(2).values()[0], 0.02);
    // These points list "value" before "timestamp".
    verifyRegularTimes(r.nodes[0].gpuMemory.at(0), 20);
    QCOMPARE(r.nodes[0].gpuMemory.at(0).values()[5], 1 * GiB + 5 * MiB);
    QCOMPARE(r.job.instanceType.gpuMemoryLimitMib, std::optional<qint64>(81920));
    QCOMPARE(r.nodes[1].cpuUsage.values()[8], 4.5); // 1.5 + node + i/4
    QCOMPARE(r.leader.cpuUsage.values()[8], 3.5);

    // The leader's cpu_usage carries every timestamp form the API has been seen to send; all name the same
    // grid.
    verifyRegularTimes(r.leader.cpuUsage, 20);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.heldBytes(), r.pointCount() * 16);
}

void TestMetricsParser::outOfOrderIsRepairedWithAWarning()
{
    const ApiResult<MetricsResponse> result = MetricsParser::parse(fixture("metrics-out-of-order.json"));
    QVERIFY(result.ok());
    const Series &cpu = result.value().leader.cpuUsage;
    QCOMPARE(cpu.times(), (std::vector<qint64>{Start, Start + Step, Start + 2 * Step}));
    QCOMPARE(cpu.values(), (std::vector<double>{1.0, 2.5, 3.0}));
    QCOMPARE(cpu.heldBytes(), std::size_t(3 * 16));
    QCOMPARE(result.value().warnings.size(), 1);
    QVERIFY2(result.value().warnings.first().startsWith(QLatin1String("cpu_usage: ")),
             qPrintable(result.value().warnings.first()));
}

void TestMetricsParser::bufferReuseLeavesNoStaleData()
{
    // The parser reuses per-thread buffers: a small body after a big one must not see the big one's bytes.
    const ApiResult<MetricsResponse> big = MetricsParser::parse(fixture("metrics-multinode.json"));
    QVERIFY(big.ok());
    const ApiResult<MetricsResponse> small = MetricsParser::parse(fixture("metrics-single-node.json"));
    QVERIFY(small.ok());
    QCOMPARE(small.value().leader.cpuUsage.size(), std::size_t(6));
    const ApiResult<MetricsResponse> again = MetricsParser::parse(fixture("metrics-multinode.json"));
    QVERIFY(again.ok());
    QCOMPARE(again.value().nodes[1].gpuUtilization.at(3), big.value().nodes[1].gpuUtilization.at(3));
    // The buffer still holds the full body's bytes: a shorter one must end where its own bytes end.
    const QByteArray body = fixture("metrics-multinode.json");
    QVERIFY(!MetricsParser::parse(body.left(body.size() - 2)).ok());
}

void TestMetricsParser::warmUpParsesItsMadeUpAnswer()
{
    // The client warms its parse thread with a made-up answer: if that ever stopped parsing (a field the
    // parser comes to require), the warm-up would stop at the first error and leave the series' path cold.
    QVERIFY(MetricsParser::warmUp(256 * 1024));
    QVERIFY(MetricsParser::warmUp(10));
    // Real answers after it parse as before.
    const ApiResult<MetricsResponse> after = MetricsParser::parse(fixture("metrics-single-node.json"));
    QVERIFY(after.ok());
    QCOMPARE(after.value().leader.cpuUsage.size(), std::size_t(6));
}

void TestMetricsParser::badFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("detailPrefix");
    auto row = [](const char *file, const char *prefix) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(prefix);
    };
    row("metrics-bad-truncated.json", "truncated JSON");
    row("metrics-bad-truncated-at-brace.json", "cache.usage_bytes[7]: truncated or malformed JSON");
    row("metrics-bad-missing-field.json",
        "training_job.instance_type.gpu_memory_limit_mib: required field is missing");
    row("metrics-bad-missing-series.json",
        "per_node_metrics[0].metrics.cpu_usage: required field is missing");
    row("metrics-bad-wrong-type.json", "per_node_metrics[0].metrics.cpu_usage[5].value: expected a number");
    row("metrics-bad-nonfinite.json", "ephemeral_storage.utilization[2].value: not a finite number");
    row("metrics-bad-nan.json", "cpu_memory_usage_bytes[3].value: not a finite number (NaN");
    row("metrics-bad-timestamp.json",
        "per_node_metrics[1].metrics.gpu_utilization.\"3\"[17].timestamp: not an ISO-8601 date-time");
    row("metrics-bad-gpu-rank.json",
        "per_node_metrics[0].metrics.gpu_memory_usage_bytes.\"gpu1\": GPU rank is not");
    row("metrics-bad-utf8.json", "not valid UTF-8 (the first bad byte is at offset 42083)");
    row("metrics-bad-empty.json", "empty body");
    row("metrics-bad-html.json", "not JSON: the body starts with '<html>'");
}

void TestMetricsParser::badFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, detailPrefix);
    const ApiResult<MetricsResponse> result = MetricsParser::parse(fixture(qPrintable(file)));
    QVERIFY2(!result.ok(), "bad input was accepted");
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QVERIFY2(result.error().detail.startsWith(detailPrefix), qPrintable(result.error().detail));
    // What the banner shows carries the path too.
    QVERIFY(result.error().message().contains(result.error().detail));
}

void TestMetricsParser::badInline_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detailPrefix");
    const QByteArray good = fixture("metrics-single-node.json").trimmed();
    QTest::newRow("trailing content") << good + " {}" << QStringLiteral("unexpected content after");
    QTest::newRow("array at the top") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
    QTest::newRow("whitespace only") << QByteArray(" \r\n ") << QStringLiteral("empty body");
    QTest::newRow("cache a number") << QByteArray(good).replace("\"cache\": {", "\"cache\": 5, \"x\": {")
                                    << QStringLiteral("cache: expected an object");
    QTest::newRow("no cache field") << QByteArray(good).replace("\"cache\": {", "\"not_cache\": {")
                                    << QStringLiteral("cache: required field is missing");
    QTest::newRow("rank map an array")
        << QByteArray(good).replace("\"gpu_utilization\": {", "\"gpu_utilization\": [], \"x\": {")
        << QStringLiteral("gpu_utilization: expected an object");
    QTest::newRow("negative rank") << QByteArray(good).replace("\"gpu_utilization\": {\n  \"0\"",
                                                               "\"gpu_utilization\": {\n  \"-1\"")
                                   << QStringLiteral("gpu_utilization.\"-1\": GPU rank is not");
    QTest::newRow("point without value") << QByteArray(good).replace("\"value\": 1.5", "\"valeur\": 1.5")
                                         << QStringLiteral("cpu_usage[0].value: required field is missing");
    QTest::newRow("bad created_at") << QByteArray(good).replace("11:58:00.250Z", "11:58:00.250")
                                    << QStringLiteral("training_job.created_at: not an ISO-8601 date-time");
    QTest::newRow("status a number") << QByteArray(good).replace("\"TRAINING_JOB_COMPLETED\"", "3")
                                     << QStringLiteral("training_job.current_status: expected a string");
}

void TestMetricsParser::badInline()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detailPrefix);
    const ApiResult<MetricsResponse> result = MetricsParser::parse(body);
    QVERIFY2(!result.ok(), "bad input was accepted");
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QVERIFY2(result.error().detail.startsWith(detailPrefix), qPrintable(result.error().detail));
}

// Inputs the fuzzer once crashed or tripped a sanitizer on: each must end in a value or a readable error.
void TestMetricsParser::fuzzRegressions()
{
    const QDir dir(QStringLiteral(TRAINSCOPE_FIXTURES "/fuzz-regressions"));
    const QStringList files = dir.entryList({QStringLiteral("metrics-*")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ApiResult<MetricsResponse> r = MetricsParser::parse(f.readAll());
        if (!r.ok())
            QVERIFY2(!r.error().message().isEmpty(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestMetricsParser)
#include "tst_metricsparser.moc"
