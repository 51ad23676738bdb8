// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/TimeRange.h"

#include <QSignalSpy>
#include <QTest>

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
