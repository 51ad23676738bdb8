// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/Fidelity.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricsStore.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

Fidelity Fidelity::of(const MetricsStore &store, qint64 fromMs, qint64 toMs, int scrapeSeconds)
{
    Fidelity f;
    f.scrapeSeconds = scrapeSeconds;
    const int fine = std::max(scrapeSeconds, 1);
    if (toMs <= fromMs || store.isEmpty())
        return f;
    f.refinedFraction = store.coveredFraction(fromMs, toMs, fine);
    f.sampledStepSeconds = store.coarsestStepBeyond(fromMs, toMs, fine);
    return f;
}

QString Fidelity::headline() const
{
    if (isSampled()) {
        const QString every = sampledEvery();
        if (loadingCache)
            return tr("%1 — reading every sample from the offline cache").arg(every);
        if (!refining)
            return every;
        return tr("%1 — refining %2 %").arg(every, QLocale().toString(refinedPercent()));
    }
    if (scrapeSeconds > 0)
        return tr("every sample (%1)").arg(DurationText::format(qint64(scrapeSeconds) * 1000));
    return {};
}

int Fidelity::refinedPercent() const
{
    const int percent = std::clamp(int(std::floor(refinedFraction * 100.0)), 0, 100);
    return refining ? std::min(percent, 99) : percent;
}

QString Fidelity::chartNote() const
{
    if (isSampled() && refining && !loadingCache)
        return tr("%1 — refining").arg(sampledEvery());
    return headline();
}

QString Fidelity::sampledEvery() const
{
    return tr("sampled every %1").arg(DurationText::format(qint64(sampledStepSeconds) * 1000));
}

QString Fidelity::tag() const
{
    if (isSampled())
        return QStringLiteral("sampled %1s").arg(sampledStepSeconds);
    return scrapeSeconds > 0 ? QStringLiteral("full %1s").arg(scrapeSeconds) : QStringLiteral("full");
}
