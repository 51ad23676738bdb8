// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/ApiJsonParser.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TRAINSCOPE_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QByteArray logsBody(const QByteArray &lines)
{
    return "{\"logs\":[" + lines + "]}";
}

QByteArray logLine(const QByteArray &timestamp, const QByteArray &message,
                   const QByteArray &level = "\"INFO\"")
{
    return R"({"timestamp":)" + timestamp + R"(,"message":)" + message + R"(,"replica":"node-0","level":)" +
           level + "}";
}

QByteArray checkpointsBody(const QByteArray &checkpoint)
{
    QByteArray job = fixture("job.json"); // a GetTrainingJobResponseV1: its training_job is a TrainingJobV1
    const qsizetype at = job.indexOf("\"training_job\"");
    job = job.mid(job.indexOf('{', at));
    job.chop(job.size() - job.lastIndexOf('}'));
    return "{\"training_job\":" + job + ",\"checkpoints\":[" + checkpoint + "]}";
}

QByteArray checkpoint(const QByteArray &id, const QByteArray &size, const QByteArray &createdAt)
{
    return R"({"checkpoint_id":)" + id + R"(,"created_at":)" + createdAt +
           R"(,"checkpoint_type":"full","base_model":null,"lora_adapter_config":{"r":16},"size_bytes":)" +
           size + R"(,"sync_status":"COMPLETE","training_job_id":"r3k8d2w"})";
}

} // namespace

// Checkpoints and logs are server text and server numbers: read within bounds, or refused with an error
// naming the JSON path, never a crash or a megabyte on screen.
class TestEventParser : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsAreReadOldestFirst();
    void logLinesAreRead();
    void escapeSequencesAreStripped();
    void aHugeMessageIsCut();
    void hostileAnswersAreClearErrors_data();
    void hostileAnswersAreClearErrors();
    void tooManyLinesAreRefused();
};

