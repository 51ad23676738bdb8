// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockMetricsWriter.h"

#include "mock/MockCheckpoints.h"
#include "mock/MockHash.h"
#include "mock/MockJob.h"
#include "mock/MockJson.h"
#include "mock/MockTimestamp.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace {

constexpr double mib = 1024.0 * 1024.0;
constexpr double gib = 1024.0 * mib;
constexpr double tib = 1024.0 * gib;
constexpr double twoPi = 6.283185307179586;

// Waves move once a second, whatever the millisecond of the sample: the same second gives the same value.
constexpr qint64 wholeSeconds(qint64 ms)
{
    return ms / 1000;
}

enum Metric : quint64
{
    GpuUtilization = 1,
    GpuMemory,
    CpuUsage,
    CpuMemory,
    Ephemeral,
    Cache
};

using MockHash::mix;
using MockHash::unit;

// One series' noise source: uniform in [0, 1), a function of the sample time only.
class Noise
{
public:
    Noise(quint64 seed, quint64 jobKey, int node, int rank, Metric metric)
        : m_base(mix(seed ^ mix((jobKey << 40) ^ (quint64(node) << 24) ^ (quint64(rank + 1) << 8) ^ metric)))
    {}
    double at(qint64 tMs) const { return unit(mix(m_base + quint64(tMs / 1000) * 0xD1B54A32D192ED03ull)); }
    double phase() const { return unit(m_base) * twoPi; }

private:
    quint64 m_base;
};

// The sample times of one response, formatted once: every series of every node shares them. times are the
// step instants the response reports; sourceTimes the scraped samples whose values they carry.
struct Samples
{
    std::vector<qint64> times;
    std::vector<qint64> sourceTimes;
    std::vector<char> text;
    int width = 0;

    const char *timestamp(size_t i) const { return text.data() + i * size_t(width); }
};

// Prometheus semantics: at each multiple of the step, the latest scraped sample at or before it within the
// lookback; instants with none (before the job's first scrape) are left out. Samples between step instants
// are skipped, not aggregated, so a coarse step can miss a short dip entirely, as the real store does.
Samples makeSamples(const MockMetricsWriter::Window &window, const MockJob &job)
{
    Samples samples;
    if (window.empty || window.tooManyPoints)
        return samples;
    const int count = window.sampleCount();
    const qint64 stepMs = window.stepSeconds * 1000;
    const qint64 scrapeMs = qint64(std::max(job.scrapeSeconds, 1)) * 1000;
    const qint64 firstScrape = (job.startMs + scrapeMs - 1) / scrapeMs * scrapeMs;
    samples.times.reserve(size_t(count));
    samples.sourceTimes.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const qint64 t = window.firstSampleMs() + qint64(i) * stepMs;
        const qint64 source = t / scrapeMs * scrapeMs;
        if (source < firstScrape || t - source > MockMetricsWriter::lookbackMs)
            continue;
        samples.times.push_back(t);
        samples.sourceTimes.push_back(source);
    }
    char buffer[MockTimestamp::maxLength];
    samples.width = MockTimestamp::format(window.firstSampleMs(), job.timestampStyle, buffer);
    samples.text.resize(samples.times.size() * size_t(samples.width));
    for (size_t i = 0; i < samples.times.size(); ++i) {
        // Every sample of a response has the same width: years stay four digits and the style is fixed.
        MockTimestamp::format(samples.times[i], job.timestampStyle,
                              samples.text.data() + i * size_t(samples.width));
    }
    return samples;
}

struct SeriesWriter
{
    QByteArray &out;
    const Samples &samples;

    template<typename ValueAt> void floats(int decimals, ValueAt valueAt)
    {
        out.append('[');
        char buffer[64];
        for (size_t i = 0; i < samples.times.size(); ++i) {
            if (i)
                out.append(',');
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, valueAt(samples.sourceTimes[i]),
                                              std::chars_format::fixed, decimals);
            point(buffer, result.ptr, i);
        }
        out.append(']');
    }

    template<typename ValueAt> void integers(ValueAt valueAt)
    {
        out.append('[');
        char buffer[32];
        for (size_t i = 0; i < samples.times.size(); ++i) {
            if (i)
                out.append(',');
            const auto result =
                std::to_chars(buffer, buffer + sizeof buffer, qint64(valueAt(samples.sourceTimes[i])));
            point(buffer, result.ptr, i);
        }
        out.append(']');
    }

    void point(const char *value, const char *valueEnd, size_t i)
    {
        out.append("{\"value\":", 9);
        out.append(value, valueEnd - value);
        out.append(R"(,"timestamp":")", 14);
        out.append(samples.timestamp(i), samples.width);
        out.append("\"}", 2);
    }
};

