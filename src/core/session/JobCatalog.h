// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"
#include "core/metrics/InstanceType.h"
#include "core/metrics/TrainingJob.h"

#include <QObject>

#include <optional>
#include <vector>

class BasetenClient;
class JobTreeModel;
class MetricsCache;

// Fills the job browser's model: all projects, then each project's jobs, through the client. Errors are
// reported, never turned into an empty list; what the model held stays until new data replaces it. A project
// whose jobs failed is marked in the model; when the projects themselves cannot be had and the model holds
// nothing, the finished jobs of the offline cache are listed instead, marked offline.
class JobCatalog : public QObject
{
    Q_OBJECT

public:
    JobCatalog(BasetenClient *client, JobTreeModel *model, QObject *parent = nullptr);

    // Where the offline listing comes from; not owned, null (the default) for none.
    void setCache(MetricsCache *cache) { m_cache = cache; }
    MetricsCache *cache() const { return m_cache; }

    void refresh();
    // Asks again for the jobs of one project whose list failed.
    void retryProject(const QString &projectId);
    bool isLoading() const { return m_pending > 0; }
    // A refresh has finished, with or without errors: until then an empty model says nothing.
    bool hasLoaded() const { return m_hasLoaded; }
    // Why the last refresh got no projects; nullopt once a refresh got them.
    std::optional<ApiError> projectsError() const { return m_projectsError; }
    // The finished jobs of the offline cache, newest use first.
    std::vector<TrainingJob> cachedJobs() const;
    // The machines on offer (GET /v1/instance_types), asked for with every refresh; empty until they came.
    // Without them the insight cannot name a smaller GPU, and says so.
    const std::vector<InstanceType> &instanceTypes() const { return m_instanceTypes; }

signals:
    void loadingChanged(bool loading);
    void loaded(); // every project's jobs arrived (some may have failed: see failed())
    void failed(const ApiError &error, const QString &what);
    void instanceTypesChanged();

private:
    void requestJobs(const QString &projectId, quint64 generation);
    void requestInstanceTypes(quint64 generation);
    void listOffline(const ApiError &error);
    void begin(int requests);
    void settle();

    BasetenClient *m_client;
    JobTreeModel *m_model;
    MetricsCache *m_cache = nullptr;
    std::optional<ApiError> m_projectsError;
    std::vector<InstanceType> m_instanceTypes;
    int m_pending = 0;
    bool m_hasLoaded = false;
    quint64 m_generation = 0; // answers to an older refresh are ignored
};
