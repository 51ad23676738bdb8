// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/MetricsStore.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/TwoThreads.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace {

void mergeSeries(Series &stored, const Series &fresh, const std::vector<std::pair<qint64, qint64>> &gaps,
                 Series::MergedTimes &shared)
{
    for (const auto &[from, to] : gaps)
        stored.replaceWindow(from, to, fresh, &shared);
}

void mergeRanks(std::map<int, Series> &stored, const std::map<int, Series> &fresh,
                const std::vector<std::pair<qint64, qint64>> &gaps, Series::MergedTimes &shared)
{
    for (const auto &[rank, series] : fresh)
        mergeSeries(stored[rank], series, gaps, shared);
    // A rank the server no longer reports has no data in this window: say so rather than keep stale points.
    for (auto &[rank, series] : stored) {
        if (fresh.find(rank) == fresh.end())
            mergeSeries(series, Series{}, gaps, shared);
    }
}

} // namespace

void MetricsStore::clear()
{
    *this = MetricsStore{};
}

const MetricsStore::Points &MetricsStore::points() const
{
    static const Points none;
    return m_points ? *m_points : none;
}

MetricsStore::Points &MetricsStore::writablePoints()
{
    // Changed in place only by their only holder, and only on the thread that made them: a batch of the
    // job's updater copies its base store's points at its first merge and changes that copy from then on
    // (StoreUpdater). The window's thread changes only the coverage and the scrape interval of a store
    // another thread may read, so no other thread's reads are left to order before these writes.
    if (!m_points)
        m_points = std::make_shared<Points>();
    else if (m_points.use_count() > 1)
        m_points = std::make_shared<Points>(*m_points);
    return *m_points;
}

std::vector<std::pair<qint64, qint64>> MetricsStore::uncovered(qint64 fromMs, qint64 toMs, int stepSeconds,
                                                               const std::vector<Coverage> &coming) const
{
    std::vector<std::pair<qint64, qint64>> covered;
    for (const std::vector<Coverage> *list : {&m_coverage, &coming}) {
        for (const Coverage &c : *list) {
            if (c.stepSeconds <= stepSeconds && c.toMs >= fromMs && c.fromMs <= toMs)
                covered.emplace_back(std::max(c.fromMs, fromMs), std::min(c.toMs, toMs));
        }
    }
    if (covered.empty())
        return {{fromMs, toMs}};
    std::sort(covered.begin(), covered.end());
    std::vector<std::pair<qint64, qint64>> out;
    qint64 cursor = fromMs;
    for (const auto &[from, to] : covered) {
        if (from > cursor)
            out.emplace_back(cursor, from);
        cursor = std::max(cursor, to);
    }
    if (cursor < toMs)
        out.emplace_back(cursor, toMs);
    return out;
}

double MetricsStore::coveredFraction(qint64 fromMs, qint64 toMs, int stepSeconds) const
{
    if (toMs <= fromMs)
        return 1.0;
    qint64 missing = 0;
    for (const auto &[from, to] : uncovered(fromMs, toMs, stepSeconds))
        missing += to - from;
    return 1.0 - double(missing) / double(toMs - fromMs);
}

int MetricsStore::coarsestStepBeyond(qint64 fromMs, qint64 toMs, int stepSeconds) const
{
    int coarsest = 0;
    for (const auto &[from, to] : uncovered(fromMs, toMs, stepSeconds)) {
        for (const Coverage &c : m_coverage) {
            if (c.stepSeconds > stepSeconds && c.fromMs < to && c.toMs > from)
                coarsest = std::max(coarsest, c.stepSeconds);
        }
    }
    return coarsest;
}

int MetricsStore::stepAt(qint64 timeMs) const
{
    int finest = 0;
    for (const Coverage &c : m_coverage) {
        if (c.fromMs <= timeMs && timeMs <= c.toMs && (finest == 0 || c.stepSeconds < finest))
            finest = c.stepSeconds;
    }
    return finest;
}

bool MetricsStore::covers(qint64 fromMs, qint64 toMs, int stepSeconds) const
{
    return !m_coverage.empty() && uncovered(fromMs, toMs, stepSeconds).empty();
}

void MetricsStore::invalidate(qint64 fromMs, qint64 toMs)
{
    std::vector<Coverage> kept;
    for (const Coverage &c : m_coverage) {
        if (c.toMs < fromMs || c.fromMs > toMs) {
            kept.push_back(c);
            continue;
        }
        if (c.fromMs < fromMs)
            kept.push_back({c.fromMs, fromMs, c.stepSeconds});
        if (c.toMs > toMs)
            kept.push_back({toMs, c.toMs, c.stepSeconds});
    }
    m_coverage = std::move(kept);
}

