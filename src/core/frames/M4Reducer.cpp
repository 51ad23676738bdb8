// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/M4Reducer.h"

#include "core/frames/LaneExtremes.h"
#include "core/frames/PixelColumnEdges.h"
#include "core/frames/PixelColumns.h"
#include "core/metrics/RankRows.h"
#include "core/metrics/Series.h"
#include "core/metrics/SeriesSummary.h"

#include <algorithm>
#include <limits>

namespace {

struct BandInput
{
    const double *lower = nullptr;
    const double *upper = nullptr;
};

// One pixel column of points: the indexes of its first, lowest, highest and last point (lowest and highest
// in time order), and the band's extremes over it.
struct Column
{
    std::size_t first = 0;
    std::size_t minIndex = 0;
    std::size_t maxIndex = 0;
    std::size_t last = 0;
    double bandLow = 0;
    double bandHigh = 0;
};

// The running lowest and highest value of a scan and where each was first met. Strict comparisons keep the
// earliest of equal values, as the pyramid does, and a NaN never wins. Every scan of a column goes through
// take(): the compiler turns its two comparisons into conditional moves (checked in the disassembly; a
// branch per point there, whose outcome is a coin toss, made the scan 2.4 times slower).
struct RunningExtremes
{
    double low;
    double high;
    std::size_t lowAt;
    std::size_t highAt;

