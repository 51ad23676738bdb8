// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/LaggingRankDetector.h"

#include "core/insight/UtilizationGrid.h"
#include "core/metrics/DurationText.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace {

constexpr qint64 windowMs = 5LL * 60 * 1000;
constexpr double maxRatio = 0.7;
constexpr double minGap = 0.10;
constexpr double idleBelow = 0.10;
constexpr double jobLowBelow = 0.20;
constexpr double lowShare = 0.8;

struct Episode
{
    qint64 startMs;
    qint64 endMs;
};

struct RankLag
{
    std::size_t rank;
    std::vector<Episode> episodes;
    qint64 laggedMs = 0;
    double sumRatio = 0; // over lagged samples, for the evidence
    double sumGap = 0;
    int samples = 0;
};

// The peers' median: the job median, except for jobs of a few ranks, where the rank itself would weigh.
std::vector<double> smallJobPeerMedian(const UtilizationGrid &grid, std::size_t rank)
{
    std::vector<double> m(grid.size());
    const std::size_t ranks = grid.ranks().size();
    std::vector<double> peers;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        peers.clear();
        for (std::size_t r = 0; r < ranks; ++r) {
            if (r != rank && !std::isnan(grid.utilization(r, i)))
                peers.push_back(grid.utilization(r, i));
        }
        std::sort(peers.begin(), peers.end());
        m[i] = peers.empty() ? NAN : (peers[(peers.size() - 1) / 2] + peers[peers.size() / 2]) / 2;
    }
    return m;
}

bool lowInstant(double u, double m)
{
    return !std::isnan(u) && !std::isnan(m) && u >= idleBelow && m >= jobLowBelow && u < maxRatio * m &&
           m - u >= minGap;
}

// The trailing window's sums, kept by two pointers as the window slides.
struct Window
{
    double sumU = 0, sumM = 0;
    int valid = 0, low = 0;

    void add(double u, double m, int sign)
    {
        if (std::isnan(u) || std::isnan(m))
            return;
        sumU += sign * u;
        sumM += sign * m;
        valid += sign;
        low += sign * (lowInstant(u, m) ? 1 : 0);
    }
    bool lagging() const
    {
        if (valid < 3 || low < lowShare * valid)
            return false;
        const double u = sumU / valid, m = sumM / valid;
        return u >= idleBelow && m >= jobLowBelow && u < maxRatio * m && m - u >= minGap;
    }
};

RankLag scanRank(const UtilizationGrid &grid, std::size_t rank)
{
    RankLag lag{rank, {}, 0, 0, 0, 0};
    std::vector<double> own;
    if (grid.ranks().size() <= 4)
        own = smallJobPeerMedian(grid, rank);
    const std::vector<double> &m = own.empty() ? grid.jobMedians() : own;
    const auto &t = grid.times();
    Window w;
    std::size_t first = 0;
    bool open = false;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        if (grid.gapBefore(i)) { // a window never reaches across a gap
            w = Window{};
            first = i;
            open = false;
        }
        w.add(grid.utilization(rank, i), m[i], +1);
        while (t[i] - t[first] > windowMs) {
            w.add(grid.utilization(rank, first), m[first], -1);
            ++first;
        }
        const bool full = t[i] - t[first] >= windowMs - grid.stepMs();
        if (!full || !w.lagging()) {
            open = false;
            continue;
        }
        if (!open) {
            std::size_t onset = first;
            while (onset < i && !lowInstant(grid.utilization(rank, onset), m[onset]))
                ++onset;
            lag.episodes.push_back({t[onset], t[i] + grid.weightMs(i)});
            open = true;
        }
        lag.episodes.back().endMs = t[i] + grid.weightMs(i);
        lag.sumRatio += grid.utilization(rank, i) / m[i];
        lag.sumGap += m[i] - grid.utilization(rank, i);
        ++lag.samples;
    }
    for (const Episode &e : lag.episodes)
        lag.laggedMs += e.endMs - e.startMs;
    return lag;
}

