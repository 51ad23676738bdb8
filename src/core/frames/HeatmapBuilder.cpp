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

// holdFor(timeMs): how long the sample at timeMs stands for.
template<typename Hold>
void reduceWith(const Series &series, const HeatmapFrame::Spec &spec, HeatmapFrame::Reduction how,
                Hold &&holdFor, float *out)
{
    const std::vector<qint64> &times = series.times();
    std::size_t begin = series.lowerBound(spec.fromMs);
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
        if (end > begin)
            out[c] = extremeOf(series, begin, end, how);
        else if (begin > 0 && times[begin - 1] + holdFor(times[begin - 1]) > start)
            out[c] = float(series.values()[begin - 1]);
        else
            out[c] = NoData;
        begin = end;
    }
}

} // namespace

void HeatmapBuilder::reduceRow(const Series &series, const HeatmapFrame::Spec &spec,
                               HeatmapFrame::Reduction how, qint64 holdMs, float *out)
{
    reduceWith(
        series, spec, how, [holdMs](qint64) { return holdMs; }, out);
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
    for (std::size_t r = 0; r < series.size(); ++r) {
        // The step a sample was fetched at changes only at coverage edges: one look-up per sample index.
        qint64 lastTime = std::numeric_limits<qint64>::min();
        qint64 lastHold = 0;
        auto holdFor = [&](qint64 timeMs) {
            if (timeMs != lastTime) {
                lastTime = timeMs;
                const int step = store.stepAt(timeMs);
                lastHold = step > 0 ? qint64(step) * 1000 : scrapeMs;
            }
            return lastHold;
        };
        reduceWith(*series[r], spec, frame.reduction, holdFor,
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