void MetricsStore::retain(qint64 fromMs, qint64 toMs)
{
    auto keep = [fromMs, toMs](Series &s) {
        if (s.isEmpty() || (s.firstTime() >= fromMs && s.lastTime() <= toMs))
            return;
        const std::size_t b = s.lowerBound(fromMs);
        const std::size_t e = s.lowerBound(toMs + 1);
        s = Series(std::vector<qint64>(s.times().begin() + qsizetype(b), s.times().begin() + qsizetype(e)),
                   std::vector<double>(s.values().begin() + qsizetype(b), s.values().begin() + qsizetype(e)));
    };
    Points &p = writablePoints();
    for (NodeMetrics &n : p.nodes) {
        for (Series *s : n.allSeries())
            keep(*s);
    }
    keep(p.cacheUsage);
    keep(p.cacheUtilization);
    std::vector<Coverage> kept;
    for (const Coverage &c : m_coverage) {
        const qint64 from = std::max(c.fromMs, fromMs);
        const qint64 to = std::min(c.toMs, toMs);
        if (from < to)
            kept.push_back({from, to, c.stepSeconds});
    }
    m_coverage = std::move(kept);
    reindex();
    ++m_revision;
}

void MetricsStore::merge(const MetricsResponse &response, qint64 fromMs, qint64 toMs, int stepSeconds)
{
    m_job = response.job; // the job as of the latest answer: status and updated_at move on
    const auto parts = uncovered(fromMs, toMs, stepSeconds);
    Series::MergedTimes shared;
    Points &p = writablePoints();
    for (const NodeMetrics *fresh : response.effectiveNodes()) {
        auto it = std::find_if(p.nodes.begin(), p.nodes.end(),
                               [fresh](const NodeMetrics &n) { return n.nodeId == fresh->nodeId; });
        if (it == p.nodes.end()) {
            p.nodes.push_back(NodeMetrics{});
            it = p.nodes.end() - 1;
            it->nodeId = fresh->nodeId;
        }
        // Rows that described the ranks before follow them window by window (reindex would rebuild them over
        // the whole job).
        const bool utilizationRows = it->gpuUtilizationRows.describes(it->gpuUtilization);
        const bool memoryRows = it->gpuMemoryRows.describes(it->gpuMemory);
        mergeRanks(it->gpuUtilization, fresh->gpuUtilization, parts, shared);
        mergeRanks(it->gpuMemory, fresh->gpuMemory, parts, shared);
        if (utilizationRows)
            it->gpuUtilizationRows.replaceWindows(it->gpuUtilization, parts, shared);
        if (memoryRows)
            it->gpuMemoryRows.replaceWindows(it->gpuMemory, parts, shared);
        mergeSeries(it->cpuUsage, fresh->cpuUsage, parts, shared);
        mergeSeries(it->cpuMemory, fresh->cpuMemory, parts, shared);
        mergeSeries(it->ephemeralUsage, fresh->ephemeralUsage, parts, shared);
        mergeSeries(it->ephemeralUtilization, fresh->ephemeralUtilization, parts, shared);
    }
    m_hasCache = m_hasCache || response.hasCache;
    mergeSeries(p.cacheUsage, response.cacheUsage, parts, shared);
    mergeSeries(p.cacheUtilization, response.cacheUtilization, parts, shared);
    for (const QString &w : response.warnings)
        addWarning(w);
    notePlausibility(response);
    addCoverage({fromMs, toMs, stepSeconds});
    reindex();
    ++m_revision;
}

void MetricsStore::reindex()
{
    // Equal time columns are found by their length and ends first, then compared in full: a pass over each
    // column, no more than the merge that changed it already cost. A job sends a few distinct columns at
    // most; an answer whose series all share length and ends but differ inside would make every series
    // compare with every other, so only the first few columns of a shape are candidates.
    constexpr std::size_t CandidatesPerShape = 4;
    std::map<std::tuple<std::size_t, qint64, qint64>, std::vector<const Series *>> columns;
    auto share = [&columns](Series &s) {
        if (s.isEmpty())
            return;
        std::vector<const Series *> &same = columns[{s.size(), s.firstTime(), s.lastTime()}];
        for (const Series *other : same) {
            if (s.shareTimesWith(*other))
                return;
        }
        if (same.size() < CandidatesPerShape)
            same.push_back(&s);
    };
    Points &p = writablePoints();
    for (NodeMetrics &n : p.nodes) {
        for (Series *s : n.allSeries())
            share(*s);
    }
    share(p.cacheUsage);
    share(p.cacheUtilization);
    // A node's rows are its own: two threads build them (a 64-node job's are 300 ms of one thread, most of
    // it faulting in fresh memory, on its first load from the cache). Rows a merge spliced are kept first,
    // on this thread: a live job's refresh has nothing to build, and a thread started for it each time
    // (10,000 refreshes in tst_longsession) costs more than the refresh.
    std::vector<NodeMetrics *> building;
    std::size_t points = 0;
    for (NodeMetrics &n : p.nodes) {
        if (n.keepRows())
            continue;
        building.push_back(&n);
        for (const auto &[rank, s] : n.gpuUtilization)
            points += s.size();
    }
    TwoThreads::forEach(building.size(), points >= TwoThreads::WorthyPoints, [&building](std::size_t i, int) {
        building[i]->rebuildRows();
        return true;
    });
}

