// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// A running job followed live for days, compressed into seconds: memory must stay flat.
#include "core/session/DashboardController.h"
#include "mock/MockServerOptions.h"
#include "mock/MockServerThread.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>

namespace {

std::atomic<qint64> g_now{0};

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

} // namespace

class TestLongSession : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandLiveRefreshesKeepMemoryFlat()
    {
        const int cycles = qEnvironmentVariableIntValue("TRAINSCOPE_LONG_SESSION_CYCLES") > 0
                               ? qEnvironmentVariableIntValue("TRAINSCOPE_LONG_SESSION_CYCLES")
                               : 10'000;
        g_now = QDateTime::currentMSecsSinceEpoch();
        MockServerOptions options;
        options.apiKey = QStringLiteral("k");
        options.clock = [] {
            return g_now.load();
        };
        MockServerThread server;
        ClientConfig config;
        config.baseUrl = server.start(options);
        config.apiKey = QStringLiteral("k");
        QVERIFY(!config.baseUrl.isEmpty());
        BasetenClient client(config);
        DashboardController controller(&client, [] { return g_now.load(); });
        controller.setResolution(Resolution::Sampled); // a day of live ticks: the sampled path's bounds
        controller.setDebounceMs(0);
        controller.setPixelWidth(900);

        controller.open(QStringLiteral("w8xk2pq"), QStringLiteral("b5n7m3c")); // the single-node running job
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.hasJob() && !controller.isLoading() && !controller.store().isEmpty(), 15'000);
        QVERIFY(jobStatusIsActive(controller.job().status));
        controller.applyPreset(DashboardController::Preset::LastHour);

        std::size_t pointsAtWarmup = 0;
        qint64 rssAtWarmup = 0;
        qsizetype timersAtWarmup = 0;
        const int warmup = cycles / 10;
        for (int i = 0; i < cycles; ++i) {
            g_now += 30'000; // each cycle is a 30 s refresh interval of wall clock
            QSignalSpy loading(&controller, &DashboardController::loadingChanged);
            controller.liveTick(); // every tick fetches: the newest part of the window is never covered yet
            while (loading.isEmpty() || loading.last().first().toBool())
                QVERIFY2(loading.wait(10'000), "a live refresh never finished");
            if (controller.lastError())
                QFAIL(qPrintable(controller.lastError()->message()));
            if (i == warmup) {
                QTest::qWait(10); // let deleteLater run
                pointsAtWarmup = controller.store().pointCount();
                rssAtWarmup = residentBytes();
                timersAtWarmup = client.findChildren<QTimer *>().size();
            }
        }
        QTest::qWait(10);

        // The view still ends now and holds the last hour.
        QCOMPARE(controller.range()->toMs(), g_now.load());
        const auto [first, last] = controller.store().dataBounds();
        QVERIFY(last > g_now.load() - 120'000);
        QVERIFY(first >= g_now.load() - 3 * 3'600'000);

        // Bounded: points, coverage records, timers, replies, resident memory.
        const std::size_t points = controller.store().pointCount();
        QVERIFY2(
            points <= pointsAtWarmup * 11 / 10 + 100,
            qPrintable(QStringLiteral("%1 points now, %2 after warm-up").arg(points).arg(pointsAtWarmup)));
        QVERIFY(controller.store().coverage().size() <= 4);
        QCOMPARE(client.activeRequests(), 0);
        QVERIFY(client.findChildren<QTimer *>().size() <= timersAtWarmup + 2);
        QVERIFY(client.openReplies() <= 2);
        const qint64 growth = residentBytes() - rssAtWarmup;
        QVERIFY2(growth < 32 * 1024 * 1024, qPrintable(QStringLiteral("RSS grew %1 bytes").arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestLongSession)
#include "tst_longsession.moc"
