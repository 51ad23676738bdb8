// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiResult.h"
#include "core/metrics/InstanceType.h"
#include "core/metrics/JobCheckpoint.h"
#include "core/metrics/LogLine.h"
#include "core/metrics/TrainingJob.h"
#include "core/metrics/TrainingProject.h"

#include <QByteArray>

#include <optional>
#include <vector>

// The small responses of the management API (projects, jobs, search) into value types. Same contract as
// MetricsParser: a typed value, or a parse error that names the JSON path. Unknown fields are ignored.
class ApiJsonParser
{
public:
    static ApiResult<std::vector<TrainingProject>>
    projects(const QByteArray &body); // ListTrainingProjectsResponseV1
    static ApiResult<std::vector<InstanceType>> instanceTypes(const QByteArray &body); // InstanceTypesV1
    static ApiResult<std::vector<TrainingJob>>
    projectJobs(const QByteArray &body);                       // ListTrainingJobsResponseV1
    static ApiResult<TrainingJob> job(const QByteArray &body); // GetTrainingJobResponseV1
    static ApiResult<std::vector<TrainingJob>>
    searchJobs(const QByteArray &body); // SearchTrainingJobsResponseV1
    // GetTrainingJobCheckpointsResponseV1, oldest first whatever order the server sent.
    static ApiResult<std::vector<JobCheckpoint>> checkpoints(const QByteArray &body);
    // GetLogsResponseV1 in the order sent; messages made safe (TerminalText) and cut at 4 KiB.
    static ApiResult<std::vector<LogLine>> logs(const QByteArray &body);

    // A page never holds more than the API's limit of 1000 lines; an answer with ten times that many is not
    // a page of logs, and is refused before it costs memory. The same for a job's checkpoints.
    static constexpr std::size_t MaxLogLines = 10000;
    static constexpr std::size_t MaxCheckpoints = 100000;

    // The API's own words from an error body: {"error": "..."}, {"detail": "..."} or {"message": "..."}.
    // Empty when the body is not such JSON (an HTML error page, say). At most 4 KiB of UTF-8, then "…".
    static QString errorMessage(const QByteArray &body);
    // The body's "retry_after" seconds of a 429 answer, if present.
    static std::optional<double> retryAfterSeconds(const QByteArray &body);

private:
    static QString fullErrorMessage(const QByteArray &body);
};
