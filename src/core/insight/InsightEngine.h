// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightOptions.h"
#include "core/insight/InsightReport.h"

#include <QCoreApplication>

class MetricsStore;

// Everything the analysis says about one job's store: the phases and their idle GPU time, then each
// detector in turn (docs/INSIGHT.md has their methods and anchors). Works on whatever resolution the store
// holds; the finer, the better (a coarse step can hide a short dip entirely), and the caveats say which.
class InsightEngine
{
    Q_DECLARE_TR_FUNCTIONS(InsightEngine)

public:
    static constexpr qint64 LongStartupMs = 20LL * 60 * 1000;

    static InsightReport analyze(const MetricsStore &store, const InsightOptions &options);
    // The caveat of an analysis given no machines on offer: its figures hold, its advice of a smaller GPU
    // cannot be given.
    static QString noOffersCaveat();
};
