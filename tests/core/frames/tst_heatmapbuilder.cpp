// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The heatmap's columns: a one-sample stall stays visible at any zoom, memory keeps its peak, and a column
// without a measured sample is "no data", never filled in.
#include "core/frames/HeatmapBuilder.h"
#include "core/metrics/MetricsStore.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

namespace {

constexpr qint64 T0 = 1'750'000'000'000;
constexpr qint64 Step = 15'000;
constexpr qint64 Day = 24 * 3600 * 1000;

Series flat(qint64 from, qint64 to, double value)
{
    Series s;
    for (qint64 t = from; t <= to; t += Step)
        s.append(t, value);
    return s;
}

Series withOne(qint64 from, qint64 to, double value, qint64 at, double other)
{
    Series s;
    for (qint64 t = from; t <= to; t += Step)
        s.append(t, t == at ? other : value);
    return s;
}

std::vector<float> row(const Series &s, qint64 from, qint64 to, int width, HeatmapFrame::Reduction how,
                       qint64 hold = Step)
{
    std::vector<float> out(static_cast<std::size_t>(width));
    HeatmapBuilder::reduceRow(s, {Metric::GpuUtilization, from, to, width}, how, hold, out.data());
    return out;
}

// Every point of a column, visited: what the pyramid's answer must equal.
float bruteForce(const Series &s, const HeatmapFrame &f, int column, bool lowest)
{
    float best = std::numeric_limits<float>::quiet_NaN();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const qint64 t = s.times()[i];
        if (t < f.spec.fromMs || t > f.spec.toMs || f.columnAt(t) != column)
            continue;
        const float v = float(s.values()[i]);
        if (std::isnan(best) || (lowest ? v < best : v > best))
            best = v;
    }
    return best;
}

MetricsStore storeOf(int nodes, int ranks, qint64 from, qint64 to,
                     const std::function<void(MetricsResponse &)> &change = {})
{
    MetricsResponse response;
    response.job.id = QStringLiteral("heat1");
    response.job.instanceType.gpuMemoryLimitMib = 81920;
    for (int n = 0; n < nodes; ++n) {
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        for (int r = ranks - 1; r >= 0; --r) { // the API's order is not the rows' order
            node.gpuUtilization[r] = flat(from, to, 0.5 + 0.05 * r);
            node.gpuMemory[r] = flat(from, to, double(n + 1) * 1e9);
        }
        response.nodes.push_back(std::move(node));
    }
    if (change)
        change(response);
    MetricsStore store;
    store.merge(response, from, to, int(Step / 1000));
    return store;
}

} // namespace

