// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// `trainscope report` end to end against the simulated server: the JSON a script reads, the demo jobs'
// planted anomalies found in it, full resolution in requests under the server's limit, usage errors.
#include "cli/ReportCommand.h"
#include "core/settings/AppSettings.h"
#include "mock/MockDataset.h"
#include "mock/MockServerOptions.h"
#include "mock/MockServerThread.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString ApiKey = QStringLiteral("tsk-report-test-4b1e77c2d9");

QJsonObject findingOf(const QJsonObject &report, const QString &kind)
{
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray()) {
        if (f.toObject().value(QStringLiteral("kind")).toString() == kind)
            return f.toObject();
    }
    return {};
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    MockServerThread m_server;
    QUrl m_url;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_rawSettings;
    std::unique_ptr<AppSettings> m_settings;

    QStringList args(const QString &project, const QString &job, const QStringList &extra) const
    {
        return QStringList{QStringLiteral("trainscope"), QStringLiteral("report"),
                           QStringLiteral("--base-url"), m_url.toString(),
                           QStringLiteral("--project"),  project,
                           QStringLiteral("--job"),      job} +
               extra;
    }

    QJsonObject jsonReport(const QString &project, const QString &job)
    {
        const QString out = m_dir.filePath(job + QStringLiteral(".json"));
        const ExportResult r = ReportCommand::execute(
            args(project, job,
                 {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out}),
            *m_settings);
        [&] {
            QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        }();
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BASETEN_API_KEY", ApiKey.toUtf8());
        m_rawSettings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(m_rawSettings.get());
        m_settings->setGpuHourPrice(QStringLiteral("A100"), 3.0);
        MockServerOptions options;
        options.apiKey = ApiKey;
        options.logRequestsPath = m_dir.filePath(QStringLiteral("requests.jsonl"));
        m_url = m_server.start(options);
        QVERIFY(m_url.isValid() && !m_url.isEmpty());
    }

    void laggingRankOfTheDemo()
    {
        const QJsonObject report =
            jsonReport(QStringLiteral("n4q95w5"), MockDataset::multinodeRunningJobId());
        const QJsonObject job = report.value(QStringLiteral("job")).toObject();
        QCOMPARE(job.value(QStringLiteral("id")).toString(), MockDataset::multinodeRunningJobId());
        QCOMPARE(job.value(QStringLiteral("project")).toString(), QStringLiteral("n4q95w5"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("TRAINING_JOB_RUNNING"));
        QVERIFY(job.value(QStringLiteral("gpu_hours")).toDouble() > 100);
        const QJsonObject lag = findingOf(report, QStringLiteral("lagging_rank"));
        QCOMPARE(lag.value(QStringLiteral("node")).toString(), QStringLiteral("node-1"));
        QCOMPARE(lag.value(QStringLiteral("rank")).toInt(-1), 5);
        QCOMPARE(lag.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(lag.value(QStringLiteral("start")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!lag.value(QStringLiteral("summary")).toString().isEmpty());
        QCOMPARE(lag.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("pattern")).toString(),
                 QStringLiteral("persistent"));
        // The job's own scrape interval, and the limit of what utilization can show.
        QCOMPARE(
            report.value(QStringLiteral("window")).toObject().value(QStringLiteral("step_seconds")).toInt(),
            15);
        QVERIFY(report.value(QStringLiteral("caveats"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("NVML")));
        const QJsonObject headroom = report.value(QStringLiteral("headroom")).toObject();
        QCOMPARE(headroom.value(QStringLiteral("gpu_memory_limit_bytes")).toDouble(), 81559.0 * 1024 * 1024);
        QVERIFY(headroom.value(QStringLiteral("gpu_memory_p995_bytes")).toDouble() > 0);
        QVERIFY(headroom.value(QStringLiteral("recommended_gpu_memory_gb")).isNull());
    }

    void idleNodeAndItsCost()
    {
        const QJsonObject report = jsonReport(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"));
        const QJsonObject idle = findingOf(report, QStringLiteral("idle_gpu"));
        QCOMPARE(idle.value(QStringLiteral("node")).toString(), QStringLiteral("node-1"));
        QVERIFY(idle.value(QStringLiteral("rank")).isNull());
        // Two hours of a node's eight GPUs, at the price set for A100s.
        const double hours = report.value(QStringLiteral("idle_gpu_hours")).toDouble();
        QVERIFY2(std::abs(hours - 16.0) < 0.16, qPrintable(QString::number(hours)));
        QCOMPARE(report.value(QStringLiteral("idle_cost")).toObject().value(QStringLiteral("usd")).toDouble(),
                 hours * 3.0);
        double phases = 0;
        for (const QJsonValue &p : report.value(QStringLiteral("phases")).toArray())
            phases += p.toObject().value(QStringLiteral("idle_gpu_hours")).toDouble();
        QVERIFY(std::abs(phases - hours) < 1e-9);
        // Its GPUs are twice as large as it needs: the server's smaller A100s are named.
        const QJsonObject headroom = report.value(QStringLiteral("headroom")).toObject();
        QCOMPARE(headroom.value(QStringLiteral("recommended_gpu_memory_gb")).toInt(), 40);
        QCOMPARE(headroom.value(QStringLiteral("recommended_instance_type")).toString(),
                 QStringLiteral("8x A100 40GB"));
        QCOMPARE(
            findingOf(report, QStringLiteral("memory_headroom")).value(QStringLiteral("severity")).toString(),
            QStringLiteral("info"));
    }

    void longJobInRequestsUnderTheLimit()
    {
        // Three days at 15 s is 17,280 samples: more than one request may carry.
        const QJsonObject report = jsonReport(QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv"));
        QCOMPARE(findingOf(report, QStringLiteral("checkpoint_stalls"))
                     .value(QStringLiteral("evidence"))
                     .toObject()
                     .value(QStringLiteral("confirmed_by_storage"))
                     .toBool(),
                 true);
        QFile log(m_dir.filePath(QStringLiteral("requests.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        int metricsRequests = 0;
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QVERIFY(entry.value(QStringLiteral("status")).toInt(200) == 200);
            if (line.contains("p7qr9qv/metrics"))
                ++metricsRequests;
        }
        QVERIFY2(metricsRequests >= 3, qPrintable(QString::number(metricsRequests))); // the probe, then two
    }

    // --format markdown --png-dir: every finding listed, each with a picture of its span that exists, is
    // a valid image and lies in the folder asked for, where nothing else is written.
    void markdownWithPictures()
    {
        const QJsonObject json = jsonReport(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"));
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 2);
        QDir root(m_dir.filePath(QStringLiteral("md")));
        QVERIFY(root.mkpath(QStringLiteral(".")));
        const QString out = root.filePath(QStringLiteral("report.md"));
        const QString pngDir = root.filePath(QStringLiteral("pictures of g6h2j9v"));
        const ExportResult r =
            ReportCommand::execute(args(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"),
                                        {QStringLiteral("--format"), QStringLiteral("markdown"),
                                         QStringLiteral("--out"), out, QStringLiteral("--png-dir"), pngDir}),
                                   *m_settings);
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        static const QRegularExpression link(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        QStringList links;
        QStringList targets;
        for (auto it = link.globalMatch(markdown); it.hasNext();) {
            links << it.next().captured(1);
            targets << QUrl::fromPercentEncoding(links.last().toUtf8());
        }
        QCOMPARE(targets.size(), findings.size());
        QStringList expectedNames;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            QVERIFY2(markdown.contains(f.value(QStringLiteral("summary")).toString()),
                     qPrintable(f.value(QStringLiteral("summary")).toString()));
            // Under its finding: the picture follows the finding's own section.
            const qsizetype section = markdown.indexOf(QStringLiteral("### %1. ").arg(i + 1));
            QVERIFY(section >= 0 && markdown.indexOf(links.at(i), section) > section);
            const QString name = QStringLiteral("finding-%1-%2.png")
                                     .arg(i + 1, 2, 10, QLatin1Char('0'))
                                     .arg(f.value(QStringLiteral("kind")).toString());
            expectedNames << name;
            QCOMPARE(targets.at(i), QStringLiteral("pictures of g6h2j9v/") + name);
            QImageReader reader(root.filePath(targets.at(i)));
            QCOMPARE(reader.format(), QByteArray("png"));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QVERIFY(image.width() >= 1000 && image.height() >= 600);
        }
        // Nothing else, in the folder or beside it: no temporary file left, no picture elsewhere.
        expectedNames.sort();
        QCOMPARE(QDir(pngDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 expectedNames);
        QCOMPARE(root.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{QStringLiteral("pictures of g6h2j9v"), QStringLiteral("report.md")}));

        // The same report again writes the same names.
        const ExportResult again =
            ReportCommand::execute(args(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"),
                                        {QStringLiteral("--format"), QStringLiteral("markdown"),
                                         QStringLiteral("--out"), out, QStringLiteral("--png-dir"), pngDir}),
                                   *m_settings);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QDir(pngDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 expectedNames);
    }

    void badPictureFolder()
    {
        // A folder that cannot be: its parent is a file.
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("never.md"));
        for (const QString &dir : QStringList{blocker, blocker + QStringLiteral("/pictures")}) {
            const ExportResult r =
                ReportCommand::execute(args(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"),
                                            {QStringLiteral("--format"), QStringLiteral("markdown"),
                                             QStringLiteral("--out"), out, QStringLiteral("--png-dir"), dir}),
                                       *m_settings);
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.error.contains(dir), qPrintable(r.error));
            QVERIFY(!QFile::exists(out));
        }
        // Pictures only beside a Markdown report.
        const ExportResult text = ReportCommand::execute(
            args(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"),
                 {QStringLiteral("--png-dir"), m_dir.filePath(QStringLiteral("unused"))}),
            *m_settings);
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.error.contains(QLatin1String("--png-dir")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused"))));
        const ExportResult help = ReportCommand::execute(
            {QStringLiteral("trainscope"), QStringLiteral("report"), QStringLiteral("--help")}, *m_settings);
        QVERIFY(help.output.contains(QLatin1String("--png-dir")));
    }

    void textAndUsage()
    {
        const ExportResult text = ReportCommand::execute(
            args(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"), {}), *m_settings);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.output.contains(QLatin1String("node-1")));
        const ExportResult wrong =
            ReportCommand::execute(args(QStringLiteral("w8xk2pq"), QStringLiteral("g6h2j9v"),
                                        {QStringLiteral("--format"), QStringLiteral("yaml")}),
                                   *m_settings);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.error.contains(QLatin1String("yaml")));
        const ExportResult missing = ReportCommand::execute(
            args(QStringLiteral("w8xk2pq"), QStringLiteral("nope123"), {}), *m_settings);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.error.contains(QLatin1Char('\n')));
        QVERIFY(!missing.error.contains(ApiKey));
    }
};

QTEST_MAIN(TestReport) // --png-dir draws charts
#include "tst_report.moc"
