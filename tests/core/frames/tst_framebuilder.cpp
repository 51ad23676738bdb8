// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// A frame's lines are what the linear M4 makes of each series, however the frame gets there: a chart's
// series are reduced together over the pixel columns of the time column they share.
#include "core/frames/FrameBuilder.h"
#include "core/metrics/MetricsStore.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>

namespace {

constexpr qint64 T0 = 1'750'000'000'000;
constexpr qint64 Step = 15'000;

Series noisy(QRandomGenerator &random, qint64 from, qint64 to, qint64 step, int levels)
{
    Series s;
    for (qint64 t = from; t <= to; t += step) {
        // Few levels make ties (and -0.0 beside 0.0) common, so the earliest of equal extremes must win.
        double v = levels == 0 ? random.bounded(100.0) : double(random.bounded(levels));
        if (levels > 0 && random.bounded(5) == 0)
            v = -v;
        s.append(t, v);
    }
    return s;
}

// Three nodes scraped together (every series on one time column), a fourth with instants of its own, and
// one series with a missing value (NaN: no pyramid).
MetricsStore storeOfFourNodes(qint64 to)
{
    QRandomGenerator random(41);
    MetricsResponse response;
    response.job.id = QStringLiteral("frames1");
    for (int n = 0; n < 4; ++n) {
        const qint64 start = n == 3 ? T0 + 4'000 : T0;
        const qint64 step = n == 3 ? 20'000 : Step;
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        for (int r = 0; r < 2; ++r) {
            node.gpuUtilization[r] = noisy(random, start, to, step, 3);
            node.gpuMemory[r] = noisy(random, start, to, step, 0);
        }
        node.cpuUsage = noisy(random, start, to, step, 0);
        node.cpuMemory = noisy(random, start, to, step, 4);
        node.ephemeralUsage = noisy(random, start, to, step, 2);
        node.ephemeralUtilization = noisy(random, start, to, step, 0);
        if (n == 1) {
            std::vector<double> values = node.cpuMemory.values();
            values[300] = std::nan("");
            node.cpuMemory = Series(node.cpuMemory, std::move(values));
        }
        response.nodes.push_back(std::move(node));
    }
    MetricsStore store;
    store.merge(response, T0, to, int(Step / 1000));
    return store;
}

} // namespace

class TestFrameBuilder : public QObject
{
    Q_OBJECT

private slots:
    void linesAreTheLinearM4OfEachSeries()
    {
        const qint64 to = T0 + 12 * 3600'000;
        const MetricsStore store = storeOfFourNodes(to);
        const std::vector<NodeMetrics> &nodes = store.nodes();
        QVERIFY(nodes[0].cpuUsage.sharesTimesWith(nodes[2].ephemeralUsage));
        QVERIFY(!nodes[3].cpuUsage.sharesTimesWith(nodes[0].cpuUsage));
        QVERIFY(!nodes[1].cpuMemory.summary().usable());

        QRandomGenerator random(43);
        int compared = 0;
        for (int round = 0; round < 24; ++round) {
            DashboardFrame::Spec spec;
            spec.fromMs = T0 - 60'000 + qint64(random.bounded(6 * 3600)) * 1000;
            spec.toMs =
                round % 3 == 0 ? to + 60'000 : spec.fromMs + qint64(1 + random.bounded(8 * 3600)) * 1000;
            // From many points a column (the pyramid's wide columns) to a few, to fewer than one.
            spec.width = round % 4 == 0 ? 3 + int(random.bounded(10)) : 50 + int(random.bounded(3000));
            spec.mode = round % 2 == 0 ? DashboardFrame::NodeMode::AllNodes
                                       : DashboardFrame::NodeMode::AggregatePerNode;
            if (round % 5 == 0)
                spec.hidden.insert({QStringLiteral("node-2"), Metric::CpuUsage, -1});
            const DashboardFrame frame = FrameBuilder::build(store, spec);
            const DashboardFrame linear = FrameBuilder::build(store, spec, FrameBuilder::Reduction::Linear);
            QCOMPARE(frame.charts.size(), linear.charts.size());
            for (std::size_t c = 0; c < frame.charts.size(); ++c) {
                const auto &lines = frame.charts[c].lines;
                QCOMPARE(lines.size(), linear.charts[c].lines.size());
                for (std::size_t l = 0; l < lines.size(); ++l) {
                    if (lines[l].aggregate)
                        continue; // per-column means by design, checked against the ranks in tst_m4reducer
                    const ReducedSeries &ours = lines[l].points;
                    const ReducedSeries &theirs = linear.charts[c].lines[l].points;
                    const QString where = QStringLiteral("round %1, %2").arg(round).arg(lines[l].label);
                    QVERIFY2(ours.x == theirs.x, qPrintable(where));
                    QVERIFY2(ours.y.size() == theirs.y.size() &&
                                 (ours.y.empty() || // no data pointer to compare
                                  std::memcmp(ours.y.data(), theirs.y.data(),
                                              ours.y.size() * sizeof(double)) == 0),
                             qPrintable(where));
                    compared += ours.isEmpty() ? 0 : 1;
                }
            }
        }
        QVERIFY(compared > 24 * 16); // the four per-node charts' lines at least, in every round
    }
};

QTEST_GUILESS_MAIN(TestFrameBuilder)
#include "tst_framebuilder.moc"
