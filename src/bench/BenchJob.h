// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockJob.h"

// A finished job for the simulated server to serve beside the demo's: `nodes` nodes of 8 H100s, `days`
// days long, ending an hour before `nowMs`, scraped every `scrapeSeconds`, in the demo's project.
MockJob benchJob(const QString &id, qint64 nowMs, int nodes, int days, int scrapeSeconds);
