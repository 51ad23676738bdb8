// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/LaneExtremes.h"
#include "core/frames/M4Reducer.h"
#include "core/frames/PixelColumnEdges.h"
#include "core/metrics/RankRows.h"
#include "core/metrics/Series.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

namespace {

struct Column
{
    double firstX = 0, firstY = 0, lastX = 0, lastY = 0;
    double minY = std::numeric_limits<double>::max();
    double maxY = std::numeric_limits<double>::lowest();
    int count = 0;
};

// The definition the reducer must agree with, computed the slow and obvious way.
int columnOf(qint64 t, qint64 from, qint64 to, int width)
{
    const qint64 span = std::max<qint64>(to - from, 1);
    const auto column = qint64((static_cast<long double>(t - from) * width) / span);
    return int(std::min<qint64>(column, width - 1));
}

std::map<int, Column> bruteForce(const Series &s, qint64 from, qint64 to, int width)
{
    std::map<int, Column> columns;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const qint64 t = s.times()[i];
        if (t < from || t > to)
            continue;
        Column &c = columns[columnOf(t, from, to, width)];
        const double y = s.values()[i];
        if (c.count == 0) {
            c.firstX = double(t);
            c.firstY = y;
        }
        c.lastX = double(t);
        c.lastY = y;
        c.minY = std::min(c.minY, y);
        c.maxY = std::max(c.maxY, y);
        ++c.count;
    }
    return columns;
}

Series randomSeries(int n, qint64 start, quint32 seed)
{
    QRandomGenerator rng(seed);
    Series s;
    s.reserve(std::size_t(n));
    qint64 t = start;
    for (int i = 0; i < n; ++i) {
        t += 1 + rng.bounded(20); // irregular spacing so columns hold different counts
        s.append(t, rng.generateDouble() * 100.0);
    }
    return s;
}

} // namespace

class TestM4Reducer : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void edgePointsReachOutsideTheWindow();
    void emptyAndDegenerateInput();
    void singlePoint();
    void windowOutsideData();
    void fewPointsPassThrough();
    void coincidingExtremesAreDeduplicated();
    void aggregateMeanAndBand();
    void aggregateReducesToColumns();
    void aggregateEmpty();
    void aggregateMatchesReducedMergedMean();
    void pyramidMatchesLinear_data();
    void pyramidMatchesLinear();
    void seriesReducedTogetherMatchEachAlone();
    void fourLanesPickAsOneSeriesScanDoes();
    void aggregateColumnsMatchBruteForce();
    void aggregateColumnsEqualAggregateAtOneInstantPerColumn();
    void rankRowsDrawTheSameLineAsTheRanks();
    void rankRowsFollowTheirRanks();
    void throughput();
};

void TestM4Reducer::matchesBruteForce_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("fromOffset");
    QTest::addColumn<int>("toOffset");
    QTest::newRow("dense") << 100000 << 640 << 5000 << 900000;
    QTest::newRow("sparse") << 300 << 1600 << 0 << 3000;
    QTest::newRow("odd width") << 20000 << 997 << 1234 << 150001;
    QTest::newRow("one column") << 5000 << 1 << 100 << 40000;
    QTest::newRow("window beyond data") << 1000 << 200 << -5000 << 50000;
}

