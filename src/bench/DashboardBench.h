// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// trainscope-bench dashboard: a 16-node x 8-GPU job with 10k points per series in the store, then range
// changes timed until every chart holds its new points, our path (frame built from M4-reduced series) against
// the naive one (the raw points of every series into the charts), in one process.
int runDashboardBench(const QStringList &args);
