// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <cmath>
#include <vector>

class MetricsStore;

// Every rank's GPU utilization and memory on one time axis: the union of the sample times (at one step
// the ranks share them, so this is one copy), NaN where a rank has no sample. Detectors compare ranks at
// the same instant, which the raw series, one per rank, cannot do cheaply. Also the job median per
// instant (the upper middle value for an even count), the level the phases and the "whole job is low"
// rules read.
class UtilizationGrid
{
public:
    struct Rank
    {
        QString node;
        int nodeIndex = 0;
        int rank = 0;
    };

    // Left empty, and isTooLarge(), when the ranks' times would need more than maxCells cells.
    explicit UtilizationGrid(const MetricsStore &store, std::size_t maxCells = std::size_t(-1));
    // For tests: utilization rows over given times (memory all missing).
    UtilizationGrid(std::vector<qint64> times, std::vector<Rank> ranks,
                    const std::vector<std::vector<double>> &rows);

    const std::vector<qint64> &times() const { return m_times; }
    std::size_t size() const { return m_times.size(); }
    const std::vector<Rank> &ranks() const { return m_ranks; }
    int nodeCount() const { return m_nodeCount; }
    qint64 stepMs() const { return m_stepMs; }
    bool isTooLarge() const { return m_tooLarge; }

    // NaN when the rank has no sample at that instant.
    double utilization(std::size_t rank, std::size_t i) const { return m_util[rank * m_times.size() + i]; }
    double memory(std::size_t rank, std::size_t i) const { return m_memory[rank * m_times.size() + i]; }
    double jobMedian(std::size_t i) const { return m_median[i]; }
    const std::vector<double> &jobMedians() const { return m_median; }
    // How long sample i stands for: until the next one, at most one step (a gap is not time measured).
    qint64 weightMs(std::size_t i) const;
    // True when the interval before sample i is longer than a few steps: the job was not reporting.
    bool gapBefore(std::size_t i) const;

private:
    void computeMedian();
    void computeStep();

    std::vector<qint64> m_times;
    std::vector<Rank> m_ranks;
    std::vector<float> m_util;
    std::vector<float> m_memory;
    std::vector<double> m_median;
    int m_nodeCount = 0;
    qint64 m_stepMs = 0;
    bool m_tooLarge = false;
};
