// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"

#include <QCoreApplication>

// A report in one line for the job card: the most serious finding in a few words, the GPU-memory headroom,
// the idle GPU-hours and, only when a price is set, what they cost ("node-3 GPU 5 held back for 42 min ·
// 41 % GPU memory headroom · 3.1 idle GPU-hours ≈ $9"). Empty when there is nothing to say.
class InsightHeadline
{
    Q_DECLARE_TR_FUNCTIONS(InsightHeadline)

public:
    static QString of(const InsightReport &report);
    // The finding in a few words: where and what, without the evidence.
    static QString brief(const InsightFinding &finding);
    // The most serious finding, the earliest among equals; nullptr without findings.
    static const InsightFinding *leading(const InsightReport &report);
};
