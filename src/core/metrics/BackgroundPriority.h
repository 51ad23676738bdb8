// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

// Work nobody waits for (the whole of a cached job, decoded behind its first picture) yields the processor
// to the rest of the process: on a machine of two cores it would otherwise halve the speed of the frame and
// the window that show that picture. A thread is made nicer than the process (weight 110 against 1024 at
// the default), and threads it starts inherit that. Lowering a nice value again needs a privilege a user
// lacks, so this is for threads that only ever do such work: a pool of their own.
//
// Work the window waits for (frames, heatmaps, parsing an answer) is a little nicer than the process too
// (WindowWorkSteps, weight 526): on two cores, while the window paints, it would otherwise take half of the
// GUI thread's processor and of the threads Qt fills large spans on for it, and a paint of 6 ms took 18.
//
// Linux only (there a nice value belongs to a thread); elsewhere it changes nothing.
class BackgroundPriority
{
public:
    static constexpr int NiceSteps = 10;
    static constexpr int WindowWorkSteps = 3;

    // Makes the calling thread `steps` nicer than the process, if it is not already; true if it is now.
    static bool applyToCurrentThread(int steps = NiceSteps);
};
