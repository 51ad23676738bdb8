// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <vector>

// How the benchmarks time their work: the median of several runs, so one run disturbed by the machine's
// other work does not decide a figure.
namespace BenchTiming {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Median of `runs` runs of work(), in ms, after `warmUps` untimed runs (caches built once, say).
template<typename Work> double medianMs(int runs, Work &&work, int warmUps = 0)
{
    for (int i = 0; i < warmUps; ++i)
        work();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

// Medians of several pieces of work timed in turn, round after round, in ms: a burst of the machine's other
// work then falls on all of them alike rather than on whichever was being timed, so their ratio holds
// (timed one after the other, a burst of a few seconds once halved a speedup).
template<typename... Work> std::array<double, sizeof...(Work)> interleavedMediansMs(int runs, Work &&...work)
{
    std::array<std::vector<double>, sizeof...(Work)> ms;
    for (int i = 0; i < runs; ++i) {
        std::size_t k = 0;
        auto time = [&](auto &&w) {
            QElapsedTimer timer;
            timer.start();
            w();
            ms[k++].push_back(double(timer.nsecsElapsed()) / 1e6);
        };
        (time(work), ...);
    }
    std::array<double, sizeof...(Work)> out{};
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = median(ms[k]);
    return out;
}

} // namespace BenchTiming
