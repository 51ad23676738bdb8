// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define TRAINSCOPE_TSAN_HANDOFF 1
#endif

// Work handed from one thread to another through Qt: into a thread pool, or back to an object's own thread
// as a queued call (or a blocking one). Qt orders the two sides (its queues are guarded by its mutexes), but
// inside its own libraries; a Qt not built with ThreadSanitizer hides that order, so under the tsan preset
// every handoff would read as a race between the code that built the work and the code that runs it. Work
// handed over here carries a release where it is built and an acquire where it runs, and work in a pool a
// release when it is done that waitForDone acquires: ThreadSanitizer then sees exactly the order Qt gives,
// and still reports every access that nothing orders. In other builds these are QThreadPool::start,
// QMetaObject::invokeMethod and QThreadPool::waitForDone.
class ThreadHandoff
{
public:
    // Runs fn on one of the pool's threads.
    template<typename Fn> static void start(QThreadPool &pool, Fn fn)
    {
        pool.start(Marked<Fn>(std::move(fn), &pool));
    }
    // Runs fn on context's thread, from its event loop; never if context is destroyed first.
    template<typename Fn> static void post(QObject *context, Fn fn)
    {
        QMetaObject::invokeMethod(context, Marked<Fn>(std::move(fn), nullptr), Qt::QueuedConnection);
    }
    // Runs fn on context's thread and waits for it: context must live on another thread, running its event
    // loop. Afterwards everything fn did comes before the caller's next step.
    template<typename Fn> static void call(QObject *context, Fn fn)
    {
        char done = 0; // only its address is used: where the work releases and the caller acquires
        auto work = [&fn, &done] {
            fn();
            release(&done);
        };
        QMetaObject::invokeMethod(context, Marked<decltype(work)>(std::move(work), nullptr),
                                  Qt::BlockingQueuedConnection);
        acquire(&done);
    }
    // QThreadPool::waitForDone; afterwards, everything the pool's work did comes before the caller's next
    // step (typically freeing what that work used).
    static void waitForDone(QThreadPool &pool)
    {
        pool.waitForDone();
        acquire(&pool);
    }

private:
    static void release(void *at)
    {
#ifdef TRAINSCOPE_TSAN_HANDOFF
        __tsan_release(at);
#else
        Q_UNUSED(at);
#endif
    }
    static void acquire(void *at)
    {
#ifdef TRAINSCOPE_TSAN_HANDOFF
        __tsan_acquire(at);
#else
        Q_UNUSED(at);
#endif
    }

    // The work at its final address: Qt moves it into its queue on the sending thread and never again, so
    // the last construction releases at the address the receiving thread acquires from.
    template<typename Fn> class Marked
    {
    public:
        Marked(Fn fn, void *done) : m_fn(std::move(fn)), m_done(done) { release(this); }
        Marked(Marked &&other) noexcept : m_fn(std::move(other.m_fn)), m_done(other.m_done) { release(this); }
        Marked(const Marked &other) : m_fn(other.m_fn), m_done(other.m_done) { release(this); }
        Marked &operator=(const Marked &) = delete;
        Marked &operator=(Marked &&) = delete;
        // Work dropped unrun (its context was destroyed) is destroyed on the receiving side too.
        ~Marked() { acquire(this); }
        void operator()()
        {
            acquire(this);
            m_fn();
            // Qt may destroy a queued call on the thread that sent it (the sender's invokeMethod drops the
            // last reference after the receiver ran it): that destruction acquires here, after every read,
            // so nothing of this object is read after the release (m_done once was, a race TSan caught).
            void *done = m_done;
            release(this);
            if (done)
                release(done);
        }

    private:
        Fn m_fn;
        void *m_done; // the pool, for waitForDone; null for a queued call
    };
};
