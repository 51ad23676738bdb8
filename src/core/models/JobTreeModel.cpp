// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/JobTreeModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {

QString localDateTime(qint64 epochMs)
{
    if (epochMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString gpuText(const InstanceType &type)
{
    if (type.gpuCount <= 0)
        return JobTreeModel::tr("CPU only");
    const QString gpu = type.gpuType.isEmpty() ? JobTreeModel::tr("GPU") : type.gpuType;
    //: GPU type times GPU count per node, e.g. "H100 × 8"
    return JobTreeModel::tr("%1 × %2").arg(gpu).arg(type.gpuCount);
}

} // namespace

JobTreeModel::JobTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void JobTreeModel::setProjects(std::vector<TrainingProject> projects)
{
    std::sort(projects.begin(), projects.end(), [](const TrainingProject &a, const TrainingProject &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    beginResetModel();
    std::vector<ProjectRow> rows;
    rows.reserve(projects.size());
    for (TrainingProject &p : projects) {
        // Keep jobs already loaded for projects that are still there: a refresh must not blank the tree.
        const int old = projectRow(p.id);
        ProjectRow row{std::move(p), {}};
        if (old >= 0)
            row.jobs = std::move(m_projects[std::size_t(old)].jobs);
        rows.push_back(std::move(row));
    }
    m_projects = std::move(rows);
    endResetModel();
}

void JobTreeModel::setJobs(const QString &projectId, std::vector<TrainingJob> jobs)
{
    const int row = projectRow(projectId);
    if (row < 0)
        return;
    std::sort(jobs.begin(), jobs.end(),
              [](const TrainingJob &a, const TrainingJob &b) { return a.createdAtMs > b.createdAtMs; });
    const QModelIndex parent = index(row, 0);
    ProjectRow &p = m_projects[std::size_t(row)];
    if (!p.jobs.empty()) {
        beginRemoveRows(parent, 0, int(p.jobs.size()) - 1);
        p.jobs.clear();
        endRemoveRows();
    }
    if (!jobs.empty()) {
        beginInsertRows(parent, 0, int(jobs.size()) - 1);
        p.jobs = std::move(jobs);
        endInsertRows();
    }
}

void JobTreeModel::clear()
{
    beginResetModel();
    m_projects.clear();
    endResetModel();
}

int JobTreeModel::projectRow(const QString &projectId) const
{
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i].project.id == projectId)
            return int(i);
    }
    return -1;
}

const TrainingJob *JobTreeModel::job(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &m_projects[std::size_t(index.internalId() - 1)].jobs[std::size_t(index.row())];
}

const TrainingProject *JobTreeModel::project(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const std::size_t row =
        index.internalId() == 0 ? std::size_t(index.row()) : std::size_t(index.internalId() - 1);
    return &m_projects[row].project;
}

QModelIndex JobTreeModel::indexOfJob(const QString &projectId, const QString &jobId) const
{
    const int row = projectRow(projectId);
    if (row < 0)
        return {};
    const auto &jobs = m_projects[std::size_t(row)].jobs;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (jobs[i].id == jobId)
            return createIndex(int(i), 0, quintptr(row + 1));
    }
    return {};
}

int JobTreeModel::jobCount() const
{
    int n = 0;
    for (const ProjectRow &p : m_projects)
        n += int(p.jobs.size());
    return n;
}

QString JobTreeModel::statusText(const TrainingJob &job)
{
    switch (job.status) {
    case JobStatus::Pending:
        return tr("Pending");
    case JobStatus::Created:
        return tr("Created");
    case JobStatus::Queued:
        return tr("Queued");
    case JobStatus::Deploying:
        return tr("Deploying");
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::DeployFailed:
        return tr("Deploy failed");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Stopped:
        return tr("Stopped");
    case JobStatus::Preempted:
        return tr("Preempted");
    case JobStatus::Unknown:
        break;
    }
    return job.statusText; // a status this version does not know: show it as the server sent it
}

QModelIndex JobTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_projects.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_projects.size()))
        return {};
    if (row >= int(m_projects[std::size_t(parent.row())].jobs.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex JobTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int JobTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_projects.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_projects[std::size_t(parent.row())].jobs.size());
}

int JobTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JobTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return projectData(m_projects[std::size_t(index.row())], index.column(), role);
    return jobData(*job(index), index.column(), role);
}

QVariant JobTreeModel::projectData(const ProjectRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return row.project.name.isEmpty() ? row.project.id : row.project.name;
        if (column == CreatedColumn)
            return localDateTime(row.project.createdAtMs);
        return {};
    case Qt::ToolTipRole:
        return column == NameColumn ? tr("Project %1").arg(row.project.id) : QVariant();
    case ProjectIdRole:
        return row.project.id;
    case CreatedMsRole:
        return row.project.createdAtMs;
    case IsProjectRole:
        return true;
    case SortRole:
        return column == CreatedColumn ? QVariant(row.project.createdAtMs) : QVariant(row.project.name);
    default:
        return {};
    }
}

QVariant JobTreeModel::jobData(const TrainingJob &job, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return job.displayName();
        case StatusColumn:
            return statusText(job);
        case GpuColumn:
            return gpuText(job.instanceType);
        case NodesColumn:
            // node_count is not in the spec: without it the count is known only once metrics arrive.
            return job.nodeCount ? QLocale().toString(*job.nodeCount) : QStringLiteral("–");
        case CreatedColumn:
            return localDateTime(job.createdAtMs);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && !job.errorMessage.isEmpty())
            return job.errorMessage;
        if (column == NameColumn)
            return tr("Job %1").arg(job.id);
        if (column == NodesColumn && !job.nodeCount)
            return tr("The server did not say; the dashboard shows the nodes it reports metrics for.");
        return {};
    case StatusRole:
        return int(job.status);
    case ProjectIdRole:
        return job.projectId;
    case JobIdRole:
        return job.id;
    case CreatedMsRole:
        return job.createdAtMs;
    case IsProjectRole:
        return false;
    case SortRole:
        switch (column) {
        case NodesColumn:
            return job.nodeCount.value_or(0);
        case CreatedColumn:
            return job.createdAtMs;
        case GpuColumn:
            return job.instanceType.gpuCount;
        case StatusColumn:
            return int(job.status);
        default:
            return job.displayName();
        }
    default:
        return {};
    }
}

QVariant JobTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case GpuColumn:
        return tr("GPUs per node");
    case NodesColumn:
        return tr("Nodes");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}
