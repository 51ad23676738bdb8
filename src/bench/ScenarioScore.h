// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"
#include "mock/MockScenarioCase.h"

#include <QString>

#include <map>

// Scores analyses against the ground truth. A finding matches an expected one of its kind when the node
// agrees (if the truth names one), the rank agrees (a rank where the truth has one, none where it has
// none) and, when the truth has a span, their spans overlap. Besides precision and recall per kind, the
// checks the evaluation promises: lagging ranks flagged within 6 minutes of their onset, time to the
// limit within 10 %, idle GPU-hours within 1 %, and no lagging or idle finding on a clean job.
class ScenarioScore
{
public:
    struct Counts
    {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double precision() const;
        double recall() const;
    };

    void add(const MockScenarioCase &scenario, const InsightReport &report);

    const std::map<QString, Counts> &perKind() const { return m_perKind; }
    Counts total() const;
    int scenarios() const { return m_scenarios; }
    int lateOnsets() const { return m_lateOnsets; }
    int onsetsChecked() const { return m_onsetsChecked; }
    int limitMisses() const { return m_limitMisses; }
    int limitsChecked() const { return m_limitsChecked; }
    int idleMisses() const { return m_idleMisses; }
    int idleChecked() const { return m_idleChecked; }
    int cleanJobs() const { return m_cleanJobs; }
    int cleanFalseAlarms() const { return m_cleanFalseAlarms; }
    // One line per finding that did not match and per truth not found, for tuning.
    const QStringList &mismatches() const { return m_mismatches; }

private:
    std::map<QString, Counts> m_perKind;
    int m_scenarios = 0;
    int m_lateOnsets = 0, m_onsetsChecked = 0;
    int m_limitMisses = 0, m_limitsChecked = 0;
    int m_idleMisses = 0, m_idleChecked = 0;
    int m_cleanJobs = 0, m_cleanFalseAlarms = 0;
    QStringList m_mismatches;
};