    RunningExtremes(const double *v, std::size_t i) : low(v[i]), high(v[i]), lowAt(i), highAt(i) {}
    void take(double value, std::size_t i)
    {
        if (value < low) {
            low = value;
            lowAt = i;
        }
        if (value > high) {
            high = value;
            highAt = i;
        }
    }
};

// Scans the points from i up to end or columnEnd (exclusive) and leaves i at the next column's first point.
template<bool WithBand>
inline Column scanColumn(const qint64 *t, const double *v, BandInput band, std::size_t &i, std::size_t end,
                         qint64 columnEnd)
{
    Column c;
    c.first = i;
    RunningExtremes e(v, i);
    if constexpr (WithBand) {
        c.bandLow = band.lower[i];
        c.bandHigh = band.upper[i];
    }
    ++i;
    for (; i < end && t[i] < columnEnd; ++i) {
        e.take(v[i], i);
        if constexpr (WithBand) {
            c.bandLow = std::min(c.bandLow, band.lower[i]);
            c.bandHigh = std::max(c.bandHigh, band.upper[i]);
        }
    }
    c.last = i - 1;
    c.minIndex = std::min(e.lowAt, e.highAt);
    c.maxIndex = std::max(e.lowAt, e.highAt);
    return c;
}

// A column of at least this many points takes its extremes from the pyramid: below it, the two partial leaf
// blocks at its edges cost about as much as scanning the column.
constexpr std::size_t WideColumn = 64;

// The end of a column known to hold more than WideColumn points from i: galloping, so the search costs the
// logarithm of the column's width, not of the series.
std::size_t wideColumnEnd(const qint64 *t, std::size_t i, std::size_t end, qint64 columnEnd)
{
    std::size_t step = WideColumn;
    std::size_t lo = i + WideColumn; // t[lo] < columnEnd
    while (lo + step < end && t[lo + step] < columnEnd) {
        lo += step;
        step *= 2;
    }
    const std::size_t hi = std::min(lo + step, end);
    return std::size_t(std::lower_bound(t + lo + 1, t + hi, columnEnd) - t);
}

Column summarizedColumn(const double *v, const SeriesSummary &summary, std::size_t &i, std::size_t columnEnd)
{
    const SeriesSummary::Extremes e = summary.extremes(v, i, columnEnd);
    Column c;
    c.first = i;
    c.minIndex = std::min(e.minIndex, e.maxIndex);
    c.maxIndex = std::max(e.minIndex, e.maxIndex);
    c.last = columnEnd - 1;
    i = columnEnd;
    return c;
}

// What M4 keeps of one pixel column: the indexes of its first, lowest, highest and last point, the lowest
// and highest in time order (low <= high).
struct Picked
{
    std::size_t first = 0;
    std::size_t low = 0;
    std::size_t high = 0;
    std::size_t last = 0;
};

Picked picked(std::size_t begin, std::size_t end, std::size_t minIndex, std::size_t maxIndex)
{
    return {begin, std::min(minIndex, maxIndex), std::max(minIndex, maxIndex), end - 1};
}

// The extremes of one series over a column from its pyramid (a series with NaN has none), or by a scan.
Picked pickOne(const double *v, const SeriesSummary *summary, std::size_t begin, std::size_t end)
{
    if (summary && end - begin > WideColumn) {
        const SeriesSummary::Extremes e = summary->extremes(v, begin, end);
        return picked(begin, end, e.minIndex, e.maxIndex);
    }
    RunningExtremes e(v, begin);
    for (std::size_t i = begin + 1; i < end; ++i)
        e.take(v[i], i);
    return picked(begin, end, e.lowAt, e.highAt);
}

// pickOne of two series over the same narrow column at once. Each scan is a chain of dependent comparisons
// (the running extreme); two independent chains in one loop let the processor run them side by side.
void pickTwo(const double *a, const double *b, std::size_t begin, std::size_t end, Picked &pa, Picked &pb)
{
    RunningExtremes ea(a, begin);
    RunningExtremes eb(b, begin);
    for (std::size_t i = begin + 1; i < end; ++i) {
        ea.take(a[i], i);
        eb.take(b[i], i);
    }
    pa = picked(begin, end, ea.lowAt, ea.highAt);
    pb = picked(begin, end, eb.lowAt, eb.highAt);
}

// The line of one series from its picked columns: the neighbour before the window, per column first, low,
// high and last each once, the neighbour after. Counted first, then written without a branch per point:
// whether a column's extreme is its first or last point is a coin toss the processor cannot predict.
void writeLine(const Series &series, std::size_t begin, std::size_t end, std::span<const Picked> columns,
               ReducedSeries &out)
{
    const qint64 *t = series.times().data();
    const double *v = series.values().data();
    const std::size_t n = series.times().size();
    std::size_t count = std::size_t(begin > 0) + std::size_t(end < n);
    for (const Picked &c : columns) {
        count += 1 + std::size_t(c.low != c.first) + std::size_t(c.high != c.low && c.high != c.first) +
                 std::size_t(c.last != c.high && c.last != c.first);
    }
    // Three spare slots: a column writes all four of its points and moves on past the new ones only.
    out.x.resize(count + 3);
    out.y.resize(count + 3);
    double *x = out.x.data();
    double *y = out.y.data();
    std::size_t at = 0;
    auto put = [&](std::size_t i, bool keep) {
        x[at] = double(t[i]);
        y[at] = v[i];
        at += std::size_t(keep);
    };
    if (begin > 0)
        put(begin - 1, true);
    for (const Picked &c : columns) {
        put(c.first, true);
        put(c.low, c.low != c.first);
        put(c.high, c.high != c.low && c.high != c.first);
        put(c.last, c.last != c.high && c.last != c.first);
    }
    if (end < n)
        put(end, true);
    out.x.resize(count);
    out.y.resize(count);
}

// summary, when given, is the pyramid over values: wide columns read their extremes from it instead of
// scanning their points, with the same result.
template<bool WithBand>
void reduceImpl(std::span<const qint64> times, std::span<const double> values, BandInput band, qint64 fromMs,
                qint64 toMs, int width, ReducedSeries &out, const SeriesSummary *summary = nullptr)
{
    out.clear();
    const std::size_t n = std::min(times.size(), values.size());
    if (n == 0 || width <= 0 || toMs < fromMs)
        return;
    const qint64 *t = times.data();
    const double *v = values.data();

    const auto begin = std::size_t(std::lower_bound(t, t + n, fromMs) - t);
    const auto end = std::size_t(std::upper_bound(t + begin, t + n, toMs) - t);

    // Worst case is known, so one reservation keeps the loop free of reallocation.
    const std::size_t capacity = std::min(end - begin, std::size_t(width) * 4) + 2;
    out.x.reserve(capacity);
    out.y.reserve(capacity);
    if constexpr (WithBand) {
        out.lower.reserve(capacity);
        out.upper.reserve(capacity);
    }

    auto emit = [&](std::size_t i, double lo, double hi) {
        out.x.push_back(double(t[i]));
        out.y.push_back(v[i]);
        if constexpr (WithBand) {
            out.lower.push_back(lo);
            out.upper.push_back(hi);
        }
    };

    if (begin > 0) {
        if constexpr (WithBand)
            emit(begin - 1, band.lower[begin - 1], band.upper[begin - 1]);
        else
            emit(begin - 1, 0, 0);
    }

    // A zero-length window still has one column, the one holding toMs.
    PixelColumns columns(fromMs, toMs, width);
    std::size_t i = begin;
    while (i < end) {
        columns.advanceTo(t[i]);
        // The first time of the next column, found once per column so the inner loop only compares.
        const qint64 columnEnd = columns.end();
        const bool wide = summary && i + WideColumn < end && t[i + WideColumn] < columnEnd;
        const Column c = wide ? summarizedColumn(v, *summary, i, wideColumnEnd(t, i, end, columnEnd))
                              : scanColumn<WithBand>(t, v, band, i, end, columnEnd);
        // M4: first, min, max and last of the column, in time order, each once.
        emit(c.first, c.bandLow, c.bandHigh);
        if (c.minIndex != c.first)
            emit(c.minIndex, c.bandLow, c.bandHigh);
        if (c.maxIndex != c.minIndex && c.maxIndex != c.first)
            emit(c.maxIndex, c.bandLow, c.bandHigh);
        if (c.last != c.maxIndex && c.last != c.first)
            emit(c.last, c.bandLow, c.bandHigh);
    }

    if (end < n) {
        if constexpr (WithBand)
            emit(end, band.lower[end], band.upper[end]);
        else
            emit(end, 0, 0);
    }
}

// reduceImpl<true> for points that arrive one at a time, so aggregate() needs no merged copy of the ranks.
// The output is the same as reduceImpl's over the merged arrays: the last point before the window, per column
// first/min/max/last with the column's band, and the first point after the window.
struct BandColumns
{
    struct Point
    {
        std::size_t index = 0;
        qint64 t = 0;
        double v = 0;
    };

