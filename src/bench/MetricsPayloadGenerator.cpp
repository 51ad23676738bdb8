// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "MetricsPayloadGenerator.h"

#include "Iso8601.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {
constexpr qint64 StartMs = 1'772'366'400'000; // 2026-03-01T12:00:00Z
constexpr qint64 StepMs = 10'000;
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
} // namespace

MetricsPayloadGenerator::MetricsPayloadGenerator(int nodes, int gpusPerNode, int pointsPerSeries)
    : m_nodes(nodes), m_gpus(gpusPerNode), m_points(pointsPerSeries)
{}

double MetricsPayloadGenerator::nextUnit()
{
    // xorshift64*: fast, and good enough for plausible noise.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return double((m_state * 2685821657736338717ull) >> 11) * 0x1.0p-53;
}

void MetricsPayloadGenerator::append(const char *text)
{
    m_out.append(text, qsizetype(std::strlen(text)));
}

void MetricsPayloadGenerator::appendSeries(Kind kind, double base)
{
    m_out.append('[');
    char buf[64];
    double level = base;
    for (int i = 0; i < m_points; ++i) {
        if (i)
            m_out.append(',');
        append("{\"value\":");
        // A random walk around the base: real utilisation drifts, it does not jump uniformly.
        level += (nextUnit() - 0.5) * base * 0.05;
        level = std::clamp(level, 0.0, kind == Kind::Fraction ? 1.0 : base * 2);
        char *end = buf;
        switch (kind) {
        case Kind::Fraction:
            end = std::to_chars(buf, buf + sizeof buf, std::round(level * 10000) / 10000).ptr;
            break;
        case Kind::Cores:
            end = std::to_chars(buf, buf + sizeof buf, std::round(level * 1000) / 1000).ptr;
            break;
        case Kind::Bytes:
            end = std::to_chars(buf, buf + sizeof buf, qint64(level)).ptr;
            break;
        }
        m_out.append(buf, end - buf);
        append(",\"timestamp\":\"");
        char ts[24];
        Iso8601::formatMs(StartMs + i * StepMs, ts);
        m_out.append(ts, 19); // whole seconds: drop ".mmm"
        append("Z\"}");
    }
    m_out.append(']');
}

void MetricsPayloadGenerator::appendStorage(double baseBytes)
{
    append("{\"usage_bytes\":");
    appendSeries(Kind::Bytes, baseBytes);
    append(",\"utilization\":");
    appendSeries(Kind::Fraction, 0.4);
    append("}");
}

void MetricsPayloadGenerator::appendMetricFields(int node)
{
    append("\"gpu_memory_usage_bytes\":{");
    for (int g = 0; g < m_gpus; ++g) {
        m_out.append(g ? ",\"" : "\"").append(QByteArray::number(g)).append("\":");
        appendSeries(Kind::Bytes, (50 + node % 7 + g) * GiB);
    }
    append("},\"gpu_utilization\":{");
    for (int g = 0; g < m_gpus; ++g) {
        m_out.append(g ? ",\"" : "\"").append(QByteArray::number(g)).append("\":");
        appendSeries(Kind::Fraction, 0.6 + 0.03 * g);
    }
    append("},\"cpu_usage\":");
    appendSeries(Kind::Cores, 24.0 + node);
    append(",\"cpu_memory_usage_bytes\":");
    appendSeries(Kind::Bytes, 300 * GiB);
    append(",\"ephemeral_storage\":");
    appendStorage(200 * GiB);
}

void MetricsPayloadGenerator::appendJob()
{
    append("{\"id\":\"job-bench\",\"created_at\":\"2026-03-01T11:58:00.123456Z\","
           "\"current_status\":\"TRAINING_JOB_RUNNING\",\"error_message\":null,"
           "\"instance_type\":{\"id\":\"H100x8\",\"name\":\"8x H100\",\"memory_limit_mib\":1966080,"
           "\"millicpu_limit\":192000,\"gpu_count\":8,\"gpu_type\":\"H100\",\"gpu_memory_limit_mib\":81920},"
           "\"updated_at\":\"2026-03-02T00:00:00+00:00\",\"training_project_id\":\"proj-bench\","
           "\"training_project\":{\"id\":\"proj-bench\",\"name\":\"bench\"},\"name\":\"llama-sft\","
           "\"checkpoint_sync_status\":\"SYNCING\",\"priority\":2,\"user\":{\"email\":\"a@example.com\"},"
           "\"node_count\":");
    m_out.append(QByteArray::number(m_nodes));
    append("}");
}

QByteArray MetricsPayloadGenerator::generate()
{
    m_out.clear();
    // About 52 bytes a point, 20 series a node plus the leader's and the cache.
    m_out.reserve(qsizetype(m_points) * 53 * (2 * m_gpus + 4) * (m_nodes + 1) + (1 << 20));

    // The leader's series come first, as the API sends them; node 0 is the leader and repeats its numbers.
    const std::uint64_t seed = m_state;
    append("{\"training_job\":");
    appendJob();
    m_out.append(',');
    appendMetricFields(0);
    append(",\"cache\":");
    appendStorage(900 * GiB);
    append(",\"per_node_metrics\":[");
    m_state = seed;
    for (int n = 0; n < m_nodes; ++n) {
        if (n)
            m_out.append(',');
        append("{\"node_id\":\"node-");
        m_out.append(QByteArray::number(n));
        append("\",\"metrics\":{");
        appendMetricFields(n);
        append("}}");
    }
    append("],\"unknown_future_field\":{\"nested\":[1,2,3]}}");
    return m_out;
}
