// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/BackgroundPriority.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
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
    if (current >= wanted)
        return true;
    return ::setpriority(PRIO_PROCESS, thread, wanted) == 0;
#else
    return false;
#endif
}
