// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightOptions.h"
#include "core/metrics/MetricsStore.h"
#include "mock/MockScenarioCase.h"

#include <QString>

// A generated scenario as the client would hold it: the simulated server's own bytes for the whole job at
// its scrape interval (in requests under the server's point limit), parsed by MetricsParser and merged into
// a MetricsStore. Shared by the insight benchmark and its evaluation test, so both score the same thing.
class ScenarioStore
{
public:
    static MetricsStore load(const MockScenarioCase &scenario, QString *error = nullptr);
    // The analysis' options for a scenario: the simulated server's machines and the default GPU price.
    static InsightOptions optionsFor(const MockScenarioCase &scenario);
};
