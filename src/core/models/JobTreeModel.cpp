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
    if (m_offline) {
        m_projects.clear(); // the server's list replaces the offline one whole: no job stays marked offline
        m_offline = false;
    }
    std::vector<ProjectRow> rows;
    rows.reserve(projects.size());
    for (TrainingProject &p : projects) {
        // Keep jobs already loaded for projects that are still there: a refresh must not blank the tree.
        const int old = projectRow(p.id);
        ProjectRow row{std::move(p), {}, {}};
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
    if (!p.jobsError.isEmpty()) {
        p.jobsError.clear();
        emit dataChanged(parent, index(row, ColumnCount - 1));
    }
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

void JobTreeModel::setJobsError(const QString &projectId, const QString &message)
{
    const int row = projectRow(projectId);
    if (row < 0)
        return;
    m_projects[std::size_t(row)].jobsError = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobTreeModel::setOfflineJobs(const std::vector<TrainingJob> &jobs)
{
    std::vector<ProjectRow> rows;
    for (const TrainingJob &job : jobs) {
        auto row = std::find_if(rows.begin(), rows.end(),
                                [&job](const ProjectRow &r) { return r.project.id == job.projectId; });
        if (row == rows.end()) {
            TrainingProject project;
            project.id = job.projectId;
            project.name = job.projectName;
            row = rows.insert(rows.end(), ProjectRow{std::move(project), {}, {}});
        }
        row->jobs.push_back(job);
    }
    std::sort(rows.begin(), rows.end(), [](const ProjectRow &a, const ProjectRow &b) {
        return QString::localeAwareCompare(a.project.name, b.project.name) < 0;
    });
    for (ProjectRow &row : rows) {
        std::sort(row.jobs.begin(), row.jobs.end(),
                  [](const TrainingJob &a, const TrainingJob &b) { return a.createdAtMs > b.createdAtMs; });
    }
    beginResetModel();
    m_projects = std::move(rows);
    m_offline = true;
    endResetModel();
}

void JobTreeModel::clear()
{
    beginResetModel();
    m_projects.clear();
    m_offline = false;
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
            return createIndex(int(i), 0, quintptr(row) + 1);
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
    return statusText(job.status, job.statusText);
}

QString JobTreeModel::statusText(JobStatus status, const QString &serverText)
{
    switch (status) {
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
    return serverText; // a status this version does not know: show it as the server sent it
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
    return createIndex(row, column, quintptr(parent.row()) + 1);
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
        if (column == StatusColumn && !row.jobsError.isEmpty())
            return tr("Jobs not loaded");
        if (column == StatusColumn && m_offline)
            return tr("Offline");
        if (column == CreatedColumn)
            return localDateTime(row.project.createdAtMs);
        return {};
    case Qt::ToolTipRole:
        return projectToolTip(row, column);
    case ProjectIdRole:
        return row.project.id;
    case CreatedMsRole:
        return row.project.createdAtMs;
    case IsProjectRole:
        return true;
    case OfflineRole:
        return m_offline;
    case JobsErrorRole:
        return row.jobsError;
    case SortRole:
        return column == CreatedColumn ? QVariant(row.project.createdAtMs) : QVariant(row.project.name);
    default:
        return {};
    }
}

QVariant JobTreeModel::projectToolTip(const ProjectRow &row, int column) const
{
    if (column == StatusColumn && !row.jobsError.isEmpty())
        return row.jobsError;
    if (column == StatusColumn && m_offline)
        return tr("The server could not be reached: these are the finished jobs kept on this computer.");
    if (column != NameColumn)
        return {};
    // The full name: a long one is elided in the list.
    const QString name = row.project.name.isEmpty() ? row.project.id : row.project.name;
    return QString(name + QLatin1Char('\n') + tr("Project %1").arg(row.project.id));
}

QVariant JobTreeModel::jobToolTip(const TrainingJob &job, int column) const
{
    switch (column) {
    case NameColumn:
        return QString(job.displayName() + QLatin1Char('\n') + tr("Job %1").arg(job.id));
    case StatusColumn:
        if (!job.errorMessage.isEmpty())
            return job.errorMessage;
        if (m_offline)
            return tr("Kept on this computer from an earlier session: opens without the server.");
        return {};
    case NodesColumn:
        if (!job.nodeCount)
            return tr("The server did not say; the dashboard shows the nodes it reports metrics for.");
        return {};
    case CreatedColumn:
        return localDateTime(job.createdAtMs); // whole, where a narrow column shows the date alone
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
            //: A job listed from the offline cache: its status, e.g. "Completed · offline"
            return m_offline ? tr("%1 · offline").arg(statusText(job)) : statusText(job);
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
        return jobToolTip(job, column);
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
    case OfflineRole:
        return m_offline;
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
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == GpuColumn)
        return tr("GPU type × GPUs per node");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case GpuColumn:
        return tr("GPUs"); // short: the header must not make its column wider than "H100 × 8"
    case NodesColumn:
        return tr("Nodes");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}
