// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/ScenarioScore.h"

#include <cmath>

namespace {

bool matches(const MockExpectedFinding &e, const InsightFinding &f)
{
    if (InsightFinding::kindName(f.kind) != e.kind)
        return false;
    if (e.node >= 0 && f.node != QStringLiteral("node-%1").arg(e.node))
        return false;
    if (f.rank.has_value() != (e.rank >= 0) || (f.rank && *f.rank != e.rank))
        return false;
    return e.endMs <= e.startMs || (f.startMs < e.endMs && f.endMs > e.startMs);
}

QString describe(const MockScenarioCase &s, const QString &what, const QString &kind, const QString &node,
                 int rank)
{
    return QStringLiteral("%1 seed %2: %3 %4 node %5 rank %6")
        .arg(s.kind)
        .arg(s.seed)
        .arg(what, kind, node)
        .arg(rank);
}

} // namespace

double ScenarioScore::Counts::precision() const
{
    const int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : double(truePositives) / found;
}

double ScenarioScore::Counts::recall() const
{
    const int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : double(truePositives) / expected;
}

ScenarioScore::Counts ScenarioScore::total() const
{
    Counts sum;
    for (const auto &[kind, c] : m_perKind) {
        sum.truePositives += c.truePositives;
        sum.falsePositives += c.falsePositives;
        sum.falseNegatives += c.falseNegatives;
    }
    return sum;
}

void ScenarioScore::add(const MockScenarioCase &scenario, const InsightReport &report)
{
    ++m_scenarios;
    std::vector<bool> used(report.findings.size(), false);
    for (const MockExpectedFinding &e : scenario.expected) {
        Counts &counts = m_perKind[e.kind];
        std::size_t hit = used.size();
        for (std::size_t i = 0; i < report.findings.size() && hit == used.size(); ++i) {
            if (!used[i] && matches(e, report.findings[i]))
                hit = i;
        }
        if (hit == used.size()) {
            ++counts.falseNegatives;
            m_mismatches.append(
                describe(scenario, QStringLiteral("missed"), e.kind, QString::number(e.node), e.rank));
            continue;
        }
        used[hit] = true;
        ++counts.truePositives;
        const InsightFinding &f = report.findings[hit];
        if (e.kind == QLatin1String("lagging_rank") && e.rank >= 0) {
            ++m_onsetsChecked;
            m_lateOnsets += std::abs(f.startMs - e.startMs) > 6LL * 60 * 1000 ? 1 : 0;
        }
        if (e.kind == QLatin1String("memory_growth") || e.kind == QLatin1String("storage_growth")) {
            ++m_limitsChecked;
            const double seconds = f.evidence.value(QStringLiteral("hours_to_limit")).toDouble() * 3600;
            m_limitMisses += std::abs(seconds - e.value) > 0.1 * e.value ? 1 : 0;
        }
    }
    const bool clean = scenario.kind == QLatin1String("clean");
    m_cleanJobs += clean ? 1 : 0;
    for (std::size_t i = 0; i < used.size(); ++i) {
        if (used[i])
            continue;
        const InsightFinding &f = report.findings[i];
        const QString kind = InsightFinding::kindName(f.kind);
        ++m_perKind[kind].falsePositives;
        if (clean && (f.kind == InsightFinding::Kind::LaggingRank ||
                      f.kind == InsightFinding::Kind::IdleGpu || f.kind == InsightFinding::Kind::IdleHeldGpu))
            ++m_cleanFalseAlarms;
        m_mismatches.append(describe(scenario, QStringLiteral("extra"), kind, f.node, f.rank.value_or(-1)) +
                            QStringLiteral(" — ") + f.summary);
    }
    // Idle GPU-hours, and so their cost at one price, within 1 % of the planted idle time (or none).
    ++m_idleChecked;
    const double truth = scenario.idleGpuHours;
    const bool idleOk =
        truth > 0 ? std::abs(report.idleGpuHours - truth) <= 0.01 * truth : report.idleGpuHours < 0.01;
    if (!idleOk) {
        ++m_idleMisses;
        m_mismatches.append(QStringLiteral("%1 seed %2: idle %3 GPU-h, truth %4")
                                .arg(scenario.kind)
                                .arg(scenario.seed)
                                .arg(report.idleGpuHours)
                                .arg(truth));
    }
}
