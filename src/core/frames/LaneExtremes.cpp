// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/LaneExtremes.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TRAINSCOPE_LANE_EXTREMES 1
#include <immintrin.h>
#endif

namespace LaneExtremes {

#ifdef TRAINSCOPE_LANE_EXTREMES

namespace {

// The running extremes of four lanes and where each was first met (as doubles: exact up to 2^53 points).
struct Lanes
{
    __m256d low;
    __m256d high;
    __m256d lowAt;
    __m256d highAt;
};

// min_pd(x, low) is `x < low ? x : low`, the scalar scan's rule: an equal or NaN x leaves low (and where it
// was met) alone, and a NaN low is never replaced.
__attribute__((target("avx2"), always_inline)) inline void take(Lanes &l, __m256d x, __m256d at)
{
    const __m256d below = _mm256_cmp_pd(x, l.low, _CMP_LT_OQ);
    const __m256d above = _mm256_cmp_pd(x, l.high, _CMP_GT_OQ);
    l.low = _mm256_min_pd(x, l.low);
    l.high = _mm256_max_pd(x, l.high);
    l.lowAt = _mm256_blendv_pd(l.lowAt, at, below);
    l.highAt = _mm256_blendv_pd(l.highAt, at, above);
}

__attribute__((target("avx2"), always_inline)) inline __m256d pointAt(const double *const s[4], std::size_t i)
{
    return _mm256_set_pd(s[3][i], s[2][i], s[1][i], s[0][i]);
}

__attribute__((target("avx2"))) void scan(const double *const s[4], std::size_t begin, std::size_t end,
                                          std::size_t lowAt[4], std::size_t highAt[4])
{
    Lanes l;
    l.low = l.high = pointAt(s, begin);
    l.lowAt = l.highAt = _mm256_set1_pd(double(begin));
    std::size_t i = begin + 1;
    // Four points of each series at a time, loaded whole and transposed so a register holds one instant.
    for (; i + 4 <= end; i += 4) {
        const __m256d a = _mm256_loadu_pd(s[0] + i);
        const __m256d b = _mm256_loadu_pd(s[1] + i);
        const __m256d c = _mm256_loadu_pd(s[2] + i);
        const __m256d d = _mm256_loadu_pd(s[3] + i);
        const __m256d ab0 = _mm256_unpacklo_pd(a, b); // a0 b0 a2 b2
        const __m256d ab1 = _mm256_unpackhi_pd(a, b); // a1 b1 a3 b3
        const __m256d cd0 = _mm256_unpacklo_pd(c, d);
        const __m256d cd1 = _mm256_unpackhi_pd(c, d);
        const double at = double(i);
        take(l, _mm256_permute2f128_pd(ab0, cd0, 0x20), _mm256_set1_pd(at));
        take(l, _mm256_permute2f128_pd(ab1, cd1, 0x20), _mm256_set1_pd(at + 1));
        take(l, _mm256_permute2f128_pd(ab0, cd0, 0x31), _mm256_set1_pd(at + 2));
        take(l, _mm256_permute2f128_pd(ab1, cd1, 0x31), _mm256_set1_pd(at + 3));
    }
    for (; i < end; ++i)
        take(l, pointAt(s, i), _mm256_set1_pd(double(i)));
    alignas(32) double low[4];
    alignas(32) double high[4];
    _mm256_store_pd(low, l.lowAt);
    _mm256_store_pd(high, l.highAt);
    for (int k = 0; k < 4; ++k) {
        lowAt[k] = std::size_t(low[k]);
        highAt[k] = std::size_t(high[k]);
    }
}

} // namespace

bool available()
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
}

void fourSeries(const double *const series[4], std::size_t begin, std::size_t end, std::size_t lowAt[4],
                std::size_t highAt[4])
{
    scan(series, begin, end, lowAt, highAt);
}

#else

bool available()
{
    return false;
}

void fourSeries(const double *const series[4], std::size_t begin, std::size_t end, std::size_t lowAt[4],
                std::size_t highAt[4])
{
    // Not reached (available() is false): the scalar rule, so a caller that skips the check is still right.
    for (int k = 0; k < 4; ++k) {
        const double *v = series[k];
        std::size_t lo = begin;
        std::size_t hi = begin;
        for (std::size_t i = begin + 1; i < end; ++i) {
            if (v[i] < v[lo])
                lo = i;
            if (v[i] > v[hi])
                hi = i;
        }
        lowAt[k] = lo;
        highAt[k] = hi;
    }
}

#endif

} // namespace LaneExtremes
