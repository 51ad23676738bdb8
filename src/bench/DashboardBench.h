// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// trainscope-bench dashboard: a 16-node x 8-GPU job with 10k points per series in the store, then range
// changes timed until every chart holds its new points, our path (frame built from M4-reduced series) against
// the naive one (the raw points of every series into the charts), in one process.
//
// With --days D (and --nodes N, --step S): a job of D days at full resolution fetched in tiles, the whole-job
// view and a zoom sequence, frames from the series' pyramids against the linear M4 in the same run, and the
// memory per stored point; prints the `scale:` line. With --scaling FILE: the whole-job frame for 1, 4, 16
// and 64 nodes, plotted to FILE.
int runDashboardBench(const QStringList &args);
