// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/session/DashboardController.h"

class BlockingCalls;

// One job's window fetched for a headless command the way the dashboard fetches it: a sampled picture, then,
// at full resolution, every sample at the job's native step in tiles. The command waits until settled().
class WindowFetch
{
public:
    // Wakes `calls` whenever the fetch moves on, so a wait on settled() ends as soon as it holds.
    WindowFetch(BasetenClient *client, BlockingCalls &calls, Resolution resolution, int pixelWidth);

    // The scrape interval when the caller knows it (0: discovered by the probe).
    void setScrapeOverride(int seconds) { m_controller.setScrapeOverride(seconds); }
    void start(const TrainingJob &job, qint64 fromMs, qint64 toMs);
    // Done, or failed: nothing is pending any more.
    bool settled() const { return m_controller.isSettled() || m_controller.lastError().has_value(); }
    std::optional<ApiError> error() const { return m_controller.lastError(); }
    std::shared_ptr<const MetricsStore> store() const { return m_controller.snapshot(); }
    // What the store holds for the window: "full 15s", "sampled 300s".
    QString resolutionTag() const { return m_controller.fidelity().tag(); }
    // The job's scrape interval in use; 0 while unknown.
    int scrapeSeconds() const { return m_controller.scrapeSeconds(); }

private:
    DashboardController m_controller;
};
