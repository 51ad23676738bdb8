// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"

#include <QObject>

#include <memory>
#include <optional>

class MetricsStore;
class QThreadPool;

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

signals:
    void frameReady(const std::shared_ptr<const DashboardFrame> &frame);

private:
    struct Pending
    {
        std::shared_ptr<const MetricsStore> store;
        DashboardFrame::Spec spec;
        quint64 generation;
    };
    void startNext();

    QThreadPool *m_pool;
    std::optional<Pending> m_next;
    quint64 m_generation = 0;
    bool m_running = false;
};
