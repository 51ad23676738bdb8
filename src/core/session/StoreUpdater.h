// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/MetricsStore.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

// Applies edits (answers merged) to a job's store on a worker thread, so the window's thread never does.
// A merge writes most of the store: the points after the merged window move, and a store that a frame
// still reads is copied first. For a 16-node job of three days that is tens of megabytes per tile, 20-100 ms
// each: on the GUI thread it froze the window again and again while a large job loaded.
//
// Edits are applied in the order they were asked for, on one worker thread, to a copy of the owner's store,
// and the copy is published on the owner's thread once done. Edits asked for while a batch is being applied
// wait, and all of them go together in the next batch (one copy for all): the store keeps up with answers
// that arrive faster than a copy takes.
//
// The owner may also change its store at once, for an edit it must read back at once (coverage forgotten,
// the scrape interval learnt): it tells the updater (appliedNow), which applies the same edit again to the
// result of the batch under way, and again after the edits still waiting. Such edits must therefore give
// the same store when applied twice (forgetting coverage, setting a value), and leave the points alone:
// points are changed in place only on the thread that copied them (MetricsStore). drop() forgets
// everything: the owner replaced its store whole (another job).
class StoreUpdater : public QObject
{
public:
    using Edit = std::function<void(MetricsStore &)>;
    // The owner's store as it is now: what the next batch starts from.
    using Current = std::function<std::shared_ptr<const MetricsStore>()>;
    // The owner's store from now on, holding every edit up to the one numbered `through` (applyLater).
    using Publish = std::function<void(std::shared_ptr<MetricsStore> store, quint64 through)>;

    StoreUpdater(Current current, Publish publish, QObject *parent = nullptr);
    ~StoreUpdater() override;
    StoreUpdater(const StoreUpdater &) = delete;
    StoreUpdater &operator=(const StoreUpdater &) = delete;

    // Numbered from 1 in the order asked; Publish says up to which number a store holds them.
    quint64 applyLater(Edit edit);
    // The owner has just applied `edit` to its store itself (see the class comment).
    void appliedNow(const Edit &edit);
    // Nothing asked for so far is applied to or published for the owner's next store.
    void drop();
    // Edits asked for and not yet published.
    bool isBusy() const { return m_running || !m_waiting.empty(); }
    // A store the owner no longer shows, freed on the worker thread: giving back the memory of a large job's
    // store (tens of thousands of pages) is not the window's work either.
    void dispose(std::shared_ptr<const MetricsStore> store);

private:
    void startNext();

    Current m_current;
    Publish m_publish;
    QThreadPool m_pool;
    std::vector<std::pair<quint64, Edit>> m_waiting; // for the next batch
    std::vector<Edit> m_replay; // applied at once by the owner while the batch under way ran
    bool m_running = false;
    quint64 m_generation = 0; // drop() counts up: a batch begun before it is not published
    quint64 m_lastNumber = 0;
};
