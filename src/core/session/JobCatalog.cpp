// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/JobCatalog.h"

#include "core/api/BasetenClient.h"
#include "core/models/JobTreeModel.h"

JobCatalog::JobCatalog(BasetenClient *client, JobTreeModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{}

void JobCatalog::refresh()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_pending = 1;
    if (!wasLoading)
        emit loadingChanged(true);

    m_client->listProjects(this, [this, generation](ApiResult<std::vector<TrainingProject>> result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            emit failed(result.error(), tr("projects"));
            settle();
            return;
        }
        std::vector<QString> ids;
        for (const TrainingProject &p : result.value())
            ids.push_back(p.id);
        m_model->setProjects(std::move(result).value());
        m_pending += int(ids.size());
        for (const QString &id : ids) {
            m_client->listJobs(id, this, [this, generation, id](ApiResult<std::vector<TrainingJob>> jobs) {
                if (generation != m_generation)
                    return;
                if (jobs.ok())
                    m_model->setJobs(id, std::move(jobs).value());
                else
                    emit failed(jobs.error(), tr("jobs of project %1").arg(id));
                settle();
            });
        }
        settle();
    });
}

void JobCatalog::settle()
{
    if (--m_pending > 0)
        return;
    emit loadingChanged(false);
    emit loaded();
}