class ValueModel
{
public:
    ValueModel(quint64 seed, const MockJob &job) : m_seed(seed), m_job(job) {}

    double elapsedSeconds(qint64 tMs) const { return double(tMs - m_job.startMs) / 1000.0; }

    double steadyStart() const { return m_job.scenario.loadingSeconds + m_job.scenario.startupSeconds; }

    bool idleAt(int node, int rank, double elapsed) const
    {
        const MockScenario &s = m_job.scenario;
        return (node == s.idleNode && elapsed >= s.idleFromSeconds && elapsed < s.idleToSeconds) ||
               (node == s.idleHeldNode && rank == s.idleHeldRank && elapsed >= s.idleHeldFromSeconds &&
                elapsed < s.idleHeldToSeconds);
    }

    // The slow GPU of the node at this time: fixed, or moving on to the next rank every rotateSeconds.
    bool slowAt(int node, int rank, double elapsed) const
    {
        const MockScenario &s = m_job.scenario;
        if (s.slowRank < 0 || node != s.slowNode || elapsed < std::max(s.slowFromSeconds, steadyStart()))
            return false;
        if (!s.slowRotates)
            return rank == s.slowRank;
        const int turn = int((elapsed - s.slowFromSeconds) / s.rotateSeconds);
        return rank == (s.slowRank + turn) % std::max(m_job.instanceType.gpuCount, 1);
    }

    // Seconds into the current dip (all GPUs at once), or -1 outside one. Dips start one period after the
    // ramp ends, so a long data-loading start has none.
    double dipProgress(double elapsed) const
    {
        const MockScenario &s = m_job.scenario;
        const double steady = elapsed - steadyStart();
        if (s.dipEverySeconds <= 0 || steady < s.dipEverySeconds)
            return -1;
        const double into = std::fmod(steady, s.dipEverySeconds);
        return into < s.dipSeconds ? into : -1;
    }

    double gpuUtilization(int node, int rank, qint64 tMs, const Noise &noise) const
    {
        const MockScenario &s = m_job.scenario;
        const double elapsed = elapsedSeconds(tMs);
        const double u = noise.at(tMs);
        if (idleAt(node, rank, elapsed))
            return std::clamp(0.02 + 0.04 * (u - 0.5), 0.0, 1.0);
        double value;
        if (elapsed < s.loadingSeconds) {
            value = s.loadingUtilization + 0.04 * (u - 0.5); // reading and tokenizing the data set
        } else if (elapsed < steadyStart()) {
            const double progress = (elapsed - s.loadingSeconds) / std::max(s.startupSeconds, 1.0);
            value = s.startupFrom + (s.steadyUtilization - s.startupFrom) * progress + 0.04 * (u - 0.5);
        } else if (dipProgress(elapsed) >= 0) {
            value = s.dipUtilization + 0.06 * (u - 0.5);
        } else {
            value = s.steadyUtilization +
                    s.wave * std::sin(twoPi * double(wholeSeconds(tMs)) / 1800.0 + noise.phase()) +
                    s.noise * (u - 0.5);
        }
        if (slowAt(node, rank, elapsed))
            value *= s.slowFactor;
        for (const MockJob::Dip &dip : m_job.dips) {
            if (dip.node == node && dip.rank == rank && tMs >= dip.fromMs && tMs < dip.toMs)
                return dip.value;
        }
        return std::clamp(value, 0.0, 1.0);
    }

