// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// TrainingProjectV1 without its latest_job, which the dataset derives from its jobs.
struct MockProject
{
    QString id;
    QString name;
    QString teamName;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};
