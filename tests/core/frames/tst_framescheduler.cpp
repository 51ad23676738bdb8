// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Frames built on the worker thread while the GUI thread goes on changing the store (copy on write, as the
// controller does): the newest request is the one delivered, and it shows the store it was asked for.
#include "core/frames/FrameScheduler.h"
#include "core/frames/LatestOnlyWorker.h"
#include "core/metrics/MetricsStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

namespace {

std::shared_ptr<MetricsStore> storeWith(int points)
{
    NodeMetrics node;
    node.nodeId = QStringLiteral("node-0");
    for (int rank = 0; rank < 8; ++rank) {
        Series s;
        for (int i = 0; i < points; ++i)
            s.append(i * 1'000LL, double((i + rank) % 100) / 100.0);
        node.gpuUtilization[rank] = s;
    }
    MetricsResponse response;
    response.nodes.push_back(node);
    auto store = std::make_shared<MetricsStore>();
    store->merge(response, 0, points * 1'000LL, 1);
    return store;
}

} // namespace

class TestFrameScheduler : public QObject
{
    Q_OBJECT

private slots:
    void aBurstOfRequestsDeliversTheNewest()
    {
        FrameScheduler scheduler;
        QSignalSpy ready(&scheduler, &FrameScheduler::frameReady);
        std::shared_ptr<const DashboardFrame> last;
        connect(&scheduler, &FrameScheduler::frameReady, this,
                [&last](const std::shared_ptr<const DashboardFrame> &frame) { last = frame; });
        auto store = storeWith(20'000);
        for (int step = 1; step <= 40; ++step) {
            // The GUI thread's next fetch lands in a copy while the worker may still read the last one.
            auto next = std::make_shared<MetricsStore>(*store);
            next->retain(0, 20'000'000 - step * 1'000);
            store = next;
            DashboardFrame::Spec spec;
            spec.fromMs = 0;
            spec.toMs = 20'000'000 - step * 1'000;
            spec.width = 400 + step;
            scheduler.request(store, spec);
        }
        QTRY_VERIFY_WITH_TIMEOUT(last && last->spec.width == 440, 20'000);
        QVERIFY(ready.count() < 40); // outdated requests were dropped, not built
        bool anyPoints = false;
        for (const DashboardFrame::Chart &chart : last->charts) {
            for (const DashboardFrame::Line &line : chart.lines)
                anyPoints = anyPoints || line.points.size() > 0;
        }
        QVERIFY(anyPoints);
    }

    // Data arriving faster than results build, for one view: results keep being delivered along the way
    // instead of every one being dropped until the stream stops. Another view waiting still drops them.
    void newerDataForTheSameViewDoesNotStarveTheScreen()
    {
        struct Input
        {
            int view = 0;
            int version = 0;
        };
        QObject owner;
        std::vector<Input> delivered;
        LatestOnlyWorker<Input, Input> worker(
            &owner,
            [](const Input &in) {
                QThread::msleep(20); // a frame of a large job
                return in;
            },
            [&delivered](std::shared_ptr<const Input> out) { delivered.push_back(*out); },
            [](const Input &built, const Input &waiting) { return built.view == waiting.view; });
        int version = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 500) { // a request every 2 ms, ten per build
            worker.request({1, ++version});
            QTest::qWait(2);
        }
        QVERIFY2(delivered.size() >= 5, qPrintable(QString::number(delivered.size())));
        QVERIFY(std::is_sorted(delivered.begin(), delivered.end(),
                               [](const Input &a, const Input &b) { return a.version < b.version; }));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.back().version, version, 5'000); // and the newest at the end

        // Each request another view: only the newest is shown, nothing of a view no longer asked for.
        delivered.clear();
        clock.restart();
        int view = 1;
        while (clock.elapsed() < 300) {
            worker.request({++view, ++version});
            QTest::qWait(2);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.empty() && delivered.back().view == view, 5'000);
        QTest::qWait(100);
        QCOMPARE(delivered.size(), std::size_t(1));
    }

    // A layout settling reports one width several times: the same snapshot and spec asked again while its
    // frame is built is answered by that frame, built once; another snapshot of the same window is built.
    void theSameRequestAskedAgainIsBuiltOnce()
    {
        FrameScheduler scheduler;
        std::vector<std::shared_ptr<const DashboardFrame>> frames;
        connect(&scheduler, &FrameScheduler::frameReady, this,
                [&frames](const std::shared_ptr<const DashboardFrame> &frame) { frames.push_back(frame); });
        const auto store = storeWith(200'000);
        DashboardFrame::Spec spec;
        spec.toMs = 200'000'000;
        spec.width = 571;
        // All in one turn, so every repeat arrives while the first is built (its result comes back through
        // this thread's event loop).
        for (int i = 0; i < 4; ++i)
            scheduler.request(store, spec);
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), std::size_t(1), 10'000);
        QTest::qWait(300);
        QCOMPARE(frames.size(), std::size_t(1));
        QCOMPARE(frames.front()->spec, spec);

        // The same window of a newer snapshot is not the same request.
        const auto newer = std::make_shared<MetricsStore>(*store);
        scheduler.request(store, spec);
        scheduler.request(newer, spec);
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), std::size_t(3), 10'000);
    }

    void framesOfTheSameJobAndWindowAreKept()
    {
        auto a = storeWith(100);
        auto b = std::make_shared<MetricsStore>(*a);
        b->retain(0, 50'000); // less data, same job
        DashboardFrame::Spec spec;
        spec.toMs = 100'000;
        spec.width = 800;
        QVERIFY(FrameScheduler::keeps(a, spec, b, spec));
        DashboardFrame::Spec wider = spec;
        wider.width = 801;
        QVERIFY(!FrameScheduler::keeps(a, spec, b, wider));
        DashboardFrame::Spec later = spec;
        later.fromMs = 1;
        QVERIFY(!FrameScheduler::keeps(a, spec, b, later));
        DashboardFrame::Spec hidden = spec;
        hidden.hidden.insert(SeriesKey{});
        QVERIFY(!FrameScheduler::keeps(a, spec, b, hidden));
        MetricsResponse other;
        other.job.id = QStringLiteral("other");
        auto c = std::make_shared<MetricsStore>();
        c->merge(other, 0, 100'000, 1);
        QVERIFY(!FrameScheduler::keeps(a, spec, c, spec));
    }
};

QTEST_GUILESS_MAIN(TestFrameScheduler)
#include "tst_framescheduler.moc"
