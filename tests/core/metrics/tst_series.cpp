// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/Series.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

namespace {

// Points every stepMs from fromMs to toMs inclusive, all with the same value.
Series grid(qint64 fromMs, qint64 toMs, qint64 stepMs, double value)
{
    Series s;
    for (qint64 t = fromMs; t <= toMs; t += stepMs)
        s.append(t, value);
    return s;
}

bool strictlyIncreasing(const Series &s)
{
    return std::adjacent_find(s.times().begin(), s.times().end(), std::greater_equal<>()) == s.times().end();
}

std::size_t countValue(const Series &s, double v)
{
    return std::size_t(std::count(s.values().begin(), s.values().end(), v));
}

// What replaceWindow must produce, built the plain way: the points before the window, the fresh ones
// inside it, the points after it.
Series replacedPlainly(const Series &s, qint64 fromMs, qint64 toMs, const Series &fresh)
{
    if (toMs < fromMs)
        return s;
    Series out;
    for (std::size_t i = 0; i < s.size() && s.times()[i] < fromMs; ++i)
        out.append(s.times()[i], s.values()[i]);
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        if (fresh.times()[i] >= fromMs && fresh.times()[i] <= toMs)
            out.append(fresh.times()[i], fresh.values()[i]);
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.times()[i] > toMs)
            out.append(s.times()[i], s.values()[i]);
    }
    return out;
}

bool samePoints(const Series &a, const Series &b)
{
    return a.times() == b.times() && a.values() == b.values();
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private slots:
    void finerFetchReplacesOnlyItsWindow();
    void freshPointsOutsideTheWindowAreIgnored();
    void disjointWindows();
    void overlappingRefinements();
    void emptyFreshClearsTheWindow();
    void invertedWindowChangesNothing();
    void refiningInPlaceLeavesSharersAndCopiesAlone();
    void normalizeSortsAndDedupes();
    void normalizeKeepsSortedInput();
    void summaryFollowsEveryChange();
    void summaryCostsUnderOneBytePerPoint();
};

