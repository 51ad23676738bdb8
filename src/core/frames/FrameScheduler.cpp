// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/FrameScheduler.h"

#include "core/frames/FrameBuilder.h"
#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/MetricsStore.h"

FrameScheduler::FrameScheduler(QObject *parent)
    : QObject(parent),
      m_worker(
          this, [](const Request &r) { return FrameBuilder::build(*r.store, r.spec); },
          [this](const std::shared_ptr<const DashboardFrame> &frame) { emit frameReady(frame); },
          [](const Request &built, const Request &waiting) {
              return keeps(built.store, built.spec, waiting.store, waiting.spec);
          })
{
    m_worker.setNiceSteps(BackgroundPriority::WindowWorkSteps);
}

bool FrameScheduler::keeps(const std::shared_ptr<const MetricsStore> &built,
                           const DashboardFrame::Spec &builtSpec,
                           const std::shared_ptr<const MetricsStore> &waiting,
                           const DashboardFrame::Spec &waitingSpec)
{
    // The same job's same window, with less of its data: right, and better than the frame before it.
    return builtSpec == waitingSpec && built->job().id == waiting->job().id;
}

FrameScheduler::~FrameScheduler() = default;

void FrameScheduler::request(std::shared_ptr<const MetricsStore> store, DashboardFrame::Spec spec)
{
    m_worker.request(Request{std::move(store), std::move(spec)});
}
