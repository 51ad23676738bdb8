// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

#include <optional>

struct MetricsResponse;

// How often the store behind the API scraped a job: the finest step at which a query still returns new
// samples. The API does not say, so it is read off a short probe fetched at a 1 s step. At each second the
// store answers with the latest sample at or before it, so a series' value changes only when a new sample was
// scraped; the most common distance between changes, over every series, is the interval. Series that do not
// change (a GPU pinned at 100 %, a flat memory line) give no distances and are simply outvoted.
class ScrapeInterval
{
public:
    static constexpr int ProbeStepSeconds = 1;
    // Long enough for a handful of samples at the slowest interval worth telling apart (60 s), short enough
    // that the probe of a 128-GPU job stays a few megabytes.
    static constexpr qint64 ProbeSpanMs = 6LL * 60 * 1000;
    // Fewer distances than this are no evidence: the interval stays unknown.
    static constexpr int MinimumEvidence = 8;

    // The interval in seconds, rounded to the usual scrape settings (1, 2, 5, 10, 15, 20, 30, 60, 120, 300
    // s); nullopt when the probe holds too few changes to tell.
    static std::optional<int> discover(const MetricsResponse &probe);
    // The usual setting nearest to a measured distance.
    static int snap(qint64 seconds);
};
