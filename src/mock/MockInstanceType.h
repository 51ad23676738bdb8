// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// InstanceTypeV1 as the mock serves it: one node's machine.
struct MockInstanceType
{
    QString id;
    QString name;
    qint64 memoryLimitMib = 0;
    qint64 millicpuLimit = 0;
    int gpuCount = 0;
    QString gpuType;
    qint64 gpuMemoryLimitMib = 0;
};
