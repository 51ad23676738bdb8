// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The comparison's core: one shared range driving several jobs' controllers against the simulated server,
// the statistics behind the comparison table, and the table itself.
#include "core/insight/InsightReport.h"
#include "core/metrics/MetricsStore.h"
#include "core/models/ComparisonTableModel.h"
#include "core/session/CompareSession.h"
#include "core/session/JobStatistics.h"
#include "support/RequestLog.h"
#include "support/SimulatedApi.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

namespace {

std::atomic<qint64> g_now{0}; // the simulated wall clock shared by the server and the session

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr qint64 HourMs = 3'600'000;

const QString CompletedProject = QStringLiteral("n4q95w5");
const QString CompletedJob = QStringLiteral("p7qr9qv"); // 2 nodes, started six days ago
const QString LaterProject = QStringLiteral("y6t2r8e");
const QString LaterJob = QStringLiteral("a7s3d5f"); // 2 nodes, started two days later

qint64 startOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("start_epoch_millis")).toInteger();
}

qint64 endOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("end_epoch_millis")).toInteger();
}

Series series(std::vector<double> values, qint64 firstMs = 1000, qint64 stepMs = 1000)
{
    std::vector<qint64> times;
    for (std::size_t i = 0; i < values.size(); ++i)
        times.push_back(firstMs + qint64(i) * stepMs);
    return Series(std::move(times), std::move(values));
}

TrainingJob fixtureJob()
{
    TrainingJob job;
    job.id = QStringLiteral("fixture");
    job.status = JobStatus::Completed;
    job.createdAtMs = 0;
    job.updatedAtMs = 2 * HourMs;
    job.nodeCount = 4; // the store's two nodes win: they are what actually reported
    job.instanceType.gpuCount = 8;
    job.instanceType.gpuType = QStringLiteral("H100");
    job.instanceType.gpuMemoryLimitMib = 80 * 1024;
    job.instanceType.memoryLimitMib = 1024 * 1024; // 1 TiB
    return job;
}

