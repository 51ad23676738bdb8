// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/HeatmapScheduler.h"

#include "core/frames/HeatmapBuilder.h"
#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/MetricsStore.h"

#include <QThread>

HeatmapScheduler::HeatmapScheduler(QObject *parent)
    : QObject(parent), m_worker(
                           this,
                           [this](const Request &r) {
                               if (const int ms = m_latencyMs.load())
                                   QThread::msleep(ms);
                               Frames frames;
                               for (const HeatmapFrame::Spec &spec : r.specs)
                                   frames.push_back(HeatmapBuilder::build(*r.store, spec));
                               return frames;
                           },
                           [this](const std::shared_ptr<const Frames> &frames) { emit framesReady(frames); })
{
    m_worker.setNiceSteps(BackgroundPriority::WindowWorkSteps);
}

HeatmapScheduler::~HeatmapScheduler() = default;

void HeatmapScheduler::request(std::shared_ptr<const MetricsStore> store,
                               std::vector<HeatmapFrame::Spec> specs)
{
    m_worker.request(Request{std::move(store), std::move(specs)});
}
