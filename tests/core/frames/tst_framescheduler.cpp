// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Frames built on the worker thread while the GUI thread goes on changing the store (copy on write, as the
// controller does): the newest request is the one delivered, and it shows the store it was asked for.
#include "core/frames/FrameScheduler.h"
#include "core/metrics/MetricsStore.h"

#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestFrameScheduler)
#include "tst_framescheduler.moc"
