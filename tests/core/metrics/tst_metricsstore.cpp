// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"
#include "core/metrics/RankRows.h"

#include <QTest>

#include <memory>

#include <limits>

namespace {

// A response with one node, one GPU rank and the CPU series, sampled every stepMs over [from, to].
MetricsResponse response(qint64 from, qint64 to, qint64 stepMs, double value,
                         const QString &node = QStringLiteral("n0"))
{
    MetricsResponse r;
    r.job.id = QStringLiteral("j");
    NodeMetrics n;
    n.nodeId = node;
    for (qint64 t = from; t <= to; t += stepMs) {
        n.gpuUtilization[0].append(t, value);
        n.cpuUsage.append(t, value);
    }
    r.nodes.push_back(std::move(n));
    return r;
}

} // namespace

class TestMetricsStore : public QObject
{
    Q_OBJECT

private slots:
    // Values a metric cannot take stay in the data as sent, and are named once per series, however many
    // answers (tiles) repeat them.
    void implausibleValuesAreReportedOncePerSeries()
    {
        MetricsStore store;
        for (int tile = 0; tile < 3; ++tile) {
            const qint64 from = tile * 100'000;
            MetricsResponse r = response(from, from + 90'000, 10'000, 0.5);
            r.job.instanceType.memoryLimitMib = 1024;
            NodeMetrics &n = r.nodes.front();
            n.gpuUtilization[0] = Series({from, from + 10'000}, {0.5, 1e307});
            n.gpuUtilization[1] = Series({from, from + 10'000}, {0.5, 1.2}); // over 1, but plausible
            n.cpuMemory = Series({from, from + 10'000}, {-5.0, 1e6});
            store.merge(r, from, from + 90'000, 10);
        }
        QCOMPARE(store.warnings().size(), 2);
        QVERIFY(store.warnings().at(0).contains(QStringLiteral("n0 · GPU 0 · GPU utilization")));
        QVERIFY(store.warnings().at(1).contains(QStringLiteral("n0 · CPU memory")));
        const Series &s = *store.series(QStringLiteral("n0"), Metric::GpuUtilization, 0);
        QCOMPARE(s.values()[s.lowerBound(110'000)], 1e307); // kept as sent

        // Memory over 100 times the node's limit is implausible too; at the limit it is not.
        const double limit = 1024.0 * 1024 * 1024;
        const auto range = MetricInfo::plausibleRange(Metric::CpuMemory, limit);
        QVERIFY(MetricInfo::isPlausible(limit, range));
        QVERIFY(!MetricInfo::isPlausible(limit * 101, range));
        QVERIFY(!MetricInfo::isPlausible(std::numeric_limits<double>::quiet_NaN(), range));
        QVERIFY(!MetricInfo::isPlausible(1.6, MetricInfo::plausibleRange(Metric::GpuUtilization, {})));
    }

    // Refinement merges tile after tile, each batch into a fresh copy of the store (StoreUpdater): every
    // merge grows every series a little. Grown by insert(), a column doubled its room, so the store shown
    // after each batch held up to twice its points (22 bytes a point in the 16-node benchmark, over the
    // budget of 17).
    void aStoreRefinedTileByTileHoldsNoRoomItDoesNotUse()
    {
        auto withRanks = [](MetricsResponse r) {
            NodeMetrics &n = r.nodes.front();
            for (int rank = 1; rank < 8; ++rank)
                n.gpuUtilization[rank] = Series(n.gpuUtilization[0].times(),
                                                std::vector<double>(n.gpuUtilization[0].size(), 0.1 * rank));
            return r;
        };
        auto store = std::make_shared<MetricsStore>();
        store->merge(withRanks(response(0, 9'990'000, 10'000, 0.5)), 0, 9'990'000, 10); // the first 1000
        for (int tile = 0; tile < 40; ++tile) {
            const qint64 from = 10'000'000 + tile * 250'000;
            auto next = std::make_shared<MetricsStore>(*store); // as each batch starts
            next->merge(withRanks(response(from, from + 240'000, 10'000, 0.7)), from, from + 240'000, 10);
            store = next;
            // A copy holds its columns at their size: the store shown holds little more (the pyramids grow as
            // appended points need, amortized: under 1 byte a point).
            const MetricsStore compact(*store);
            QVERIFY2(double(store->heldBytes()) <= 1.15 * double(compact.heldBytes()),
                     qPrintable(QStringLiteral("after tile %1: %2 bytes, %3 at their size")
                                    .arg(tile)
                                    .arg(store->heldBytes())
                                    .arg(compact.heldBytes())));
        }
        QCOMPARE(store->nodes().front().cpuUsage.size(), std::size_t(1000 + 40 * 25));
    }

    // A node's ranks and metrics scraped together share one time column in the store, and its GPU ranks
    // are read as rows (the dashboard's mean and band come from them). What the memory budget rests on.
    void seriesOfANodeShareTheirInstantsAndRanksAreRows()
    {
        MetricsStore store;
        for (int tile = 0; tile < 2; ++tile) {
            const qint64 from = tile * 1'000'000;
            MetricsResponse r = response(from, from + 990'000, 10'000, 0.5);
            NodeMetrics &n = r.nodes.front();
            for (int rank = 1; rank < 8; ++rank)
                n.gpuUtilization[rank] = Series(n.gpuUtilization[0].times(),
                                                std::vector<double>(n.gpuUtilization[0].size(), 0.1 * rank));
            store.merge(r, from, from + 990'000, 10);
        }
        const NodeMetrics &node = store.nodes().front();
        const Series &cpu = node.cpuUsage;
        QCOMPARE(cpu.size(), std::size_t(200));
        for (const auto &[rank, s] : node.gpuUtilization)
            QVERIFY(s.sharesTimesWith(cpu));
        QVERIFY(node.gpuUtilizationRows.describes(node.gpuUtilization));
        QCOMPARE(node.gpuUtilizationRows.rankCount(), 8);
        QCOMPARE(node.gpuUtilizationRows.highs().values()[150], 0.7);
        QCOMPARE(node.gpuUtilizationRows.lows().values()[150], 0.1);
        QVERIFY(std::abs(node.gpuUtilizationRows.sums().values()[150] - (0.5 + 2.8)) < 1e-12);
        // Nine series of 200 points, one column of times: 9 x 8 bytes of values, 8 of times, the rows'
        // three values, their float copy of the eight ranks (8 x 4 bytes, for the heatmap) and the pyramids:
        // within the 17 bytes a point may cost, where unshared columns alone would take 16.
        const double perPoint = double(store.heldBytes()) / double(store.pointCount());
        QVERIFY2(perPoint < 17.0, qPrintable(QString::number(perPoint)));

        // A change to one rank leaves the others and the rows as they were until the store re-indexes.
        MetricsStore copy = store;
        MetricsResponse later = response(2'000'000, 2'050'000, 10'000, 0.9);
        copy.merge(later, 2'000'000, 2'050'000, 10);
        const NodeMetrics &changed = copy.nodes().front();
        QCOMPARE(changed.gpuUtilization.at(0).size(), std::size_t(206));
        QCOMPARE(changed.gpuUtilization.at(3).size(), std::size_t(200)); // the fresh answer had no rank 3
        QVERIFY(!changed.gpuUtilizationRows.describes(changed.gpuUtilization) ||
                changed.gpuUtilizationRows.isEmpty());
        QVERIFY(changed.gpuUtilizationRows.isEmpty()); // ranks no longer share their instants
        // The first store is untouched by the copy's merge.
        QCOMPARE(store.nodes().front().gpuUtilization.at(0).size(), std::size_t(200));
        QVERIFY(store.nodes().front().gpuUtilizationRows.describes(store.nodes().front().gpuUtilization));
    }

    void finerFetchRefinesWithoutDuplicates()
    {
        MetricsStore store;
        store.merge(response(0, 100'000, 10'000, 1.0), 0, 100'000, 10); // 11 coarse points
        store.merge(response(40'000, 60'000, 1'000, 2.0), 40'000, 60'000, 1);
        const Series &s = *store.series(QStringLiteral("n0"), Metric::GpuUtilization, 0);
        for (std::size_t i = 1; i < s.size(); ++i)
            QVERIFY(s.times()[i] > s.times()[i - 1]); // sorted, no duplicate timestamps
        // 4 coarse before, 21 fine inside, 4 coarse after.
        QCOMPARE(s.size(), std::size_t(4 + 21 + 4));
        QCOMPARE(s.values()[s.lowerBound(50'000)], 2.0);
        QCOMPARE(s.values()[s.lowerBound(90'000)], 1.0);
    }

    void zoomingOutKeepsTheDetail()
    {
        MetricsStore store;
        store.merge(response(40'000, 60'000, 1'000, 2.0), 40'000, 60'000, 1);
        store.merge(response(0, 100'000, 10'000, 1.0), 0, 100'000, 10);
        const Series &s = *store.series(QStringLiteral("n0"), Metric::CpuUsage);
        QCOMPARE(s.values()[s.lowerBound(45'000)], 2.0); // fine data survives a coarse fetch
        QCOMPARE(s.values()[s.lowerBound(10'000)], 1.0);
        QVERIFY(store.covers(40'000, 60'000, 1));
        QVERIFY(store.covers(0, 100'000, 10));
        QVERIFY(!store.covers(0, 100'000, 5)); // only part of it is that fine
    }

    void coverageAndWhatIsMissing()
    {
        MetricsStore store;
        QVERIFY(!store.covers(0, 10, 1));
        store.merge(response(0, 50'000, 10'000, 1.0), 0, 50'000, 10);
        QVERIFY(store.covers(10'000, 40'000, 10));
        QVERIFY(store.covers(10'000, 40'000, 60)); // coarser requests are served by finer data
        const auto missing = store.uncovered(30'000, 80'000, 10);
        QCOMPARE(missing.size(), std::size_t(1));
        QCOMPARE(missing.front().first, 50'000);
        QCOMPARE(missing.front().second, 80'000);
        store.invalidate(40'000, 50'000);
        QVERIFY(!store.covers(10'000, 50'000, 10));
        QVERIFY(store.covers(10'000, 40'000, 10));
    }

    // A tile merged into a store changes the node's rank rows only inside the tile's windows (the rest moves
    // along): after every merge of a random sequence (coarse and fine tiles, windows already covered and
    // invalidated, a rank missing from an answer, a NaN) the rows are exactly those built from scratch.
    void rankRowsFollowEveryMergeAsIfBuiltAnew()
    {
        quint32 seed = 20261201;
        auto next = [&seed](quint32 below) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % below;
        };
        constexpr qint64 Span = 6 * 3'600'000;
        MetricsStore store;
        int spliced = 0;
        for (int round = 0; round < 120; ++round) {
            const int stepSeconds = next(3) == 0 ? 60 : 15;
            const qint64 stepMs = stepSeconds * 1000LL;
            qint64 from = qint64(next(Span / stepMs)) * stepMs;
            qint64 to = std::min(Span, from + qint64(1 + next(400)) * stepMs);
            if (next(8) == 0)
                store.invalidate(from, to); // asked again, as a refresh does
            MetricsResponse r;
            r.job.id = QStringLiteral("j");
            for (const QString &nodeId : {QStringLiteral("n0"), QStringLiteral("n1")}) {
                NodeMetrics n;
                n.nodeId = nodeId;
                const int missing = round >= 100 && next(6) == 0 ? int(next(4)) : -1; // rows end for good
                const bool nan = round >= 100 && next(10) == 0;
                for (int rank = 0; rank < 4; ++rank) {
                    if (rank == missing)
                        continue;
                    for (qint64 t = from; t <= to; t += stepMs) {
                        const double v = nan && rank == 2 && t == from
                                             ? std::numeric_limits<double>::quiet_NaN()
                                             : double(next(1000)) / 10.0;
                        n.gpuUtilization[rank].append(t, v);
                        n.gpuMemory[rank].append(t, v * 1e9);
                    }
                }
                for (qint64 t = from; t <= to; t += stepMs)
                    n.cpuUsage.append(t, 0.5);
                r.nodes.push_back(std::move(n));
            }
            const bool heldBefore =
                !store.nodes().empty() &&
                store.nodes().front().gpuUtilizationRows.describes(store.nodes().front().gpuUtilization);
            store.merge(r, from, to, stepSeconds);
            spliced += heldBefore;
            for (const NodeMetrics &node : store.nodes()) {
                for (const auto &[ranks, rows] : {std::pair{&node.gpuUtilization, &node.gpuUtilizationRows},
                                                  std::pair{&node.gpuMemory, &node.gpuMemoryRows}}) {
                    RankRows anew;
                    anew.rebuild(*ranks);
                    QVERIFY2(*rows == anew,
                             qPrintable(QStringLiteral("round %1, node %2").arg(round).arg(node.nodeId)));
                    QCOMPARE(rows->describes(*ranks), !anew.isEmpty());
                }
            }
        }
        QVERIFY2(spliced > 80,
                 qPrintable(QString::number(spliced))); // most through the splice, not a rebuild
    }

    void nodesMergeByIdAndVanishedRanksClearTheirWindow()
    {
        MetricsStore store;
        MetricsResponse first = response(0, 20'000, 10'000, 1.0);
        first.nodes.front().gpuUtilization[1] = first.nodes.front().gpuUtilization[0];
        store.merge(first, 0, 20'000, 10);
        store.merge(response(0, 20'000, 10'000, 3.0, QStringLiteral("n1")), 0, 20'000, 10);
        QCOMPARE(store.nodes().size(), std::size_t(2));

        store.invalidate(0, 20'000);
        store.merge(response(0, 20'000, 10'000, 5.0), 0, 20'000, 10); // rank 1 no longer reported
        QCOMPARE(store.series(QStringLiteral("n0"), Metric::GpuUtilization, 1)->size(), std::size_t(0));
        QCOMPARE(store.series(QStringLiteral("n0"), Metric::GpuUtilization, 0)->values().front(), 5.0);
        QCOMPARE(store.dataBounds(), (std::pair<qint64, qint64>{0, 20'000}));
    }

    void retainDropsEverythingOutsideAndLiveSliversCoalesce()
    {
        MetricsStore store;
        for (qint64 t = 0; t < 100'000; t += 10'000) // ten live refreshes, each a sliver of the timeline
            store.merge(response(t, t + 10'000, 1'000, 1.0), t, t + 10'000, 1);
        QCOMPARE(store.coverage().size(), std::size_t(1)); // touching slivers fold into one record
        QVERIFY(store.covers(0, 100'000, 1));
        store.retain(60'000, 100'000);
        const Series &s = *store.series(QStringLiteral("n0"), Metric::GpuUtilization, 0);
        QCOMPARE(s.firstTime(), 60'000);
        QCOMPARE(s.lastTime(), 100'000);
        QVERIFY(!store.covers(0, 100'000, 1));
        QVERIFY(store.covers(60'000, 100'000, 1));
    }

    // A frame goes on reading the store it was given while the window's thread edits a copy: the copy shares
    // the points as long as only coverage or the scrape interval changes (a copy of a large job's points on
    // the window's thread was a visible stall), and a copy whose points change never changes the original's.
    void aCopySharesThePointsUntilItChangesThem()
    {
        MetricsResponse both = response(0, 100'000, 1'000, 1.0);
        both.nodes.push_back(response(0, 100'000, 1'000, 3.0, QStringLiteral("n1")).nodes.front());
        MetricsStore original;
        original.merge(both, 0, 100'000, 1);
        MetricsStore copy = original;
        QVERIFY(copy.sharesPointsWith(original));
        copy.invalidate(40'000, 60'000);
        copy.setScrapeSeconds(15);
        QVERIFY(copy.sharesPointsWith(original));
        QVERIFY(original.covers(0, 100'000, 1)); // the original's coverage is its own
        QCOMPARE(original.scrapeSeconds(), 0);

        copy.merge(response(40'000, 60'000, 1'000, 2.0), 40'000, 60'000, 1);
        QVERIFY(!copy.sharesPointsWith(original));
        const Series &mine = *original.series(QStringLiteral("n0"), Metric::GpuUtilization, 0);
        QCOMPARE(mine.values()[mine.lowerBound(50'000)], 1.0);
        const Series &theirs = *copy.series(QStringLiteral("n0"), Metric::GpuUtilization, 0);
        QCOMPARE(theirs.values()[theirs.lowerBound(50'000)], 2.0);
        QCOMPARE(copy.series(QStringLiteral("n1"), Metric::CpuUsage)->values().front(), 3.0);

        MetricsStore trimmed = original;
        trimmed.retain(60'000, 100'000);
        QCOMPARE(trimmed.series(QStringLiteral("n0"), Metric::CpuUsage)->firstTime(), 60'000);
        QCOMPARE(original.series(QStringLiteral("n0"), Metric::CpuUsage)->firstTime(), 0);
        QCOMPARE(original.pointCount(), std::size_t(2 * 2 * 101));

        MetricsStore moved = std::move(copy);
        QVERIFY(!moved.isEmpty());
        copy.clear(); // a store moved from is an empty one, usable again
        QCOMPARE(copy.pointCount(), std::size_t(0));
        QVERIFY(copy.nodes().empty());
    }

    void leaderOnlyJobIsOneNode()
    {
        MetricsResponse r;
        r.job.id = QStringLiteral("j");
        r.leader.cpuUsage.append(1'000, 4.0);
        MetricsStore store;
        store.merge(r, 0, 2'000, 1);
        QCOMPARE(store.nodes().size(), std::size_t(1));
        QCOMPARE(store.nodes().front().cpuUsage.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metricsstore.moc"
