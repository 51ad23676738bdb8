// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/HeatmapFrame.h"
#include "core/frames/LatestOnlyWorker.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class MetricsStore;

// Builds a view's heatmaps on a worker thread, newest request wins (LatestOnlyWorker), as FrameScheduler
// does for the line charts: a drag across a three-day job builds the frames of the last range only.
class HeatmapScheduler : public QObject
{
    Q_OBJECT

public:
    using Frames = std::vector<HeatmapFrame>;

    explicit HeatmapScheduler(QObject *parent = nullptr);
    ~HeatmapScheduler() override;

    void request(std::shared_ptr<const MetricsStore> store, std::vector<HeatmapFrame::Spec> specs);
    // Each build takes at least this long: a test's small job then has its heatmaps come as late as a large
    // job's do.
    void setLatencyForTest(int ms) { m_latencyMs = ms; }

signals:
    void framesReady(const std::shared_ptr<const HeatmapScheduler::Frames> &frames);

private:
    struct Request
    {
        std::shared_ptr<const MetricsStore> store;
        std::vector<HeatmapFrame::Spec> specs;
        // The same snapshot and specs: one build answers both (LatestOnlyWorker).
        friend bool operator==(const Request &, const Request &) = default;
    };
    std::atomic<int> m_latencyMs = 0; // read on the worker
    LatestOnlyWorker<Request, Frames> m_worker;
};
