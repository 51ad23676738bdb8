// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/BackgroundPriority.h"

#include <QTest>

#include <thread>

#ifdef Q_OS_LINUX
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
        std::thread worker([&] {
            QVERIFY(BackgroundPriority::applyToCurrentThread());
            background = threadNice();
            // What the background thread starts (the second decoding thread) is background work too.
            std::thread helper([&] { startedByIt = threadNice(); });
            helper.join();
            // Applied twice, it is not made nicer still.
            QVERIFY(BackgroundPriority::applyToCurrentThread());
            again = threadNice();
        });
        worker.join();
        QCOMPARE(background, process + BackgroundPriority::NiceSteps);
        QCOMPARE(startedByIt, background);
        QCOMPARE(again, background);
        QCOMPARE(threadNice(), process); // the caller's thread keeps its priority
        int later = 0;
        std::thread other([&] { later = threadNice(); });
        other.join();
        QCOMPARE(later, process); // and so do threads started elsewhere afterwards
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
