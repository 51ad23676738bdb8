// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// trainscope-bench cache --nodes N --days D: a full-resolution job saved to the offline cache and loaded
// back (read, verify, decode), bytes per point against the 16 of the points in memory.
int runCacheBench(const QStringList &args);
