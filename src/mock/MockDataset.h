// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockJob.h"
#include "mock/MockProject.h"

#include <QList>
#include <QString>

// The projects and jobs the mock serves. Ids and the shape of the data are fixed so demos, docs and tests can
// name them; the seed changes the metric values; job times are placed relative to `nowMs`, the clock reading
// at construction. Immutable after construction, so any thread may read it.
class MockDataset
{
public:
    // extraJobs are served after the demo's (see MockServerOptions::extraJobs).
    MockDataset(quint64 seed, qint64 nowMs, const QList<MockJob> &extraJobs = {});

    quint64 seed() const { return m_seed; }
    qint64 constructedAtMs() const { return m_nowMs; }

    const QList<MockProject> &projects() const { return m_projects; }
    const QList<MockJob> &jobs() const { return m_jobs; } // newest first within each project

    const MockProject *project(const QString &projectId) const;
    const MockJob *job(const QString &jobId) const;
    const MockJob *job(const QString &projectId, const QString &jobId) const;
    QList<const MockJob *> jobsOfProject(const QString &projectId) const; // newest first
    const MockJob *latestJob(const QString &projectId) const;

    // Well-known entries, for the demo and the tests.
    static QString multinodeRunningJobId();  // 4 nodes x 8 H100, running, rank 5 of node-1 lags
    static QString singleNodeRunningJobId(); // 1 node x 8 A100 40 GB, running, a LoRA using 18 GB
    static QString pendingJobId();           // no metrics yet
    static QString failedJobId();            // CUDA OOM after ~2 h
    static QString offsetTimestampJobId();   // timestamps as "...T10:00:00.000000+00:00"
    static QString emptyPerNodeJobId();      // single node, "per_node_metrics": [] and "cache": null

private:
    struct JobPlan;
    void addProject(const char *id, const char *name, const char *team, qint64 ageMs);
    // A job of the project added last; returns it for the settings that make it special.
    MockJob &addJob(const JobPlan &plan);
    // One function per demo project, so each reads as its own story.
    void addLlamaProject();
    void addQwenProject();
    void addWhisperProject();
    void addMistralProject();

    quint64 m_seed;
    qint64 m_nowMs;
    QList<MockProject> m_projects;
    QList<MockJob> m_jobs;
};
