// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/LatestOnlyWorker.h"
#include "core/metrics/BackgroundPriority.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

#include <thread>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

// Work decoded behind a first picture yields the processor to the frame and the window showing it, and
// nothing else does: the thread asking for it and the rest of the process keep their priority.
class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private:
#ifdef Q_OS_LINUX
    static int threadNice()
    {
        return ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
    }
    // A batch thread never preempts the thread that woke it (SCHED_OTHER is the default).
    static bool threadIsBatch()
    {
        return ::sched_getscheduler(0) == SCHED_BATCH;
    }
#endif

private slots:
    void aBackgroundThreadYieldsAndTheRestDoNot()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are changed on Linux only");
#else
        const int process = threadNice();
        if (process + BackgroundPriority::NiceSteps > 19)
            QSKIP("this test already runs at the lowest priority");
        int background = 0;
        int startedByIt = 0;
        int again = 0;
        bool batch = false;
        std::thread worker([&] {
            QVERIFY(BackgroundPriority::applyToCurrentThread());
            background = threadNice();
            batch = threadIsBatch();
            // What the background thread starts (the second decoding thread) is background work too.
            std::thread helper([&] { startedByIt = threadNice(); });
            helper.join();
            // Applied twice, it is not made nicer still.
            QVERIFY(BackgroundPriority::applyToCurrentThread());
            again = threadNice();
        });
        worker.join();
        QCOMPARE(background, process + BackgroundPriority::NiceSteps);
        QVERIFY(batch);
        QVERIFY(!threadIsBatch()); // the caller's thread keeps its policy
        QCOMPARE(startedByIt, background);
        QCOMPARE(again, background);
        QCOMPARE(threadNice(), process); // the caller's thread keeps its priority
        int later = 0;
        std::thread other([&] { later = threadNice(); });
        other.join();
        QCOMPARE(later, process); // and so do threads started elsewhere afterwards
#endif
    }

    // Frames, heatmaps and parsing, which the window waits for, run nicer than the window's thread and as
    // batch threads, so a paint is neither slowed nor interrupted by them; a worker told nothing keeps the
    // process's priority and policy.
    void aWorkerForTheWindowYieldsALittle()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are changed on Linux only");
#else
        const int process = threadNice();
        if (process + BackgroundPriority::WindowWorkSteps > 19)
            QSKIP("this test already runs at the lowest priority");
        QObject owner;
        auto niceOf = [&owner](int steps) {
            std::optional<int> seen;
            // The nice value, negated for a thread that is not a batch thread.
            LatestOnlyWorker<int, int> worker(
                &owner, [](const int &) { return threadIsBatch() ? threadNice() : -1 - threadNice(); },
                [&seen](const std::shared_ptr<const int> &nice) { seen = *nice; });
            if (steps > 0)
                worker.setNiceSteps(steps);
            worker.request(0);
            [&] {
                QTRY_VERIFY(seen.has_value());
            }();
            return seen.value_or(-100);
        };
        QCOMPARE(niceOf(BackgroundPriority::WindowWorkSteps), process + BackgroundPriority::WindowWorkSteps);
        QCOMPARE(niceOf(0), -1 - process); // neither nicer nor a batch thread
        QCOMPARE(threadNice(), process);   // the window's thread keeps its priority
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
