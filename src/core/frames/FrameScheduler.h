// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"
#include "core/frames/LatestOnlyWorker.h"

#include <QObject>

#include <memory>
#include <optional>

class MetricsStore;

// Builds dashboard frames on a worker thread, one at a time. While one builds, only the newest request waits:
// a burst of zoom steps costs two builds, not one per step, and a frame for an outdated request is never
// delivered.
class FrameScheduler : public QObject
{
    Q_OBJECT

public:
    explicit FrameScheduler(QObject *parent = nullptr);
    ~FrameScheduler() override;

    void request(std::shared_ptr<const MetricsStore> store, DashboardFrame::Spec spec);
    // Whether a frame built while a newer request waits is still shown: only for that request's job and spec.
    static bool keeps(const std::shared_ptr<const MetricsStore> &built, const DashboardFrame::Spec &builtSpec,
                      const std::shared_ptr<const MetricsStore> &waiting,
                      const DashboardFrame::Spec &waitingSpec);

signals:
    void frameReady(const std::shared_ptr<const DashboardFrame> &frame);

private:
    struct Request
    {
        std::shared_ptr<const MetricsStore> store;
        DashboardFrame::Spec spec;
        // The same snapshot and spec: one build answers both (LatestOnlyWorker).
        friend bool operator==(const Request &, const Request &) = default;
    };
    LatestOnlyWorker<Request, DashboardFrame> m_worker;
};