    qint64 fromMs;
    qint64 toMs;
    int width;
    ReducedSeries &out;
    PixelColumns columns{fromMs, toMs, width};
    std::size_t count = 0;
    bool hasBefore = false;
    Point before;
    double beforeLow = 0;
    double beforeHigh = 0;
    bool beforeEmitted = false;
    bool open = false; // a column is being collected
    qint64 columnEnd = 0;
    Point first;
    Point min;
    Point max;
    Point last;
    double bandLow = 0;
    double bandHigh = 0;
    bool finished = false;

    BandColumns(qint64 from, qint64 to, int w, ReducedSeries &o) : fromMs(from), toMs(to), width(w), out(o) {}

    bool done() const { return finished; }

    void push(const Point &p, double lo, double hi)
    {
        out.x.push_back(double(p.t));
        out.y.push_back(p.v);
        out.lower.push_back(lo);
        out.upper.push_back(hi);
    }

    void pushBefore()
    {
        if (hasBefore && !beforeEmitted)
            push(before, beforeLow, beforeHigh);
        beforeEmitted = true;
    }

    void closeColumn()
    {
        if (!open)
            return;
        open = false;
        Point a = min;
        Point b = max;
        if (a.index > b.index)
            std::swap(a, b);
        push(first, bandLow, bandHigh);
        if (a.index != first.index)
            push(a, bandLow, bandHigh);
        if (b.index != a.index && b.index != first.index)
            push(b, bandLow, bandHigh);
        if (last.index != b.index && last.index != first.index)
            push(last, bandLow, bandHigh);
    }

    void add(qint64 t, double sum, int count, double lo, double hi) { add(t, sum / count, lo, hi); }

