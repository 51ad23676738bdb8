// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>

#include <cstdint>

// A synthetic GetTrainingJobMetricsResponseV1 shaped like a real multinode job: compact JSON as the API sends
// it, 'Z' timestamps 10 s apart, fractions as short decimals, bytes as integers, the leader's series at the
// top level and every node in per_node_metrics. Deterministic, so runs compare.
class MetricsPayloadGenerator
{
public:
    MetricsPayloadGenerator(int nodes, int gpusPerNode, int pointsPerSeries);

    QByteArray generate();

private:
    enum class Kind
    {
        Fraction,
        Bytes,
        Cores
    };

    void appendMetricFields(int node); // the fields of TrainingJobMetricsV1, without braces
    void appendSeries(Kind kind, double base);
    void appendStorage(double baseBytes);
    void appendJob();
    void append(const char *text);
    double nextUnit(); // uniform in [0, 1)

    int m_nodes;
    int m_gpus;
    int m_points;
    std::uint64_t m_state = 0x9e3779b97f4a7c15ull;
    QByteArray m_out;
};
