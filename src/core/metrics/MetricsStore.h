// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/MetricsResponse.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

// Everything fetched for one job, merged across fetches, and a record of which windows were fetched at which
// resolution, so a window already seen is not fetched again.
//
// Merging keeps the finest data: a fetch replaces the stored points only in the parts of its window that no
// earlier fetch covered at the same or a finer step. So zooming in refines the data, and zooming out again
// neither loses that detail nor duplicates a point.
//
// Copies of a store share its points until one of them changes its points (merge, retain), which copies them
// first: a copy made so that a frame goes on reading the old store while its owner forgets coverage or
// learns the scrape interval costs the coverage list, not the points. For a large job's sampled picture the
// points were about 3 ms of copying on the window's thread, every time such an edit met a frame being built.
// The points are changed in place only while this store is their only holder.
class MetricsStore
{
    Q_DECLARE_TR_FUNCTIONS(MetricsStore)

public:
    struct Coverage
    {
        qint64 fromMs;
        qint64 toMs;
        int stepSeconds;
    };

    void clear();
    bool isEmpty() const { return m_coverage.empty(); }

    void merge(const MetricsResponse &response, qint64 fromMs, qint64 toMs, int stepSeconds);
    // True when [fromMs, toMs] was fetched entirely at stepSeconds or finer.
    bool covers(qint64 fromMs, qint64 toMs, int stepSeconds) const;
    // Forgets that [fromMs, toMs] was fetched (the data stays until replaced): for the live edge of a
    // running job, whose latest window grows.
    void invalidate(qint64 fromMs, qint64 toMs);
    // Drops every point and coverage outside [fromMs, toMs]: how a long live session stays bounded.
    void retain(qint64 fromMs, qint64 toMs);

    const TrainingJob &job() const { return m_job; }
    const std::vector<NodeMetrics> &nodes() const { return points().nodes; }
    const NodeMetrics *node(const QString &nodeId) const;
    bool hasCache() const { return m_hasCache; }
    const Series &cacheUsage() const { return points().cacheUsage; }
    const Series &cacheUtilization() const { return points().cacheUtilization; }
    // True when this store and `other` hold the very same points (not a copy of them).
    bool sharesPointsWith(const MetricsStore &other) const { return m_points && m_points == other.m_points; }
    const QStringList &warnings() const { return m_warnings; }
    const std::vector<Coverage> &coverage() const { return m_coverage; }

    // How often the store behind the API scraped this job (its native resolution); 0 while unknown. A window
    // covered at this step holds every sample there is.
    int scrapeSeconds() const { return m_scrapeSeconds; }
    void setScrapeSeconds(int seconds) { m_scrapeSeconds = std::max(seconds, 0); }
    // The share of [fromMs, toMs] covered at stepSeconds or finer, 0 to 1 (1 for an empty window).
    double coveredFraction(qint64 fromMs, qint64 toMs, int stepSeconds) const;
    // The coarsest step of the data shown in [fromMs, toMs] outside what is covered at stepSeconds or finer;
    // 0 when all of it is that fine. What a chart says when it shows sampled data.
    int coarsestStepBeyond(qint64 fromMs, qint64 toMs, int stepSeconds) const;
    // The finest step [timeMs] was fetched at; 0 when no fetch covered it.
    int stepAt(qint64 timeMs) const;

    // A series by key; cache metrics are job-level and ignore the node.
    const Series *series(const QString &nodeId, Metric metric, int rank = -1) const;
    // First and last timestamp over every series; {0, 0} when empty.
    std::pair<qint64, qint64> dataBounds() const;
    std::size_t pointCount() const;
    // Bytes held by every series, a shared time column counted once, the indexes included.
    std::size_t heldBytes() const;
    quint64 revision() const { return m_revision; }

    // Parts of [fromMs, toMs] not yet covered at stepSeconds or finer, in time order; `coming` counts as
    // covered too (answers on their way into the store).
    std::vector<std::pair<qint64, qint64>> uncovered(qint64 fromMs, qint64 toMs, int stepSeconds,
                                                     const std::vector<Coverage> &coming = {}) const;

private:
    // The on-disk cache writes a store's parts and rebuilds one from them, which the public API (built for
    // merging fetches) cannot do without recomputing coverage.
    friend class MetricsStoreCodec;

    struct Points
    {
        std::vector<NodeMetrics> nodes;
        Series cacheUsage;
        Series cacheUtilization;
    };
    const Points &points() const;
    // The points to change: copied first unless this store is their only holder.
    Points &writablePoints();
    void addCoverage(Coverage coverage);
    // After the points changed: series with equal instants share one time column, and each node's rank
    // rows follow its ranks.
    void reindex();
    void addWarning(const QString &warning);
    // One warning per series holding values its metric cannot take (MetricInfo::plausibleRange).
    void notePlausibility(const MetricsResponse &response);

    TrainingJob m_job;
    std::shared_ptr<Points> m_points; // null for a store without points (never changed, or moved from)
    bool m_hasCache = false;
    QStringList m_warnings;
    std::vector<Coverage> m_coverage;
    int m_scrapeSeconds = 0;
    quint64 m_revision = 0;
};
