// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/ComparisonTableModel.h"
#include "core/session/CompareInsight.h"
#include "core/session/CompareSession.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockDataset.h"
#include "support/SimulatedApi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The insight figures a comparison adds, per job, from known demo scenarios over the simulated server.
class TestCompareInsight : public QObject
{
    Q_OBJECT

private slots:
    void figuresOfKnownScenarios();
};

void TestCompareInsight::figuresOfKnownScenarios()
{
    // Answers slower than the comparison's window slides with the running job's clock: each must still land.
    MockServerOptions options;
    options.latencyMs = 500;
    SimulatedApi api(options);
    QVERIFY(api.isRunning());
    const MockDataset &dataset = api.server()->dataset();
    // g6h2j9v: node-1 of two sat idle for two hours, its 8 GPUs with it, on 80 GB GPUs using 36 % of them.
    // lx2m8kq: GPU 5 of node-1 lags its peers for the whole run.
    const MockJob &idle = *dataset.job(QStringLiteral("g6h2j9v"));
    const MockJob &lagging = *dataset.job(MockDataset::multinodeRunningJobId());
    CompareSession session(api.client(), {});
    session.setResolution(Resolution::Sampled); // the 26-hour four-node job would refine for minutes
    CompareInsight insight(&session);
    InsightOptions insightOptions;
    // A machine on offer with as many GPUs of 48 GB: enough for a job using 36 % of 80 GB.
    insightOptions.instanceTypes.push_back(
        {QStringLiteral("L40Sx8"), QStringLiteral("L40S × 8"), 0, 0, 8, QStringLiteral("L40S"), 48 * 1024});
    insight.setOptions(insightOptions);
    // The comparison table as the view feeds it: "analysing…" until a job's report arrives.
    ComparisonTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobStatistics loaded;
    loaded.known = true;
    table.setRows({idle.id, lagging.id}, {loaded, loaded});
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return table.data(table.index(row, column), role);
    };
    QCOMPARE(cell(0, ComparisonTableModel::IdleGpuHoursColumn).toString(), QStringLiteral("analysing…"));
    connect(&insight, &CompareInsight::reportChanged, &table,
            [&](int i) { table.setInsight(i, insight.report(i)); });
    QVERIFY(session.setJobs({{idle.projectId, idle.id}, {lagging.projectId, lagging.id}}));
    for (int i = 0; i < session.count(); ++i)
        session.controller(i)->setLive(false);
    QVERIFY(QTest::qWaitFor([&] { return insight.report(0) && insight.report(1); }, 60000));
    // Loaded, the comparison goes quiet: the running job's clock alone neither fetches nor re-syncs.
    QTest::qWait(1000); // the last window's frames
    const qsizetype requests = api.server()->loggedRequests().size();
    QSignalSpy changes(&session, &CompareSession::memberChanged);
    QTest::qWait(1500);
    QCOMPARE(api.server()->loggedRequests().size(), requests);
    QCOMPARE(changes.size(), 0);

    const InsightReport &idleReport = *insight.report(0);
    QVERIFY2(idleReport.idleGpuHours >= 14 && idleReport.idleGpuHours <= 20,
             qPrintable(QString::number(idleReport.idleGpuHours)));
    QVERIFY(idleReport.headroom.recommendedGpuMemoryGb.has_value() || !idleReport.caveats.isEmpty());
    QCOMPARE(CompareInsight::laggingRankMinutes(idleReport), 0.0);

    const InsightReport &laggingReport = *insight.report(1);
    QVERIFY2(CompareInsight::laggingRankMinutes(laggingReport) > 60,
             qPrintable(QString::number(CompareInsight::laggingRankMinutes(laggingReport))));
    QVERIFY(!laggingReport.findings.empty());

    // The table's columns show the same figures, in the user's locale.
    const double idleHours =
        cell(0, ComparisonTableModel::IdleGpuHoursColumn, ComparisonTableModel::ValueRole).toDouble();
    QCOMPARE(idleHours, idleReport.idleGpuHours);
    QCOMPARE(cell(0, ComparisonTableModel::IdleGpuHoursColumn).toString(),
             QLocale().toString(idleHours, 'f', 1));
    QCOMPARE(cell(0, ComparisonTableModel::LaggingRankMinutesColumn).toString(),
             QLocale().toString(0.0, 'f', 0));
    QVERIFY(
        cell(1, ComparisonTableModel::LaggingRankMinutesColumn, ComparisonTableModel::ValueRole).toDouble() >
        60);
    QCOMPARE(cell(0, ComparisonTableModel::RecommendedGpuMemoryColumn).toString(), QStringLiteral("48"));
    QVERIFY(cell(0, ComparisonTableModel::RecommendedGpuMemoryColumn, Qt::ToolTipRole)
                .toString()
                .contains(u"L40S"));
    QVERIFY(!cell(0, ComparisonTableModel::IdleGpuHoursColumn, Qt::ToolTipRole).toString().isEmpty());
    for (int row = 0; row < 2; ++row)
        QVERIFY(cell(row, ComparisonTableModel::RecommendedGpuMemoryColumn).toString() !=
                QStringLiteral("analysing…"));
}

QTEST_GUILESS_MAIN(TestCompareInsight)
#include "tst_compareinsight.moc"
