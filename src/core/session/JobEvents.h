// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"
#include "core/api/BasetenClient.h"
#include "core/metrics/JobCheckpoint.h"
#include "core/metrics/LogLine.h"
#include "core/metrics/TrainingJob.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class DashboardController;

// The events of one job for its timeline: every checkpoint, and the ERROR lines of its log (an
// out-of-memory error, a crashed worker). Asks the API once per job opened, never on a range change: the
// markers cover the whole job, whatever the view shows.
//
// Error lines are asked for in windows of the API's 7 days, newest first, at most MaxErrorWindows of them;
// a job longer than that, or a window holding more than a page of errors, leaves errorsComplete() false, so
// a view can say the markers show only part.
class JobEvents : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;
    static constexpr int MaxErrorWindows = 5;
    static constexpr int ErrorPage = 1000;

    JobEvents(BasetenClient *client, Clock clock, QObject *parent = nullptr);

    // Opens every job the controller opens, for as long as both exist.
    void follow(DashboardController *controller);
    void setJob(const TrainingJob &job);
    void clear();
    const TrainingJob &job() const { return m_job; }

    const std::vector<JobCheckpoint> &checkpoints() const { return m_checkpoints; }
    const std::vector<LogLine> &errors() const { return m_errors; } // oldest first
    bool errorsComplete() const { return m_errorsComplete; }
    bool isLoading() const { return m_pending > 0; }
    std::optional<ApiError> lastError() const { return m_lastError; }

signals:
    void changed();
    void failed(const ApiError &error);

private:
    void fetchCheckpoints();
    void fetchErrors(qint64 endMs, int window);
    void fail(const ApiError &error);

    BasetenClient *m_client;
    Clock m_clock;
    TrainingJob m_job;
    std::vector<JobCheckpoint> m_checkpoints;
    std::vector<LogLine> m_errors;
    bool m_errorsComplete = true;
    int m_pending = 0;
    quint64 m_generation = 0; // answers for an earlier job are dropped
    std::optional<ApiError> m_lastError;
    QString m_checkpointLane;
    QString m_errorLane;
};
