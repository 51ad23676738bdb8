// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/WindowFetch.h"
#include "cli/BlockingCalls.h"

WindowFetch::WindowFetch(BasetenClient *client, BlockingCalls &calls, Resolution resolution, int pixelWidth)
    : m_controller(client, {})
{
    m_controller.setLive(false);
    m_controller.setDebounceMs(0);
    // start() sets its own window right after opening: the job's first requests wait for it (a controller
    // opening without delay sends them for the whole job before anyone hears of the job).
    m_controller.setOpenDelayMs(1);
    m_controller.setResolution(resolution);
    m_controller.setPixelWidth(pixelWidth);
    auto wake = [&calls] {
        calls.wake();
    };
    QObject::connect(&m_controller, &DashboardController::dataChanged, calls.context(), wake);
    QObject::connect(&m_controller, &DashboardController::fidelityChanged, calls.context(), wake);
    QObject::connect(&m_controller, &DashboardController::loadingChanged, calls.context(), wake);
    QObject::connect(&m_controller, &DashboardController::errorOccurred, calls.context(), wake);
}

void WindowFetch::start(const TrainingJob &job, qint64 fromMs, qint64 toMs)
{
    m_controller.open(job);
    m_controller.range()->setWindow(fromMs, toMs);
}