InsightFinding persistent(const UtilizationGrid &grid, const RankLag &lag)
{
    const UtilizationGrid::Rank &r = grid.ranks()[lag.rank];
    InsightFinding f;
    f.kind = InsightFinding::Kind::LaggingRank;
    f.severity = InsightFinding::Severity::Warning;
    f.node = r.node;
    f.rank = r.rank;
    f.startMs = lag.episodes.front().startMs;
    f.endMs = lag.episodes.back().endMs;
    const double ratio = lag.samples ? lag.sumRatio / lag.samples : 0;
    f.summary = LaggingRankDetector::tr("Rank %1 on %2 worked at %3 % of its peers' utilization for %4: its "
                                        "host or input holds it back.")
                    .arg(r.rank)
                    .arg(r.node.isEmpty() ? LaggingRankDetector::tr("the node") : r.node)
                    .arg(qRound(ratio * 100))
                    .arg(DurationText::format(lag.laggedMs));
    f.evidence = {{QStringLiteral("pattern"), QStringLiteral("persistent")},
                  {QStringLiteral("ratio_to_peer_median"), ratio},
                  {QStringLiteral("gap_points"), lag.samples ? 100 * lag.sumGap / lag.samples : 0},
                  {QStringLiteral("lagged_minutes"), double(lag.laggedMs) / 60000.0},
                  {QStringLiteral("episodes"), int(lag.episodes.size())},
                  {QStringLiteral("window_minutes"), 5},
                  {QStringLiteral("blind_spot"), LaggingRankDetector::blindSpot()}};
    return f;
}

InsightFinding rotating(const UtilizationGrid &grid, const std::vector<RankLag> &lags, qint64 total)
{
    std::map<int, qint64> byNode;
    InsightFinding f;
    f.kind = InsightFinding::Kind::LaggingRank;
    f.severity = InsightFinding::Severity::Warning;
    f.startMs = lags.front().episodes.front().startMs;
    f.endMs = f.startMs;
    double ratio = 0;
    int samples = 0;
    for (const RankLag &lag : lags) {
        byNode[grid.ranks()[lag.rank].nodeIndex] += lag.laggedMs;
        f.startMs = std::min(f.startMs, lag.episodes.front().startMs);
        f.endMs = std::max(f.endMs, lag.episodes.back().endMs);
        ratio += lag.sumRatio;
        samples += lag.samples;
    }
    const auto top = std::max_element(byNode.begin(), byNode.end(),
                                      [](const auto &a, const auto &b) { return a.second < b.second; });
    if (top->second >= 0.8 * double(total)) {
        for (const UtilizationGrid::Rank &r : grid.ranks()) {
            if (r.nodeIndex == top->first) {
                f.node = r.node;
                break;
            }
        }
    }
    f.summary = LaggingRankDetector::tr("The lagging rank moves: %1 ranks took turns at %2 % of their peers "
                                        "for %3 in all; the input pipeline cannot keep up.")
                    .arg(lags.size())
                    .arg(qRound(samples ? 100 * ratio / samples : 0))
                    .arg(DurationText::format(total));
    f.evidence = {{QStringLiteral("pattern"), QStringLiteral("rotating")},
                  {QStringLiteral("ranks_involved"), int(lags.size())},
                  {QStringLiteral("ratio_to_peer_median"), samples ? ratio / samples : 0},
                  {QStringLiteral("lagged_minutes"), double(total) / 60000.0},
                  {QStringLiteral("window_minutes"), 5},
                  {QStringLiteral("blind_spot"), LaggingRankDetector::blindSpot()}};
    return f;
}

} // namespace

QString LaggingRankDetector::blindSpot()
{
    return tr("NVML counts a GPU waiting in a collective as busy, so a rank slow in compute makes its peers "
              "look fully busy: only ranks held back by their host or input show here, not every straggler.");
}

std::vector<InsightFinding> LaggingRankDetector::detect(const UtilizationGrid &grid)
{
    std::vector<RankLag> lags;
    qint64 total = 0;
    if (grid.ranks().size() < 2)
        return {}; // a rank has no peers to lag behind
    for (std::size_t r = 0; r < grid.ranks().size(); ++r) {
        RankLag lag = scanRank(grid, r);
        if (!lag.episodes.empty()) {
            total += lag.laggedMs;
            lags.push_back(std::move(lag));
        }
    }
    if (lags.empty())
        return {};
    const auto top = std::max_element(
        lags.begin(), lags.end(), [](const RankLag &a, const RankLag &b) { return a.laggedMs < b.laggedMs; });
    if (lags.size() >= 3 && double(top->laggedMs) < 0.6 * double(total))
        return {rotating(grid, lags, total)};
    std::vector<InsightFinding> findings;
    findings.reserve(lags.size());
    for (const RankLag &lag : lags)
        findings.push_back(persistent(grid, lag));
    return findings;
}
