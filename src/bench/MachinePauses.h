// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

#include <atomic>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

// When the whole machine stood still, seen from inside it. A thread of normal priority sleeps 1 ms at a time;
// when it wakes far later than it asked, no thread of the process could run either (the application's
// workers yield to it, the simulated server runs only on idle cycles), so the processors were taken from the
// machine: a virtual machine's host does that. On a workstation this sees nothing. On the shared 2-core
// virtual machines the benchmarks run on here, a host takes both processors for 15-30 ms every few seconds
// while both are busy (docs/PERFORMANCE.md, "The machine's own pauses"). A GUI stall that lies inside such a
// pause is the machine's, not the application's: the watchdog subtracts it.
class MachinePauses
{
public:
    // A wake this much later than asked is a pause; the idle machine's own lateness stays under it.
    static constexpr qint64 LateNs = 8'000'000;

    MachinePauses();
    ~MachinePauses();
    MachinePauses(const MachinePauses &) = delete;
    MachinePauses &operator=(const MachinePauses &) = delete;

    // The steady clock (CLOCK_MONOTONIC) in nanoseconds: what both this and a watchdog read.
    static qint64 nowNs();
    // How much of [fromNs, toNs) lay inside pauses seen so far.
    qint64 overlapNs(qint64 fromNs, qint64 toNs) const;
    int count() const;
    double longestMs() const;

private:
    void run();

    mutable std::mutex m_mutex;
    std::vector<std::pair<qint64, qint64>> m_pauses; // [from, to): past the sleep asked for
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
