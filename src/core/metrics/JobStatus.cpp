// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/JobStatus.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<JobStatus, const char *>, 10> Known{{
    {JobStatus::Pending, "TRAINING_JOB_PENDING"},
    {JobStatus::Created, "TRAINING_JOB_CREATED"},
    {JobStatus::Queued, "TRAINING_JOB_QUEUED"},
    {JobStatus::Deploying, "TRAINING_JOB_DEPLOYING"},
    {JobStatus::Running, "TRAINING_JOB_RUNNING"},
    {JobStatus::Completed, "TRAINING_JOB_COMPLETED"},
    {JobStatus::DeployFailed, "TRAINING_JOB_DEPLOY_FAILED"},
    {JobStatus::Failed, "TRAINING_JOB_FAILED"},
    {JobStatus::Stopped, "TRAINING_JOB_STOPPED"},
    {JobStatus::Preempted, "TRAINING_JOB_PREEMPTED"},
}};
} // namespace

JobStatus jobStatusFromApi(const QString &text)
{
    for (const auto &[status, name] : Known) {
        if (text == QLatin1String(name))
            return status;
    }
    return JobStatus::Unknown;
}

QString jobStatusToApi(JobStatus status)
{
    for (const auto &[s, name] : Known) {
        if (s == status)
            return QLatin1String(name);
    }
    return {};
}

bool jobStatusIsActive(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
    case JobStatus::Created:
    case JobStatus::Queued:
    case JobStatus::Deploying:
    case JobStatus::Running:
        return true;
    default:
        return false;
    }
}

bool jobStatusIsFinished(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
    case JobStatus::DeployFailed:
    case JobStatus::Failed:
    case JobStatus::Stopped:
    case JobStatus::Preempted:
        return true;
    default:
        return false;
    }
}
