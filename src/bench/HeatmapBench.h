// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// `trainscope-bench heatmap [--nodes N] [--gpus N] [--days N] [--step S] [--runs N]`: one range change of the
// GPU-utilization heatmap (the frame built from the pyramids, its image, the widget painted) against a naive
// painter that fills one rectangle per sample, in the same process; a 16 x 8 GPU job of 3 days at 15 s, then
// the same job on 64 nodes (512 rows) unless --nodes is given. Exit 1 when the 16-node case misses its
// targets (16 ms, 20x).
int runHeatmapBench(const QStringList &args);