    void add(qint64 t, double v, double lo, double hi)
    {
        const Point p{count++, t, v};
        if (t < fromMs) {
            hasBefore = true;
            before = p;
            beforeLow = lo;
            beforeHigh = hi;
            return;
        }
        if (t > toMs) {
            closeColumn();
            pushBefore();
            push(p, lo, hi);
            finished = true;
            return;
        }
        if (open && t < columnEnd) {
            if (v < min.v)
                min = p;
            if (v > max.v)
                max = p;
            last = p;
            bandLow = std::min(bandLow, lo);
            bandHigh = std::max(bandHigh, hi);
            return;
        }
        closeColumn();
        pushBefore();
        columns.advanceTo(t);
        columnEnd = columns.end();
        open = true;
        first = min = max = last = p;
        bandLow = lo;
        bandHigh = hi;
    }

    void finish()
    {
        if (finished)
            return;
        closeColumn();
        pushBefore();
        finished = true;
    }
};

} // namespace

ReducedSeries M4Reducer::reduce(const Series &series, qint64 fromMs, qint64 toMs, int width)
{
    ReducedSeries out;
    const SeriesSummary *summary = series.summary().usable() ? &series.summary() : nullptr;
    reduceImpl<false>(series.times(), series.values(), {}, fromMs, toMs, width, out, summary);
    return out;
}

std::vector<ReducedSeries> M4Reducer::reduce(std::span<const Series *const> series,
                                             const PixelColumnEdges &columns)
{
    std::vector<ReducedSeries> out(series.size());
    const auto width = std::size_t(columns.width());
    if (width == 0)
        return out;
    const std::size_t *edges = columns.data();
    const std::size_t begin = edges[0];
    const std::size_t end = edges[width];
    // The columns holding points; each series' picks go into these, column by column.
    std::vector<std::size_t> filled;
    filled.reserve(width);
    for (std::size_t c = 0; c < width; ++c) {
        if (edges[c + 1] > edges[c])
            filled.push_back(c);
    }
    auto summaryOf = [](const Series &s) {
        return s.summary().usable() ? &s.summary() : nullptr;
    };
    auto ofThisColumn = [&](const Series *s) {
        return s && !s->isEmpty() && s->values().size() == s->times().size() && columns.isFor(s->times());
    };
    // The series of this time column share its pixel columns; any other (or none) is reduced alone.
    std::vector<std::size_t> shared;
    shared.reserve(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (ofThisColumn(series[i]))
            shared.push_back(i);
        else if (series[i])
            out[i] = reduce(*series[i], columns.fromMs(), columns.toMs(), int(width));
    }

    // Four series at a time where the processor scans them as the lanes of one register, else two; any
    // left over alone. Wide columns come from each series' pyramid either way.
    const std::size_t group = LaneExtremes::available() ? 4 : 2;
    std::vector<Picked> picks(group * filled.size());
    std::size_t g = 0;
    while (g < shared.size()) {
        const std::size_t count = shared.size() - g >= group ? group : shared.size() - g >= 2 ? 2 : 1;
        const Series *s[4] = {};
        const double *v[4] = {};
        const SeriesSummary *summary[4] = {};
        std::span<Picked> into[4];
        for (std::size_t k = 0; k < count; ++k) {
            s[k] = series[shared[g + k]];
            v[k] = s[k]->values().data();
            summary[k] = summaryOf(*s[k]);
            into[k] = std::span<Picked>(picks.data() + k * filled.size(), filled.size());
        }
        for (std::size_t c = 0; c < filled.size(); ++c) {
            const std::size_t from = edges[filled[c]];
            const std::size_t to = edges[filled[c] + 1];
            if (to - from > WideColumn || count == 1) {
                for (std::size_t k = 0; k < count; ++k)
                    into[k][c] = pickOne(v[k], summary[k], from, to);
            } else if (count == 2) {
                pickTwo(v[0], v[1], from, to, into[0][c], into[1][c]);
            } else {
                std::size_t lowAt[4];
                std::size_t highAt[4];
                LaneExtremes::fourSeries(v, from, to, lowAt, highAt);
                for (std::size_t k = 0; k < 4; ++k)
                    into[k][c] = picked(from, to, lowAt[k], highAt[k]);
            }
        }
        for (std::size_t k = 0; k < count; ++k)
            writeLine(*s[k], begin, end, into[k], out[shared[g + k]]);
        g += count;
    }
    return out;
}