    double gpuMemory(int node, int rank, qint64 tMs, const Noise &noise) const
    {
        const MockScenario &s = m_job.scenario;
        const double limit = double(m_job.instanceType.gpuMemoryLimitMib) * mib;
        const int gpus = std::max(m_job.instanceType.gpuCount, 1);
        const double spread = 0.02 * rank / gpus + 0.01 * node / std::max(m_job.nodeCount, 1);
        const double plateau = limit * (s.gpuMemoryFraction + spread);
        const double elapsed = elapsedSeconds(tMs);
        double value = plateau;
        if (s.idleNode == node && elapsed >= s.idleFromSeconds && elapsed < s.idleToSeconds)
            value = 0.02 * limit; // the node's processes exited; the others wait for it
        else if (s.gpuMemoryRampSeconds > 0 && elapsed < s.loadingSeconds)
            value = 0.03 * limit;
        else if (s.gpuMemoryRampSeconds > 0 && elapsed < s.loadingSeconds + s.gpuMemoryRampSeconds)
            value = plateau * (0.05 + 0.95 * (elapsed - s.loadingSeconds) / s.gpuMemoryRampSeconds);
        if (s.gpuMemoryRunsAway) {
            const double untilEnd = double(m_job.endMs - tMs) / 1000.0;
            if (untilEnd < 1500.0) {
                const double progress = 1.0 - std::max(untilEnd, 0.0) / 1500.0;
                value = plateau + (limit - 256.0 * mib - plateau) * progress * progress;
            }
        }
        return std::clamp(value + 96.0 * mib * (noise.at(tMs) - 0.5), 0.0, limit);
    }

    double cpuUsage(qint64 tMs, const Noise &noise) const
    {
        const double elapsed = elapsedSeconds(tMs);
        const double warm = std::min(1.0, 0.3 + elapsed / 300.0);
        return warm * (29.0 + 7.0 * std::sin(twoPi * double(wholeSeconds(tMs)) / 3600.0 + noise.phase()) +
                       5.0 * (noise.at(tMs) - 0.5));
    }

    double cpuMemory(qint64 tMs, const Noise &noise) const
    {
        const MockScenario &s = m_job.scenario;
        const double elapsed = elapsedSeconds(tMs);
        const double warm = std::min(1.0, 0.2 + elapsed / 300.0);
        const double leak = s.cpuLeakGiBPerHour * std::max(0.0, elapsed - s.cpuLeakFromSeconds) / 3600.0;
        return warm * (s.cpuMemoryGiB * gib + s.cpuDriftGiB * gib * std::min(1.0, elapsed / 259200.0)) +
               leak * gib + 512.0 * mib * (noise.at(tMs) - 0.5);
    }

    static double ephemeralCapacity() { return 2.0 * tib; }
    double ephemeralUsage(qint64 tMs, const Noise &noise) const
    {
        const MockScenario &s = m_job.scenario;
        const double elapsed = elapsedSeconds(tMs);
        // The checkpoint schedule is MockCheckpoints': the server lists a checkpoint wherever storage steps.
        const double written = MockCheckpoints::writtenBy(s, elapsed);
        double checkpoints;
        if (s.dipWritesCheckpoint) {
            // Written during each dip; the trainer keeps the last twelve, so from then on the newest one
            // is written beside them and the oldest deleted a minute after the dip.
            const double steady = elapsed - steadyStart();
            const bool writing = dipProgress(elapsed) >= 0 ||
                                 (written > 0 && std::fmod(steady, s.dipEverySeconds) < s.dipSeconds + 60);
            checkpoints = std::min(written, 12.0) + (written > 12 && writing ? 1 : 0);
        } else {
            checkpoints = std::min(written, 12.0); // twelve kept
        }
        const double leak =
            s.storageLeakGiBPerHour * std::max(0.0, elapsed - s.storageLeakFromSeconds) / 3600.0;
        return (s.storageBaseGiB + checkpoints * s.checkpointGiB + leak) * gib + 64.0 * mib * noise.at(tMs);
    }

    static double cacheCapacity() { return 1.0 * tib; }
    double cacheUsage(qint64 tMs) const
    {
        const double elapsed = elapsedSeconds(tMs);
        return 380.0 * gib * std::min(1.0, 0.02 + elapsed / 1200.0) + 2.0 * gib * (elapsed / 86400.0);
    }

