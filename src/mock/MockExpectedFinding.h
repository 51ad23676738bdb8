// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// One finding a correct analysis of a generated job must report: the ground truth beside a scenario. Kinds
// are the analysis' machine names ("lagging_rank", "idle_gpu", ...), spelled here because the simulated
// server shares no code with the client.
struct MockExpectedFinding
{
    QString kind;
    int node = -1; // -1: not tied to a node
    int rank = -1; // -1: not tied to a rank
    qint64 startMs = 0;
    qint64 endMs = 0;
    double value = 0; // kind-specific: seconds to the limit for growth, the recommended GB for headroom
};
