// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockLogs.h"

#include "mock/MockCheckpoints.h"
#include "mock/MockHash.h"
#include "mock/MockJob.h"
#include "mock/MockJson.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr double gib = 1024.0 * 1024.0 * 1024.0;

// Collects the lines of one window. `order` makes lines in the same millisecond distinct and ordered.
class LogWindow
{
public:
    LogWindow(qint64 fromMs, qint64 toMs) : m_from(fromMs), m_to(toMs) {}

    bool contains(qint64 tMs) const { return tMs >= m_from && tMs <= m_to; }

    void add(qint64 tMs, int order, MockLogs::Level level, const QString &replica, const QString &message)
    {
        if (contains(tMs))
            m_lines.push_back({tMs * 1000000 + qint64(order) * 1000, level, replica, message});
    }

    // Calls visit(k, tMs) for every tMs = firstMs + k * periodMs (k >= 0) inside the window and before
    // untilMs.
    template<typename Visit> void every(qint64 firstMs, qint64 periodMs, qint64 untilMs, Visit visit) const
    {
        const qint64 last = std::min(m_to, untilMs);
        if (periodMs <= 0 || last < firstMs)
            return;
        const qint64 kFrom = m_from <= firstMs ? 0 : (m_from - firstMs + periodMs - 1) / periodMs;
        for (qint64 k = kFrom; firstMs + k * periodMs <= last; ++k)
            visit(k, firstMs + k * periodMs);
    }

    std::vector<MockLogs::Line> take()
    {
        std::sort(m_lines.begin(), m_lines.end(),
                  [](const MockLogs::Line &a, const MockLogs::Line &b) { return a.timeNs < b.timeNs; });
        return std::move(m_lines);
    }

private:
    qint64 m_from;
    qint64 m_to;
    std::vector<MockLogs::Line> m_lines;
};

QString node(int index)
{
    return QStringLiteral("node-%1").arg(index);
}

// The story of one job, chapter by chapter.
class JobStory
{
public:
    JobStory(const MockJob &job, quint64 seed, qint64 nowMs, LogWindow &window)
        : m_job(job), m_seed(seed), m_now(nowMs), m_end(job.endAt(nowMs)), m_w(window)
    {}

    void tell()
    {
        if (!m_job.hasMetrics) {
            notStarted();
            return;
        }
        startup();
        steps();
        checkpoints();
        evaluations();
        laggingRank();
        idleNode();
        memoryRunsAway();
        ending();
    }

private:
    qint64 at(double elapsedSeconds) const
    {
        return m_job.startMs + qint64(std::llround(elapsedSeconds * 1000));
    }
    double steadyStart() const { return m_job.scenario.loadingSeconds + m_job.scenario.startupSeconds; }
    double unitNoise(qint64 k, quint64 salt) const
    {
        return MockHash::unit(MockHash::mix(m_seed ^ MockHash::mix(m_job.key * 0x10C5 + salt) ^ quint64(k)));
    }

    void notStarted()
    {
        if (!m_job.errorMessage.isEmpty())
            m_w.add(m_job.updatedAtMs, 0, MockLogs::Error, {}, m_job.errorMessage);
        else
            m_w.add(m_job.createdAtMs + 2 * secondMs, 0, MockLogs::Info, {},
                    QStringLiteral("Waiting for capacity: %1").arg(m_job.instanceType.name));
    }

    void startup()
    {
        m_w.add(m_job.createdAtMs + 2 * secondMs, 0, MockLogs::Info, {},
                QStringLiteral("Pulling image registry.example.com/training/%1:latest").arg(m_job.name));
        m_w.add(
            m_job.startMs - 20 * secondMs, 0, MockLogs::Info, {},
            QStringLiteral("Starting %1 node(s) of %2").arg(m_job.nodeCount).arg(m_job.instanceType.name));
        m_w.add(m_job.startMs, 1, MockLogs::Info, node(0),
                QStringLiteral("Loading and tokenizing the dataset"));
        if (m_job.scenario.loadingSeconds > 0)
            m_w.add(
                at(m_job.scenario.loadingSeconds), 1, MockLogs::Info, node(0),
                QStringLiteral("Dataset ready after %1 min").arg(int(m_job.scenario.loadingSeconds / 60)));
        m_w.add(
            at(steadyStart()), 1, MockLogs::Info, node(0),
            QStringLiteral("Training started on %1 GPUs").arg(m_job.nodeCount * m_job.instanceType.gpuCount));
    }

