// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/CompareFrame.h"
#include "core/frames/LatestOnlyWorker.h"

#include <QObject>

#include <optional>

// Stores + layout -> the reduced lines of every comparison chart. build() is pure and thread-safe on stores
// nobody mutates meanwhile; an instance schedules builds on a worker thread like FrameScheduler does, one at
// a time, delivering only the newest request's frame.
class CompareFrameBuilder : public QObject
{
    Q_OBJECT

public:
    explicit CompareFrameBuilder(QObject *parent = nullptr);
    ~CompareFrameBuilder() override;

    void request(CompareFrame::Spec spec);
    static CompareFrame build(const CompareFrame::Spec &spec);
    // The metrics compared: those of FrameBuilder::chartsFor, less the ephemeral utilization (the usage
    // chart says the same in bytes), with cache charts when any job has a cache.
    static std::vector<Metric> metricsFor(const std::vector<CompareFrame::Job> &jobs);

signals:
    void frameReady(const std::shared_ptr<const CompareFrame> &frame);

private:
    LatestOnlyWorker<CompareFrame::Spec, CompareFrame> m_worker;
};
