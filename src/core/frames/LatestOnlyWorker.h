// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/ThreadHandoff.h"

#include <QObject>
#include <QThreadPool>

#include <concepts>
#include <functional>
#include <memory>
#include <optional>

// "Newest request wins" on one worker thread: while a job runs, only the newest request waits (older ones
// are replaced), and a result that a newer request has already overtaken is dropped, never delivered. A view
// dragged across a range asks for a frame per mouse move; this keeps at most one building and one waiting,
// and paints only the latest. Results are delivered on the owner's thread.
//
// An owner may say when an overtaken result is still right to show (`Keeps`): a frame of the same window
// while only newer data for it waits. Without that, data arriving faster than frames build (tiles streaming
// in) would drop every frame and leave the screen on the first one until the stream paused.
//
// A member of its owner: the owner's destruction waits for a running job and discards its queued delivery.
template<typename Input, typename Output> class LatestOnlyWorker
{
public:
    using Work = std::function<Output(const Input &)>;
    using Deliver = std::function<void(std::shared_ptr<const Output>)>;
    // True when the result built for `built` is still right to show while `waiting` is built.
    using Keeps = std::function<bool(const Input &built, const Input &waiting)>;

    LatestOnlyWorker(QObject *owner, Work work, Deliver deliver, Keeps keeps = {})
        : m_owner(owner), m_work(std::move(work)), m_deliver(std::move(deliver)), m_keeps(std::move(keeps))
    {
        m_pool.setMaxThreadCount(1);
    }
    ~LatestOnlyWorker() { ThreadHandoff::waitForDone(m_pool); }
    LatestOnlyWorker(const LatestOnlyWorker &) = delete;
    LatestOnlyWorker &operator=(const LatestOnlyWorker &) = delete;

    // The worker thread runs this many steps nicer than the process (BackgroundPriority); set before the
    // first request. Its pool is its own, so the step is never wrong for other work.
    void setNiceSteps(int steps) { m_niceSteps = steps; }

    void request(Input input)
    {
        m_next = std::move(input);
        if (!m_running)
            startNext();
    }

private:
    void startNext()
    {
        if (!m_next)
            return;
        Input input = std::move(*m_next);
        m_next.reset();
        m_running = true;
        ThreadHandoff::start(m_pool, [this, niceSteps = m_niceSteps, input = std::move(input)] {
            if (niceSteps > 0)
                BackgroundPriority::applyToCurrentThread(niceSteps);
            auto result = std::make_shared<const Output>(m_work(input));
            ThreadHandoff::post(m_owner, [this, result, input] {
                m_running = false;
                if constexpr (std::equality_comparable<Input>) {
                    // The very input asked again while it was built (a settling layout reports one width
                    // several times): this result answers it too, and building it again would only repeat it.
                    if (m_next && *m_next == input)
                        m_next.reset();
                }
                // A newer request waits: this result is outdated already, unless the owner says it still
                // shows what is asked for; the newer one is built next either way.
                if (!m_next || (m_keeps && m_keeps(input, *m_next)))
                    m_deliver(result);
                startNext();
            });
        });
    }

    QObject *m_owner;
    Work m_work;
    Deliver m_deliver;
    Keeps m_keeps;
    QThreadPool m_pool;
    std::optional<Input> m_next;
    bool m_running = false;
    int m_niceSteps = 0;
};
