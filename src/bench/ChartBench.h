// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// trainscope-bench chart: the dashboard's worst default chart (16 mean lines with min-max bands and 8 rank
// lines, 1600 x 900) rendered at device pixel ratio 1 and 2, and the raster engine's ways of filling a band's
// pixel-column spans measured one by one, so the cost of HiDPI has a cause, not a guess.
int runChartBench(const QStringList &args);
