// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/TimeRange.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void historyGoesBackAndForward()
    {
        TimeRange range;
        QSignalSpy changed(&range, &TimeRange::changed);
        range.setWindow(0, 100'000);
        range.setWindow(10'000, 20'000); // a rubber-band zoom
        range.setWindow(12'000, 14'000);
        QCOMPARE(changed.count(), 3);
        QVERIFY(range.canGoBack());
        QVERIFY(!range.canGoForward());

        range.back();
        QCOMPARE(range.window(), (TimeRange::Window{10'000, 20'000}));
        range.back();
        QCOMPARE(range.window(), (TimeRange::Window{0, 100'000}));
        QVERIFY(!range.canGoBack());
        range.forward();
        QCOMPARE(range.window(), (TimeRange::Window{10'000, 20'000}));

        // A new range after going back drops the forward entries, as in a browser.
        range.setWindow(50'000, 60'000);
        QVERIFY(!range.canGoForward());
        range.back();
        QCOMPARE(range.window(), (TimeRange::Window{10'000, 20'000}));
    }

    void sameWindowIsNoChange()
    {
        TimeRange range;
        range.setWindow(0, 100'000);
        QSignalSpy changed(&range, &TimeRange::changed);
        range.setWindow(0, 100'000);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!range.canGoBack());
    }

    void zoomOutDoublesAroundTheCentre()
    {
        TimeRange range;
        range.setWindow(40'000, 60'000);
        range.zoomOut();
        QCOMPARE(range.window(), (TimeRange::Window{30'000, 70'000}));
        QVERIFY(range.canGoBack());
    }

    void repeatedZoomOutStopsAtTheLifetimeAndAMargin()
    {
        TimeRange range;
        const qint64 start = 1'700'000'000'000, end = start + 3'600'000; // a job of one hour
        range.setZoomLimit([&] { return std::pair{start, end}; });
        range.setWindow(start + 1'000'000, start + 1'060'000);
        for (int i = 0; i < 200; ++i)
            range.zoomOut();
        // A tenth of the hour on each side, and no further however often the user zooms out.
        QCOMPARE(range.window(), (TimeRange::Window{start - 360'000, end + 360'000}));
        QCOMPARE(range.window(), TimeRange::zoomBounds(start, end));
        // History holds the steps taken, not 200 copies of the final window.
        int steps = 0;
        while (range.canGoBack()) {
            range.back();
            ++steps;
        }
        QVERIFY(steps < 16);
    }

    void aShortJobStillGetsAMinuteOfMargin()
    {
        const TimeRange::Window w = TimeRange::zoomBounds(0, 1'000);
        QCOMPARE(w, (TimeRange::Window{-60'000, 61'000}));
    }

    void aRunningJobsLimitFollowsItsGrowingLifetime()
    {
        TimeRange range;
        qint64 now = 3'600'000;
        range.setZoomLimit([&] { return std::pair{qint64(0), now}; });
        range.setWindow(0, 3'600'000);
        range.zoomOut();
        QCOMPARE(range.window(), (TimeRange::Window{-360'000, 3'960'000}));
        now = 36'000'000; // the job ran on for nine more hours
        range.zoomOut();
        QCOMPARE(range.window(), (TimeRange::Window{-2'520'000, 6'120'000})); // no longer cut at the old end
    }

    void zoomOutWithoutALimitNeverOverflows()
    {
        TimeRange range;
        range.setWindow(1'700'000'000'000, 1'700'000'060'000);
        for (int i = 0; i < 200; ++i) {
            range.zoomOut();
            QVERIFY(range.isValid());
            QVERIFY(range.window().span() <= TimeRange::MaxSpanMs);
        }
        QVERIFY(range.window().span() >= TimeRange::MaxSpanMs / 2);
        // A hostile window at the ends of 64 bits stays ordered too.
        range.setWindow(std::numeric_limits<qint64>::max() - 10'000, std::numeric_limits<qint64>::max());
        range.zoomOut(1e300);
        QVERIFY(range.isValid());
        range.setWindow(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QVERIFY(range.isValid());
        range.zoomOut();
        QVERIFY(range.isValid());
    }

    void slideKeepsHistoryShort()
    {
        TimeRange range;
        range.setWindow(0, 10'000);
        range.slideTo(5'000, 15'000); // live mode following the clock
        QCOMPARE(range.window(), (TimeRange::Window{5'000, 15'000}));
        QVERIFY(!range.canGoBack());
    }

    void tinyWindowsAreWidened()
    {
        TimeRange range;
        range.setWindow(10'000, 10'010);
        QVERIFY(range.window().span() >= 1'000);
        QVERIFY(range.fromMs() <= 10'000 && range.toMs() >= 10'010);
    }
};

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