void TestM4Reducer::matchesBruteForce()
{
    QFETCH(int, points);
    QFETCH(int, width);
    QFETCH(int, fromOffset);
    QFETCH(int, toOffset);
    const qint64 start = 1'700'000'000'000;
    const Series s = randomSeries(points, start, quint32(points + width));
    const qint64 from = start + fromOffset;
    const qint64 to = start + toOffset;

    const ReducedSeries r = M4Reducer::reduce(s, from, to, width);
    QCOMPARE(r.x.size(), r.y.size());
    QVERIFY(!r.hasBand());
    QVERIFY(std::is_sorted(r.x.begin(), r.x.end()));
    QVERIFY(std::adjacent_find(r.x.begin(), r.x.end()) == r.x.end()); // strictly increasing: no duplicates

    const auto expected = bruteForce(s, from, to, width);
    std::map<int, std::vector<std::size_t>> byColumn;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const auto t = qint64(r.x[i]);
        if (t < from || t > to)
            continue;
        byColumn[columnOf(t, from, to, width)].push_back(i);
    }
    QCOMPARE(byColumn.size(), expected.size());
    for (const auto &[column, c] : expected) {
        const std::vector<std::size_t> &idx = byColumn[column];
        QVERIFY2(!idx.empty() && idx.size() <= 4, qPrintable(QString::number(column)));
        QVERIFY(idx.size() <= std::size_t(c.count));
        QCOMPARE(r.x[idx.front()], c.firstX);
        QCOMPARE(r.y[idx.front()], c.firstY);
        QCOMPARE(r.x[idx.back()], c.lastX);
        QCOMPARE(r.y[idx.back()], c.lastY);
        double minY = std::numeric_limits<double>::max();
        double maxY = std::numeric_limits<double>::lowest();
        for (std::size_t i : idx) {
            minY = std::min(minY, r.y[i]);
            maxY = std::max(maxY, r.y[i]);
        }
        QCOMPARE(minY, c.minY);
        QCOMPARE(maxY, c.maxY);
    }
    QVERIFY(r.size() <= std::size_t(4 * width + 2));
}

void TestM4Reducer::edgePointsReachOutsideTheWindow()
{
    Series s;
    for (qint64 t = 0; t <= 100; t += 10)
        s.append(t, double(t));
    const ReducedSeries r = M4Reducer::reduce(s, 25, 75, 100);
    QCOMPARE(r.x.front(), 20.0); // the last point before the window
    QCOMPARE(r.x.back(), 80.0);  // the first point after it
    QCOMPARE(r.x, (std::vector<double>{20, 30, 40, 50, 60, 70, 80}));
    QCOMPARE(r.y, r.x);

    // Window edges that hit a sample exactly: the sample is inside, the neighbours are still added.
    const ReducedSeries exact = M4Reducer::reduce(s, 30, 70, 10);
    QCOMPARE(exact.x, (std::vector<double>{20, 30, 40, 50, 60, 70, 80}));

    // Window at the start of the data: nothing before it to add.
    const ReducedSeries head = M4Reducer::reduce(s, 0, 15, 10);
    QCOMPARE(head.x, (std::vector<double>{0, 10, 20}));
}

void TestM4Reducer::emptyAndDegenerateInput()
{
    QVERIFY(M4Reducer::reduce(Series(), 0, 100, 100).isEmpty());
    Series s;
    s.append(10, 1);
    s.append(20, 2);
    QVERIFY(M4Reducer::reduce(s, 0, 100, 0).isEmpty());
    QVERIFY(M4Reducer::reduce(s, 0, 100, -5).isEmpty());
    QVERIFY(M4Reducer::reduce(s, 100, 0, 100).isEmpty()); // reversed window
    // A zero-length window is one column.
    const ReducedSeries zero = M4Reducer::reduce(s, 10, 10, 100);
    QCOMPARE(zero.x, (std::vector<double>{10, 20}));
}

void TestM4Reducer::singlePoint()
{
    Series s;
    s.append(50, 7);
    const ReducedSeries inside = M4Reducer::reduce(s, 0, 100, 10);
    QCOMPARE(inside.x, (std::vector<double>{50}));
    QCOMPARE(inside.y, (std::vector<double>{7}));
    QCOMPARE(M4Reducer::reduce(s, 60, 100, 10).x, (std::vector<double>{50})); // as the point before
    QCOMPARE(M4Reducer::reduce(s, 0, 40, 10).x, (std::vector<double>{50}));   // as the point after
}

void TestM4Reducer::windowOutsideData()
{
    Series s;
    for (qint64 t = 100; t <= 200; t += 10)
        s.append(t, 1);
    // No point inside: only the neighbours, which is what a chart needs to draw the line across the gap.
    QCOMPARE(M4Reducer::reduce(s, 300, 400, 50).x, (std::vector<double>{200}));
    QCOMPARE(M4Reducer::reduce(s, 0, 50, 50).x, (std::vector<double>{100}));
    QCOMPARE(M4Reducer::reduce(s, 121, 129, 50).x, (std::vector<double>{120, 130}));
}

