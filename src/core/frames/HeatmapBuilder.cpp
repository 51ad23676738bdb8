// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/HeatmapBuilder.h"

#include "core/frames/FrameBuilder.h"
#include "core/frames/PixelColumnEdges.h"
#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <limits>
#include <span>

namespace {

// Below this many points a column is scanned: as fast as descending the pyramid, as in M4Reducer.
constexpr std::size_t PyramidFrom = 64;
constexpr float NoData = std::numeric_limits<float>::quiet_NaN();

float extremeOf(const Series &s, std::size_t begin, std::size_t end, HeatmapFrame::Reduction how)
{
    const bool lowest = how == HeatmapFrame::Reduction::Minimum;
    if (end - begin >= PyramidFrom && s.summary().usable()) {
        const SeriesSummary::Totals t = s.totals(begin, end);
        return float(lowest ? t.min : t.max);
    }
    const double *v = s.values().data();
    // NaN values were not measured: they neither win nor make the column "no data" while others were.
    double best = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = begin; i < end; ++i) {
        const double x = v[i];
        if (std::isnan(best) || (lowest ? x < best : x > best))
            best = x;
    }
    return float(best);
}

// Where each pixel column's points lie in one time column: column c holds the points at indexes
// [edges.at(c), edges.at(c + 1)); an empty column shows the sample at held[c] when one still stands for it.
// The series sharing the time column (a node's ranks) share these, so a row reads only its values: half the
// memory a walk over times and values would, and none of its branches.
struct ColumnEdges
{
    static constexpr std::size_t None = std::numeric_limits<std::size_t>::max();
    PixelColumnEdges edges;
    std::vector<std::size_t> held;
};

// holdFor(timeMs): how long the sample at timeMs stands for.
template<typename Hold>
ColumnEdges edgesOf(const std::vector<qint64> &times, const HeatmapFrame::Spec &spec, Hold &&holdFor)
{
    ColumnEdges out{PixelColumnEdges(times, spec.fromMs, spec.toMs, spec.width), {}};
    out.held.assign(std::size_t(spec.width), ColumnEdges::None);
    PixelColumns columns(spec.fromMs, spec.toMs, spec.width);
    for (std::size_t c = 0; c < std::size_t(spec.width); ++c) {
        columns.next();
        const std::size_t begin = out.edges.at(c);
        if (begin == out.edges.at(c + 1) && begin > 0 &&
            times[begin - 1] + holdFor(times[begin - 1]) > columns.start())
            out.held[c] = begin - 1;
    }
    return out;
}

void reduceWithEdges(const Series &series, const ColumnEdges &columns, HeatmapFrame::Reduction how, int width,
                     float *out)
{
    const double *v = series.values().data();
    for (std::size_t c = 0; c < std::size_t(width); ++c) {
        const std::size_t begin = columns.edges.at(c);
        const std::size_t end = columns.edges.at(c + 1);
        if (end > begin)
            out[c] = extremeOf(series, begin, end, how);
        else if (columns.held[c] != ColumnEdges::None)
            out[c] = float(v[columns.held[c]]);
        else
            out[c] = NoData;
    }
}

// The extreme of each of `lanes` ranks over `count` instants of a node's cells (RankRows::cells, `stride`
// floats an instant), written to best. The ranks sit side by side, so the comparisons of all lanes go
// together (the compiler makes one vector instruction of eight); `x < b ? x : b` keeps the earlier of
// equal values, as the scan over doubles does.
template<bool Lowest, std::size_t Lanes>
void extremesOfLanes(const float *cells, std::size_t stride, std::size_t count, float *best)
{
    float b[Lanes];
    for (std::size_t r = 0; r < Lanes; ++r)
        b[r] = cells[r];
    for (std::size_t i = 1; i < count; ++i) {
        const float *x = cells + i * stride;
        for (std::size_t r = 0; r < Lanes; ++r)
            b[r] = Lowest ? (x[r] < b[r] ? x[r] : b[r]) : (x[r] > b[r] ? x[r] : b[r]);
    }
    for (std::size_t r = 0; r < Lanes; ++r)
        best[r] = b[r];
}

template<bool Lowest>
void extremesOfRanks(const float *cells, std::size_t ranks, std::size_t count, float *best)
{
    constexpr std::size_t Lanes = 8; // a node's usual GPUs
    std::size_t r = 0;
    for (; r + Lanes <= ranks; r += Lanes)
        extremesOfLanes<Lowest, Lanes>(cells + r, ranks, count, best + r);
    for (; r < ranks; ++r)
        extremesOfLanes<Lowest, 1>(cells + r, ranks, count, best + r);
}

