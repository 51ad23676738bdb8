// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The insight engine against the scenario generator's ground truth, end to end: the simulated server's bytes,
// parsed, stored and analysed. A smaller run than `trainscope-bench insight` (jobs of up to 4 nodes, three
// of each kind and ten clean ones), held to the same targets.
#include "bench/ScenarioScore.h"
#include "bench/ScenarioStore.h"
#include "core/insight/InsightEngine.h"
#include "mock/MockScenarioGenerator.h"

#include <QTest>

class TestInsightScenarios : public QObject
{
    Q_OBJECT

private slots:
    void everyKindIsFoundAndNothingElse()
    {
        ScenarioScore score;
        for (int k = 0; k < MockScenarioGenerator::KindCount; ++k) {
            const auto kind = MockScenarioGenerator::Kind(k);
            const int count = kind == MockScenarioGenerator::Kind::Clean ? 10 : 3;
            for (int seed = 101; seed < 101 + count; ++seed) {
                const MockScenarioCase scenario = MockScenarioGenerator::make(kind, quint64(seed), 4);
                QString error;
                const MetricsStore store = ScenarioStore::load(scenario, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                score.add(scenario, InsightEngine::analyze(store, ScenarioStore::optionsFor(scenario)));
            }
        }
        QVERIFY2(score.mismatches().isEmpty(), qPrintable(score.mismatches().join(QLatin1Char('\n'))));
        QCOMPARE(int(score.perKind().size()), InsightFinding::KindCount);
        QCOMPARE(score.lateOnsets(), 0);
        QCOMPARE(score.limitMisses(), 0);
        QCOMPARE(score.idleMisses(), 0);
        QCOMPARE(score.cleanFalseAlarms(), 0);
    }

    void scenariosAreDeterministic()
    {
        const MockScenarioCase a = MockScenarioGenerator::make(MockScenarioGenerator::Kind::IdleNode, 5);
        const MockScenarioCase b = MockScenarioGenerator::make(MockScenarioGenerator::Kind::IdleNode, 5);
        const MockScenarioCase c = MockScenarioGenerator::make(MockScenarioGenerator::Kind::IdleNode, 6);
        QCOMPARE(a.job.id, b.job.id);
        QCOMPARE(a.expected.first().node, b.expected.first().node);
        QCOMPARE(a.idleGpuHours, b.idleGpuHours);
        QVERIFY(a.job.id != c.job.id);
        QVERIFY(a.job.nodeCount >= 2 && a.job.nodeCount <= 16);
        QVERIFY(a.job.scrapeSeconds >= 15 && a.job.scrapeSeconds <= 60);
    }
};

QTEST_GUILESS_MAIN(TestInsightScenarios)
#include "tst_insightscenarios.moc"
