// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockDataset.h"

#include "mock/MockScenarioGenerator.h"

namespace {

using Kind = MockScenarioGenerator::Kind;

constexpr qint64 minuteMs = 60LL * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// Real values as Baseten reports them for its 8-GPU nodes.
MockInstanceType h100x8()
{
    return MockScenarioGenerator::h100x8();
}

MockInstanceType a100x8()
{
    return MockScenarioGenerator::a100x8();
}

MockInstanceType a100x8Small()
{
    return MockScenarioGenerator::a100x8Small();
}

} // namespace

struct MockDataset::JobPlan
{
    const char *id;
    const char *name;
    const char *status;
    MockInstanceType instance;
    int nodes;
    qint64 startAgoMs; // start of metrics, before "now"
    qint64 durationMs; // 0 for running jobs (they end at the clock's now) and jobs that never started
    const char *email;
};

MockDataset::MockDataset(quint64 seed, qint64 nowMs, const QList<MockJob> &extraJobs)
    : m_seed(seed), m_nowMs(nowMs)
{
    // Jobs are listed newest first per project, as the API does.
    addLlamaProject();
    addQwenProject();
    addWhisperProject();
    addMistralProject();
    for (MockJob job : extraJobs) {
        if (const MockProject *owner = project(job.projectId))
            job.projectName = owner->name;
        if (job.key == 0)
            job.key = quint64(m_jobs.size()) + 1;
        m_jobs.append(job);
    }
}

void MockDataset::addProject(const char *id, const char *name, const char *team, qint64 ageMs)
{
    m_projects.append(
        {QLatin1String(id), QLatin1String(name), QLatin1String(team), m_nowMs - ageMs, m_nowMs - ageMs / 7});
}

MockJob &MockDataset::addJob(const JobPlan &plan)
{
    const MockProject &project = m_projects.constLast();
    MockJob job;
    job.id = QLatin1String(plan.id);
    job.name = QLatin1String(plan.name);
    job.projectId = project.id;
    job.projectName = project.name;
    job.status = QLatin1String(plan.status);
    job.userEmail = QLatin1String(plan.email);
    job.instanceType = plan.instance;
    job.nodeCount = plan.nodes;
    job.key = quint64(m_jobs.size()) + 1;
    const quint64 key = job.key;
    job.running = job.status == QLatin1String("TRAINING_JOB_RUNNING");
    job.hasMetrics = job.running || plan.durationMs > 0;
    job.startMs = m_nowMs - plan.startAgoMs;
    // Queueing and image pulls take a few minutes before the first sample.
    job.createdAtMs = job.startMs - (3 + qint64(key % 5) * 2) * minuteMs - 17LL * 1000 - qint64(key) * 137;
    job.endMs = job.running ? job.startMs : job.startMs + plan.durationMs;
    job.updatedAtMs = job.hasMetrics ? job.endMs : job.startMs;
    if (!job.hasMetrics)
        job.startMs = job.createdAtMs;
    job.checkpointSyncStatus = job.running      ? QStringLiteral("SYNCING")
                               : job.hasMetrics ? QStringLiteral("COMPLETED")
                                                : QString();
    // Every job a personality of its own (level, noise, ramp, dips, memory), the same for the same seed.
    job.scenario = MockScenarioGenerator::shape(Kind::Clean, m_seed * 1000 + key);
    m_jobs.append(job);
    return m_jobs.last();
}

void MockDataset::addLlamaProject()
{
    addProject("n4q95w5", "llama-3-8b-sft", "research", 12 * dayMs);
    addJob({"q1w9e7t", "sft-eval-sweep", "TRAINING_JOB_PENDING", h100x8(), 1, 20 * minuteMs, 0,
            "maria.k@example.com"});
    {
        MockJob &job = addJob({"lx2m8kq", "sft-lr2e-5-4node", "TRAINING_JOB_RUNNING", h100x8(), 4,
                               26 * hourMs, 0, "maria.k@example.com"});
        job.priority = 10;
        // One lagging rank: GPU 5 of node-1 waits on its host's data loader for the whole run.
        job.scenario = MockScenarioGenerator::shape(Kind::HostBoundRank, m_seed * 1000 + job.key);
        job.scenario.slowNode = 1;
        job.scenario.slowRank = 5;
    }
    {
        MockJob &job = addJob({"r3k8d2w", "sft-lr3e-5", "TRAINING_JOB_FAILED", h100x8(), 1, 2 * dayMs,
                               2 * hourMs + 14 * minuteMs, "dev.p@example.com"});
        job.errorMessage =
            QStringLiteral("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB. GPU 3 "
                           "has a total capacity of "
                           "79.11 GiB of which 1.21 GiB is free. Process 4123 has 77.89 GiB memory in use.");
        job.scenario.gpuMemoryRunsAway = true; // memory grows until the allocator gives up
        job.checkpointSyncStatus = QStringLiteral("COMPLETED");
    }
    {
        // A 70B full fine-tune: GPU memory near the limit, and every checkpoint stalls all GPUs for minutes.
        MockJob &job = addJob({"p7qr9qv", "sft-lr1e-5", "TRAINING_JOB_COMPLETED", h100x8(), 2, 6 * dayMs,
                               2 * dayMs + 22 * hourMs, "maria.k@example.com"});
        job.scenario = MockScenarioGenerator::shape(Kind::CheckpointStalls, m_seed * 1000 + job.key);
        job.scenario.gpuMemoryFraction = 0.955;
    }
}