// A node's ranks, all described by its rank rows: each narrow column read once for every rank from the
// rows' float cells; wide columns from each rank's pyramid as before. out points at the node's first row.
// (A copy with the rank count fixed at eight at compile time measured no faster: extremesOfRanks already
// goes eight lanes at a time.)
void reduceNode(std::span<const Series *const> ranks, const RankRows &rows, const ColumnEdges &columns,
                HeatmapFrame::Reduction how, int width, float *out)
{
    const std::size_t count = ranks.size();
    const float *cells = rows.cells().data();
    const auto w = std::size_t(width);
    std::vector<float> best(count);
    for (std::size_t c = 0; c < w; ++c) {
        const std::size_t begin = columns.edges.at(c);
        const std::size_t end = columns.edges.at(c + 1);
        if (end - begin >= PyramidFrom) {
            for (std::size_t r = 0; r < count; ++r)
                out[r * w + c] = extremeOf(*ranks[r], begin, end, how);
            continue;
        }
        if (end > begin) {
            const float *first = cells + begin * count;
            if (how == HeatmapFrame::Reduction::Minimum)
                extremesOfRanks<true>(first, count, end - begin, best.data());
            else
                extremesOfRanks<false>(first, count, end - begin, best.data());
        } else if (columns.held[c] != ColumnEdges::None) {
            std::copy_n(cells + columns.held[c] * count, count, best.data());
        } else {
            std::fill(best.begin(), best.end(), NoData);
        }
        for (std::size_t r = 0; r < count; ++r)
            out[r * w + c] = best[r];
    }
}

// The highest measured cell: NaN ("no data") never wins, and eight lanes let the comparisons go together.
float highestOf(std::span<const float> cells)
{
    constexpr std::size_t Lanes = 8;
    float lanes[Lanes];
    std::fill_n(lanes, Lanes, -std::numeric_limits<float>::infinity());
    const std::size_t whole = cells.size() / Lanes * Lanes;
    for (std::size_t i = 0; i < whole; i += Lanes) {
        for (std::size_t k = 0; k < Lanes; ++k)
            lanes[k] = cells[i + k] > lanes[k] ? cells[i + k] : lanes[k];
    }
    for (std::size_t i = whole; i < cells.size(); ++i)
        lanes[0] = cells[i] > lanes[0] ? cells[i] : lanes[0];
    return *std::max_element(lanes, lanes + Lanes);
}

} // namespace

void HeatmapBuilder::reduceRow(const Series &series, const HeatmapFrame::Spec &spec,
                               HeatmapFrame::Reduction how, qint64 holdMs, float *out)
{
    if (spec.width <= 0)
        return;
    reduceWithEdges(series, edgesOf(series.times(), spec, [holdMs](qint64) { return holdMs; }), how,
                    spec.width, out);
}

HeatmapFrame HeatmapBuilder::build(const MetricsStore &store, const HeatmapFrame::Spec &spec)
{
    HeatmapFrame frame;
    frame.spec = spec;
    frame.reduction = HeatmapFrame::reductionFor(spec.metric);
    if (!isPerRank(spec.metric) || spec.width <= 0 || spec.toMs <= spec.fromMs)
        return frame;
    std::vector<const Series *> series;
    // Where each node's rows begin in `series`; a node whose rank rows describe its ranks reads their cells.
    std::vector<std::size_t> nodeStart;
    for (std::size_t n = 0; n < store.nodes().size(); ++n) {
        const NodeMetrics &node = store.nodes()[n];
        nodeStart.push_back(series.size());
        for (const auto &[rank, s] : *node.rankMap(spec.metric)) {
            frame.rows.push_back({node.nodeId, int(n), rank});
            series.push_back(&s);
        }
    }
    nodeStart.push_back(series.size());
    // Every cell is written below, each once: filling them with NoData first cost a tenth of the build.
    frame.cells.resize(frame.rows.size() * std::size_t(spec.width));
    const qint64 scrapeMs = qint64(store.scrapeSeconds()) * 1000;
    auto holdFor = [&store, scrapeMs](qint64 timeMs) {
        const int step = store.stepAt(timeMs);
        return step > 0 ? qint64(step) * 1000 : scrapeMs;
    };
    // A shared time column is one vector, and the rows sharing it (a node's ranks) come one after another:
    // the edges of the last column seen serve until the column changes, and only one set is held at a time.
    const std::vector<qint64> *edgesFor = nullptr;
    ColumnEdges edges;
    auto edgesOfColumn = [&](const std::vector<qint64> &times) -> const ColumnEdges & {
        if (&times != edgesFor) {
            edges = edgesOf(times, spec, holdFor);
            edgesFor = &times;
        }
        return edges;
    };
    for (std::size_t n = 0; n + 1 < nodeStart.size(); ++n) {
        const std::span<const Series *const> ranks(series.data() + nodeStart[n],
                                                   nodeStart[n + 1] - nodeStart[n]);
        float *out = frame.cells.data() + nodeStart[n] * std::size_t(spec.width);
        const RankRows *rows = store.nodes()[n].rankRows(spec.metric);
        if (!ranks.empty() && rows && rows->describes(ranks)) {
            const ColumnEdges &shared = edgesOfColumn(ranks.front()->times());
            reduceNode(ranks, *rows, shared, frame.reduction, spec.width, out);
            continue;
        }
        for (std::size_t r = 0; r < ranks.size(); ++r)
            reduceWithEdges(*ranks[r], edgesOfColumn(ranks[r]->times()), frame.reduction, spec.width,
                            out + r * std::size_t(spec.width));
    }
    if (spec.metric == Metric::GpuMemory) {
        const double top =
            std::max(scaleBefore(store, spec.metric).value_or(0.0), double(highestOf(frame.cells)));
        frame.scaleMax = top > 0 ? top : 1.0;
    }
    return frame;
}

std::optional<double> HeatmapBuilder::scaleBefore(const MetricsStore &store, Metric metric)
{
    if (metric != Metric::GpuMemory)
        return HeatmapFrame{}.scaleMax; // utilization's fractions: 1 is 100 %
    return FrameBuilder::limitFor(store, metric);
}