    // A plain print a minute, with the colours a terminal would show: no level, as the API reports prints.
    void steps()
    {
        m_w.every(at(steadyStart()) + minuteMs, minuteMs, m_end, [this](qint64 k, qint64 t) {
            const double hours = double(t - m_job.startMs) / 3600000.0;
            const double loss = 0.45 + 1.8 * std::exp(-hours / 6.0) + 0.08 * (unitNoise(k, 1) - 0.5);
            m_w.add(t, 2, MockLogs::NoLevel, node(0),
                    QStringLiteral("\x1b[32mstep %1\x1b[0m | loss %2 | lr 2.00e-05 | %3 tok/s")
                        .arg((k + 1) * 12)
                        .arg(loss, 0, 'f', 4)
                        .arg(int(38000 + 4000 * unitNoise(k, 2))));
        });
        m_w.every(at(steadyStart()) + 5 * minuteMs, 5 * minuteMs, m_end, [this](qint64 k, qint64 t) {
            const int n = int(k % std::max(m_job.nodeCount, 1));
            m_w.add(t, 3, MockLogs::Debug, node(n),
                    QStringLiteral("dataloader: prefetch queue %1/8, 16 workers").arg(6 + int(k % 3)));
        });
    }

    void checkpoints()
    {
        const MockScenario &s = m_job.scenario;
        for (const MockCheckpoints::Checkpoint &c : MockCheckpoints::list(m_job, m_seed, m_now)) {
            if (!m_w.contains(c.createdAtMs) && !m_w.contains(c.createdAtMs + qint64(s.dipSeconds * 1000)))
                continue;
            m_w.add(c.createdAtMs, 4, MockLogs::Info, node(0),
                    QStringLiteral("Saved checkpoint %1 (%2 GiB) to /mnt/ckpt/%1")
                        .arg(c.id)
                        .arg(double(c.sizeBytes) / gib, 0, 'f', 1));
            if (s.dipWritesCheckpoint)
                m_w.add(c.createdAtMs + qint64(s.dipSeconds * 1000), 4, MockLogs::Warning, node(0),
                        QStringLiteral("NCCL watchdog: all-reduce waited %1 s while rank 0 saved %2")
                            .arg(int(s.dipSeconds))
                            .arg(c.id));
        }
    }

    void evaluations()
    {
        const MockScenario &s = m_job.scenario;
        if (s.dipWritesCheckpoint || s.dipEverySeconds <= 0)
            return;
        const auto period = qint64(s.dipEverySeconds * 1000);
        m_w.every(at(steadyStart()) + period, period, m_end, [this](qint64 k, qint64 t) {
            m_w.add(t, 5, MockLogs::Info, node(0),
                    QStringLiteral("Evaluation %1: eval_loss %2")
                        .arg(k + 1)
                        .arg(0.6 + 0.3 * unitNoise(k, 3), 0, 'f', 4));
        });
    }

    void laggingRank()
    {
        const MockScenario &s = m_job.scenario;
        if (s.slowRank < 0)
            return;
        const double from = std::max(s.slowFromSeconds, steadyStart());
        const int gpus = std::max(m_job.instanceType.gpuCount, 1);
        m_w.every(at(from) + 10 * minuteMs, 10 * minuteMs, m_end, [&](qint64, qint64 t) {
            const int turn =
                s.slowRotates ? int((double(t - m_job.startMs) / 1000 - s.slowFromSeconds) / s.rotateSeconds)
                              : 0;
            const int rank = (s.slowRank + turn) % gpus;
            m_w.add(
                t, 6, MockLogs::Warning, node(s.slowNode),
                QStringLiteral("rank %1 (GPU %2 of node-%3) is %4 % slower than the median step: waiting on "
                               "its data loader")
                    .arg(s.slowNode * gpus + rank)
                    .arg(rank)
                    .arg(s.slowNode)
                    .arg(int(std::lround((1.0 / std::max(s.slowFactor, 0.05) - 1.0) * 100))));
        });
    }

    void idleNode()
    {
        const MockScenario &s = m_job.scenario;
        if (s.idleNode >= 0) {
            m_w.add(at(s.idleFromSeconds), 7, MockLogs::Error, node(s.idleNode),
                    QStringLiteral("worker processes exited (signal 9); restarting"));
            m_w.add(at(s.idleToSeconds), 7, MockLogs::Info, node(s.idleNode),
                    QStringLiteral("workers restarted and rejoined the process group"));
        }
        if (s.idleHeldNode >= 0)
            m_w.add(at(s.idleHeldFromSeconds), 7, MockLogs::Warning, node(s.idleHeldNode),
                    QStringLiteral("GPU %1 launched no kernels for 5 min").arg(s.idleHeldRank));
    }