void TestM4Reducer::fewPointsPassThrough()
{
    const Series s = randomSeries(500, 0, 7);
    const ReducedSeries r = M4Reducer::reduce(s, s.firstTime(), s.lastTime(), 2000);
    std::vector<double> xs(s.times().begin(), s.times().end());
    QCOMPARE(r.x, xs);
    QCOMPARE(r.y, s.values());
}

void TestM4Reducer::coincidingExtremesAreDeduplicated()
{
    Series s;
    // Rising within one column: first is the min and last is the max, so two points suffice.
    for (qint64 t = 0; t < 10; ++t)
        s.append(t, double(t));
    const ReducedSeries r = M4Reducer::reduce(s, 0, 9, 1);
    QCOMPARE(r.x, (std::vector<double>{0, 9}));
    // A constant column collapses to first and last.
    Series flat;
    for (qint64 t = 0; t < 10; ++t)
        flat.append(t, 3);
    QCOMPARE(M4Reducer::reduce(flat, 0, 9, 1).x, (std::vector<double>{0, 9}));
}

void TestM4Reducer::aggregateMeanAndBand()
{
    // Three ranks, shared timestamps except rank c missing t=20; window [10, 30] at a width that keeps all.
    Series a({0, 10, 20, 30, 40}, {1, 2, 3, 4, 5});
    Series b({0, 10, 20, 30, 40}, {3, 6, 9, 0, 5});
    Series c({0, 10, 30, 40}, {2, 1, 8, 5});
    const std::vector<const Series *> ranks{&a, &b, &c};
    const ReducedSeries r = M4Reducer::aggregate(ranks, 10, 30, 1000);
    QVERIFY(r.hasBand());
    QCOMPARE(r.x, (std::vector<double>{0, 10, 20, 30, 40}));
    QCOMPARE(r.y, (std::vector<double>{2, 3, 6, 4, 5}));
    QCOMPARE(r.lower, (std::vector<double>{1, 1, 3, 0, 5}));
    QCOMPARE(r.upper, (std::vector<double>{3, 6, 9, 8, 5}));
}

void TestM4Reducer::aggregateReducesToColumns()
{
    // Per column the band spans every rank's min and max, and the mean line is M4-reduced.
    const qint64 start = 1'000'000;
    std::vector<Series> storage;
    for (int rank = 0; rank < 8; ++rank) {
        Series s;
        QRandomGenerator rng(quint32(rank + 1));
        for (int i = 0; i < 20000; ++i)
            s.append(start + i * 10, rng.generateDouble());
        storage.push_back(std::move(s));
    }
    std::vector<const Series *> ranks;
    for (const Series &s : storage)
        ranks.push_back(&s);
    const int width = 300;
    const qint64 from = start + 1000;
    const qint64 to = start + 150000;
    const ReducedSeries r = M4Reducer::aggregate(ranks, from, to, width);
    QVERIFY(r.size() <= std::size_t(4 * width + 2));
    QCOMPARE(r.lower.size(), r.size());
    QCOMPARE(r.upper.size(), r.size());
    QVERIFY(std::is_sorted(r.x.begin(), r.x.end()));

    std::map<int, std::pair<double, double>> expectedBand;
    for (const Series &s : storage) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const qint64 t = s.times()[i];
            if (t < from || t > to)
                continue;
            auto [it, inserted] =
                expectedBand.try_emplace(columnOf(t, from, to, width), s.values()[i], s.values()[i]);
            it->second.first = std::min(it->second.first, s.values()[i]);
            it->second.second = std::max(it->second.second, s.values()[i]);
        }
    }
    for (std::size_t i = 0; i < r.size(); ++i) {
        const auto t = qint64(r.x[i]);
        if (t < from || t > to)
            continue;
        const auto &band = expectedBand.at(columnOf(t, from, to, width));
        QCOMPARE(r.lower[i], band.first);
        QCOMPARE(r.upper[i], band.second);
        QVERIFY(r.lower[i] <= r.y[i] && r.y[i] <= r.upper[i]);
    }
}

