// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/BackgroundPriority.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

bool BackgroundPriority::applyToCurrentThread(int steps)
{
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with a thread's id names that thread alone; with 0, the process's main thread.
    const auto thread = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int process = ::getpriority(PRIO_PROCESS, id_t(::getpid()));
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (errno != 0)
        return false;
    const int wanted = std::min(process + steps, 19);
    if (current < wanted && ::setpriority(PRIO_PROCESS, thread, wanted) != 0)
        return false;
    // A batch thread never preempts another on waking up; only the tick takes the processor from one. Handing
    // a frame to a worker woke it on the GUI thread's own core, and at any nice value the scheduler let it
    // run first: 1-10 ms in which the window's thread waited with its paint half done.
    if (::sched_getscheduler(0) == SCHED_BATCH)
        return true;
    sched_param param{};
    param.sched_priority = 0;
    return ::sched_setscheduler(0, SCHED_BATCH, &param) == 0;
#else
    return false;
#endif
}
