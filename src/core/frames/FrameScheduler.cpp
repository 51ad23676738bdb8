// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/FrameScheduler.h"

#include "core/frames/FrameBuilder.h"
#include "core/metrics/MetricsStore.h"

#include <QThreadPool>

FrameScheduler::FrameScheduler(QObject *parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
}

FrameScheduler::~FrameScheduler()
{
    m_pool->waitForDone(); // the worker posts back to this object
}

void FrameScheduler::request(std::shared_ptr<const MetricsStore> store, DashboardFrame::Spec spec)
{
    m_next = Pending{std::move(store), std::move(spec), ++m_generation};
    if (!m_running)
        startNext();
}

void FrameScheduler::startNext()
{
    if (!m_next)
        return;
    Pending job = std::move(*m_next);
    m_next.reset();
    m_running = true;
    m_pool->start([this, job = std::move(job)] {
        auto frame = std::make_shared<DashboardFrame>(FrameBuilder::build(*job.store, job.spec));
        frame->generation = job.generation;
        QMetaObject::invokeMethod(
            this,
            [this, frame] {
                m_running = false;
                // A newer request is waiting: this frame is already outdated, build that one instead.
                if (frame->generation == m_generation)
                    emit frameReady(frame);
                startNext();
            },
            Qt::QueuedConnection);
    });
}