    // TrainingJobMetricsV1 of one node: the leader's also serves as the top-level series.
    void writeNode(QByteArray &out, const Samples &samples, int node) const
    {
        SeriesWriter series{out, samples};
        const int gpus = samples.times.empty() ? 0 : m_job.instanceType.gpuCount;
        out.append("\"gpu_memory_usage_bytes\":{");
        for (int rank = 0; rank < gpus; ++rank) {
            if (rank)
                out.append(',');
            appendRankKey(out, rank);
            const Noise noise(m_seed, m_job.key, node, rank, GpuMemory);
            series.integers([&](qint64 t) { return gpuMemory(node, rank, t, noise); });
        }
        out.append("},\"gpu_utilization\":{");
        for (int rank = 0; rank < gpus; ++rank) {
            if (rank)
                out.append(',');
            appendRankKey(out, rank);
            const Noise noise(m_seed, m_job.key, node, rank, GpuUtilization);
            series.floats(4, [&](qint64 t) { return gpuUtilization(node, rank, t, noise); });
        }
        out.append("},\"cpu_usage\":");
        {
            const Noise noise(m_seed, m_job.key, node, -1, CpuUsage);
            series.floats(3, [&](qint64 t) { return cpuUsage(t, noise); });
        }
        out.append(",\"cpu_memory_usage_bytes\":");
        {
            const Noise noise(m_seed, m_job.key, node, -1, CpuMemory);
            series.integers([&](qint64 t) { return cpuMemory(t, noise); });
        }
        out.append(R"(,"ephemeral_storage":{"usage_bytes":)");
        const Noise noise(m_seed, m_job.key, node, -1, Ephemeral);
        series.integers([&](qint64 t) { return ephemeralUsage(t, noise); });
        out.append(",\"utilization\":");
        series.floats(6,
                      [&](qint64 t) { return std::floor(ephemeralUsage(t, noise)) / ephemeralCapacity(); });
        out.append('}');
    }

    void writeCache(QByteArray &out, const Samples &samples) const
    {
        SeriesWriter series{out, samples};
        out.append("{\"usage_bytes\":");
        series.integers([&](qint64 t) { return cacheUsage(t); });
        out.append(",\"utilization\":");
        series.floats(6, [&](qint64 t) { return std::floor(cacheUsage(t)) / cacheCapacity(); });
        out.append('}');
    }

private:
    static void appendRankKey(QByteArray &out, int rank)
    {
        char buffer[16];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, rank);
        out.append('"');
        out.append(buffer, result.ptr - buffer);
        out.append("\":");
    }

    quint64 m_seed;
    const MockJob &m_job;
};

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

qint64 MockMetricsWriter::Window::firstSampleMs() const
{
    const qint64 stepMs = stepSeconds * 1000;
    return ceilDiv(startMs, stepMs) * stepMs;
}

int MockMetricsWriter::Window::sampleCount() const
{
    if (empty)
        return 0;
    const qint64 stepMs = stepSeconds * 1000;
    const qint64 first = firstSampleMs();
    const qint64 last = floorDiv(endMs, stepMs) * stepMs;
    return last < first ? 0 : int((last - first) / stepMs + 1);
}

MockMetricsWriter::MockMetricsWriter(quint64 seed, qint64 maxPoints) : m_seed(seed), m_maxPoints(maxPoints) {}