ReducedSeries M4Reducer::reduceLinear(const Series &series, qint64 fromMs, qint64 toMs, int width)
{
    return reduce(series.times(), series.values(), fromMs, toMs, width);
}

ReducedSeries M4Reducer::reduce(std::span<const qint64> times, std::span<const double> values, qint64 fromMs,
                                qint64 toMs, int width)
{
    ReducedSeries out;
    reduceInto(times, values, fromMs, toMs, width, out);
    return out;
}

void M4Reducer::reduceInto(std::span<const qint64> times, std::span<const double> values, qint64 fromMs,
                           qint64 toMs, int width, ReducedSeries &out)
{
    reduceImpl<false>(times, values, {}, fromMs, toMs, width, out);
}

namespace {

// Where one rank's points inside the window (plus one either side) are.
struct Cursor
{
    const qint64 *t;
    const double *v;
    std::size_t i;
    std::size_t end;
};

// Only the window plus one point either side of it matters; merging whole series would cost O(N * total).
std::vector<Cursor> windowCursors(std::span<const Series *const> ranks, qint64 fromMs, qint64 toMs,
                                  std::size_t &mostPoints)
{
    std::vector<Cursor> cursors;
    cursors.reserve(ranks.size());
    mostPoints = 0;
    for (const Series *rank : ranks) {
        if (!rank || rank->isEmpty())
            continue;
        const auto &t = rank->times();
        std::size_t b = std::size_t(std::lower_bound(t.begin(), t.end(), fromMs) - t.begin());
        std::size_t e = std::size_t(std::upper_bound(t.begin() + qsizetype(b), t.end(), toMs) - t.begin());
        b = b > 0 ? b - 1 : 0;
        e = std::min(e + 1, t.size());
        cursors.push_back({t.data(), rank->values().data(), b, e});
        mostPoints = std::max(mostPoints, e - b);
    }
    return cursors;
}

// Ranks that report at the same timestamps (the usual case within a node): a plain loop over rows.
// Rows go to a consumer with add(time, sum, count, low, high) and done(): the M4 columns of aggregate() or
// the column means of aggregateColumns().
template<typename Columns>
void mergeAligned(const std::vector<Cursor> &cursors, std::size_t rows, Columns &columns)
{
    const Cursor &head = cursors.front();
    for (std::size_t row = 0; row < rows && !columns.done(); ++row) {
        double sum = 0;
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        for (const Cursor &c : cursors) {
            const double value = c.v[c.i + row];
            sum += value;
            lo = std::min(lo, value);
            hi = std::max(hi, value);
        }
        columns.add(head.t[head.i + row], sum, int(cursors.size()), lo, hi);
    }
}

// Ranks with timestamps of their own: a k-way merge, each instant aggregating the ranks that have it.
template<typename Columns> void mergeUnaligned(std::vector<Cursor> &cursors, Columns &columns)
{
    while (!columns.done()) {
        qint64 now = std::numeric_limits<qint64>::max();
        bool any = false;
        for (const Cursor &c : cursors) {
            if (c.i < c.end && c.t[c.i] <= now) {
                now = c.t[c.i];
                any = true;
            }
        }
        if (!any)
            break;
        double sum = 0;
        int count = 0;
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        for (Cursor &c : cursors) {
            if (c.i < c.end && c.t[c.i] == now) {
                const double value = c.v[c.i++];
                sum += value;
                ++count;
                lo = std::min(lo, value);
                hi = std::max(hi, value);
            }
        }
        columns.add(now, sum, count, lo, hi);
    }
}

template<typename Columns> void mergeRows(std::vector<Cursor> &cursors, Columns &columns)
{
    const Cursor &head = cursors.front();
    const std::size_t rows = head.end - head.i;
    const bool aligned = std::all_of(cursors.begin(), cursors.end(), [&](const Cursor &c) {
        return c.end - c.i == rows && std::equal(c.t + c.i, c.t + c.end, head.t + head.i);
    });
    if (aligned)
        mergeAligned(cursors, rows, columns);
    else
        mergeUnaligned(cursors, columns);
}

// aggregateColumns() for windows of few instants per column, fed row by row like aggregate(): per column
// the sum and count of every value and their extremes, the neighbours outside the window as they are.
struct ColumnMeans
{
    qint64 fromMs;
    qint64 toMs;
    int width;
    ReducedSeries &out;
    PixelColumns columns{fromMs, toMs, width};
    bool beforePending = false;
    double before[4] = {}; // time, mean, low, high
    bool open = false;
    qint64 columnEnd = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    double sum = 0;
    int count = 0;
    double low = 0;
    double high = 0;
    bool finished = false;