    void memoryRunsAway()
    {
        if (!m_job.scenario.gpuMemoryRunsAway)
            return;
        const double limitGib = double(m_job.instanceType.gpuMemoryLimitMib) / 1024.0;
        m_w.every(m_job.endMs - 25 * minuteMs, 5 * minuteMs, m_job.endMs - minuteMs, [&](qint64 k, qint64 t) {
            m_w.add(t, 8, MockLogs::Warning, node(0),
                    QStringLiteral("CUDA memory reserved %1 GiB of %2 GiB on GPU 3; fragmentation rising")
                        .arg(limitGib * (0.89 + 0.02 * double(k)), 0, 'f', 2)
                        .arg(limitGib, 0, 'f', 2));
        });
    }

    void ending()
    {
        if (m_job.running)
            return;
        const QString &status = m_job.status;
        if (status == QLatin1String("TRAINING_JOB_FAILED")) {
            m_w.add(m_job.endMs, 9, MockLogs::Error, node(0), m_job.errorMessage);
            m_w.add(m_job.endMs, 10, MockLogs::Error, {},
                    QStringLiteral("Training job failed: process on node-0 exited with code 1"));
        } else if (status == QLatin1String("TRAINING_JOB_PREEMPTED")) {
            m_w.add(m_job.endMs - 30 * secondMs, 9, MockLogs::Warning, {},
                    QStringLiteral("Spot preemption notice: the node is reclaimed in 30 s"));
            m_w.add(m_job.endMs, 9, MockLogs::Warning, {}, m_job.errorMessage);
        } else if (status == QLatin1String("TRAINING_JOB_STOPPED")) {
            m_w.add(m_job.endMs, 9, MockLogs::Warning, node(0),
                    QStringLiteral("Received SIGTERM: stopping as asked"));
        } else {
            m_w.add(m_job.endMs, 9, MockLogs::Info, node(0), QStringLiteral("Training finished"));
        }
    }

    const MockJob &m_job;
    quint64 m_seed;
    qint64 m_now;
    qint64 m_end;
    LogWindow &m_w;
};

} // namespace

std::vector<MockLogs::Line> MockLogs::lines(const MockJob &job, quint64 seed, qint64 nowMs, qint64 fromMs,
                                            qint64 toMs)
{
    // Nothing is logged after the clock's now, whatever the window asks.
    LogWindow window(fromMs, std::min(toMs, std::max(nowMs, job.endAt(nowMs) + minuteMs)));
    JobStory(job, seed, nowMs, window).tell();
    return window.take();
}

std::vector<MockLogs::Line> MockLogs::query(const MockJob &job, quint64 seed, qint64 nowMs,
                                            const Query &query)
{
    std::vector<Line> all = lines(job, seed, nowMs, query.startMs, query.endMs);
    if (query.minLevel != NoLevel) {
        // An explicit level drops the lines without one, as the spec says.
        std::erase_if(
            all, [&query](const Line &line) { return line.level == NoLevel || line.level < query.minLevel; });
    }
    if (query.descending)
        std::reverse(all.begin(), all.end());
    if (all.size() > size_t(std::max(query.limit, 0)))
        all.resize(size_t(std::max(query.limit, 0)));
    return all;
}

QByteArray MockLogs::body(const std::vector<Line> &lines)
{
    QByteArray out = "{\"logs\":[";
    bool first = true;
    for (const Line &line : lines) {
        if (!first)
            out.append(',');
        first = false;
        out.append(R"({"timestamp":")");
        out.append(QByteArray::number(line.timeNs));
        out.append(R"(","message":)");
        MockJson::appendString(out, line.message);
        out.append(",\"replica\":");
        MockJson::appendNullableString(out, line.replica);
        out.append(R"(,"request_id":null,"level":)");
        if (const char *name = levelName(line.level)) {
            out.append('"');
            out.append(name);
            out.append('"');
        } else {
            out.append("null");
        }
        out.append('}');
    }
    out.append("]}");
    return out;
}

std::optional<MockLogs::Level> MockLogs::levelFromName(const QString &name)
{
    for (Level level : {Debug, Info, Warning, Error}) {
        if (name == QLatin1String(levelName(level)))
            return level;
    }
    return std::nullopt;
}

const char *MockLogs::levelName(Level level)
{
    switch (level) {
    case Debug:
        return "DEBUG";
    case Info:
        return "INFO";
    case Warning:
        return "WARNING";
    case Error:
        return "ERROR";
    case NoLevel:
        break;
    }
    return nullptr;
}
