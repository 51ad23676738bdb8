// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QElapsedTimer>

#include <algorithm>
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

} // namespace BenchTiming
