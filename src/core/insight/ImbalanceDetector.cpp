// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/ImbalanceDetector.h"

#include "core/insight/UtilizationGrid.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr int bins = 50;

struct Histogram
{
    std::vector<double> counts = std::vector<double>(bins, 0.0);
    double sum = 0;
    double total = 0;
};

Histogram histogramOf(const UtilizationGrid &grid, std::size_t rank)
{
    Histogram h;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const double u = grid.utilization(rank, i);
        if (std::isnan(u))
            continue;
        h.counts[std::clamp(int(u * bins), 0, bins - 1)] += 1;
        h.sum += u;
        h.total += 1;
    }
    return h;
}

} // namespace

double ImbalanceDetector::jensenShannonDistance(const std::vector<double> &p, const std::vector<double> &q)
{
    double sp = 0, sq = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        sp += p[i];
        sq += q[i];
    }
    if (sp <= 0 || sq <= 0)
        return 0;
    double divergence = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double a = p[i] / sp, b = q[i] / sq, m = (a + b) / 2;
        if (a > 0)
            divergence += 0.5 * a * std::log2(a / m);
        if (b > 0)
            divergence += 0.5 * b * std::log2(b / m);
    }
    return std::sqrt(std::max(0.0, divergence));
}

namespace {

struct Outlier
{
    std::size_t rank;
    double distance;
    double mean;
    double peerMean;
};

// The rank most unlike the pool of the others, or none within the threshold.
std::optional<Outlier> worstRank(const std::vector<Histogram> &histograms, const Histogram &pool,
                                 const std::vector<bool> &inPool)
{
    std::optional<Outlier> worst;
    for (std::size_t r = 0; r < histograms.size(); ++r) {
        const Histogram &own = histograms[r];
        if (!inPool[r] || own.total < 10 || pool.total - own.total < 10)
            continue;
        std::vector<double> peers(bins);
        for (int b = 0; b < bins; ++b)
            peers[b] = pool.counts[b] - own.counts[b];
        const double distance = ImbalanceDetector::jensenShannonDistance(own.counts, peers);
        const double mean = own.sum / own.total;
        const double peerMean = (pool.sum - own.sum) / (pool.total - own.total);
        const bool unlike = distance > ImbalanceDetector::Threshold &&
                            std::abs(mean - peerMean) >= ImbalanceDetector::MinMeanGap;
        if (unlike && (!worst || distance > worst->distance))
            worst = Outlier{r, distance, mean, peerMean};
    }
    return worst;
}

InsightFinding findingOf(const UtilizationGrid &grid, const Outlier &o)
{
    const UtilizationGrid::Rank &rank = grid.ranks()[o.rank];
    InsightFinding f;
    f.kind = InsightFinding::Kind::Imbalance;
    f.severity = InsightFinding::Severity::Info;
    f.node = rank.node;
    f.rank = rank.rank;
    f.startMs = grid.times().front();
    f.endMs = grid.times().back() + grid.weightMs(grid.size() - 1);
    f.summary = ImbalanceDetector::tr("Rank %1 on %2 is busy unlike its peers (mean %3 % against %4 %, "
                                      "Jensen–Shannon distance %5).")
                    .arg(rank.rank)
                    .arg(rank.node.isEmpty() ? ImbalanceDetector::tr("the node") : rank.node)
                    .arg(qRound(o.mean * 100))
                    .arg(qRound(o.peerMean * 100))
                    .arg(o.distance, 0, 'f', 2);
    f.evidence = {{QStringLiteral("js_distance"), o.distance},
                  {QStringLiteral("threshold"), ImbalanceDetector::Threshold},
                  {QStringLiteral("mean_utilization"), o.mean},
                  {QStringLiteral("peer_mean_utilization"), o.peerMean},
                  {QStringLiteral("min_mean_gap"), ImbalanceDetector::MinMeanGap},
                  {QStringLiteral("bin_width"), 0.02}};
    return f;
}

} // namespace

std::vector<InsightFinding> ImbalanceDetector::detect(const UtilizationGrid &grid,
                                                      const std::set<std::size_t> &explained)
{
    std::vector<Histogram> histograms;
    std::vector<bool> inPool;
    Histogram pool;
    for (std::size_t r = 0; r < grid.ranks().size(); ++r) {
        inPool.push_back(!explained.count(r));
        histograms.push_back(inPool.back() ? histogramOf(grid, r) : Histogram{});
        for (int b = 0; b < bins; ++b)
            pool.counts[b] += histograms.back().counts[b];
        pool.sum += histograms.back().sum;
        pool.total += histograms.back().total;
    }
    // The most unlike rank leaves the pool before the next is judged, so one outlier does not make its
    // peers look unlike the pool it distorts; outliers are a minority by definition.
    std::vector<InsightFinding> findings;
    const std::size_t pooled = std::size_t(std::count(inPool.begin(), inPool.end(), true));
    while (findings.size() < pooled / 2) {
        const std::optional<Outlier> worst = worstRank(histograms, pool, inPool);
        if (!worst)
            break;
        findings.push_back(findingOf(grid, *worst));
        const Histogram &own = histograms[worst->rank];
        for (int b = 0; b < bins; ++b)
            pool.counts[b] -= own.counts[b];
        pool.sum -= own.sum;
        pool.total -= own.total;
        inPool[worst->rank] = false;
    }
    return findings;
}