class TestHeatmapBuilder : public QObject
{
    Q_OBJECT

private slots:
    void oneSampleDipSurvivesEveryZoom_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<qint64>("span");
        for (int width : {37, 300, 1000, 1600, 4096}) {
            for (qint64 span : {3 * Day, Day, 3600'000LL, 10 * 60'000LL, 60'000LL})
                QTest::addRow("%d px, %lld min", width, span / 60'000) << width << span;
        }
    }

    void oneSampleDipSurvivesEveryZoom()
    {
        QFETCH(int, width);
        QFETCH(qint64, span);
        const qint64 dip = T0 + Day + 7 * Step; // one 15-second sample in three days
        const Series s = withOne(T0, T0 + 3 * Day, 0.93, dip, 0.04);
        const qint64 from = std::max(T0, dip - span / 3);
        const qint64 to = from + span;
        const std::vector<float> cells = row(s, from, to, width, HeatmapFrame::Reduction::Minimum);
        HeatmapFrame f;
        f.spec = {Metric::GpuUtilization, from, to, width};
        const int column = f.columnAt(dip);
        QCOMPARE(cells[std::size_t(column)], 0.04f);
        // Elsewhere the level: the dip is not smeared beyond the 15 s its sample stands for.
        for (int c = 0; c < width; ++c) {
            const qint64 start = HeatmapFrame::columnStart(f.spec, c);
            const qint64 end = c + 1 < width ? HeatmapFrame::columnStart(f.spec, c + 1) : to + 1;
            const bool held = start > dip && end <= dip + Step; // no sample of its own, within the dip's 15 s
            if (start > s.lastTime() + Step)
                QVERIFY(std::isnan(cells[std::size_t(c)])); // past the data: not measured
            else if (c != column && start <= s.lastTime())
                QCOMPARE(cells[std::size_t(c)], held ? 0.04f : 0.93f);
        }
    }

    void memoryKeepsItsPeak()
    {
        const qint64 peak = T0 + 2 * Day + 123 * Step;
        const Series s = withOne(T0, T0 + 3 * Day, 20e9, peak, 79e9);
        for (int width : {50, 800, 2000}) {
            const std::vector<float> cells =
                row(s, T0, T0 + 3 * Day, width, HeatmapFrame::Reduction::Maximum);
            HeatmapFrame f;
            f.spec = {Metric::GpuMemory, T0, T0 + 3 * Day, width};
            QCOMPARE(cells[std::size_t(f.columnAt(peak))], 79e9f);
            QCOMPARE(*std::max_element(cells.begin(), cells.end()), 79e9f);
        }
    }

    void pyramidAgreesWithEveryPoint()
    {
        QRandomGenerator random(7);
        Series s;
        for (qint64 t = T0; t <= T0 + Day; t += Step)
            s.append(t, random.bounded(1.0));
        for (int width : {13, 200, 999}) {
            for (auto how : {HeatmapFrame::Reduction::Minimum, HeatmapFrame::Reduction::Maximum}) {
                const qint64 from = T0 + 3 * 3600'000;
                const qint64 to = T0 + 20 * 3600'000 + 4321;
                const std::vector<float> cells = row(s, from, to, width, how, 0);
                HeatmapFrame f;
                f.spec = {Metric::GpuUtilization, from, to, width};
                for (int c = 0; c < width; ++c)
                    QCOMPARE(cells[std::size_t(c)],
                             bruteForce(s, f, c, how == HeatmapFrame::Reduction::Minimum));
            }
        }
    }

    void columnWithoutSampleIsNoData()
    {
        // Samples until 10:00, none for an hour, samples again from 11:00.
        Series s = flat(T0, T0 + 3600'000, 0.8);
        const Series later = flat(T0 + 2 * 3600'000, T0 + 3 * 3600'000, 0.7);
        for (std::size_t i = 0; i < later.size(); ++i)
            s.append(later.times()[i], later.values()[i]);
        // 1-minute columns: the gap's columns were not measured, and are not filled from either side.
        const int width = 180;
        const std::vector<float> cells =
            row(s, T0, T0 + 3 * 3600'000, width, HeatmapFrame::Reduction::Minimum);
        QCOMPARE(cells[30], 0.8f);
        QVERIFY(std::isnan(cells[61]));
        QVERIFY(std::isnan(cells[90]));
        QVERIFY(std::isnan(cells[119]));
        QCOMPARE(cells[121], 0.7f);
        // Zoomed in past the step (1-second columns): a sample stands for its 15 s, not longer.
        const std::vector<float> fine =
            row(s, T0 + 3600'000 - 30'000, T0 + 3600'000 + 30'000, 60, HeatmapFrame::Reduction::Minimum);
        QCOMPARE(fine[31], 0.8f);      // 1 s after the last sample
        QCOMPARE(fine[44], 0.8f);      // 14 s after it
        QVERIFY(std::isnan(fine[46])); // 16 s after it: nothing was measured
        // Without a hold, only the columns holding a sample have data.
        const std::vector<float> strict = row(s, T0, T0 + 60'000, 60, HeatmapFrame::Reduction::Minimum, 0);
        QCOMPARE(strict[0], 0.8f);
        QVERIFY(std::isnan(strict[1]));
        QCOMPARE(strict[15], 0.8f);
    }

    void ranksSharingTheirInstantsKeepTheirOwnValues()
    {
        // A node's ranks share one time column, and the builder works out each column's edges once for all
        // of them, from the float cells of the node's rank rows: every rank's row must still be the one
        // worked out from that rank's own doubles alone, for the lowest (utilization) and the highest
        // (memory) value. One rank misses samples (its own time column, so its node has no rank rows), so
        // both paths meet in one frame; equal values and both signs of zero test the order of comparisons.
        QRandomGenerator random(11);
        const qint64 to = T0 + 6 * 3600'000;
        MetricsResponse response;
        response.job.id = QStringLiteral("heat2");
        for (int n = 0; n < 2; ++n) {
            NodeMetrics node;
            node.nodeId = QStringLiteral("node-%1").arg(n);
            for (int r = 0; r < 4; ++r) {
                Series s;
                Series memory;
                for (qint64 t = T0; t <= to; t += Step) {
                    if (n == 1 && r == 2 && (t - T0) / Step % 7 < 3)
                        continue; // this rank's exporter dropped samples
                    const int kind = int(random.bounded(8));
                    s.append(t, kind == 0 ? 0.0 : kind == 1 ? -0.0 : random.bounded(1.0));
                    // Values a float cannot tell apart: the row must still show the float of the highest.
                    memory.append(t, 8e10 + double(random.bounded(64)) * (kind == 2 ? 1e-3 : 1.0));
                }
                node.gpuUtilization[r] = s;
                node.gpuMemory[r] = memory;
            }
            response.nodes.push_back(std::move(node));
        }
        MetricsStore store;
        store.merge(response, T0, to, int(Step / 1000));
        const NodeMetrics &first = store.nodes()[0];
        QVERIFY(first.gpuUtilization.at(0).sharesTimesWith(first.gpuUtilization.at(3)));
        QVERIFY(!store.nodes()[1].gpuUtilization.at(2).sharesTimesWith(first.gpuUtilization.at(0)));
        QVERIFY(first.gpuUtilizationRows.describes(first.gpuUtilization));
        QVERIFY(first.gpuMemoryRows.describes(first.gpuMemory));
        QVERIFY(store.nodes()[1].gpuUtilizationRows.isEmpty());
        for (auto [metric, width] : {std::pair{Metric::GpuUtilization, 7},
                                     {Metric::GpuUtilization, 333},
                                     {Metric::GpuUtilization, 1500},
                                     {Metric::GpuMemory, 7},
                                     {Metric::GpuMemory, 333},
                                     {Metric::GpuMemory, 1500}}) {
            const qint64 from = T0 + qint64(random.bounded(3600)) * 1000;
            const qint64 until = to - qint64(random.bounded(3600)) * 1000;
            const HeatmapFrame f = HeatmapBuilder::build(store, {metric, from, until, width});
            QCOMPARE(f.rows.size(), std::size_t(8));
            for (std::size_t r = 0; r < f.rows.size(); ++r) {
                const Series &s =
                    store.nodes()[std::size_t(f.rows[r].nodeIndex)].rankMap(metric)->at(f.rows[r].rank);
                const std::vector<float> alone = row(s, from, until, width, f.reduction);
                for (int c = 0; c < width; ++c) {
                    const float cell = f.cell(int(r), c);
                    const float own = alone[std::size_t(c)];
                    QVERIFY2((std::isnan(cell) && std::isnan(own)) ||
                                 (cell == own && std::signbit(cell) == std::signbit(own)),
                             qPrintable(QStringLiteral("row %1 column %2 of %3").arg(r).arg(c).arg(width)));
                }
            }
        }
    }

    void rowsPerRankGroupedByNode()
    {
        const MetricsStore store = storeOf(3, 4, T0, T0 + 3600'000);
        const HeatmapFrame f = HeatmapBuilder::build(store, {Metric::GpuUtilization, T0, T0 + 3600'000, 120});
        QCOMPARE(f.rows.size(), std::size_t(12));
        QCOMPARE(f.cells.size(), std::size_t(12 * 120));
        QCOMPARE(f.rows[0].node, QStringLiteral("node-0"));
        QCOMPARE(f.rows[0].rank, 0);
        QCOMPARE(f.rows[3].rank, 3);
        QCOMPARE(f.rows[4].node, QStringLiteral("node-1"));
        QCOMPARE(f.rows[4].nodeIndex, 1);
        QCOMPARE(f.reduction, HeatmapFrame::Reduction::Minimum);
        QCOMPARE(f.scaleMax, 1.0);
        QCOMPARE(f.cell(3, 10), 0.65f);
        // Past the end of the data (and beyond one step): no data.
        const HeatmapFrame wider =
            HeatmapBuilder::build(store, {Metric::GpuUtilization, T0, T0 + 2 * 3600'000, 120});
        QVERIFY(HeatmapFrame::isNoData(wider.cell(0, 100)));
        QVERIFY(!HeatmapFrame::isNoData(wider.cell(0, 50)));

        const HeatmapFrame memory = HeatmapBuilder::build(store, {Metric::GpuMemory, T0, T0 + 3600'000, 60});
        QCOMPARE(memory.reduction, HeatmapFrame::Reduction::Maximum);
        QCOMPARE(memory.scaleMax, 81920.0 * 1024 * 1024); // the GPU's memory is the top of the scale
        QCOMPARE(memory.cell(11, 5), 3e9f);
    }

    void memoryScaleReachesAPeakAboveTheLimit()
    {
        // A device reporting more than its instance type's memory: the scale must not clip the peak, however
        // the node's ranks are read (eight ranks or three), and columns without data must not count.
        for (int ranks : {8, 3}) {
            const MetricsStore store = storeOf(3, ranks, T0, T0 + 3600'000, [ranks](MetricsResponse &r) {
                r.nodes[1].gpuMemory[ranks - 1] = withOne(T0, T0 + 3600'000, 2e9, T0 + 40 * Step, 9e10);
            });
            QVERIFY(store.nodes()[1].gpuMemoryRows.describes(store.nodes()[1].gpuMemory));
            const HeatmapFrame memory =
                HeatmapBuilder::build(store, {Metric::GpuMemory, T0, T0 + 2 * 3600'000, 97});
            QVERIFY(HeatmapFrame::isNoData(memory.cell(0, 90)));
            QCOMPARE(memory.scaleMax, double(9e10f));
            QCOMPARE(memory.cell(2 * std::size_t(ranks) - 1, memory.columnAt(T0 + 40 * Step)), 9e10f);
        }
    }
};

QTEST_GUILESS_MAIN(TestHeatmapBuilder)
#include "tst_heatmapbuilder.moc"
