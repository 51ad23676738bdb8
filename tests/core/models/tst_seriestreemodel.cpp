// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/MetricsStore.h"
#include "core/models/SeriesTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

MetricsStore twoNodesFourRanks(bool cache)
{
    MetricsResponse r;
    for (int n = 0; n < 2; ++n) {
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        for (int rank = 0; rank < 4; ++rank) {
            node.gpuUtilization[rank].append(1'000, 0.5);
            node.gpuMemory[rank].append(1'000, 1e9);
        }
        node.cpuUsage.append(1'000, 3);
        r.nodes.push_back(std::move(node));
    }
    r.hasCache = cache;
    MetricsStore store;
    store.merge(r, 0, 2'000, 1);
    return store;
}

QModelIndex find(const QAbstractItemModel &model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        if (i.data().toString() == text)
            return i;
    }
    return {};
}

} // namespace

class TestSeriesTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void treeIsNodeMetricRank()
    {
        SeriesTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.rebuild(twoNodesFourRanks(true));
        QCOMPARE(model.rowCount(), 3); // two nodes and the job-wide cache
        const QModelIndex node1 = find(model, QStringLiteral("node-1"));
        QVERIFY(node1.isValid());
        const QModelIndex util = find(model, QStringLiteral("GPU utilization"), node1);
        QVERIFY(util.isValid());
        QCOMPARE(model.rowCount(util), 4);
        QCOMPARE(model.index(2, 0, util).data(SeriesTreeModel::RankRole).toInt(), 2);
        QCOMPARE(model.nodeIds(), (QStringList{QStringLiteral("node-0"), QStringLiteral("node-1")}));

        model.rebuild(twoNodesFourRanks(false));
        QCOMPARE(model.rowCount(), 2); // no cache, no cache row
    }

    void hidingARankAndANode()
    {
        SeriesTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.rebuild(twoNodesFourRanks(false));
        QSignalSpy spy(&model, &SeriesTreeModel::visibilityChanged);
        const QModelIndex node0 = find(model, QStringLiteral("node-0"));
        const QModelIndex util = find(model, QStringLiteral("GPU utilization"), node0);
        QVERIFY(model.setData(model.index(3, 0, util), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!model.isVisible(QStringLiteral("node-0"), Metric::GpuUtilization, 3));
        QVERIFY(model.isVisible(QStringLiteral("node-0"), Metric::GpuUtilization, 2));
        QCOMPARE(Qt::CheckState(util.data(Qt::CheckStateRole).toInt()), Qt::PartiallyChecked);
        QCOMPARE(Qt::CheckState(node0.data(Qt::CheckStateRole).toInt()), Qt::PartiallyChecked);

        QVERIFY(model.setData(node0, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.isVisible(QStringLiteral("node-0"), Metric::CpuUsage));
        QVERIFY(model.isVisible(QStringLiteral("node-1"), Metric::CpuUsage));

        // New data does not bring back what the user hid.
        model.rebuild(twoNodesFourRanks(false));
        QVERIFY(!model.isVisible(QStringLiteral("node-0"), Metric::GpuMemory, 1));
        model.showAll();
        QVERIFY(model.isVisible(QStringLiteral("node-0"), Metric::GpuMemory, 1));
    }

    void isolateShowsOnlyThatSeriesOfItsMetric()
    {
        SeriesTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.rebuild(twoNodesFourRanks(false));
        model.isolate({QStringLiteral("node-1"), Metric::GpuUtilization, 2});
        QVERIFY(model.isVisible(QStringLiteral("node-1"), Metric::GpuUtilization, 2));
        QVERIFY(!model.isVisible(QStringLiteral("node-1"), Metric::GpuUtilization, 1));
        QVERIFY(!model.isVisible(QStringLiteral("node-0"), Metric::GpuUtilization, 2));
        QVERIFY(model.isVisible(QStringLiteral("node-0"), Metric::GpuMemory, 2)); // other charts untouched
    }
};

QTEST_GUILESS_MAIN(TestSeriesTreeModel)
#include "tst_seriestreemodel.moc"
