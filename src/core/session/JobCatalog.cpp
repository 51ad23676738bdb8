// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/JobCatalog.h"

#include "core/api/BasetenClient.h"
#include "core/cache/MetricsCache.h"
#include "core/models/JobTreeModel.h"

JobCatalog::JobCatalog(BasetenClient *client, JobTreeModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{}

void JobCatalog::begin(int requests)
{
    const bool wasLoading = isLoading();
    m_pending += requests;
    if (!wasLoading && isLoading())
        emit loadingChanged(true);
}

void JobCatalog::refresh()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_pending = 1; // answers to an older refresh are dropped, so their count goes too
    if (!wasLoading)
        emit loadingChanged(true);

    m_client->listProjects(this, [this, generation](ApiResult<std::vector<TrainingProject>> result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_projectsError = result.error();
            listOffline(result.error());
            emit failed(result.error(), tr("projects"));
            settle();
            return;
        }
        m_projectsError.reset();
        std::vector<QString> ids;
        for (const TrainingProject &p : result.value())
            ids.push_back(p.id);
        m_model->setProjects(std::move(result).value());
        m_pending += int(ids.size());
        for (const QString &id : ids)
            requestJobs(id, generation);
        settle();
    });
    requestInstanceTypes(generation);
}

void JobCatalog::requestInstanceTypes(quint64 generation)
{
    // Not counted as loading, and a failure is no error of the listing: the insight names what it lacks.
    m_client->listInstanceTypes(this, [this, generation](ApiResult<std::vector<InstanceType>> result) {
        if (generation != m_generation || !result.ok())
            return;
        m_instanceTypes = std::move(result).value();
        emit instanceTypesChanged();
    });
}

void JobCatalog::retryProject(const QString &projectId)
{
    begin(1);
    requestJobs(projectId, m_generation);
}

void JobCatalog::requestJobs(const QString &projectId, quint64 generation)
{
    m_client->listJobs(projectId, this,
                       [this, generation, projectId](ApiResult<std::vector<TrainingJob>> jobs) {
                           if (generation != m_generation)
                               return;
                           if (jobs.ok()) {
                               m_model->setJobs(projectId, std::move(jobs).value());
                           } else {
                               m_model->setJobsError(projectId, jobs.error().message());
                               emit failed(jobs.error(), tr("jobs of project %1").arg(projectId));
                           }
                           settle();
                       });
}

void JobCatalog::listOffline(const ApiError &error)
{
    // A refused key is no reason to show another account's jobs; and a list already on screen stays.
    const bool refused =
        error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
    if (refused || !m_cache || (m_model->rowCount() > 0 && !m_model->isOffline()))
        return;
    const std::vector<TrainingJob> jobs = cachedJobs();
    if (!jobs.empty() || m_model->isOffline())
        m_model->setOfflineJobs(jobs);
}

std::vector<TrainingJob> JobCatalog::cachedJobs() const
{
    std::vector<TrainingJob> out;
    if (!m_cache)
        return out;
    for (TrainingJob &job : m_cache->jobs()) {
        // Only a finished job's metrics are final; the controller caches no other, but a file may be older.
        if (jobStatusIsFinished(job.status))
            out.push_back(std::move(job));
    }
    return out;
}

void JobCatalog::settle()
{
    if (--m_pending > 0)
        return;
    m_hasLoaded = true;
    emit loadingChanged(false);
    emit loaded();
}