// Two nodes of two ranks, five samples a rank at 1 s .. 5 s.
MetricsStore fixtureStore(const TrainingJob &job)
{
    MetricsResponse r;
    r.job = job;
    NodeMetrics n0;
    n0.nodeId = QStringLiteral("n0");
    n0.gpuUtilization[0] = series({0.1, 0.2, 0.3, 0.4, 0.5});
    n0.gpuUtilization[1] = series({0.3, 0.4, 0.5, 0.6, 0.7});
    n0.gpuMemory[0] = series({32 * GiB, 32 * GiB, 64 * GiB, 32 * GiB, 32 * GiB});
    n0.gpuMemory[1] = series({32 * GiB, 32 * GiB, 32 * GiB, 32 * GiB, 32 * GiB});
    n0.cpuMemory = series({100 * GiB, 200 * GiB});
    n0.ephemeralUsage = series({5 * GiB, 7 * GiB});
    NodeMetrics n1;
    n1.nodeId = QStringLiteral("n1");
    n1.gpuUtilization[0] = series({0.5, 0.6, 0.7, 0.8, 0.9});
    n1.gpuUtilization[1] = series({0.7, 0.8, 0.9, 0.92, 1.0});
    n1.gpuMemory[0] = series({32 * GiB, 48 * GiB, 32 * GiB, 32 * GiB, 32 * GiB});
    n1.gpuMemory[1] = series({32 * GiB, 32 * GiB, 32 * GiB, 32 * GiB, 32 * GiB});
    n1.cpuMemory = series({300 * GiB});
    n1.ephemeralUsage = series({6 * GiB});
    r.nodes = {n0, n1};
    MetricsStore store;
    store.merge(r, 0, 10'000, 1);
    return store;
}

// RFC 4180 as toCsv writes it: quoted fields may hold commas and doubled quotes.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(csv);
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCompareCore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedApi> m_api;
    QString m_log;
    BasetenClient *m_client = nullptr;

    // These suites count the requests of the sampled picture; tst_refinement covers full resolution.
    std::unique_ptr<CompareSession> session()
    {
        auto s = std::make_unique<CompareSession>(m_client, [] { return g_now.load(); });
        s->setResolution(Resolution::Sampled);
        return s;
    }

    static void waitLoaded(CompareSession &s)
    {
        QTest::qWait(300); // past the controllers' fetch debounce
        for (int i = 0; i < s.count(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!s.isLoading(i), 20'000);
            QVERIFY(s.controller(i)->hasJob() || s.error(i));
        }
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        g_now = QDateTime::currentMSecsSinceEpoch();
        MockServerOptions options;
        options.clock = [] {
            return g_now.load();
        };
        m_api = std::make_unique<SimulatedApi>(options);
        QVERIFY(m_api->isRunning());
        m_log = m_api->requestLogPath();
        m_client = m_api->client();
    }

    void tooFewOrTooManyJobsAreRefused()
    {
        auto s = session();
        QVERIFY(!s->setJobs({{CompletedProject, CompletedJob}}));
        QList<QPair<QString, QString>> seven(7, {CompletedProject, CompletedJob});
        QVERIFY(!s->setJobs(seven));
        QCOMPARE(s->count(), 0);
    }

    // (a) Jobs started days apart line up on "time since start" and share one window on the wall clock.
    void relativeTimeAlignsJobsStartedDaysApart()
    {
        const qsizetype before0 = RequestLog::metricsBodies(m_log, CompletedJob).size();
        const qsizetype before1 = RequestLog::metricsBodies(m_log, LaterJob).size();
        auto s = session();
        QSignalSpy jobsChanged(s.get(), &CompareSession::jobsChanged);
        QVERIFY(s->setJobs({{CompletedProject, CompletedJob}, {LaterProject, LaterJob}}));
        QCOMPARE(jobsChanged.size(), 1);
        QCOMPARE(s->count(), 2);
        QCOMPARE(s->label(0), CompletedJob); // until its GET job answers
        waitLoaded(*s);
        const TrainingJob a = s->job(0);
        const TrainingJob b = s->job(1);
        QCOMPARE(a.id, CompletedJob);
        QCOMPARE(b.id, LaterJob);
        QCOMPARE(s->label(0), a.displayName());
        QVERIFY(b.createdAtMs - a.createdAtMs > 24 * HourMs);

        // Opening shows every job whole, fetched once: the shared fit replaced the whole-job window in time.
        QCOMPARE(RequestLog::metricsBodies(m_log, CompletedJob).size(), before0 + 1);
        QCOMPARE(RequestLog::metricsBodies(m_log, LaterJob).size(), before1 + 1);
        QCOMPARE(startOf(RequestLog::metricsBodies(m_log, CompletedJob).last()), a.createdAtMs);
        QCOMPARE(endOf(RequestLog::metricsBodies(m_log, CompletedJob).last()), a.updatedAtMs);
        QCOMPARE(startOf(RequestLog::metricsBodies(m_log, LaterJob).last()), b.createdAtMs);
        QCOMPARE(endOf(RequestLog::metricsBodies(m_log, LaterJob).last()), b.updatedAtMs);
        const qint64 longest = std::max(a.updatedAtMs - a.createdAtMs, b.updatedAtMs - b.createdAtMs);
        QCOMPARE(s->range()->fromMs(), 0);
        QCOMPARE(s->range()->toMs(), longest);
        QVERIFY(s->controller(0)->store().pointCount() > 0);
        QVERIFY(s->controller(1)->store().pointCount() > 0);

        QCOMPARE(s->xAxis(), CompareSession::XAxis::SinceStart);
        QCOMPARE(s->offset(0), a.createdAtMs);
        QCOMPARE(s->offset(1), b.createdAtMs);
        s->range()->setWindow(0, HourMs);
        QCOMPARE(s->controller(0)->range()->window(),
                 (TimeRange::Window{a.createdAtMs, a.createdAtMs + HourMs}));
        QCOMPARE(s->controller(1)->range()->window(),
                 (TimeRange::Window{b.createdAtMs, b.createdAtMs + HourMs}));
        waitLoaded(*s);
        QCOMPARE(startOf(RequestLog::metricsBodies(m_log, CompletedJob).last()), a.createdAtMs);
        QCOMPARE(endOf(RequestLog::metricsBodies(m_log, CompletedJob).last()), a.createdAtMs + HourMs);
        QCOMPARE(startOf(RequestLog::metricsBodies(m_log, LaterJob).last()), b.createdAtMs);
        QCOMPARE(endOf(RequestLog::metricsBodies(m_log, LaterJob).last()), b.createdAtMs + HourMs);

        // Switching axes keeps each job's data in view: the union of both first hours, now in epoch ms.
        QSignalSpy alignment(s.get(), &CompareSession::alignmentChanged);
        s->setXAxis(CompareSession::XAxis::WallClock);
        QCOMPARE(alignment.size(), 1);
        QCOMPARE(s->offset(0), 0);
        QCOMPARE(s->offset(1), 0);
        QCOMPARE(s->range()->window(), (TimeRange::Window{a.createdAtMs, b.createdAtMs + HourMs}));
        QVERIFY(!s->range()->canGoBack()); // the history was in the other axis' units

        // Both lifetimes overlap an hour after the later job's creation: both ask for exactly that hour.
        const qint64 from = b.createdAtMs + HourMs;
        QVERIFY(from + HourMs < a.updatedAtMs);
        s->range()->setWindow(from, from + HourMs);
        QCOMPARE(s->controller(0)->range()->window(), (TimeRange::Window{from, from + HourMs}));
        QCOMPARE(s->controller(1)->range()->window(), (TimeRange::Window{from, from + HourMs}));
        waitLoaded(*s);
        QCOMPARE(startOf(RequestLog::metricsBodies(m_log, CompletedJob).last()), from);
        QCOMPARE(endOf(RequestLog::metricsBodies(m_log, CompletedJob).last()), from + HourMs);
        QCOMPARE(startOf(RequestLog::metricsBodies(m_log, LaterJob).last()), from);
        QCOMPARE(endOf(RequestLog::metricsBodies(m_log, LaterJob).last()), from + HourMs);

        s->showAll();
        QCOMPARE(s->range()->window(), (TimeRange::Window{a.createdAtMs, b.updatedAtMs}));
        QVERIFY(s->range()->canGoBack());
        s->setXAxis(CompareSession::XAxis::SinceStart);
        QCOMPARE(s->range()->window(), (TimeRange::Window{0, longest}));
    }

    // (e) A threshold moves each job's zero to where its GPUs first got busy.
    void alignmentThresholdMovesTheZero()
    {
        auto s = session();
        QVERIFY(s->setJobs({{CompletedProject, CompletedJob}, {LaterProject, LaterJob}}));
        waitLoaded(*s);
        QSignalSpy alignment(s.get(), &CompareSession::alignmentChanged);
        s->setAlignThreshold(0.8);
        QCOMPARE(s->alignThreshold(), 0.8);
        QCOMPARE(alignment.size(), 1);
        QList<qint64> zeros;
        for (int i = 0; i < s->count(); ++i) {
            const std::optional<qint64> t = JobStatistics::firstTimeAtOrAbove(s->controller(i)->store(), 0.8);
            QVERIFY(t); // the mock's GPUs warm up to ~90 % within minutes
            QVERIFY(*t > s->job(i).createdAtMs);
            QVERIFY(s->offset(i) >= s->job(i).createdAtMs);
            QCOMPARE(s->offset(i), *t);
            QCOMPARE(s->controller(i)->range()->fromMs(), *t + s->range()->fromMs());
            zeros << s->offset(i);
        }
        // Finer data fetched for the new windows must not shift the jobs sideways again.
        waitLoaded(*s);
        for (int i = 0; i < s->count(); ++i)
            QCOMPARE(s->offset(i), zeros[i]);

        // Never reached: the job's start.
        s->setAlignThreshold(1.5);
        for (int i = 0; i < s->count(); ++i)
            QCOMPARE(s->offset(i), s->job(i).createdAtMs);
        s->setAlignThreshold(std::nullopt);
        for (int i = 0; i < s->count(); ++i)
            QCOMPARE(s->offset(i), s->job(i).createdAtMs);
    }

    // (c) One job that cannot be loaded does not take the others down with it.
    void oneFailingJobAmongThree()
    {
        auto s = session();
        QSignalSpy changed(s.get(), &CompareSession::memberChanged);
        const QString missing = QStringLiteral("zz9zz9z");
        QVERIFY(s->setJobs(
            {{CompletedProject, CompletedJob}, {CompletedProject, missing}, {LaterProject, LaterJob}}));
        waitLoaded(*s);
        QTRY_VERIFY_WITH_TIMEOUT(s->error(1).has_value(), 10'000);
        QCOMPARE(s->error(1)->httpStatus, 404);
        QVERIFY(!s->controller(1)->hasJob());
        QVERIFY(s->controller(1)->store().isEmpty());
        QCOMPARE(s->label(1), missing);
        bool sawMissing = false;
        for (const QList<QVariant> &args : changed)
            sawMissing = sawMissing || args.at(0).toInt() == 1;
        QVERIFY(sawMissing);
        for (int i : {0, 2}) {
            QVERIFY(!s->error(i));
            QVERIFY(s->controller(i)->hasJob());
            QVERIFY(s->controller(i)->store().pointCount() > 0);
        }
        // The table shows the failed job by its id and nothing else: no duration, no hardware, no GPU-hours,
        // no difference; its CSV row is empty, not zeros.
        ComparisonTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<QString> labels;
        std::vector<JobStatistics> rows;
        for (int i = 0; i < s->count(); ++i) {
            labels.push_back(s->label(i));
            rows.push_back(JobStatistics::compute(s->controller(i)->store(), s->job(i), g_now.load()));
        }
        table.setRows(labels, rows);
        QCOMPARE(table.data(table.index(1, ComparisonTableModel::JobColumn)).toString(), missing);
        for (int c = ComparisonTableModel::JobColumn + 1; c < ComparisonTableModel::ColumnCount; ++c) {
            QCOMPARE(table.data(table.index(1, c)).toString(), QStringLiteral("—"));
            QVERIFY(!table.data(table.index(1, c), ComparisonTableModel::ValueRole).isValid());
            QVERIFY(table.data(table.index(1, c), ComparisonTableModel::DiffRole).toString().isEmpty());
        }
        QVERIFY(table.data(table.index(2, ComparisonTableModel::DurationColumn)).toString() !=
                QStringLiteral("—"));
        const QList<QByteArray> csvRows = table.toCsv().split('\n');
        QVERIFY(csvRows.size() > 2);
        QCOMPARE(csvRows[2].trimmed(),
                 "\"" + missing.toUtf8() + "\"" + QByteArray(csvRows[0].count(','), ','));

        // The failed job has no lifetime: the fit is over the two that loaded.
        const qint64 longest = std::max(s->job(0).updatedAtMs - s->job(0).createdAtMs,
                                        s->job(2).updatedAtMs - s->job(2).createdAtMs);
        QCOMPARE(s->range()->window(), (TimeRange::Window{0, longest}));
    }

    // (b) Statistics against values worked out by hand.
    void statisticsOfAHandMadeStore()
    {
        const TrainingJob job = fixtureJob();
        const MetricsStore store = fixtureStore(job);
        const JobStatistics s = JobStatistics::compute(store, job, 0);
        QCOMPARE(s.durationMs, 2 * HourMs);
        QCOMPARE(s.gpuType, QStringLiteral("H100"));
        QCOMPARE(s.gpuCount, 8);
        QCOMPARE(s.nodes, 2);
        QCOMPARE(s.gpuHours, 32.0); // 2 h x 8 GPUs x 2 nodes
        QVERIFY(s.meanGpuUtilization);
        QVERIFY(std::abs(*s.meanGpuUtilization - 11.82 / 20) < 1e-12);
        QCOMPARE(*s.p95GpuUtilization, 0.92); // 19th of 20 sorted samples: ceil(0.95 x 20)
        QCOMPARE(*s.peakGpuMemory, 64 * GiB);
        QCOMPARE(*s.p95GpuMemory, 48 * GiB);
        QCOMPARE(*s.gpuMemoryLimit, 80 * GiB);
        QVERIFY(std::abs(*s.gpuMemoryHeadroomPct - 20.0) < 1e-9);
        QCOMPARE(*s.peakCpuMemory, 300 * GiB);
        QCOMPARE(*s.cpuMemoryLimit, 1024 * GiB);
        QCOMPARE(*s.peakStorage, 7 * GiB);

        // A window of 2 s .. 4 s: twelve samples, the 64 GiB spike at 3 s included, the 1.0 at 5 s not.
        const JobStatistics w = JobStatistics::compute(store, job, 0, 2000, 4000);
        QVERIFY(std::abs(*w.meanGpuUtilization - 7.12 / 12) < 1e-12);
        QCOMPARE(*w.p95GpuUtilization, 0.92); // ceil(0.95 x 12) = 12th: the largest
        QCOMPARE(*w.peakGpuMemory, 64 * GiB);
        QCOMPARE(*w.peakCpuMemory, 200 * GiB);
        QVERIFY(!JobStatistics::compute(store, job, 0, 20'000, 30'000).meanGpuUtilization);

        // No metrics: nodes from node_count, else 1; running jobs last until now; no limit means no headroom.
        TrainingJob running = job;
        running.status = JobStatus::Running;
        running.instanceType.gpuMemoryLimitMib.reset();
        const JobStatistics empty = JobStatistics::compute(MetricsStore{}, running, 3 * HourMs);
        QCOMPARE(empty.nodes, 4);
        QCOMPARE(empty.durationMs, 3 * HourMs);
        QCOMPARE(empty.gpuHours, 96.0);
        QVERIFY(!empty.meanGpuUtilization && !empty.p95GpuUtilization && !empty.peakGpuMemory);
        QVERIFY(!empty.gpuMemoryLimit && !empty.gpuMemoryHeadroomPct && !empty.peakStorage);
        running.nodeCount.reset();
        QCOMPARE(JobStatistics::compute(MetricsStore{}, running, 0).nodes, 1);
    }

    void firstTimeAtOrAboveOnARamp()
    {
        const TrainingJob job = fixtureJob();
        const MetricsStore store = fixtureStore(job);
        // Means across the four ranks: 0.4, 0.5, 0.6, 0.68, 0.775 at 1 s .. 5 s.
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(store, 0.0), 1000);
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(store, 0.45), 2000);
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(store, 0.6), 3000); // exactly reached counts
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(store, 0.7), 5000);
        QVERIFY(!JobStatistics::firstTimeAtOrAbove(store, 0.8));
        QVERIFY(!JobStatistics::firstTimeAtOrAbove(MetricsStore{}, 0.1));

        // Ranks reporting at different times: the mean at a timestamp is over the ranks reporting then.
        MetricsResponse r;
        r.job = job;
        NodeMetrics n;
        n.nodeId = QStringLiteral("n");
        n.gpuUtilization[0] = Series({0, 10, 20}, {0.0, 0.5, 1.0});
        n.gpuUtilization[1] = Series({5, 10}, {0.2, 0.9});
        r.nodes = {n};
        MetricsStore staggered;
        staggered.merge(r, 0, 100, 1);
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(staggered, 0.2), 5);
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(staggered, 0.7), 10); // (0.5 + 0.9) / 2
        QCOMPARE(JobStatistics::firstTimeAtOrAbove(staggered, 0.95), 20);
    }

    // (d) The table: display text, raw values, differences and their colour, CSV.
    void comparisonTable()
    {
        ComparisonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        JobStatistics base;
        base.known = true;
        base.status = JobStatus::Completed;
        base.durationMs = 3 * HourMs + 25 * 60'000;
        base.gpuType = QStringLiteral("H100");
        base.gpuCount = 8;
        base.nodes = 4;
        base.gpuHours = 40;
        base.meanGpuUtilization = 0.874;
        base.p95GpuUtilization = 0.95;
        base.peakGpuMemory = 71.2 * GiB;
        base.p95GpuMemory = 70 * GiB;
        base.gpuMemoryLimit = 79.6 * GiB;
        base.gpuMemoryHeadroomPct = 10.6;
        base.peakCpuMemory = 200 * GiB;
        base.cpuMemoryLimit = 1024 * GiB;
        base.peakStorage = 10 * GiB;

        JobStatistics other = base;
        other.durationMs = 52 * HourMs;
        other.gpuHours = 50;
        other.meanGpuUtilization = 0.824;
        other.peakGpuMemory = 35.6 * GiB;
        other.gpuMemoryHeadroomPct.reset();
        other.peakStorage.reset();

        JobStatistics cpuOnly;
        cpuOnly.known = true;
        cpuOnly.status = JobStatus::Completed;
        cpuOnly.durationMs = 45'000;
        cpuOnly.nodes = 1;

        model.setRows(
            {QStringLiteral("sft-lr1e-5"), QStringLiteral("run \"b\", retried"), QStringLiteral("cpu")},
            {base, other, cpuOnly});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ComparisonTableModel::ColumnCount));
        QCOMPARE(model.statistics(1).gpuHours, 50.0);
        const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role).toString();
        };
        const auto sign = [&](int row, int column) {
            return model.data(model.index(row, column), ComparisonTableModel::DiffSignRole).toInt();
        };
        QCOMPARE(text(0, ComparisonTableModel::JobColumn), QStringLiteral("sft-lr1e-5"));
        QCOMPARE(text(0, ComparisonTableModel::DurationColumn), QStringLiteral("3 h 25 min"));
        QCOMPARE(text(1, ComparisonTableModel::DurationColumn), QStringLiteral("2 d 4 h"));
        QCOMPARE(text(2, ComparisonTableModel::DurationColumn), QStringLiteral("45 s"));
        QVERIFY(
            text(0, ComparisonTableModel::HardwareColumn).startsWith(QStringLiteral("H100 × 8 × 4 node")));
        QVERIFY(text(2, ComparisonTableModel::HardwareColumn).startsWith(QStringLiteral("CPU only")));
        QCOMPARE(text(0, ComparisonTableModel::MeanGpuUtilColumn), QStringLiteral("87.4 %"));
        QCOMPARE(text(0, ComparisonTableModel::PeakGpuMemColumn), QStringLiteral("71.2 GiB of 79.6 GiB"));
        QCOMPARE(text(0, ComparisonTableModel::PeakCpuMemColumn), QStringLiteral("200.0 GiB of 1.0 TiB"));
        QCOMPARE(text(0, ComparisonTableModel::GpuMemHeadroomColumn), QStringLiteral("10.6 %"));
        QCOMPARE(text(0, ComparisonTableModel::GpuHoursColumn), QStringLiteral("40.0"));
        QCOMPARE(model.headerData(ComparisonTableModel::GpuHoursColumn, Qt::Horizontal).toString(),
                 QStringLiteral("GPU-hours"));

        // Raw values in SI units; unknown is an invalid variant, not zero.
        QCOMPARE(
            model.data(model.index(0, ComparisonTableModel::DurationColumn), ComparisonTableModel::ValueRole)
                .toDouble(),
            double(base.durationMs) / 1000.0);
        QCOMPARE(model
                     .data(model.index(0, ComparisonTableModel::MeanGpuUtilColumn),
                           ComparisonTableModel::ValueRole)
                     .toDouble(),
                 0.874);
        QVERIFY(!model
                     .data(model.index(2, ComparisonTableModel::MeanGpuUtilColumn),
                           ComparisonTableModel::ValueRole)
                     .isValid());

        // Row 0 is the reference: no difference, no colour.
        for (int c = 0; c < ComparisonTableModel::ColumnCount; ++c) {
            QVERIFY(text(0, c, ComparisonTableModel::DiffRole).isEmpty());
            QCOMPARE(sign(0, c), 0);
        }
        const int diff = ComparisonTableModel::DiffRole;
        QCOMPARE(text(1, ComparisonTableModel::MeanGpuUtilColumn, diff), QStringLiteral("−5.0 pp"));
        QCOMPARE(sign(1, ComparisonTableModel::MeanGpuUtilColumn), -1); // less utilization: worse
        QCOMPARE(text(1, ComparisonTableModel::P95GpuUtilColumn, diff), QStringLiteral("0.0 pp"));
        QCOMPARE(sign(1, ComparisonTableModel::P95GpuUtilColumn), 0);
        QCOMPARE(text(1, ComparisonTableModel::GpuHoursColumn, diff), QStringLiteral("+25 %"));
        QCOMPARE(sign(1, ComparisonTableModel::GpuHoursColumn), -1); // costs more: worse
        QCOMPARE(text(1, ComparisonTableModel::PeakGpuMemColumn, diff), QStringLiteral("−50 %"));
        QCOMPARE(sign(1, ComparisonTableModel::PeakGpuMemColumn), +1); // less memory: better
        QVERIFY(text(1, ComparisonTableModel::DurationColumn, diff).startsWith(u'+'));
        QCOMPARE(sign(1, ComparisonTableModel::DurationColumn), 0); // longer is not bad news by itself
        QVERIFY(text(1, ComparisonTableModel::GpuMemHeadroomColumn, diff).isEmpty()); // unknown in row 1
        QCOMPARE(sign(1, ComparisonTableModel::GpuMemHeadroomColumn), 0);
        QVERIFY(text(1, ComparisonTableModel::HardwareColumn, diff).isEmpty());
        QVERIFY(text(2, ComparisonTableModel::MeanGpuUtilColumn, diff).isEmpty());
        QCOMPARE(sign(2, ComparisonTableModel::GpuHoursColumn), +1); // no GPUs, no GPU-hours: cheaper
        QCOMPARE(text(2, ComparisonTableModel::GpuHoursColumn, diff), QStringLiteral("−100 %"));

        // Each row says how its job ended.
        QCOMPARE(model.headerData(ComparisonTableModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        QCOMPARE(text(0, ComparisonTableModel::StatusColumn), QStringLiteral("Completed"));
        QCOMPARE(
            model.data(model.index(0, ComparisonTableModel::StatusColumn), ComparisonTableModel::StatusRole)
                .toInt(),
            int(JobStatus::Completed));
        QVERIFY(text(0, ComparisonTableModel::StatusColumn, diff).isEmpty());

        // Fewer GPU-hours because a job failed, or has not finished yet, is no saving: the difference is
        // shown, uncoloured. What it measured while it ran still compares.
        for (JobStatus status : {JobStatus::Failed, JobStatus::Running}) {
            JobStatistics cut = other;
            cut.status = status;
            cut.gpuHours = 10;
            model.setRows({QStringLiteral("a"), QStringLiteral("b")}, {base, cut});
            QCOMPARE(text(1, ComparisonTableModel::StatusColumn),
                     status == JobStatus::Failed ? QStringLiteral("Failed") : QStringLiteral("Running"));
            QCOMPARE(text(1, ComparisonTableModel::GpuHoursColumn, diff), QStringLiteral("−75 %"));
            QCOMPARE(sign(1, ComparisonTableModel::GpuHoursColumn), 0);
            QCOMPARE(sign(1, ComparisonTableModel::MeanGpuUtilColumn), -1);
            QCOMPARE(sign(1, ComparisonTableModel::PeakGpuMemColumn), +1);
        }
        JobStatistics cheaper = base;
        cheaper.gpuHours = 10;
        model.setRows({QStringLiteral("a"), QStringLiteral("b")}, {base, cheaper});
        QCOMPARE(sign(1, ComparisonTableModel::GpuHoursColumn), +1); // both completed: a real saving

        // Headroom up is good news.
        JobStatistics roomier = base;
        roomier.gpuMemoryHeadroomPct = 20.6;
        model.setRows({QStringLiteral("a"), QStringLiteral("b")}, {base, roomier});
        QCOMPARE(text(1, ComparisonTableModel::GpuMemHeadroomColumn, diff), QStringLiteral("+10.0 pp"));
        QCOMPARE(sign(1, ComparisonTableModel::GpuMemHeadroomColumn), +1);

        model.setRows(
            {QStringLiteral("sft-lr1e-5"), QStringLiteral("run \"b\", retried"), QStringLiteral("cpu")},
            {base, other, cpuOnly});
        const QList<QStringList> csv = parseCsv(model.toCsv());
        QCOMPARE(csv.size(), 4);
        QCOMPARE(csv[0].join(u','),
                 QStringLiteral("job,duration_s,gpu_type,gpus_per_node,nodes,gpu_hours,mean_gpu_utilization,"
                                "p95_gpu_utilization,peak_gpu_memory_bytes,p95_gpu_memory_bytes,"
                                "gpu_memory_limit_bytes,gpu_memory_headroom_pct,peak_cpu_memory_bytes,"
                                "cpu_memory_limit_bytes,peak_storage_bytes,idle_gpu_hours,"
                                "lagging_rank_minutes,recommended_gpu_memory_gb,status"));
        for (const QStringList &row : csv)
            QCOMPARE(row.size(), 19);
        QCOMPARE(csv[1][18], QStringLiteral("TRAINING_JOB_COMPLETED"));
        QCOMPARE(csv[1][0], QStringLiteral("sft-lr1e-5"));
        QCOMPARE(csv[1][1].toDouble(), 12300.0);
        QCOMPARE(csv[1][2], QStringLiteral("H100"));
        QCOMPARE(csv[1][3], QStringLiteral("8"));
        QCOMPARE(csv[1][4], QStringLiteral("4"));
        QCOMPARE(csv[1][6].toDouble(), 0.874);
        QCOMPARE(csv[1][8].toDouble(), 71.2 * GiB);
        QCOMPARE(csv[2][0], QStringLiteral("run \"b\", retried"));
        QVERIFY(csv[2][11].isEmpty()); // headroom unknown
        QVERIFY(csv[2][14].isEmpty()); // storage unknown
        QCOMPARE(csv[3][2], QString());
        for (int c = 6; c < 18; ++c)
            QVERIFY2(csv[3][c].isEmpty(), qPrintable(csv[0][c])); // nothing analysed yet either
    }

    // (e) The insight columns: "analysing…" until a report comes, then its figures; what cannot be known
    // says "unknown" and why, never 0.
    void insightColumns()
    {
        ComparisonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobStatistics stats;
        stats.known = true;
        stats.status =
            JobStatus::Completed; // idle hours are a lifetime total: coloured between finished jobs
        stats.gpuHours = 40;
        model.setRows({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("=cmd")},
                      {stats, stats, stats});
        const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role).toString();
        };
        const auto value = [&](int row, int column) {
            return model.data(model.index(row, column), ComparisonTableModel::ValueRole);
        };
        for (int c :
             {ComparisonTableModel::IdleGpuHoursColumn, ComparisonTableModel::LaggingRankMinutesColumn,
              ComparisonTableModel::RecommendedGpuMemoryColumn}) {
            QCOMPARE(text(0, c), QStringLiteral("analysing…"));
            QVERIFY(!value(0, c).isValid());
            QVERIFY(!text(0, c, Qt::ToolTipRole).isEmpty());
        }
        QCOMPARE(
            model.headerData(ComparisonTableModel::RecommendedGpuMemoryColumn, Qt::Horizontal).toString(),
            QStringLiteral("Recommended GPU memory (GB)"));
        QCOMPARE(model.headerData(ComparisonTableModel::LaggingRankMinutesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Lagging ranks (min)"));

        InsightReport measured;
        measured.gpuHours = 40;
        measured.idleGpuHours = 1234.5;
        InsightFinding lag;
        lag.kind = InsightFinding::Kind::LaggingRank;
        lag.startMs = 0;
        lag.endMs = 90 * 60'000;
        measured.findings.push_back(lag);
        measured.headroom.gpuMemoryLimitBytes = qint64(80 * GiB);
        measured.headroom.gpuMemoryP995Bytes = 30 * GiB;
        measured.headroom.recommendedGpuMemoryGb = 48;
        measured.headroom.recommendedInstanceType = QStringLiteral("L40S × 8");
        measured.headroom.offersKnown = true;
        measured.caveats = {QStringLiteral("a blind spot")};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setInsight(0, measured);
        QCOMPARE(changed.size(), 1);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(text(0, ComparisonTableModel::IdleGpuHoursColumn), QStringLiteral("1.234,5"));
        QLocale::setDefault(before);
        QCOMPARE(value(0, ComparisonTableModel::IdleGpuHoursColumn).toDouble(), 1234.5);
        QCOMPARE(text(0, ComparisonTableModel::LaggingRankMinutesColumn), QStringLiteral("90"));
        QCOMPARE(text(0, ComparisonTableModel::RecommendedGpuMemoryColumn), QStringLiteral("48"));
        QVERIFY(text(0, ComparisonTableModel::IdleGpuHoursColumn, Qt::ToolTipRole).contains(u"a blind spot"));
        QVERIFY(text(0, ComparisonTableModel::RecommendedGpuMemoryColumn, Qt::ToolTipRole).contains(u"L40S"));
        QVERIFY(text(1, ComparisonTableModel::IdleGpuHoursColumn, ComparisonTableModel::DiffRole).isEmpty());

        // Nothing measured, no limit known: unknown, and the tooltip says why.
        InsightReport blind;
        blind.caveats = {QStringLiteral("No GPU utilization was reported for this job.")};
        model.setInsight(1, blind);
        for (int c :
             {ComparisonTableModel::IdleGpuHoursColumn, ComparisonTableModel::LaggingRankMinutesColumn,
              ComparisonTableModel::RecommendedGpuMemoryColumn}) {
            QCOMPARE(text(1, c), QStringLiteral("unknown"));
            QVERIFY(!value(1, c).isValid());
            QVERIFY(!text(1, c, Qt::ToolTipRole).isEmpty());
        }
        QVERIFY(text(1, ComparisonTableModel::IdleGpuHoursColumn, Qt::ToolTipRole)
                    .contains(u"No GPU utilization"));
        QVERIFY(text(1, ComparisonTableModel::RecommendedGpuMemoryColumn, Qt::ToolTipRole)
                    .contains(u"not known"));

        // Memory measured against a known limit, but no list of machines to choose a smaller one from.
        InsightReport unlisted = measured;
        unlisted.headroom.recommendedGpuMemoryGb.reset();
        unlisted.headroom.offersKnown = false;
        unlisted.idleGpuHours = 2469;
        model.setInsight(2, unlisted);
        QCOMPARE(text(2, ComparisonTableModel::RecommendedGpuMemoryColumn), QStringLiteral("unknown"));
        QVERIFY(
            text(2, ComparisonTableModel::RecommendedGpuMemoryColumn, Qt::ToolTipRole).contains(u"on offer"));
        QCOMPARE(text(2, ComparisonTableModel::IdleGpuHoursColumn, ComparisonTableModel::DiffRole),
                 QStringLiteral("+100 %"));
        QCOMPARE(model
                     .data(model.index(2, ComparisonTableModel::IdleGpuHoursColumn),
                           ComparisonTableModel::DiffSignRole)
                     .toInt(),
                 -1); // more idle time: worse
        // A list of machines with nothing smaller that holds it: keep the job's own 80 GB.
        unlisted.headroom.offersKnown = true;
        model.setInsight(2, unlisted);
        QCOMPARE(text(2, ComparisonTableModel::RecommendedGpuMemoryColumn), QStringLiteral("80"));

        // The statistics are recomputed often; the analysis stays.
        model.setRows({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("=cmd")},
                      {stats, stats, stats});
        QCOMPARE(text(0, ComparisonTableModel::LaggingRankMinutesColumn), QStringLiteral("90"));

        const QList<QStringList> csv = parseCsv(model.toCsv());
        QCOMPARE(csv[1][15].toDouble(), 1234.5);
        QCOMPARE(csv[1][16].toDouble(), 90.0);
        QCOMPARE(csv[1][17].toDouble(), 48.0);
        QVERIFY(csv[2][15].isEmpty()); // unknown is empty, not 0
        QVERIFY(csv[2][17].isEmpty());
        QCOMPARE(csv[3][0], QStringLiteral("'=cmd")); // a job name that reads as a formula stays text
        QCOMPARE(csv[3][17].toDouble(), 80.0);
        const QByteArray raw = model.toCsv();
        QVERIFY(raw.contains("\"'=cmd\""));
    }
};

QTEST_MAIN(TestCompareCore)
#include "tst_comparecore.moc"
