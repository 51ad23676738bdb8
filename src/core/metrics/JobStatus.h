// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// The API reports status as free text; these are the values known today. Anything else is kept as text by
// TrainingJob::status and shows up as Unknown here, so a new server-side status never breaks the app.
enum class JobStatus : quint8
{
    Unknown,
    Pending,
    Created,
    Queued,
    Deploying,
    Running,
    Completed,
    DeployFailed,
    Failed,
    Stopped,
    Preempted,
};

JobStatus jobStatusFromApi(const QString &text);
QString jobStatusToApi(JobStatus status);
bool jobStatusIsActive(JobStatus status);   // still producing metrics, or about to
bool jobStatusIsFinished(JobStatus status); // its metrics will not change any more