void TestSeries::finerFetchReplacesOnlyItsWindow()
{
    Series s = grid(0, 100'000, 10'000, 1.0);             // 11 coarse points, 10 s apart
    const Series fine = grid(30'000, 60'000, 1'000, 2.0); // 31 points, 1 s apart
    s.replaceWindow(30'000, 60'000, fine);

    QVERIFY(strictlyIncreasing(s));
    QCOMPARE(countValue(s, 2.0), std::size_t(31));
    // Kept: 0, 10, 20 before the window and 70..100 after it. The coarse 30..60 are gone.
    QCOMPARE(countValue(s, 1.0), std::size_t(3 + 4));
    QCOMPARE(s.size(), std::size_t(38));
    QCOMPARE(s.times()[2], qint64(20'000));
    QCOMPARE(s.times()[3], qint64(30'000));
    QCOMPARE(s.values()[3], 2.0); // the window's edge belongs to the fresh fetch
    QCOMPARE(s.times()[33], qint64(60'000));
    QCOMPARE(s.values()[33], 2.0);
    QCOMPARE(s.times()[34], qint64(70'000));
    // No slack kept after a merge: the points and their pyramid, nothing more.
    QCOMPARE(s.heldBytes(), s.size() * 16 + s.summary().heldBytes());
}

void TestSeries::freshPointsOutsideTheWindowAreIgnored()
{
    Series s = grid(0, 100'000, 10'000, 1.0);
    // A server that answers a wider range than asked must not overwrite the neighbours with its coarser view.
    const Series fresh = grid(0, 100'000, 5'000, 2.0);
    s.replaceWindow(40'000, 50'000, fresh);
    QVERIFY(strictlyIncreasing(s));
    QCOMPARE(countValue(s, 2.0), std::size_t(3)); // 40, 45, 50
    QCOMPARE(countValue(s, 1.0), std::size_t(9));
}

void TestSeries::disjointWindows()
{
    Series s = grid(100'000, 200'000, 10'000, 1.0);
    s.replaceWindow(300'000, 320'000, grid(300'000, 320'000, 10'000, 2.0)); // after the end
    s.replaceWindow(0, 20'000, grid(0, 20'000, 10'000, 3.0));               // before the start
    QVERIFY(strictlyIncreasing(s));
    QCOMPARE(s.size(), std::size_t(11 + 3 + 3));
    QCOMPARE(s.firstTime(), qint64(0));
    QCOMPARE(s.values().front(), 3.0);
    QCOMPARE(s.lastTime(), qint64(320'000));
    QCOMPARE(s.values().back(), 2.0);
    QCOMPARE(countValue(s, 1.0), std::size_t(11));
}

void TestSeries::overlappingRefinements()
{
    Series s = grid(0, 100'000, 10'000, 1.0);
    s.replaceWindow(20'000, 50'000, grid(20'000, 50'000, 1'000, 2.0));
    // The second window overlaps the first: its fetch wins where they overlap.
    s.replaceWindow(40'000, 70'000, grid(40'000, 70'000, 2'000, 3.0));
    QVERIFY(strictlyIncreasing(s));
    QCOMPARE(countValue(s, 2.0), std::size_t(20));    // 20..39 s
    QCOMPARE(countValue(s, 3.0), std::size_t(16));    // 40..70 s every 2 s
    QCOMPARE(countValue(s, 1.0), std::size_t(2 + 3)); // 0, 10 and 80, 90, 100
    QCOMPARE(s.size(), std::size_t(20 + 16 + 5));
}

void TestSeries::emptyFreshClearsTheWindow()
{
    Series s = grid(0, 100'000, 10'000, 1.0);
    s.replaceWindow(25'000, 75'000, Series());
    const std::vector<qint64> expected{0, 10'000, 20'000, 80'000, 90'000, 100'000};
    QCOMPARE(s.times(), expected);
}

void TestSeries::invertedWindowChangesNothing()
{
    Series s = grid(0, 100'000, 10'000, 1.0);
    const Series before = s;
    s.replaceWindow(60'000, 30'000, grid(0, 100'000, 1'000, 2.0));
    QCOMPARE(s, before);
}

void TestSeries::normalizeSortsAndDedupes()
{
    Series s({30, 10, 20, 20, 10}, {3.0, 1.0, 2.0, 2.5, 1.5});
    QVERIFY(!s.normalize());
    const std::vector<qint64> times{10, 20, 30};
    const std::vector<double> values{1.5, 2.5, 3.0}; // the later report of a repeated time wins
    QCOMPARE(s.times(), times);
    QCOMPARE(s.values(), values);
}

void TestSeries::normalizeKeepsSortedInput()
{
    Series s({10, 20, 30}, {1.0, 2.0, 3.0});
    const Series before = s;
    QVERIFY(s.normalize());
    QCOMPARE(s, before);
}

// Merges rebuild the pyramid only from the first block they touch; after any sequence of changes it must be
// the pyramid a fresh build over the same points gives, and its totals those of the points.
void TestSeries::summaryFollowsEveryChange()
{
    QRandomGenerator rng(5);
    Series s;
    for (int i = 0; i < 5000; ++i)
        s.append(qint64(i) * 10, rng.generateDouble());
    for (int round = 0; round < 200; ++round) {
        const qint64 from = qint64(rng.bounded(60000));
        const qint64 to = from + qint64(rng.bounded(8000));
        Series fresh;
        for (qint64 t = from; t <= to; t += 1 + rng.bounded(15))
            fresh.append(t, rng.generateDouble() * 100);
        if (round % 5 == 0)
            fresh = Series{}; // a window that lost its data
        s.replaceWindow(from, to, fresh);
        if (round % 7 == 0)
            s.append(s.isEmpty() ? 0 : s.lastTime() + 1, -1.0);
        QVERIFY(s.summary() == Series(s.times(), s.values()).summary());
        if (s.isEmpty())
            continue;
        const std::size_t b = std::size_t(rng.bounded(quint32(s.size())));
        const std::size_t e = b + 1 + std::size_t(rng.bounded(quint32(s.size() - b)));
        double sum = 0;
        double max = s.values()[b];
        double min = s.values()[b];
        for (std::size_t i = b; i < e; ++i) {
            sum += s.values()[i];
            max = std::max(max, s.values()[i]);
            min = std::min(min, s.values()[i]);
        }
        const SeriesSummary::Totals t = s.totals(b, e);
        QCOMPARE(t.max, max);
        QCOMPARE(t.min, min);
        QVERIFY(std::abs(t.sum - sum) < 1e-9 * double(e - b));
    }
}

// The store's budget is 17 bytes per point, 16 of them the point itself.
void TestSeries::summaryCostsUnderOneBytePerPoint()
{
    std::vector<qint64> times(100000);
    std::vector<double> values(100000);
    for (std::size_t i = 0; i < times.size(); ++i) {
        times[i] = qint64(i) * 15000;
        values[i] = double(i % 97);
    }
    Series s(std::move(times), std::move(values));
    s.shrinkToFit();
    QVERIFY2(double(s.heldBytes()) / double(s.size()) < 17.0, qPrintable(QString::number(s.heldBytes())));
}

// A window is replaced in place where the series alone holds its columns. Random windows and tiles against
// the plain construction, with a series sharing the time column and a copy (as a frame's snapshot holds)
// that must keep what they had; and series that shared a column and get the same fresh instants in one
// merge share the result.
void TestSeries::refiningInPlaceLeavesSharersAndCopiesAlone()
{
    QRandomGenerator rng(20261201);
    for (int round = 0; round < 300; ++round) {
        Series a = grid(0, 200'000, 10'000 + 1'000 * rng.bounded(5), 1.0);
        std::vector<double> bValues(a.size());
        std::iota(bValues.begin(), bValues.end(), 100.0);
        const Series b(a, bValues); // shares a's instants, and is never refined
        Series c(a, std::vector<double>(a.size(), 7.0));
        for (int step = 0; step < 6; ++step) {
            const std::vector<qint64> bTimes = b.times();
            const Series snapshot = a; // a frame's copy, taken before the merge
            const std::vector<qint64> snapshotTimes = a.times();
            const std::vector<double> snapshotValues = a.values();
            const qint64 from = qint64(rng.bounded(220)) * 1'000 - 10'000;
            const qint64 to = from + qint64(rng.bounded(120)) * 1'000 - 5'000; // sometimes inverted
            const qint64 freshStep = 500 + 500 * rng.bounded(6);
            const qint64 freshFrom = from - qint64(rng.bounded(3)) * freshStep;
            const Series fresh = rng.bounded(8) == 0
                                     ? Series()
                                     : grid(freshFrom, freshFrom + 40 * freshStep, freshStep, 2.0 + step);
            const Series expectedA = replacedPlainly(a, from, to, fresh);
            const Series expectedC = replacedPlainly(c, from, to, fresh);
            Series::MergedTimes shared; // one merge
            a.replaceWindow(from, to, fresh, &shared);
            c.replaceWindow(from, to, fresh, &shared);
            QVERIFY(samePoints(a, expectedA));
            QVERIFY(samePoints(c, expectedC));
            QVERIFY(strictlyIncreasing(a));
            QCOMPARE(b.times(), bTimes);
            QCOMPARE(b.values(), bValues);
            QCOMPARE(snapshot.times(), snapshotTimes);
            QCOMPARE(snapshot.values(), snapshotValues);
            QVERIFY2(a.isEmpty() || c.sharesTimesWith(a), "the same instants built twice in one merge");
        }
    }
    // Alone with its columns, a series is refined in place; a copy taken before still has its own.
    Series alone = grid(0, 100'000, 10'000, 1.0);
    alone.replaceWindow(20'000, 40'000, grid(20'000, 40'000, 1'000, 2.0));
    const Series copy = alone;
    alone.replaceWindow(50'000, 60'000, grid(50'000, 60'000, 1'000, 3.0));
    QCOMPARE(countValue(copy, 3.0), std::size_t(0));
    QCOMPARE(countValue(alone, 3.0), std::size_t(11));
}

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