qint64 MockMetricsWriter::derivedStepSeconds(qint64 windowMs)
{
    // Prometheus-like round steps, so derived sample times are stable while a window slides.
    static constexpr qint64 ladder[] = {1,   2,   5,    10,   15,   30,   60,    120,   180,   300,
                                        600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    const qint64 windowSeconds = std::max<qint64>(0, windowMs) / 1000;
    for (const qint64 step : ladder) {
        if (windowSeconds / step + 1 <= derivedMaxPoints)
            return step;
    }
    return ceilDiv(ceilDiv(windowSeconds, derivedMaxPoints - 1), 86400) * 86400;
}

MockMetricsWriter::Window MockMetricsWriter::resolveWindow(const MockJob &job, qint64 nowMs,
                                                           std::optional<qint64> startMs,
                                                           std::optional<qint64> endMs,
                                                           std::optional<qint64> stepSeconds,
                                                           qint64 maxPoints)
{
    Window window;
    const qint64 jobEnd = job.endAt(nowMs);
    window.startMs = startMs ? std::max(*startMs, job.startMs) : job.startMs;
    window.endMs = endMs ? std::min(*endMs, jobEnd) : jobEnd;
    window.empty = !job.hasMetrics || window.endMs < window.startMs;
    const qint64 span = window.empty ? 0 : window.endMs - window.startMs;
    window.stepSeconds = stepSeconds ? std::max(*stepSeconds, qint64(1)) : derivedStepSeconds(span);
    if (window.empty)
        return window;
    const qint64 stepMs = window.stepSeconds * 1000;
    // Counted without building anything: a request for 10^12 points is refused in constant time.
    const qint64 instants = floorDiv(window.endMs, stepMs) - ceilDiv(window.startMs, stepMs) + 1;
    window.tooManyPoints = maxPoints > 0 && instants > maxPoints;
    if (!window.tooManyPoints && window.sampleCount() == 0)
        window.empty = true;
    return window;
}

QByteArray MockMetricsWriter::write(const MockJob &job, qint64 nowMs, std::optional<qint64> startMs,
                                    std::optional<qint64> endMs, std::optional<qint64> stepSeconds) const
{
    const Window window = resolveWindow(job, nowMs, startMs, endMs, stepSeconds, m_maxPoints);
    const Samples samples = makeSamples(window, job);
    const ValueModel model(m_seed, job);

    const size_t points = samples.times.size();
    const size_t seriesPerNode = 2 * size_t(job.instanceType.gpuCount) + 4;
    const size_t pointBytes = size_t(samples.width) + 48;
    const int nodesListed = !job.hasMetrics || job.emptyPerNode ? 0 : job.nodeCount;
    // A bound on what is written, reserved at once: pages of it never written are never touched. The
    // leader's series are written once and copied from the answer itself; a buffer of their own was 1.4 MB
    // more memory fresh from the kernel for the demo's overview, a third of the answer's time on this
    // machine.
    const qsizetype nodeBytes = qsizetype(points) * qsizetype(seriesPerNode) * qsizetype(pointBytes) + 1024;
    QByteArray out;
    out.reserve(nodeBytes * (nodesListed + 1) + qsizetype(points * 2 * pointBytes) + 4096);
    out.append('{');
    const qsizetype leaderFrom = out.size();
    model.writeNode(out, samples, 0);
    const qsizetype leaderBytes = out.size() - leaderFrom;
    out.append(",\"training_job\":");
    MockJson::appendJob(out, job, nowMs);
    out.append(",\"cache\":");
    if (job.hasCache)
        model.writeCache(out, samples);
    else
        out.append("null");
    out.append(",\"per_node_metrics\":[");
    for (int node = 0; node < nodesListed; ++node) {
        if (node)
            out.append(',');
        out.append(R"({"node_id":"node-)");
        out.append(QByteArray::number(node));
        out.append(R"(","metrics":{)");
        if (node == 0) // QByteArray copies a range of itself safely, growing or not
            out.append(out.constData() + leaderFrom, leaderBytes);
        else
            model.writeNode(out, samples, node);
        out.append("}}");
    }
    out.append("]}");
    return out;
}

MockJob MockMetricsWriter::syntheticJob(int nodeCount, int gpuCount, int pointsPerSeries, qint64 nowMs)
{
    MockJob job;
    job.id = QStringLiteral("synth01");
    job.name = QStringLiteral("synthetic");
    job.projectId = QStringLiteral("synthp1");
    job.projectName = QStringLiteral("synthetic");
    job.status = QStringLiteral("TRAINING_JOB_RUNNING");
    job.userEmail = QStringLiteral("bench@example.com");
    job.instanceType = {QStringLiteral("H100:8x80"), QStringLiteral("8x H100 80GB"), 1960000, 200000,
                        std::max(gpuCount, 0),       QStringLiteral("H100"),         81559};
    job.nodeCount = std::max(nodeCount, 1);
    job.running = true;
    job.key = 0x5e17;
    job.scenario.slowNode = job.nodeCount > 1 ? 1 : 0;
    job.scenario.slowRank = gpuCount > 5 ? 5 : gpuCount - 1;
    const qint64 alignedNow = nowMs / 60000 * 60000;
    job.startMs = alignedNow - qint64(std::max(pointsPerSeries, 1) - 1) * 60000;
    job.createdAtMs = job.startMs - 5LL * 60000;
    job.endMs = job.startMs;
    job.updatedAtMs = job.startMs;
    return job;
}

QByteArray MockMetricsWriter::syntheticPayload(int nodeCount, int gpuCount, int pointsPerSeries, quint64 seed)
{
    // A fixed "now" keeps the payload byte-identical between benchmark runs.
    const qint64 nowMs = 1795168800000; // 2026-11-20T10:00:00Z
    const MockJob job = syntheticJob(nodeCount, gpuCount, pointsPerSeries, nowMs);
    return MockMetricsWriter(seed).write(job, nowMs, std::nullopt, std::nullopt, 60);
}
