// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockExpectedFinding.h"
#include "mock/MockJob.h"

#include <QList>
#include <QString>

// A generated job and the ground truth beside it: what a correct analysis finds in it, and how many
// GPU-hours it spent below 10 % utilization (counted at its own scrape instants, as the store samples them).
struct MockScenarioCase
{
    QString kind; // the scenario's name: "clean", "host_bound_rank", ...
    quint64 seed = 0;
    MockJob job; // finished, so the clock does not matter
    QList<MockExpectedFinding> expected;
    double idleGpuHours = 0;
};