void MockDataset::addQwenProject()
{
    addProject("w8xk2pq", "qwen-rl", "post-training", 9 * dayMs);
    addJob({"c9d3f6a", "grpo-qwen3-8b", "TRAINING_JOB_QUEUED", h100x8(), 2, 7 * minuteMs, 0,
            "lena.s@example.com"});
    {
        // A 7B LoRA on A100 40 GB that uses 18 GB of it.
        MockJob &job = addJob({"b5n7m3c", "grpo-qwen2.5-7b", "TRAINING_JOB_RUNNING", a100x8Small(), 1,
                               5 * hourMs + 12 * minuteMs, 0, "lena.s@example.com"});
        job.scenario.gpuMemoryFraction = 18.0 / 40.0 - 0.02;
    }
    {
        MockJob &job = addJob({"k4t8y2z", "grpo-long-ctx", "TRAINING_JOB_PREEMPTED", a100x8(), 1, 30 * hourMs,
                               14 * hourMs + 40 * minuteMs, "lena.s@example.com"});
        job.availabilityModel = QStringLiteral("spot"); // stops mid-run, between two checkpoints
        job.errorMessage = QStringLiteral("Spot capacity reclaimed; job preempted.");
    }
    {
        MockJob &job = addJob({"g6h2j9v", "ppo-baseline", "TRAINING_JOB_STOPPED", a100x8(), 2, 4 * dayMs,
                               9 * hourMs + 5 * minuteMs, "tom.w@example.com"});
        job.hasCache = false;
        // A small policy model on 80 GB GPUs (a 40 GB one would do), and node-1 sat idle for two hours (its
        // workers crashed and were restarted) while node-0 carried on.
        job.scenario.gpuMemoryFraction = 0.36;
        job.scenario.idleNode = 1;
        job.scenario.idleFromSeconds = 3 * 3600;
        job.scenario.idleToSeconds = 5 * 3600;
    }
}

void MockDataset::addWhisperProject()
{
    addProject("v3m7c1z", "whisper-finetune", "speech", 20 * dayMs);
    addJob({"s8d4f1g", "whisper-small-es", "TRAINING_JOB_CREATED", a100x8Small(), 1, 2 * minuteMs, 0,
            "ana.r@example.com"});
    {
        MockJob &job = addJob({"m3n6b9x", "whisper-ja-deploy-test", "TRAINING_JOB_DEPLOY_FAILED",
                               a100x8Small(), 1, 3 * hourMs, 0, "ana.r@example.com"});
        job.errorMessage = QStringLiteral("Failed to pull image \"registry.example.com/whisper-ja:latest\": "
                                          "manifest unknown");
    }
    {
        MockJob &job = addJob({"e2r5t8u", "whisper-large-v3-de", "TRAINING_JOB_COMPLETED", a100x8(), 1,
                               3 * dayMs, 6 * hourMs + 30 * minuteMs, "ana.r@example.com"});
        job.timestampStyle = MockTimestamp::Style::OffsetFractional;
        // A long data-loading start: 40 minutes of reading and tokenizing audio before the first step.
        job.scenario = MockScenarioGenerator::shape(Kind::LongStartup, m_seed * 1000 + job.key);
        job.scenario.loadingSeconds = 40 * 60;
    }
    {
        MockJob &job = addJob({"h7j1k4l", "whisper-medium-nl", "TRAINING_JOB_COMPLETED", a100x8Small(), 1,
                               5 * dayMs, 2 * hourMs + 3 * minuteMs, "ana.r@example.com"});
        job.emptyPerNode = true;
        job.hasCache = false;
    }
}

void MockDataset::addMistralProject()
{
    addProject("y6t2r8e", "mistral-dpo", "post-training", 6 * dayMs);
    addJob({"u1i5o9p", "dpo-beta-0.1", "TRAINING_JOB_DEPLOYING", h100x8(), 2, 4 * minuteMs, 0,
            "tom.w@example.com"});
    {
        // JAX-style: GPU memory taken at once, at 92 % of the limit, and held flat.
        MockJob &job = addJob({"a7s3d5f", "dpo-beta-0.05", "TRAINING_JOB_COMPLETED", h100x8(), 2,
                               4 * dayMs + 2 * hourMs, 3 * dayMs, "tom.w@example.com"});
        job.scenario = MockScenarioGenerator::shape(Kind::PreallocatedMemory, m_seed * 1000 + job.key);
    }
}

const MockProject *MockDataset::project(const QString &projectId) const
{
    for (const MockProject &project : m_projects) {
        if (project.id == projectId)
            return &project;
    }
    return nullptr;
}

const MockJob *MockDataset::job(const QString &jobId) const
{
    for (const MockJob &job : m_jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

const MockJob *MockDataset::job(const QString &projectId, const QString &jobId) const
{
    const MockJob *found = job(jobId);
    return found && found->projectId == projectId ? found : nullptr;
}

QList<const MockJob *> MockDataset::jobsOfProject(const QString &projectId) const
{
    QList<const MockJob *> result;
    for (const MockJob &job : m_jobs) {
        if (job.projectId == projectId)
            result.append(&job);
    }
    return result;
}

const MockJob *MockDataset::latestJob(const QString &projectId) const
{
    const MockJob *latest = nullptr;
    for (const MockJob &job : m_jobs) {
        if (job.projectId == projectId && (!latest || job.createdAtMs > latest->createdAtMs))
            latest = &job;
    }
    return latest;
}

QString MockDataset::multinodeRunningJobId()
{
    return QStringLiteral("lx2m8kq");
}

QString MockDataset::singleNodeRunningJobId()
{
    return QStringLiteral("b5n7m3c");
}

QString MockDataset::pendingJobId()
{
    return QStringLiteral("q1w9e7t");
}

QString MockDataset::failedJobId()
{
    return QStringLiteral("r3k8d2w");
}

QString MockDataset::offsetTimestampJobId()
{
    return QStringLiteral("e2r5t8u");
}

QString MockDataset::emptyPerNodeJobId()
{
    return QStringLiteral("h7j1k4l");
}
