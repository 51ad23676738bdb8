// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/ApiJsonParser.h"

#include <QDateTime>
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

template<typename T> QString detailOf(const ApiResult<T> &r)
{
    return r.ok() ? QString() : r.error().detail;
}

} // namespace

class TestApiJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void projects();
    void projectJobs();
    void job();
    void searchJobs();
    void badBodies();
    void errorMessage_data();
    void errorMessage();
    void retryAfter();
};

void TestApiJsonParser::projects()
{
    const auto result = ApiJsonParser::projects(fixture("projects.json"));
    QVERIFY2(result.ok(), qPrintable(detailOf(result)));
    const std::vector<TrainingProject> &p = result.value();
    QCOMPARE(p.size(), std::size_t(2));
    QCOMPARE(p[0].id, QStringLiteral("proj-7"));
    QCOMPARE(p[0].name, QStringLiteral("llama-sft"));
    QCOMPARE(p[0].teamName, QStringLiteral("research"));
    QCOMPARE(p[0].createdAtMs, utcMs(2026, 2, 1, 9, 0, 0));
    QCOMPARE(p[0].updatedAtMs, utcMs(2026, 3, 1, 12, 0, 0, 500)); // space separator, +00:00
    QVERIFY(p[0].latestJob.has_value());
    QCOMPARE(p[0].latestJob->id, QStringLiteral("job-42"));
    QCOMPARE(p[0].latestJob->status, JobStatus::Running);
    QCOMPARE(p[0].latestJob->instanceType.gpuCount, 8);
    QCOMPARE(p[1].name, QStringLiteral("empty-project"));
    QVERIFY(p[1].teamName.isEmpty());
    QVERIFY(!p[1].latestJob.has_value()); // a project with no job yet
}

void TestApiJsonParser::projectJobs()
{
    const auto result = ApiJsonParser::projectJobs(fixture("project-jobs.json"));
    QVERIFY2(result.ok(), qPrintable(detailOf(result)));
    const std::vector<TrainingJob> &jobs = result.value();
    QCOMPARE(jobs.size(), std::size_t(2));
    QCOMPARE(jobs[0].displayName(), QStringLiteral("sft-run-3"));
    QCOMPARE(jobs[0].userEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(jobs[0].nodeCount, std::nullopt);

    const TrainingJob &failed = jobs[1];
    QCOMPARE(failed.id, QStringLiteral("job-43"));
    QVERIFY(failed.name.isEmpty());
    QCOMPARE(failed.displayName(), QStringLiteral("job-43")); // a null name falls back to the id
    QCOMPARE(failed.status, JobStatus::Failed);
    QCOMPARE(failed.errorMessage, QStringLiteral("OOM on rank 3"));
    QCOMPARE(failed.nodeCount, std::optional<int>(4));
    QCOMPARE(failed.instanceType.gpuCount, 0);
    QVERIFY(failed.instanceType.gpuType.isEmpty());
    QCOMPARE(failed.instanceType.gpuMemoryLimitMib, std::nullopt);
    QCOMPARE(failed.createdAtMs, utcMs(2026, 3, 1, 11, 58, 0, 250));
}

void TestApiJsonParser::job()
{
    const auto result = ApiJsonParser::job(fixture("job.json"));
    QVERIFY2(result.ok(), qPrintable(detailOf(result)));
    QCOMPARE(result.value().id, QStringLiteral("job-43"));
    QCOMPARE(result.value().projectName, QStringLiteral("llama-sft"));
    QCOMPARE(result.value().status, JobStatus::Failed);
}

void TestApiJsonParser::searchJobs()
{
    const auto result = ApiJsonParser::searchJobs(fixture("search-jobs.json"));
    QVERIFY2(result.ok(), qPrintable(detailOf(result)));
    QCOMPARE(result.value().size(), std::size_t(2));
    QCOMPARE(result.value()[0].id, QStringLiteral("job-43")); // the server's order is kept
    QCOMPARE(result.value()[1].id, QStringLiteral("job-42"));
}

void TestApiJsonParser::badBodies()
{
    auto expectError = [](const QString &detail, const QString &prefix) {
        QVERIFY2(detail.startsWith(prefix), qPrintable(detail));
    };
    expectError(detailOf(ApiJsonParser::projects(fixture("projects-bad-missing-field.json"))),
                QStringLiteral("training_projects[1].latest_job: required field is missing"));
    expectError(detailOf(ApiJsonParser::projectJobs(fixture("project-jobs-bad-wrong-type.json"))),
                QStringLiteral("training_jobs[1].instance_type.gpu_count: expected an integer"));
    expectError(detailOf(ApiJsonParser::searchJobs(fixture("search-jobs-bad-timestamp.json"))),
                QStringLiteral("training_jobs[0].updated_at: not an ISO-8601 date-time"));
    expectError(detailOf(ApiJsonParser::projects(fixture("metrics-bad-html.json"))),
                QStringLiteral("not JSON: the body starts with '<html>'"));
    expectError(detailOf(ApiJsonParser::searchJobs(QByteArray())), QStringLiteral("empty body"));
    expectError(detailOf(ApiJsonParser::searchJobs("{\"training_jobs\": [")),
                QStringLiteral("truncated JSON"));
    expectError(detailOf(ApiJsonParser::searchJobs("{\"jobs\": []}")),
                QStringLiteral("training_jobs: required field is missing"));
    expectError(detailOf(ApiJsonParser::job(fixture("search-jobs.json"))),
                QStringLiteral("training_project: required field is missing"));
    expectError(detailOf(ApiJsonParser::projects("{\"training_projects\": {}}")),
                QStringLiteral("training_projects: expected an array"));
    QCOMPARE(ApiJsonParser::projects(fixture("project-jobs-bad-wrong-type.json")).error().kind,
             ApiError::Kind::Parse);
}

void TestApiJsonParser::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("error") << fixture("error-429.json") << QStringLiteral("Rate limit exceeded");
    QTest::newRow("detail string") << fixture("error-detail.json")
                                   << QStringLiteral("Training job not found");
    QTest::newRow("FastAPI 422") << fixture("error-422.json")
                                 << QStringLiteral("value is not a valid integer; field required");
    QTest::newRow("message") << QByteArray("{\"message\": \"Forbidden\"}") << QStringLiteral("Forbidden");
    QTest::newRow("html page") << fixture("metrics-bad-html.json") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("unrelated json") << QByteArray("{\"status\": 500}") << QString();
}

void TestApiJsonParser::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ApiJsonParser::errorMessage(body), message);
}

void TestApiJsonParser::retryAfter()
{
    QCOMPARE(ApiJsonParser::retryAfterSeconds(fixture("error-429.json")), std::optional<double>(1.5));
    QCOMPARE(ApiJsonParser::retryAfterSeconds("{\"retry_after\": \"3\"}"), std::optional<double>(3));
    QCOMPARE(ApiJsonParser::retryAfterSeconds(fixture("error-detail.json")), std::nullopt);
    QCOMPARE(ApiJsonParser::retryAfterSeconds(fixture("metrics-bad-html.json")), std::nullopt);
    QCOMPARE(ApiJsonParser::retryAfterSeconds("{\"retry_after\": -1}"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestApiJsonParser)
#include "tst_apijsonparser.moc"
