// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The open job's insight, against the simulated server: analysed once its store has settled, priced when a
// price is known, again after a change, and dropped when another job opens.
#include "core/insight/InsightEngine.h"
#include "core/session/DashboardController.h"
#include "core/session/JobInsight.h"
#include "support/SimulatedApi.h"

#include <QSignalSpy>
#include <QTest>

class TestJobInsight : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedApi> m_api;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<JobInsight> m_insight;

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<SimulatedApi>();
        QVERIFY(m_api->isRunning());
        m_controller = std::make_unique<DashboardController>(m_api->client(), DashboardController::Clock{});
        m_controller->setDebounceMs(20);
        m_controller->setResolution(Resolution::Sampled);
        m_insight = std::make_unique<JobInsight>(m_controller.get());
        m_insight->setDebounceMs(50);
    }

    void analysesOnceSettled()
    {
        QSignalSpy changed(m_insight.get(), &JobInsight::reportChanged);
        m_controller->open(QStringLiteral("n4q95w5"), QStringLiteral("lx2m8kq"));
        QTRY_VERIFY_WITH_TIMEOUT(m_insight->report(), 30'000);
        // Never a report of a half-loaded store: it came after the last fetch was in.
        QVERIFY(m_controller->isSettled());
        QVERIFY(m_insight->report()->gpuHours > 0);
        QVERIFY(!m_insight->report()->idleCost); // no price known
        QVERIFY(m_insight->report()->caveats.join(QLatin1Char(' ')).contains(QStringLiteral("smaller GPU")));
        const bool lagging = std::any_of(m_insight->report()->findings.begin(),
                                         m_insight->report()->findings.end(), [](const auto &f) {
                                             return f.kind == InsightFinding::Kind::LaggingRank &&
                                                    f.node == QStringLiteral("node-1") && f.rank == 5;
                                         });
        QVERIFY(lagging);
        // Settled and unchanged: no second analysis.
        const qsizetype reports = changed.size();
        QTest::qWait(300);
        QCOMPARE(changed.size(), reports);
        QTRY_VERIFY(!m_insight->isAnalysing());
    }

    void aPriceGivesTheIdleCost()
    {
        QSignalSpy changed(m_insight.get(), &JobInsight::reportChanged);
        m_insight->setPriceLookup([](const QString &gpuType) {
            return gpuType == QStringLiteral("H100") ? std::optional<double>(6.5) : std::nullopt;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20'000);
        QVERIFY(m_insight->report()->idleCost);
        QCOMPARE(*m_insight->report()->idleCost, m_insight->report()->idleGpuHours * 6.5);
    }

    // With the machines on offer the report can advise on GPU memory, and stops saying it cannot.
    void machinesOnOfferAreAnalysedAgain()
    {
        std::optional<std::vector<InstanceType>> types;
        m_api->client()->listInstanceTypes(this, [&types](ApiResult<std::vector<InstanceType>> r) {
            QVERIFY(r.ok());
            types = r.value();
        });
        QTRY_VERIFY_WITH_TIMEOUT(types, 10'000);
        QVERIFY(!types->empty());
        QVERIFY(!m_insight->report()->headroom.offersKnown);
        QSignalSpy changed(m_insight.get(), &JobInsight::reportChanged);
        m_insight->setInstanceTypes(*types);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20'000);
        QVERIFY(m_insight->report()->headroom.offersKnown);
        QVERIFY(!m_insight->report()->caveats.contains(InsightEngine::noOffersCaveat()));
        m_insight->setInstanceTypes({}); // and without them, it says so again
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > 1, 20'000);
        QVERIFY(m_insight->report()->caveats.contains(InsightEngine::noOffersCaveat()));
    }

    void anotherJobDropsTheReport()
    {
        QSignalSpy changed(m_insight.get(), &JobInsight::reportChanged);
        m_controller->open(QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv"));
        // At once: the old job's findings must not be shown over the new job's charts.
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(!m_insight->report() || m_controller->job().id == QStringLiteral("p7qr9qv"));
        QTRY_VERIFY_WITH_TIMEOUT(m_insight->report() && m_controller->isSettled(), 30'000);
        const bool oldFinding = std::any_of(
            m_insight->report()->findings.begin(), m_insight->report()->findings.end(),
            [](const auto &f) { return f.kind == InsightFinding::Kind::LaggingRank && f.rank == 5; });
        QVERIFY(!oldFinding); // the other job's lagging rank is gone
    }

    void saysWhenOnlyPartOfTheJobWasAnalysed()
    {
        m_controller->setDefaultPreset(DashboardController::Preset::LastHour);
        m_controller->open(QStringLiteral("n4q95w5"), QStringLiteral("r3k8d2w")); // 2 h 14 min long
        QTRY_VERIFY_WITH_TIMEOUT(m_insight->report() && m_controller->job().id == QStringLiteral("r3k8d2w"),
                                 30'000);
        const QString caveats = m_insight->report()->caveats.join(QLatin1Char(' '));
        QVERIFY2(caveats.contains(QStringLiteral("Only the part of the job loaded so far")),
                 qPrintable(caveats));
        m_controller->applyPreset(DashboardController::Preset::WholeJob);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_insight->report()->caveats.join(QLatin1Char(' ')).contains(QStringLiteral("Only the part")),
            30'000);
    }
};

QTEST_GUILESS_MAIN(TestJobInsight)
#include "tst_jobinsight.moc"