void TestM4Reducer::aggregateMatchesReducedMergedMean()
{
    // aggregate() streams the merge into the columns; its mean line must be exactly M4 of the merged mean,
    // whether the ranks share timestamps (the fast path) or not, for windows inside, across and outside the
    // data.
    const qint64 start = 5'000'000;
    for (const bool aligned : {true, false}) {
        std::vector<Series> storage;
        for (int rank = 0; rank < 6; ++rank) {
            Series s;
            QRandomGenerator rng(quint32(rank + 11));
            for (int i = 0; i < 5000; ++i) {
                if (!aligned && rng.bounded(5) == 0)
                    continue; // this rank missed a sample
                s.append(start + i * 7 + (aligned ? 0 : rank % 2), rng.generateDouble());
            }
            storage.push_back(std::move(s));
        }
        std::vector<const Series *> ranks;
        for (const Series &s : storage)
            ranks.push_back(&s);

        std::map<qint64, std::vector<double>> byTime;
        for (const Series &s : storage) {
            for (std::size_t i = 0; i < s.size(); ++i)
                byTime[s.times()[i]].push_back(s.values()[i]);
        }
        std::vector<qint64> times;
        std::vector<double> mean;
        for (const auto &[t, values] : byTime) {
            double sum = 0;
            for (double v : values)
                sum += v;
            times.push_back(t);
            mean.push_back(sum / int(values.size()));
        }

        QRandomGenerator rng(aligned ? 1 : 2);
        for (int round = 0; round < 40; ++round) {
            const qint64 from = start - 2000 + qint64(rng.bounded(40000));
            const qint64 to = from + qint64(rng.bounded(30000));
            const int width = 1 + int(rng.bounded(400));
            const ReducedSeries got = M4Reducer::aggregate(ranks, from, to, width);
            const ReducedSeries want = M4Reducer::reduce(times, mean, from, to, width);
            QCOMPARE(got.x, want.x);
            QCOMPARE(got.y, want.y);
            QCOMPARE(got.lower.size(), got.x.size());
            QCOMPARE(got.upper.size(), got.x.size());
            for (std::size_t i = 0; i < got.size(); ++i)
                QVERIFY(got.lower[i] <= got.y[i] && got.y[i] <= got.upper[i]);
        }
    }
}

void TestM4Reducer::aggregateEmpty()
{
    QVERIFY(M4Reducer::aggregate({}, 0, 100, 100).isEmpty());
    Series empty;
    const std::vector<const Series *> ranks{&empty, nullptr};
    QVERIFY(M4Reducer::aggregate(ranks, 0, 100, 100).isEmpty());
    Series one({10}, {4});
    const std::vector<const Series *> single{&one};
    QVERIFY(M4Reducer::aggregate(single, 0, 100, 0).isEmpty());
    const ReducedSeries r = M4Reducer::aggregate(single, 0, 100, 10);
    QCOMPARE(r.y, (std::vector<double>{4}));
    QCOMPARE(r.lower, (std::vector<double>{4}));
}

void TestM4Reducer::pyramidMatchesLinear_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("levels"); // 0: continuous values; n: integers below n, so extremes tie often
    QTest::addColumn<bool>("withNaN");
    QTest::newRow("continuous") << 200000 << 0 << false;
    QTest::newRow("ties") << 200000 << 3 << false;
    QTest::newRow("constant") << 50000 << 1 << false;
    QTest::newRow("short") << 700 << 4 << false;
    QTest::newRow("NaN falls back") << 30000 << 5 << true;
}

