// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/M4Reducer.h"

#include "core/metrics/Series.h"

#include <algorithm>
#include <limits>

namespace {

// a * b / c without overflow: a time offset in ms times a pixel width can exceed 63 bits for absurd inputs.
qint64 mulDiv(qint64 a, qint64 b, qint64 c)
{
#ifdef __SIZEOF_INT128__
    return qint64(static_cast<__int128>(a) * b / c);
#else
    return qint64(static_cast<long double>(a) * b / c);
#endif
}

qint64 mulDivCeil(qint64 a, qint64 b, qint64 c)
{
#ifdef __SIZEOF_INT128__
    return qint64((static_cast<__int128>(a) * b + c - 1) / c);
#else
    return qint64(static_cast<long double>(a) * b / c + 0.999999);
#endif
}

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

// Scans the points from i up to end or columnEnd (exclusive) and leaves i at the next column's first point.
template<bool WithBand>
inline Column scanColumn(const qint64 *t, const double *v, BandInput band, std::size_t &i, std::size_t end,
                         qint64 columnEnd)
{
    Column c;
    c.first = c.minIndex = c.maxIndex = i;
    double minValue = v[i];
    double maxValue = v[i];
    if constexpr (WithBand) {
        c.bandLow = band.lower[i];
        c.bandHigh = band.upper[i];
    }
    ++i;
    for (; i < end && t[i] < columnEnd; ++i) {
        const double value = v[i];
        if (value < minValue) {
            minValue = value;
            c.minIndex = i;
        }
        if (value > maxValue) {
            maxValue = value;
            c.maxIndex = i;
        }
        if constexpr (WithBand) {
            c.bandLow = std::min(c.bandLow, band.lower[i]);
            c.bandHigh = std::max(c.bandHigh, band.upper[i]);
        }
    }
    c.last = i - 1;
    if (c.minIndex > c.maxIndex)
        std::swap(c.minIndex, c.maxIndex);
    return c;
}

template<bool WithBand>
void reduceImpl(std::span<const qint64> times, std::span<const double> values, BandInput band, qint64 fromMs,
                qint64 toMs, int width, ReducedSeries &out)
{
    out.clear();
    const std::size_t n = std::min(times.size(), values.size());
    if (n == 0 || width <= 0 || toMs < fromMs)
        return;
    const qint64 *t = times.data();
    const double *v = values.data();

    const std::size_t begin = std::size_t(std::lower_bound(t, t + n, fromMs) - t);
    const std::size_t end = std::size_t(std::upper_bound(t + begin, t + n, toMs) - t);

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
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    std::size_t i = begin;
    while (i < end) {
        const qint64 column = std::min<qint64>(mulDiv(t[i] - fromMs, width, span), width - 1);
        // The first time of the next column, found once per column so the inner loop only compares.
        const qint64 columnEnd = column + 1 >= width ? std::numeric_limits<qint64>::max()
                                                     : fromMs + mulDivCeil(column + 1, span, width);
        const Column c = scanColumn<WithBand>(t, v, band, i, end, columnEnd);
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
    qint64 span = std::max<qint64>(toMs - fromMs, 1);
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
        const qint64 column = std::min<qint64>(mulDiv(t - fromMs, width, span), width - 1);
        columnEnd = column + 1 >= width ? std::numeric_limits<qint64>::max()
                                        : fromMs + mulDivCeil(column + 1, span, width);
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
void mergeAligned(const std::vector<Cursor> &cursors, std::size_t rows, BandColumns &columns)
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
        columns.add(head.t[head.i + row], sum / double(cursors.size()), lo, hi);
    }
}

// Ranks with timestamps of their own: a k-way merge, each instant aggregating the ranks that have it.
void mergeUnaligned(std::vector<Cursor> &cursors, BandColumns &columns)
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
        columns.add(now, sum / count, lo, hi);
    }
}

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
    const Cursor &head = cursors.front();
    const std::size_t rows = head.end - head.i;
    const bool aligned = std::all_of(cursors.begin(), cursors.end(), [&](const Cursor &c) {
        return c.end - c.i == rows && std::equal(c.t + c.i, c.t + c.end, head.t + head.i);
    });
    if (aligned)
        mergeAligned(cursors, rows, columns);
    else
        mergeUnaligned(cursors, columns);
    columns.finish();
    return out;
}