    ColumnMeans(qint64 from, qint64 to, int w, ReducedSeries &o) : fromMs(from), toMs(to), width(w), out(o) {}

    bool done() const { return finished; }

    void push(double x, double y, double lo, double hi)
    {
        out.x.push_back(x);
        out.y.push_back(y);
        out.lower.push_back(lo);
        out.upper.push_back(hi);
    }

    void flush()
    {
        if (beforePending)
            push(before[0], before[1], before[2], before[3]);
        beforePending = false;
        if (open)
            push((double(firstMs) + double(lastMs)) / 2, sum / count, low, high);
        open = false;
    }

    void add(qint64 t, double rowSum, int rowCount, double lo, double hi)
    {
        if (t < fromMs) {
            beforePending = true;
            before[0] = double(t);
            before[1] = rowSum / rowCount;
            before[2] = lo;
            before[3] = hi;
            return;
        }
        if (t > toMs) {
            flush();
            push(double(t), rowSum / rowCount, lo, hi);
            finished = true;
            return;
        }
        if (!open || t >= columnEnd) {
            flush();
            columns.advanceTo(t);
            columnEnd = columns.end();
            open = true;
            firstMs = t;
            sum = 0;
            count = 0;
            low = lo;
            high = hi;
        }
        lastMs = t;
        sum += rowSum;
        count += rowCount;
        low = std::min(low, lo);
        high = std::max(high, hi);
    }

    void finish()
    {
        if (!finished)
            flush();
        finished = true;
    }
};

} // namespace

ReducedSeries M4Reducer::aggregate(std::span<const Series *const> ranks, qint64 fromMs, qint64 toMs,
                                   int width)
{
    ReducedSeries out;
    if (width <= 0 || toMs < fromMs)
        return out;
    std::size_t mostPoints = 0;
    std::vector<Cursor> cursors = windowCursors(ranks, fromMs, toMs, mostPoints);
    if (cursors.empty())
        return out;

    const std::size_t capacity = std::min(mostPoints, std::size_t(width) * 4) + 2;
    out.x.reserve(capacity);
    out.y.reserve(capacity);
    out.lower.reserve(capacity);
    out.upper.reserve(capacity);
    BandColumns columns(fromMs, toMs, width, out);
    mergeRows(cursors, columns);
    columns.finish();
    return out;
}

namespace {

// One rank's part of the window: [i, end) still to be read, and its neighbours outside the window.
struct RankRange
{
    const Series *series;
    std::size_t i;
    std::size_t end;
    std::size_t before; // index of the last point before the window, or npos
    std::size_t after;  // index of the first point after it, or npos
};

constexpr std::size_t NoPoint = std::size_t(-1);
// Instants per column below which aggregateColumns() merges rows instead of asking each rank's pyramid.
constexpr std::size_t NarrowColumnRows = 8;

// The first index from i on whose time is >= limit: a short walk for narrow columns, galloping for wide ones.
std::size_t advanceTo(const qint64 *t, std::size_t i, std::size_t end, qint64 limit)
{
    std::size_t step = 8;
    while (i + step < end && t[i + step] < limit) {
        i += step;
        step *= 2;
    }
    return std::size_t(std::lower_bound(t + i, t + std::min(i + step, end), limit) - t);
}

struct ColumnTotals
{
    double sum = 0;
    std::size_t count = 0;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = std::numeric_limits<qint64>::min();