// The pyramid path must hand the chart exactly what the linear M4 does (the same first, min, max and last of
// every column, so the same points in the same order), for windows from a few points per column to
// thousands.
void TestM4Reducer::pyramidMatchesLinear()
{
    QFETCH(int, points);
    QFETCH(int, levels);
    QFETCH(bool, withNaN);
    QRandomGenerator rng(quint32(points + levels));
    Series s;
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < points; ++i) {
        t += 1 + rng.bounded(30);
        double v = levels == 0 ? rng.generateDouble() * 100 - 50 : double(rng.bounded(levels));
        if (levels > 0 && rng.bounded(7) == 0)
            v = -v; // -0.0 next to 0.0: equal, and the first of them must win in both paths
        s.append(t, v);
    }
    if (withNaN)
        s.replaceWindow(s.times()[100], s.times()[100], Series({s.times()[100]}, {std::nan("")}));
    QCOMPARE(s.summary().usable(), !withNaN);
    const qint64 first = s.firstTime();
    const qint64 last = s.lastTime();
    for (int round = 0; round < 60; ++round) {
        const qint64 from = first - 1000 + qint64(rng.bounded(quint32(last - first + 2000)));
        const qint64 to = round % 4 == 0 ? last + 500 : from + qint64(rng.bounded(quint32(last - first + 1)));
        const int width = round % 3 == 0 ? 1 + int(rng.bounded(20)) : 100 + int(rng.bounded(2000));
        const ReducedSeries fast = M4Reducer::reduce(s, from, to, width);
        const ReducedSeries linear = M4Reducer::reduceLinear(s, from, to, width);
        QCOMPARE(fast.x, linear.x);
        QCOMPARE(fast.y.size(), linear.y.size());
        for (std::size_t i = 0; i < fast.y.size(); ++i) {
            // Bit for bit: -0.0 and 0.0 compare equal but are different points.
            QVERIFY2(std::memcmp(&fast.y[i], &linear.y[i], sizeof(double)) == 0,
                     qPrintable(QStringLiteral("round %1, point %2").arg(round).arg(i)));
        }
    }
}

// A chart's series are reduced together over the pixel columns of the time column they share (found once,
// the series scanned four or two at a time). Each line must still be exactly the linear M4 of its own series:
// with ties and both signs of zero, NaN (no pyramid) alone, in runs and as a series' first value, columns of
// a few points and of thousands, a count that leaves groups of four, two and one, one series of another time
// column and an empty one among them.
void TestM4Reducer::seriesReducedTogetherMatchEachAlone()
{
    QRandomGenerator rng(29);
    Series base;
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < 60000; ++i) {
        t += 1 + rng.bounded(30);
        base.append(t, 0);
    }
    std::vector<Series> shared;
    for (int k = 0; k < 11; ++k) {
        std::vector<double> values(base.size());
        for (double &v : values) {
            v = k % 5 == 0 ? rng.generateDouble() * 100 - 50 : k == 3 ? 7.0 : double(rng.bounded(3 + k));
            if (k % 5 != 0 && rng.bounded(7) == 0)
                v = -v; // -0.0 next to 0.0: equal, and the first of them must win
        }
        if (k == 4)
            values[500] = std::nan("");
        if (k == 7) { // a NaN first, and runs of them wherever columns may begin or end
            values[0] = std::nan("");
            for (std::size_t i = 0; i < values.size(); i += 1 + rng.bounded(400)) {
                for (std::size_t j = i; j < std::min(values.size(), i + 1 + rng.bounded(30)); ++j)
                    values[j] = std::nan("");
            }
        }
        shared.emplace_back(base, std::move(values));
    }
    QVERIFY(shared[1].sharesTimesWith(shared[2]));
    QVERIFY(!shared[4].summary().usable());
    const Series other = randomSeries(20000, base.firstTime() + 7, 5); // a time column of its own
    const Series empty;
    std::vector<const Series *> series{&shared[0], &shared[1], &other, &shared[2], &empty};
    for (std::size_t k = 3; k < shared.size(); ++k)
        series.push_back(&shared[k]);

    const qint64 first = base.firstTime();
    const qint64 last = base.lastTime();
    for (int round = 0; round < 60; ++round) {
        const qint64 from = first - 1000 + qint64(rng.bounded(quint32(last - first + 2000)));
        const qint64 to = round % 4 == 0 ? last + 500 : from + qint64(rng.bounded(quint32(last - first + 1)));
        const int width = round % 3 == 0 ? 1 + int(rng.bounded(20)) : 100 + int(rng.bounded(2000));
        const std::vector<ReducedSeries> together =
            M4Reducer::reduce(series, PixelColumnEdges(base.times(), from, to, width));
        QCOMPARE(together.size(), series.size());
        for (std::size_t k = 0; k < series.size(); ++k) {
            const ReducedSeries alone = M4Reducer::reduceLinear(*series[k], from, to, width);
            const QString where = QStringLiteral("round %1, series %2").arg(round).arg(k);
            QVERIFY2(together[k].x == alone.x, qPrintable(where));
            QVERIFY2(together[k].y.size() == alone.y.size(), qPrintable(where));
            // Bit for bit (-0.0 is not 0.0 here); an empty line has no data pointer to compare.
            QVERIFY2(alone.y.empty() || std::memcmp(together[k].y.data(), alone.y.data(),
                                                    alone.y.size() * sizeof(double)) == 0,
                     qPrintable(where));
        }
    }
}

