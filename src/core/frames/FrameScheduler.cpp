// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/FrameScheduler.h"

#include "core/frames/FrameBuilder.h"
#include "core/metrics/MetricsStore.h"

FrameScheduler::FrameScheduler(QObject *parent)
    : QObject(parent), m_worker(
                           this, [](const Request &r) { return FrameBuilder::build(*r.store, r.spec); },
                           [this](std::shared_ptr<const DashboardFrame> frame) { emit frameReady(frame); })
{}

FrameScheduler::~FrameScheduler() = default;

void FrameScheduler::request(std::shared_ptr<const MetricsStore> store, DashboardFrame::Spec spec)
{
    m_worker.request(Request{std::move(store), std::move(spec)});
}
