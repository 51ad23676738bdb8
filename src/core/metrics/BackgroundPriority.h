// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

// Work nobody waits for (the whole of a cached job, decoded behind its first picture; cache writes; the
// insight engine) yields the processor to the rest of the process: on a machine of two cores it would
// otherwise halve the speed of the frame and the window that show that picture. A thread is made nicer than
// the process (NiceSteps, weight 15 against 1024 at the default), and threads it starts inherit that.
// Lowering a nice value again needs a privilege a user lacks, so this is for threads that only ever do such
// work: a pool of their own.
//
// Work the window waits for (frames, heatmaps, parsing an answer, a cached job's first picture) is nicer
// than the process too, less so (WindowWorkSteps, weight 70): on two cores the GUI thread shares a core with
// one of them whenever the other core is busy, and at three steps (weight 526) it still got only two thirds
// of it: a turn of 6 ms of work took 16-20. Measured against 3 and 7 steps, twelve halved the openings with a
// turn over 16 ms (benchmark `open`, docs/PERFORMANCE.md).
//
// Both kinds also run as batch threads (SCHED_BATCH): the scheduler never lets one preempt the thread that
// woke it, only its tick takes a core from another thread. Handing a frame to a worker used to put the
// worker on the GUI thread's core and run it first, 1-10 ms in the middle of a paint.
//
// Linux only (there a nice value and a policy belong to a thread); elsewhere it changes nothing.
class BackgroundPriority
{
public:
    static constexpr int NiceSteps = 19;
    static constexpr int WindowWorkSteps = 12;
    static_assert(WindowWorkSteps < NiceSteps,
                  "what the window waits for comes before what nobody waits for");

    // Makes the calling thread `steps` nicer than the process, if it is not already, and a batch thread; true
    // if it is both now.
    static bool applyToCurrentThread(int steps = NiceSteps);
};
