// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/TrainingJob.h"
#include "core/metrics/TrainingProject.h"

#include <QAbstractItemModel>

#include <vector>

// Projects and their jobs as a two-level tree: what the job browser shows. Projects are top-level rows;
// a project's jobs are its children, newest first. Text is formatted for the user's locale and time zone.
class JobTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        GpuColumn,
        NodesColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int(JobStatus); projects have none
        ProjectIdRole,
        JobIdRole, // empty for project rows
        CreatedMsRole,
        IsProjectRole,
        SortRole,      // what sorting compares: numbers where the text is a number or a date
        OfflineRole,   // bool: listed from the offline cache because the server could not be reached
        JobsErrorRole, // project rows: why its jobs could not be loaded; empty when they were
    };

    explicit JobTreeModel(QObject *parent = nullptr);

    void setProjects(std::vector<TrainingProject> projects);
    void setJobs(const QString &projectId, std::vector<TrainingJob> jobs);
    // A project whose job list failed: its row says so instead of passing for a project without jobs. The
    // next setJobs() for it clears the mark.
    void setJobsError(const QString &projectId, const QString &message);
    // Finished jobs kept on this computer, under their projects, in place of a list the server could not
    // give. Every row is marked offline until setProjects() brings the server's list.
    void setOfflineJobs(const std::vector<TrainingJob> &jobs);
    bool isOffline() const { return m_offline; }
    void clear();

    const TrainingJob *job(const QModelIndex &index) const;
    const TrainingProject *project(const QModelIndex &index) const;
    QModelIndex indexOfJob(const QString &projectId, const QString &jobId) const;
    int jobCount() const;

    static QString statusText(const TrainingJob &job);
    static QString statusText(JobStatus status, const QString &serverText);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct ProjectRow
    {
        TrainingProject project;
        std::vector<TrainingJob> jobs;
        QString jobsError;
    };

    QVariant projectData(const ProjectRow &row, int column, int role) const;
    QVariant jobData(const TrainingJob &job, int column, int role) const;
    QVariant projectToolTip(const ProjectRow &row, int column) const;
    QVariant jobToolTip(const TrainingJob &job, int column) const;
    int projectRow(const QString &projectId) const;

    // internalId 0 marks a project row; a job row stores its project's row + 1.
    std::vector<ProjectRow> m_projects;
    bool m_offline = false;
};
