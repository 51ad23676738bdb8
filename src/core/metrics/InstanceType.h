// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <optional>

// InstanceTypeV1: the machine a job runs on, per node. Limits are what the charts draw their limit lines
// from.
struct InstanceType
{
    QString id;
    QString name;
    qint64 memoryLimitMib = 0;
    qint64 millicpuLimit = 0;
    int gpuCount = 0;
    QString gpuType;                         // empty when the API sends null (CPU-only instance)
    std::optional<qint64> gpuMemoryLimitMib; // per GPU

    friend bool operator==(const InstanceType &, const InstanceType &) = default;
};
