// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/StoreUpdater.h"

#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/ThreadHandoff.h"

StoreUpdater::StoreUpdater(Current current, Publish publish, QObject *parent)
    : QObject(parent), m_current(std::move(current)), m_publish(std::move(publish))
{
    m_pool.setMaxThreadCount(1); // one batch at a time: edits apply in order
}

StoreUpdater::~StoreUpdater()
{
    // The batch under way reads the owner's store and posts to this object: both must outlive it.
    ThreadHandoff::waitForDone(m_pool);
}

quint64 StoreUpdater::applyLater(Edit edit)
{
    m_waiting.emplace_back(++m_lastNumber, std::move(edit));
    startNext();
    return m_lastNumber;
}

void StoreUpdater::appliedNow(const Edit &edit)
{
    if (m_running)
        m_replay.push_back(edit);
    if (!m_waiting.empty())
        m_waiting.emplace_back(m_lastNumber, edit); // numbered as the edit before it: it adds no answer
}

void StoreUpdater::drop()
{
    ++m_generation;
    m_waiting.clear();
    m_replay.clear();
}

void StoreUpdater::dispose(std::shared_ptr<const MetricsStore> store)
{
    if (store)
        ThreadHandoff::start(m_pool, [store = std::move(store)]() mutable { store.reset(); });
}

void StoreUpdater::startNext()
{
    if (m_running || m_waiting.empty())
        return;
    m_running = true;
    const quint64 through = m_waiting.back().first;
    std::vector<Edit> edits;
    edits.reserve(m_waiting.size());
    for (auto &[number, edit] : m_waiting)
        edits.push_back(std::move(edit));
    m_waiting.clear();
    ThreadHandoff::start(m_pool, [this, base = m_current(), edits = std::move(edits), through,
                                  generation = m_generation]() mutable {
        // Work the window waits for, at the priority of the frames that follow it.
        BackgroundPriority::applyToCurrentThread(BackgroundPriority::WindowWorkSteps);
        auto store = base ? std::make_shared<MetricsStore>(*base) : std::make_shared<MetricsStore>();
        for (const Edit &edit : edits)
            edit(*store);
        edits.clear();
        // The base goes back with the result and is let go on the owner's thread: the owner writes its store
        // in place once nothing else holds it, and that count must fall on its own thread to order this
        // copy's reads before its writes.
        ThreadHandoff::post(
            this, [this, base = std::move(base), store = std::move(store), through, generation]() mutable {
                m_running = false;
                dispose(std::move(base)); // freed here when the owner has moved on, as every old store is
                if (generation == m_generation) {
                    for (const Edit &edit : m_replay)
                        edit(*store);
                    m_replay.clear();
                    m_publish(std::move(store), through);
                } else {
                    dispose(std::move(store)); // another store's: never shown, freed where it was made
                }
                startNext();
            });
    });
}
