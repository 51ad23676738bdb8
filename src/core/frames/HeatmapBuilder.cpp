// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/HeatmapBuilder.h"

#include "core/frames/FrameBuilder.h"
#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <limits>

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
// [edges[c], edges[c + 1]); an empty column shows the sample at held[c] when one still stands for it.
// The series sharing the time column (a node's ranks) share these, so a row reads only its values: half the
// memory a walk over times and values would, and none of its branches.
struct ColumnEdges
{
    static constexpr std::size_t None = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> edges;
    std::vector<std::size_t> held;
};

// holdFor(timeMs): how long the sample at timeMs stands for.
template<typename Hold>
ColumnEdges edgesOf(const std::vector<qint64> &times, const HeatmapFrame::Spec &spec, Hold &&holdFor)
{
    ColumnEdges out;
    out.edges.resize(std::size_t(spec.width) + 1);
    out.held.assign(std::size_t(spec.width), ColumnEdges::None);
    std::size_t begin =
        std::size_t(std::lower_bound(times.begin(), times.end(), spec.fromMs) - times.begin());
    out.edges[0] = begin;
    for (int c = 0; c < spec.width; ++c) {
        const qint64 start = HeatmapFrame::columnStart(spec, c);
        const qint64 next = c + 1 < spec.width ? HeatmapFrame::columnStart(spec, c + 1) : spec.toMs + 1;
        // A narrow column is walked (its points are read next anyway), a wide one searched.
        std::size_t end = begin;
        const std::size_t walked = std::min(times.size(), begin + PyramidFrom);
        while (end < walked && times[end] < next)
            ++end;
        if (end == walked && end < times.size() && times[end] < next)
            end = std::size_t(std::lower_bound(times.begin() + qsizetype(end), times.end(), next) -
                              times.begin());
        if (end == begin && begin > 0 && times[begin - 1] + holdFor(times[begin - 1]) > start)
            out.held[std::size_t(c)] = begin - 1;
        out.edges[std::size_t(c) + 1] = end;
        begin = end;
    }
    return out;
}

void reduceWithEdges(const Series &series, const ColumnEdges &columns, HeatmapFrame::Reduction how, int width,
                     float *out)
{
    const double *v = series.values().data();
    for (std::size_t c = 0; c < std::size_t(width); ++c) {
        const std::size_t begin = columns.edges[c];
        const std::size_t end = columns.edges[c + 1];
        if (end > begin)
            out[c] = extremeOf(series, begin, end, how);
        else if (columns.held[c] != ColumnEdges::None)
            out[c] = float(v[columns.held[c]]);
        else
            out[c] = NoData;
    }
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
    for (std::size_t n = 0; n < store.nodes().size(); ++n) {
        const NodeMetrics &node = store.nodes()[n];
        for (const auto &[rank, s] : *node.rankMap(spec.metric)) {
            frame.rows.push_back({node.nodeId, int(n), rank});
            series.push_back(&s);
        }
    }
    frame.cells.assign(frame.rows.size() * std::size_t(spec.width), NoData);
    const qint64 scrapeMs = qint64(store.scrapeSeconds()) * 1000;
    auto holdFor = [&store, scrapeMs](qint64 timeMs) {
        const int step = store.stepAt(timeMs);
        return step > 0 ? qint64(step) * 1000 : scrapeMs;
    };
    // A shared time column is one vector, and the rows sharing it (a node's ranks) come one after another:
    // the edges of the last column seen serve until the column changes, and only one set is held at a time.
    const std::vector<qint64> *edgesFor = nullptr;
    ColumnEdges edges;
    for (std::size_t r = 0; r < series.size(); ++r) {
        const std::vector<qint64> &times = series[r]->times();
        if (&times != edgesFor) {
            edges = edgesOf(times, spec, holdFor);
            edgesFor = &times;
        }
        reduceWithEdges(*series[r], edges, frame.reduction, spec.width,
                        frame.cells.data() + r * std::size_t(spec.width));
    }
    if (spec.metric == Metric::GpuMemory) {
        double top = FrameBuilder::limitFor(store, spec.metric).value_or(0.0);
        for (float v : frame.cells) {
            if (!std::isnan(v))
                top = std::max(top, double(v));
        }
        frame.scaleMax = top > 0 ? top : 1.0;
    }
    return frame;
}
