// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// trainscope-bench refine [--nodes N] [--days D] [--scrape S]: a finished job at its native scrape interval,
// served over loopback by the simulated server; the dashboard's path from opening to every sample (a sampled
// first picture, the probe, tiles four at a time), against one unlimited request for the same samples.
int runRefineBench(const QStringList &args);