void TestEventParser::checkpointsAreReadOldestFirst()
{
    const auto result = ApiJsonParser::checkpoints(
        checkpointsBody(checkpoint("\"b\"", "45097156608", "\"2026-11-20T11:00:00Z\"") + "," +
                        checkpoint("\"a\"", "45097156609", "\"2026-11-20T10:30:00Z\"")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result.value().size(), std::size_t(2));
    QCOMPARE(result.value()[0].id, QStringLiteral("a"));
    QCOMPARE(result.value()[0].sizeBytes, 45097156609);
    QCOMPARE(result.value()[0].createdAtMs, 1795170600000);
    QCOMPARE(result.value()[1].syncStatus, QStringLiteral("COMPLETE"));
}

void TestEventParser::logLinesAreRead()
{
    const auto result = ApiJsonParser::logs(logsBody(
        logLine("\"1795170600123456789\"", "\"Saved checkpoint\"") + "," +
        R"({"timestamp":"1795170600123456790","message":"step 12","replica":null,"request_id":null,"level":null})" +
        "," + logLine("\"1795170600123456791\"", "\"new level\"", "\"TRACE\"")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    const std::vector<LogLine> &lines = result.value();
    QCOMPARE(lines.size(), std::size_t(3));
    QCOMPARE(lines[0].timeNs, 1795170600123456789);
    QCOMPARE(lines[0].timeMs(), 1795170600123);
    QCOMPARE(lines[0].level, LogLevel::Info);
    QCOMPARE(lines[0].replica, QStringLiteral("node-0"));
    QCOMPARE(lines[1].level, LogLevel::None);
    QVERIFY(lines[1].replica.isEmpty());
    QCOMPARE(lines[2].level, LogLevel::None); // a level the app does not know yet is no level, not an error
}

void TestEventParser::escapeSequencesAreStripped()
{
    const auto result = ApiJsonParser::logs(logsBody(
        logLine("\"1\"", R"("\u001b[32mstep 12\u001b[0m | loss \u001b]0;pwned\u0007 1.2\u0000\u202e")")));
    QVERIFY(result.ok());
    QCOMPARE(result.value()[0].message, QStringLiteral("step 12 | loss  1.2"));
}

void TestEventParser::aHugeMessageIsCut()
{
    const QByteArray huge(5 * 1024 * 1024, 'x');
    const auto result = ApiJsonParser::logs(logsBody(logLine("\"1\"", "\"" + huge + "\"")));
    QVERIFY(result.ok());
    QVERIFY(result.value()[0].message.size() <= 4097);
    QVERIFY(result.value()[0].message.endsWith(QStringLiteral("…")));
}

void TestEventParser::hostileAnswersAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("logs");
    QTest::addColumn<QString>("path");
    QTest::newRow("timestamp text") << logsBody(logLine("\"soon\"", "\"x\"")) << true
                                    << QStringLiteral("logs[0].timestamp");
    QTest::newRow("timestamp number")
        << logsBody(logLine("1795170600", "\"x\"")) << true << QStringLiteral("logs[0].timestamp");
    QTest::newRow("timestamp overflow") << logsBody(logLine("\"99999999999999999999999\"", "\"x\"")) << true
                                        << QStringLiteral("logs[0].timestamp");
    QTest::newRow("timestamp negative")
        << logsBody(logLine("\"-5\"", "\"x\"")) << true << QStringLiteral("logs[0].timestamp");
    QTest::newRow("message missing") << logsBody(R"({"timestamp":"1","replica":null})") << true
                                     << QStringLiteral("logs[0]");
    QTest::newRow("message object") << logsBody(logLine("\"1\"", "{\"a\":1}")) << true
                                    << QStringLiteral("logs[0].message");
    QTest::newRow("logs not a list") << QByteArray(R"({"logs":{"a":1}})") << true << QStringLiteral("logs");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << true << QString();
    QTest::newRow("huge checkpoint id")
        << checkpointsBody(
               checkpoint("\"" + QByteArray(1024 * 1024, 'c') + "\"", "1", "\"2026-11-20T10:30:00Z\""))
        << false << QStringLiteral("checkpoints[0].checkpoint_id");
    QTest::newRow("negative size") << checkpointsBody(checkpoint("\"a\"", "-1", "\"2026-11-20T10:30:00Z\""))
                                   << false << QStringLiteral("checkpoints[0].size_bytes");
    QTest::newRow("size 1e300") << checkpointsBody(checkpoint("\"a\"", "1e300", "\"2026-11-20T10:30:00Z\""))
                                << false << QStringLiteral("checkpoints[0].size_bytes");
    QTest::newRow("garbage time") << checkpointsBody(checkpoint("\"a\"", "1", "\"yesterday\"")) << false
                                  << QStringLiteral("checkpoints[0].created_at");
    QTest::newRow("no job") << QByteArray(R"({"checkpoints":[]})") << false << QStringLiteral("training_job");
}

void TestEventParser::hostileAnswersAreClearErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, logs);
    QFETCH(QString, path);
    const ApiError error =
        logs ? ApiJsonParser::logs(body).error() : ApiJsonParser::checkpoints(body).error();
    QCOMPARE(error.kind, ApiError::Kind::Parse);
    QVERIFY2(error.detail.startsWith(path), qPrintable(error.detail));
    QVERIFY(error.detail.size() < 300); // a megabyte id never travels into the message
    QVERIFY(!error.message().isEmpty());
}

void TestEventParser::tooManyLinesAreRefused()
{
    QByteArray lines;
    for (std::size_t i = 0; i <= ApiJsonParser::MaxLogLines; ++i) {
        if (i)
            lines.append(',');
        lines.append(R"({"timestamp":"1","message":"","replica":null})");
    }
    const auto result = ApiJsonParser::logs(logsBody(lines));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().detail.startsWith(QStringLiteral("logs")), qPrintable(result.error().detail));
}

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"