    void add(const Series &s, std::size_t b, std::size_t e)
    {
        const SeriesSummary::Totals t = s.totals(b, e);
        sum += t.sum;
        count += e - b;
        low = std::min(low, t.min);
        high = std::max(high, t.max);
        firstMs = std::min(firstMs, s.times()[b]);
        lastMs = std::max(lastMs, s.times()[e - 1]);
    }
};

// The point just outside the window on one side: the ranks' nearest instant there, averaged over the ranks
// that report at it, so the line runs on to the plot edge as a single series' does.
void emitNeighbour(const std::vector<RankRange> &ranks, bool before, ReducedSeries &out)
{
    qint64 at = before ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    for (const RankRange &r : ranks) {
        const std::size_t k = before ? r.before : r.after;
        if (k != NoPoint)
            at = before ? std::max(at, r.series->times()[k]) : std::min(at, r.series->times()[k]);
    }
    ColumnTotals c;
    for (const RankRange &r : ranks) {
        const std::size_t k = before ? r.before : r.after;
        if (k != NoPoint && r.series->times()[k] == at)
            c.add(*r.series, k, k + 1);
    }
    if (c.count == 0)
        return;
    out.x.push_back(double(at));
    out.y.push_back(c.sum / double(c.count));
    out.lower.push_back(c.low);
    out.upper.push_back(c.high);
}

} // namespace

ReducedSeries M4Reducer::aggregateColumns(std::span<const Series *const> ranks, qint64 fromMs, qint64 toMs,
                                          int width)
{
    ReducedSeries out;
    if (width <= 0 || toMs < fromMs)
        return out;
    // Below a few instants per column, merging rows as aggregate() does costs less than a lookup per rank
    // and column; both give the same columns.
    std::size_t mostPoints = 0;
    std::vector<Cursor> cursors = windowCursors(ranks, fromMs, toMs, mostPoints);
    if (cursors.empty())
        return out;
    if (mostPoints < std::size_t(width) * NarrowColumnRows) {
        ColumnMeans columns(fromMs, toMs, width, out);
        const std::size_t capacity = std::min(mostPoints, std::size_t(width)) + 2;
        out.x.reserve(capacity);
        out.y.reserve(capacity);
        out.lower.reserve(capacity);
        out.upper.reserve(capacity);
        mergeRows(cursors, columns);
        columns.finish();
        return out;
    }
    std::vector<RankRange> parts;
    parts.reserve(ranks.size());
    for (const Series *s : ranks) {
        if (!s || s->isEmpty())
            continue;
        const std::size_t b = s->lowerBound(fromMs);
        const std::size_t e = s->lowerBound(toMs + 1);
        parts.push_back({s, b, e, b > 0 ? b - 1 : NoPoint, e < s->size() ? e : NoPoint});
    }
    if (parts.empty())
        return out;
    const std::size_t capacity = std::size_t(width) + 2;
    out.x.reserve(capacity);
    out.y.reserve(capacity);
    out.lower.reserve(capacity);
    out.upper.reserve(capacity);
    emitNeighbour(parts, true, out);
    PixelColumns columns(fromMs, toMs, width);
    for (;;) {
        qint64 next = std::numeric_limits<qint64>::max();
        for (const RankRange &r : parts) {
            if (r.i < r.end)
                next = std::min(next, r.series->times()[r.i]);
        }
        if (next == std::numeric_limits<qint64>::max())
            break;
        // The same columns as M4: the one holding the earliest point not yet read, then where it ends.
        columns.advanceTo(next);
        const qint64 columnEnd = columns.end();
        ColumnTotals c;
        for (RankRange &r : parts) {
            if (r.i >= r.end || r.series->times()[r.i] >= columnEnd)
                continue;
            const std::size_t e = advanceTo(r.series->times().data(), r.i, r.end, columnEnd);
            c.add(*r.series, r.i, e);
            r.i = e;
        }
        out.x.push_back((double(c.firstMs) + double(c.lastMs)) / 2);
        out.y.push_back(c.sum / double(c.count));
        out.lower.push_back(c.low);
        out.upper.push_back(c.high);
    }
    emitNeighbour(parts, false, out);
    return out;
}

