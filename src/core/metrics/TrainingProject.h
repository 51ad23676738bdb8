// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/TrainingJob.h"

#include <QString>

#include <optional>

// TrainingProjectV1.
struct TrainingProject
{
    QString id;
    QString name;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString teamName;
    std::optional<TrainingJob> latestJob;

    friend bool operator==(const TrainingProject &, const TrainingProject &) = default;
};