// The four-lane scan against one series' scan (the first lowest and highest, NaN never winning unless first),
// on runs of every length a narrow column has: random values, few distinct values (ties), both zeros, NaN
// anywhere. Where the processor has no four-lane scan this checks the fallback, and M4 does not call it.
void TestM4Reducer::fourLanesPickAsOneSeriesScanDoes()
{
    QRandomGenerator rng(31);
    std::vector<double> lanes[4];
    for (auto &lane : lanes)
        lane.resize(4096);
    for (int round = 0; round < 3000; ++round) {
        const int kind = round % 4;
        for (auto &lane : lanes) {
            for (double &v : lane) {
                v = kind == 0 ? rng.generateDouble() : double(rng.bounded(2 + kind));
                if (kind >= 2 && rng.bounded(5) == 0)
                    v = -v;
                if (kind == 3 && rng.bounded(6) == 0)
                    v = std::nan("");
            }
        }
        const std::size_t begin = rng.bounded(100);
        const std::size_t end = begin + 1 + rng.bounded(round % 10 == 0 ? 3000 : 70);
        const double *series[4] = {lanes[0].data(), lanes[1].data(), lanes[2].data(), lanes[3].data()};
        std::size_t lowAt[4];
        std::size_t highAt[4];
        LaneExtremes::fourSeries(series, begin, end, lowAt, highAt);
        for (int k = 0; k < 4; ++k) {
            const double *v = series[k];
            std::size_t low = begin;
            std::size_t high = begin;
            for (std::size_t i = begin + 1; i < end; ++i) {
                if (v[i] < v[low])
                    low = i;
                if (v[i] > v[high])
                    high = i;
            }
            const QString where =
                QStringLiteral("round %1, lane %2, [%3, %4)").arg(round).arg(k).arg(begin).arg(end);
            QVERIFY2(lowAt[k] == low, qPrintable(where));
            QVERIFY2(highAt[k] == high, qPrintable(where));
        }
    }
}

