// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// `trainscope-bench insight [--clean N] [--per-kind N] [--verbose]`: the insight engine scored against the
// scenario generator's ground truth (50 clean jobs and 15 of each anomaly by default), per-kind precision
// and recall and the promised checks, then the analysis time of a 16-node x 8-GPU 3-day job sampled every
// 15 s. Exit 0 when every target is met, 1 when one is missed (and says which).
int runInsightBench(const QStringList &args);