void MetricsStore::addWarning(const QString &warning)
{
    // Every tile of a window may repeat an answer's warning: it is listed once.
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

void MetricsStore::notePlausibility(const MetricsResponse &response)
{
    auto check = [this](const QString &where, Metric metric, const Series &s) {
        const auto range = MetricInfo::plausibleRange(metric, MetricInfo::limit(metric, m_job.instanceType));
        const std::vector<double> &v = s.values();
        if (std::all_of(v.begin(), v.end(), [range](double x) { return MetricInfo::isPlausible(x, range); }))
            return;
        addWarning(tr("%1 · %2: values outside what this metric can measure, kept but left out of the axis "
                      "scale")
                       .arg(where, MetricInfo::title(metric)));
    };
    for (const NodeMetrics *node : response.effectiveNodes()) {
        for (const Metric metric : {Metric::GpuUtilization, Metric::GpuMemory}) {
            for (const auto &[rank, s] : *node->rankMap(metric))
                check(node->nodeId + QStringLiteral(" · ") + tr("GPU %1").arg(rank), metric, s);
        }
        for (const Metric metric :
             {Metric::CpuUsage, Metric::CpuMemory, Metric::EphemeralUsage, Metric::EphemeralUtilization})
            check(node->nodeId, metric, *node->series(metric));
    }
    check(tr("job"), Metric::CacheUsage, response.cacheUsage);
    check(tr("job"), Metric::CacheUtilization, response.cacheUtilization);
}

void MetricsStore::addCoverage(Coverage added)
{
    // Live refreshes add a sliver every interval: fold touching windows of one step into one entry, or the
    // list (and every coverage check) would grow for as long as the session runs.
    std::vector<Coverage> out;
    for (const Coverage &c : m_coverage) {
        if (c.stepSeconds == added.stepSeconds && c.toMs >= added.fromMs && c.fromMs <= added.toMs) {
            added.fromMs = std::min(added.fromMs, c.fromMs);
            added.toMs = std::max(added.toMs, c.toMs);
        } else {
            out.push_back(c);
        }
    }
    out.push_back(added);
    m_coverage = std::move(out);
}

const NodeMetrics *MetricsStore::node(const QString &nodeId) const
{
    for (const NodeMetrics &n : nodes()) {
        if (n.nodeId == nodeId)
            return &n;
    }
    return nullptr;
}

const Series *MetricsStore::series(const QString &nodeId, Metric metric, int rank) const
{
    if (metric == Metric::CacheUsage)
        return &points().cacheUsage;
    if (metric == Metric::CacheUtilization)
        return &points().cacheUtilization;
    const NodeMetrics *n = node(nodeId);
    return n ? n->series(metric, rank) : nullptr;
}

std::pair<qint64, qint64> MetricsStore::dataBounds() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    auto visit = [&](const Series &s) {
        if (s.isEmpty())
            return;
        first = std::min(first, s.firstTime());
        last = std::max(last, s.lastTime());
    };
    for (const NodeMetrics &n : nodes()) {
        for (const auto &[r, s] : n.gpuUtilization)
            visit(s);
        for (const auto &[r, s] : n.gpuMemory)
            visit(s);
        visit(n.cpuUsage);
        visit(n.cpuMemory);
        visit(n.ephemeralUsage);
        visit(n.ephemeralUtilization);
    }
    visit(cacheUsage());
    visit(cacheUtilization());
    if (first > last)
        return {0, 0};
    return {first, last};
}

std::size_t MetricsStore::pointCount() const
{
    std::size_t n = cacheUsage().size() + cacheUtilization().size();
    for (const NodeMetrics &node : nodes())
        n += node.pointCount();
    return n;
}

std::size_t MetricsStore::heldBytes() const
{
    std::unordered_set<const void *> seenTimes;
    std::size_t n = cacheUsage().heldBytes(seenTimes) + cacheUtilization().heldBytes(seenTimes);
    for (const NodeMetrics &node : nodes())
        n += node.heldBytes(seenTimes);
    return n;
}
