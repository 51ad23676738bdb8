// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// trainscope-bench open: from a cold process start to the dashboard's first frame, for a 16 x 8 job of
// three days at 15 s opened from the offline cache, and for a small job fetched over loopback from the
// simulated server. Each opening runs in a fresh process (this program, `open-child`), with a watchdog timer
// on its GUI thread reporting the longest the thread was kept from its event loop.
int runOpenBench(const QStringList &args);
// The opening itself, in the child process.
int runOpenChild(const QStringList &args);
