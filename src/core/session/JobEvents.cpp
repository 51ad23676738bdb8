// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/JobEvents.h"

#include "core/session/DashboardController.h"

#include <QDateTime>

#include <algorithm>

JobEvents::JobEvents(BasetenClient *client, Clock clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(std::move(clock)),
      m_checkpointLane(QStringLiteral("events-checkpoints-%1").arg(quintptr(this))),
      m_errorLane(QStringLiteral("events-errors-%1").arg(quintptr(this)))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
}

void JobEvents::follow(DashboardController *controller)
{
    connect(controller, &DashboardController::jobChanged, this, [this, controller] {
        if (controller->hasJob())
            setJob(controller->job());
        else
            clear();
    });
}

void JobEvents::clear()
{
    m_client->cancelLane(m_checkpointLane);
    m_client->cancelLane(m_errorLane);
    ++m_generation;
    m_job = {};
    m_checkpoints.clear();
    m_errors.clear();
    m_errorsComplete = true;
    m_pending = 0;
    m_lastError.reset();
    emit changed();
}

void JobEvents::setJob(const TrainingJob &job)
{
    // The same job, unchanged since: its events are what we have.
    if (job.id == m_job.id && job.projectId == m_job.projectId && job.updatedAtMs == m_job.updatedAtMs &&
        !m_lastError)
        return;
    clear();
    m_job = job;
    if (job.id.isEmpty())
        return;
    fetchCheckpoints();
    fetchErrors(job.lifetimeMs(m_clock()).second + LogQuery::TailMarginMs, 0);
}

void JobEvents::fetchCheckpoints()
{
    ++m_pending;
    const quint64 generation = m_generation;
    m_client->fetchCheckpoints(
        m_job.projectId, m_job.id, this,
        [this, generation](ApiResult<std::vector<JobCheckpoint>> result) {
            if (generation != m_generation)
                return;
            --m_pending;
            if (!result.ok())
                return fail(result.error());
            m_checkpoints = std::move(result).value();
            emit changed();
        },
        m_checkpointLane);
}

void JobEvents::fetchErrors(qint64 endMs, int window)
{
    const qint64 lifetimeStart = m_job.lifetimeMs(m_clock()).first;
    LogQuery query;
    query.projectId = m_job.projectId;
    query.jobId = m_job.id;
    query.endMs = endMs;
    query.startMs = std::max(lifetimeStart, endMs - LogQuery::MaxWindowMs);
    query.newestFirst = true;
    query.limit = ErrorPage;
    query.minLevel = LogLevel::Error;
    ++m_pending;
    const quint64 generation = m_generation;
    m_client->fetchLogs(
        query, this,
        [this, generation, query, window, lifetimeStart](ApiResult<std::vector<LogLine>> result) {
            if (generation != m_generation)
                return;
            --m_pending;
            if (!result.ok())
                return fail(result.error());
            const std::vector<LogLine> &page = result.value();
            m_errors.insert(m_errors.begin(), page.rbegin(), page.rend()); // oldest first
            const bool full = int(page.size()) >= query.limit;
            const bool earlier = query.startMs > lifetimeStart;
            if (full || (earlier && window + 1 >= MaxErrorWindows))
                m_errorsComplete = false;
            else if (earlier)
                fetchErrors(query.startMs - 1, window + 1);
            emit changed();
        },
        m_errorLane);
}

void JobEvents::fail(const ApiError &error)
{
    m_lastError = error;
    emit changed();
    emit failed(error);
}
