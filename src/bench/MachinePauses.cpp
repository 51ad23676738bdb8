// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/MachinePauses.h"

#include <algorithm>
#include <chrono>

namespace {
constexpr qint64 SleepNs = 1'000'000;
}

MachinePauses::MachinePauses() : m_thread([this] { run(); }) {}

MachinePauses::~MachinePauses()
{
    m_stop = true;
    m_thread.join();
}

qint64 MachinePauses::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void MachinePauses::run()
{
    qint64 last = nowNs();
    while (!m_stop.load(std::memory_order_relaxed)) {
        std::this_thread::sleep_for(std::chrono::nanoseconds(SleepNs));
        const qint64 now = nowNs();
        if (now - last - SleepNs > LateNs) {
            const std::lock_guard lock(m_mutex);
            m_pauses.emplace_back(last + SleepNs, now);
        }
        last = now;
    }
}

qint64 MachinePauses::overlapNs(qint64 fromNs, qint64 toNs) const
{
    const std::lock_guard lock(m_mutex);
    qint64 sum = 0;
    for (const auto &[from, to] : m_pauses)
        sum += std::max<qint64>(0, std::min(to, toNs) - std::max(from, fromNs));
    return sum;
}

int MachinePauses::count() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_pauses.size());
}

double MachinePauses::longestMs() const
{
    const std::lock_guard lock(m_mutex);
    qint64 longest = 0;
    for (const auto &[from, to] : m_pauses)
        longest = std::max(longest, to - from);
    return double(longest) / 1e6;
}
