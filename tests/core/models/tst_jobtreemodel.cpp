// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/JobTreeModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

TrainingJob makeJob(const QString &project, const QString &id, JobStatus status, qint64 created)
{
    TrainingJob job;
    job.id = id;
    job.name = QStringLiteral("job ") + id;
    job.projectId = project;
    job.status = status;
    job.statusText = jobStatusToApi(status);
    job.createdAtMs = created;
    job.instanceType.gpuType = QStringLiteral("H100");
    job.instanceType.gpuCount = 8;
    return job;
}

TrainingProject makeProject(const QString &id, const QString &name)
{
    TrainingProject p;
    p.id = id;
    p.name = name;
    p.createdAtMs = 1'700'000'000'000;
    return p;
}

} // namespace

class TestJobTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void treeOfProjectsAndJobs()
    {
        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjects({makeProject(QStringLiteral("p2"), QStringLiteral("zeta")),
                           makeProject(QStringLiteral("p1"), QStringLiteral("alpha"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("alpha")); // sorted by name

        model.setJobs(QStringLiteral("p1"),
                      {makeJob(QStringLiteral("p1"), QStringLiteral("old"), JobStatus::Completed, 1000),
                       makeJob(QStringLiteral("p1"), QStringLiteral("new"), JobStatus::Running, 2000)});
        const QModelIndex alpha = model.index(0, 0);
        QCOMPARE(model.rowCount(alpha), 2);
        // Newest first, the order people look for their last run in.
        QCOMPARE(model.index(0, JobTreeModel::NameColumn, alpha).data().toString(),
                 QStringLiteral("job new"));
        QCOMPARE(model.index(0, JobTreeModel::StatusColumn, alpha).data().toString(),
                 QStringLiteral("Running"));
        QCOMPARE(model.index(0, JobTreeModel::GpuColumn, alpha).data().toString(),
                 QStringLiteral("H100 × 8"));
        QCOMPARE(model.index(0, 0, alpha).data(JobTreeModel::JobIdRole).toString(), QStringLiteral("new"));
        QCOMPARE(model.index(0, 0, alpha).parent(), alpha);
        QCOMPARE(model.jobCount(), 2);
        QVERIFY(model.indexOfJob(QStringLiteral("p1"), QStringLiteral("old")).isValid());
        QVERIFY(!model.indexOfJob(QStringLiteral("p2"), QStringLiteral("old")).isValid());

        // Replacing a project's jobs, then a refresh of projects, keeps the jobs already shown.
        model.setJobs(QStringLiteral("p1"),
                      {makeJob(QStringLiteral("p1"), QStringLiteral("only"), JobStatus::Failed, 5)});
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        model.setProjects({makeProject(QStringLiteral("p1"), QStringLiteral("alpha"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        model.setJobs(QStringLiteral("p1"), {});
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void unknownStatusShownAsSent()
    {
        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjects({makeProject(QStringLiteral("p"), QStringLiteral("p"))});
        TrainingJob job = makeJob(QStringLiteral("p"), QStringLiteral("j"), JobStatus::Unknown, 1);
        job.statusText = QStringLiteral("TRAINING_JOB_HIBERNATING");
        model.setJobs(QStringLiteral("p"), {job});
        QCOMPARE(model.index(0, JobTreeModel::StatusColumn, model.index(0, 0)).data().toString(),
                 QStringLiteral("TRAINING_JOB_HIBERNATING"));
    }

    void failedJobExplainsItselfAndUnknownNodeCountIsNotInvented()
    {
        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjects({makeProject(QStringLiteral("p"), QStringLiteral("p"))});
        TrainingJob failed = makeJob(QStringLiteral("p"), QStringLiteral("f"), JobStatus::Failed, 2);
        failed.errorMessage = QStringLiteral("CUDA out of memory");
        TrainingJob multi = makeJob(QStringLiteral("p"), QStringLiteral("m"), JobStatus::Running, 1);
        multi.nodeCount = 4;
        model.setJobs(QStringLiteral("p"), {failed, multi});
        const QModelIndex parent = model.index(0, 0);
        QCOMPARE(model.index(0, JobTreeModel::StatusColumn, parent).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("CUDA out of memory"));
        QCOMPARE(model.index(0, JobTreeModel::NodesColumn, parent).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(1, JobTreeModel::NodesColumn, parent).data().toString(), QStringLiteral("4"));
    }

    void createdShowsInLocalTime()
    {
        JobTreeModel model;
        model.setProjects({makeProject(QStringLiteral("p"), QStringLiteral("p"))});
        const qint64 ms = QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC).toMSecsSinceEpoch();
        model.setJobs(QStringLiteral("p"),
                      {makeJob(QStringLiteral("p"), QStringLiteral("j"), JobStatus::Completed, ms)});
        const QString expected =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(model.index(0, JobTreeModel::CreatedColumn, model.index(0, 0)).data().toString(), expected);
    }

    void aProjectWhoseJobsFailedSaysSo()
    {
        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjects({makeProject(QStringLiteral("p1"), QStringLiteral("alpha"))});
        model.setJobsError(QStringLiteral("p1"), QStringLiteral("The server answered 500."));
        const QModelIndex project = model.index(0, JobTreeModel::StatusColumn);
        QCOMPARE(project.data().toString(), QStringLiteral("Jobs not loaded"));
        QCOMPARE(project.data(Qt::ToolTipRole).toString(), QStringLiteral("The server answered 500."));
        QCOMPARE(project.data(JobTreeModel::JobsErrorRole).toString(),
                 QStringLiteral("The server answered 500."));
        model.setJobs(QStringLiteral("p1"),
                      {makeJob(QStringLiteral("p1"), QStringLiteral("j"), JobStatus::Completed, 1000)});
        QVERIFY(project.data(JobTreeModel::JobsErrorRole).toString().isEmpty());
        QVERIFY(project.data().toString().isEmpty());
    }

    void offlineJobsAreMarkedUntilTheServerAnswers()
    {
        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrainingJob a = makeJob(QStringLiteral("p2"), QStringLiteral("a"), JobStatus::Completed, 1000);
        a.projectName = QStringLiteral("zeta");
        TrainingJob b = makeJob(QStringLiteral("p1"), QStringLiteral("b"), JobStatus::Failed, 2000);
        b.projectName = QStringLiteral("alpha");
        model.setOfflineJobs({a, b});
        QVERIFY(model.isOffline());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("alpha"));
        const QModelIndex job = model.index(0, JobTreeModel::StatusColumn, model.index(0, 0));
        QCOMPARE(job.data().toString(), QStringLiteral("Failed · offline"));
        QVERIFY(job.data(JobTreeModel::OfflineRole).toBool());
        QCOMPARE(model.job(job.siblingAtColumn(0))->id, QStringLiteral("b"));

        // The server's list replaces the offline one whole.
        model.setProjects({makeProject(QStringLiteral("p1"), QStringLiteral("alpha"))});
        QVERIFY(!model.isOffline());
        QCOMPARE(model.jobCount(), 0);
        QVERIFY(!model.index(0, 0).data(JobTreeModel::OfflineRole).toBool());
    }

    void namesAreWholeInTheirTooltip()
    {
        JobTreeModel model;
        model.setProjects({makeProject(QStringLiteral("p1"), QStringLiteral("alpha"))});
        model.setJobs(QStringLiteral("p1"),
                      {makeJob(QStringLiteral("p1"), QStringLiteral("j7"), JobStatus::Completed, 1000)});
        const QString tip = model.index(0, 0, model.index(0, 0)).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("job j7")));
        QVERIFY(tip.contains(QStringLiteral("Job j7")));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("alpha")));
    }
};

QTEST_GUILESS_MAIN(TestJobTreeModel)
#include "tst_jobtreemodel.moc"