namespace {

struct Totals
{
    double sum = 0;
    int count = 0;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
};

std::vector<Series> randomRanks(int count, int points, bool aligned, quint32 seed)
{
    std::vector<Series> out;
    for (int rank = 0; rank < count; ++rank) {
        QRandomGenerator rng(seed + quint32(rank));
        Series s;
        for (int i = 0; i < points; ++i) {
            if (!aligned && rng.bounded(5) == 0)
                continue;
            s.append(5'000'000 + qint64(i) * 7 + (aligned ? 0 : rank % 3), rng.generateDouble() * 10);
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace

// A column's point is the mean of every value of every rank in it, its band their min and max.
void TestM4Reducer::aggregateColumnsMatchBruteForce()
{
    for (const bool aligned : {true, false}) {
        const std::vector<Series> storage = randomRanks(8, 40000, aligned, aligned ? 3 : 4);
        std::vector<const Series *> ranks;
        for (const Series &s : storage)
            ranks.push_back(&s);
        QRandomGenerator rng(7);
        for (int round = 0; round < 20; ++round) {
            const qint64 from = 5'000'000 + qint64(rng.bounded(100000)) - 2000;
            const qint64 to = from + 1 + qint64(rng.bounded(300000));
            const int width = 1 + int(rng.bounded(900));
            std::map<int, Totals> expected;
            for (const Series &s : storage) {
                for (std::size_t i = 0; i < s.size(); ++i) {
                    if (s.times()[i] < from || s.times()[i] > to)
                        continue;
                    Totals &c = expected[columnOf(s.times()[i], from, to, width)];
                    c.sum += s.values()[i];
                    ++c.count;
                    c.low = std::min(c.low, s.values()[i]);
                    c.high = std::max(c.high, s.values()[i]);
                }
            }
            const ReducedSeries got = M4Reducer::aggregateColumns(ranks, from, to, width);
            QCOMPARE(got.lower.size(), got.x.size());
            QVERIFY(std::is_sorted(got.x.begin(), got.x.end()));
            std::size_t inside = 0;
            for (std::size_t i = 0; i < got.size(); ++i) {
                if (got.x[i] < double(from) || got.x[i] > double(to))
                    continue;
                const Totals &want = expected.at(columnOf(qint64(got.x[i]), from, to, width));
                QVERIFY(std::abs(got.y[i] - want.sum / want.count) < 1e-9);
                QCOMPARE(got.lower[i], want.low);
                QCOMPARE(got.upper[i], want.high);
                ++inside;
            }
            QCOMPARE(inside, expected.size());
        }
    }
}

void TestM4Reducer::aggregateColumnsEqualAggregateAtOneInstantPerColumn()
{
    // Zoomed in so far that no column holds two instants, both aggregates draw the same line.
    const std::vector<Series> storage = randomRanks(8, 3000, true, 9);
    std::vector<const Series *> ranks;
    for (const Series &s : storage)
        ranks.push_back(&s);
    const qint64 from = 5'000'000 + 700;
    const qint64 to = from + 7 * 300;
    const ReducedSeries a = M4Reducer::aggregate(ranks, from, to, 2000);
    const ReducedSeries b = M4Reducer::aggregateColumns(ranks, from, to, 2000);
    QCOMPARE(b.x, a.x);
    QCOMPARE(b.lower, a.lower);
    QCOMPARE(b.upper, a.upper);
    QCOMPARE(b.y.size(), a.y.size());
    for (std::size_t i = 0; i < a.y.size(); ++i)
        QVERIFY(std::abs(a.y[i] - b.y[i]) < 1e-12);
}

// The dashboard draws a node's mean and band from its rank rows when they describe the ranks: the same
// columns, neighbours and band as from the ranks, the mean equal but for the order of additions. Windows
// and widths are random, so both the narrow path (rows one by one) and the wide one (pyramids) are taken.
void TestM4Reducer::rankRowsDrawTheSameLineAsTheRanks()
{
    const std::vector<Series> storage = randomRanks(8, 40000, true, 11);
    std::map<int, Series> map;
    for (std::size_t rank = 0; rank < storage.size(); ++rank) {
        map[int(rank)] = storage[rank];
        QVERIFY(map[int(rank)].shareTimesWith(map[0]));
    }
    RankRows rows;
    rows.rebuild(map);
    QVERIFY(!rows.isEmpty());
    std::vector<const Series *> ranks;
    for (const auto &[rank, s] : map)
        ranks.push_back(&s);
    QVERIFY(rows.describes(ranks));
    QRandomGenerator rng(12);
    int wide = 0;
    for (int round = 0; round < 200; ++round) {
        const qint64 span = 1 + qint64(rng.bounded(320000));
        const qint64 from = 5'000'000 - 5000 + qint64(rng.bounded(300000));
        const int width = 1 + int(rng.bounded(1200));
        const ReducedSeries want = M4Reducer::aggregateColumns(ranks, from, from + span, width);
        const ReducedSeries got = M4Reducer::aggregateColumns(rows, from, from + span, width);
        QCOMPARE(got.x, want.x);
        QCOMPARE(got.lower, want.lower);
        QCOMPARE(got.upper, want.upper);
        QCOMPARE(got.y.size(), want.y.size());
        for (std::size_t i = 0; i < want.y.size(); ++i)
            QVERIFY2(std::abs(got.y[i] - want.y[i]) <= 1e-12 * std::abs(want.y[i]) + 1e-12,
                     qPrintable(QStringLiteral("%1 vs %2").arg(got.y[i]).arg(want.y[i])));
        wide += span / 7 > qint64(width) * 8 ? 1 : 0;
    }
    QVERIFY(wide > 20);
    // Windows before and after the data: only the neighbour on the data's side, as from the ranks.
    for (const qint64 from : {qint64(0), qint64(10'000'000)}) {
        const ReducedSeries want = M4Reducer::aggregateColumns(ranks, from, from + 100, 800);
        const ReducedSeries got = M4Reducer::aggregateColumns(rows, from, from + 100, 800);
        QCOMPARE(got.size(), std::size_t(1));
        QCOMPARE(got.x, want.x);
        QCOMPARE(got.y, want.y);
    }
}

// Rows describe the ranks only as they were built: a changed rank, a hidden one or ranks of their own
// instants make them unusable, and the caller reads the ranks instead.
void TestM4Reducer::rankRowsFollowTheirRanks()
{
    std::map<int, Series> map;
    for (int rank = 0; rank < 4; ++rank)
        map[rank] = Series({1000, 2000, 3000}, {1.0 * rank, 2.0, 3.0});
    RankRows rows;
    rows.rebuild(map);
    QVERIFY(rows.isEmpty()); // equal times, but not shared: nothing says they stay equal
    for (auto &[rank, s] : map)
        QVERIFY(s.shareTimesWith(map.at(0)));
    rows.rebuild(map);
    QVERIFY(rows.describes(map));
    std::vector<const Series *> three{&map.at(0), &map.at(1), &map.at(2)};
    QVERIFY(!rows.describes(three)); // a hidden rank

    // Appending to one rank copies its time column first: the others keep theirs, the rows go stale.
    map.at(2).append(4000, 9.0);
    QCOMPARE(map.at(0).size(), std::size_t(3));
    QCOMPARE(map.at(0).times().back(), qint64(3000));
    QVERIFY(!map.at(2).sharesTimesWith(map.at(0)));
    QVERIFY(!rows.describes(map));
    rows.rebuild(map);
    QVERIFY(rows.isEmpty());

    // A copy of a series shares its column and its revision: the rows still describe copies.
    map.at(2) = Series(map.at(0), {2.0, 2.0, 3.0});
    rows.rebuild(map);
    QVERIFY(rows.describes(map));
    const std::map<int, Series> copy = map;
    QVERIFY(rows.describes(copy));
    QCOMPARE(rows.highs().values(), (std::vector<double>{3.0, 2.0, 3.0}));
    QCOMPARE(rows.lows().values(), (std::vector<double>{0.0, 2.0, 3.0}));
}

void TestM4Reducer::throughput()
{
    // Not a pass/fail benchmark (CI machines vary); the figure goes to the log for the record.
    const Series s = randomSeries(2'000'000, 0, 42);
    ReducedSeries out;
    QElapsedTimer timer;
    timer.start();
    const int rounds = 5;
    for (int i = 0; i < rounds; ++i)
        M4Reducer::reduceInto(s.times(), s.values(), s.firstTime(), s.lastTime(), 1600, out);
    const double nsPerPoint = double(timer.nsecsElapsed()) / rounds / double(s.size());
    qInfo("M4 reduce: %.2f ns per input point (%zu points -> %zu)", nsPerPoint, s.size(), out.size());
    QVERIFY(out.size() <= 4 * 1600 + 2);
}

QTEST_GUILESS_MAIN(TestM4Reducer)
#include "tst_m4reducer.moc"