namespace {

// Sum, lowest and highest of the rows [b, e): one pass for a few instants, the three pyramids for many.
ColumnTotals rowTotals(const RankRows &rows, std::size_t b, std::size_t e)
{
    ColumnTotals c;
    const qint64 *t = rows.sums().times().data();
    c.firstMs = t[b];
    c.lastMs = t[e - 1];
    c.count = (e - b) * std::size_t(rows.rankCount());
    if (e - b < 2 * SeriesSummary::LeafPoints) {
        const double *sums = rows.sums().values().data();
        const double *lows = rows.lows().values().data();
        const double *highs = rows.highs().values().data();
        for (std::size_t i = b; i < e; ++i) {
            c.sum += sums[i];
            c.low = std::min(c.low, lows[i]);
            c.high = std::max(c.high, highs[i]);
        }
        return c;
    }
    c.sum = rows.sums().totals(b, e).sum;
    c.low = rows.lows().totals(b, e).min;
    c.high = rows.highs().totals(b, e).max;
    return c;
}

void pushColumn(ReducedSeries &out, const ColumnTotals &c)
{
    out.x.push_back((double(c.firstMs) + double(c.lastMs)) / 2);
    out.y.push_back(c.sum / double(c.count));
    out.lower.push_back(c.low);
    out.upper.push_back(c.high);
}

} // namespace

ReducedSeries M4Reducer::aggregateColumns(const RankRows &rows, qint64 fromMs, qint64 toMs, int width)
{
    ReducedSeries out;
    if (width <= 0 || toMs < fromMs || rows.isEmpty())
        return out;
    const std::vector<qint64> &times = rows.sums().times();
    const qint64 *t = times.data();
    const std::size_t n = times.size();
    const auto begin = std::size_t(std::lower_bound(t, t + n, fromMs) - t);
    const auto end = std::size_t(std::upper_bound(t + begin, t + n, toMs) - t);
    const double rankCount = rows.rankCount();
    const double *sums = rows.sums().values().data();
    const double *lows = rows.lows().values().data();
    const double *highs = rows.highs().values().data();
    const std::size_t capacity = std::min(end - begin + 2, std::size_t(width) + 2);
    out.x.reserve(capacity);
    out.y.reserve(capacity);
    out.lower.reserve(capacity);
    out.upper.reserve(capacity);
    // As the ranks' version decides: below a few instants per column, rows in the window plus one either
    // side, fed one by one to the same column means.
    const std::size_t first = begin > 0 ? begin - 1 : 0;
    const std::size_t stop = std::min(end + 1, n);
    if (stop - first < std::size_t(width) * NarrowColumnRows) {
        ColumnMeans columns(fromMs, toMs, width, out);
        for (std::size_t i = first; i < stop && !columns.done(); ++i)
            columns.add(t[i], sums[i], rows.rankCount(), lows[i], highs[i]);
        columns.finish();
        return out;
    }
    auto neighbour = [&](std::size_t k) {
        out.x.push_back(double(t[k]));
        out.y.push_back(sums[k] / rankCount);
        out.lower.push_back(lows[k]);
        out.upper.push_back(highs[k]);
    };
    if (begin > 0)
        neighbour(begin - 1);
    PixelColumns columns(fromMs, toMs, width);
    for (std::size_t i = begin; i < end;) {
        columns.advanceTo(t[i]);
        const qint64 columnEnd = columns.end();
        const std::size_t e = advanceTo(t, i, end, columnEnd);
        pushColumn(out, rowTotals(rows, i, e));
        i = e;
    }
    if (end < n)
        neighbour(end);
    return out;
}
