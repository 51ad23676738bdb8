// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/InstanceType.h"

#include <cstddef>
#include <optional>
#include <vector>

// What the analysis needs beyond the job's own metrics.
struct InsightOptions
{
    // The machines on offer (GET /v1/instance_types): a smaller GPU that would do is named from these.
    std::vector<InstanceType> instanceTypes;
    // $ per GPU-hour of the job's GPU type (AppSettings::gpuHourPrice); none: idle time is not priced.
    std::optional<double> pricePerGpuHour;
    // Rank × instant cells the analysis may hold (8 bytes each): ranks sharing their sample times need
    // ranks × samples; ranks that share none would need ranks² × samples, which no real job has.
    std::size_t maxGridCells = std::size_t(64) << 20;
};
